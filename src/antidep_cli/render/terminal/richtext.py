"""Shared Rich building blocks. Data is always wrapped in Text, never parsed as markup.

Meaning never rests on style alone: roles, evidence status and severities are
words in their own cells, and styling only repeats them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from antidep_cli.knowledge.model.vocab import Role, Standing, Status
from antidep_cli.render.terminal import fit

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Reference

STATUS_STYLE = {Status.ESTABLISHED: "", Status.HYPOTHESIS: "italic cyan", Status.CONTESTED: "yellow"}
STANDING_STYLE = {Standing.ESTABLISHED: "", Standing.MIXED: "italic cyan", Standing.CONTESTED: "yellow"}
ROLE_STYLE = {Role.PRIMARY: "bold", Role.SECONDARY: "dim"}

# Columns of running text: they wrap, and take what the word columns leave.
PROSE = frozenset(
    {"Effect", "What", "Mechanism", "Reason", "Reference", "What sets it apart", "Snippet", "Definition"}
    | {"Cited by", "name", "mode of action", "Summary"}
)
TERSE = frozenset({"#", "Role", "Shared", "Refs"})
MIN_PROSE = 16
MIN_WORDS = 10  # a word column keeps short phrases on one line; no column is narrower than its longest word
NARROW = 60  # below this width every table is shown as stacked "column: value" records


class Grid:
    """A table that becomes stacked records on narrow terminals, so nothing is cut off.

    Word columns (names, side effects, drug lists) get the width they need first,
    up to their longest line; prose columns share the rest.
    """

    def __init__(
        self, columns: Sequence[str], title: str | None, prose: frozenset[str] | None = None, *, edge: bool = True
    ) -> None:
        self.columns = tuple(columns)
        self.title = title
        self.prose = PROSE if prose is None else prose
        self.edge = edge  # False: no blank lines around the table (brief pages)
        self.rows: list[tuple[Text, ...]] = []

    def add_row(self, *cells: Text) -> None:
        """Add one row of Text cells."""
        self.rows.append(cells)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self._widths(options.max_width)
        if widths is None:
            yield from stacked(self.title, self.columns, self.rows, edge=self.edge)
            return
        # Drawn line by line as Rich's SIMPLE_HEAD box would draw it, without a Table's measuring passes.
        edge = " " if self.edge else ""
        if self.title:
            yield Text(self.title, style="bold")
        if self.edge:
            yield from laid(console, Text(""))
        yield from self._lines(console, [Text(c, style="bold") for c in self.columns], widths, edge)
        yield from laid(console, Text(edge + "─" * (sum(widths) + 3 * len(widths) - 1) + edge, style="dim"))
        for row in self.rows:
            yield from self._lines(console, row, widths, edge)
        if self.edge:
            yield from laid(console, Text(""))

    @staticmethod
    def _lines(console: Console, cells: Sequence[Text], widths: Sequence[int], edge: str) -> RenderResult:
        """One row: each cell wrapped to its column at spaces (columns are as wide as their longest word)."""
        wrapped = [_wrap(console, cell, width) for cell, width in zip(cells, widths, strict=True)]
        for n in range(max(len(lines) for lines in wrapped)):
            line = Text(edge)
            for i, (lines, width) in enumerate(zip(wrapped, widths, strict=True)):
                part = lines[n] if n < len(lines) else Text("")
                line.append(" " if i else "")
                line.append(" ")
                line.append_text(part)
                line.append(" " * (width - part.cell_len + 1))
            line.append(edge)
            yield from laid(console, line)

    def _widths(self, max_width: int) -> list[int] | None:
        """Column widths that keep every word whole, or None: then the rows are stacked records instead."""
        if max_width < NARROW:
            return None
        return self._fit(max_width)

    def _fit(self, max_width: int) -> list[int] | None:
        natural = [len(c) for c in self.columns]
        floor = [max(map(len, c.split()), default=0) for c in self.columns]
        for row in self.rows:
            for i, cell in enumerate(row):
                natural[i] = max(natural[i], *(len(line) for line in cell.plain.split("\n")))
                floor[i] = max(floor[i], *(len(word) for word in cell.plain.split() or [""]))
        prose = [c in self.prose for c in self.columns]
        floor = [  # no word is ever split: a column is at least as wide as its longest word
            max(min(n, MIN_PROSE), f) if p else max(min(n, MIN_WORDS), f)
            for n, f, p in zip(natural, floor, prose, strict=True)
        ]
        spare = max_width - 3 * len(self.columns) - (1 if self.edge else -1) - sum(floor)
        if spare < 0:
            return None
        cells = [list(self.columns), *([cell.plain for cell in row] for row in self.rows)]
        return fit.widths(cells, floor, natural, spare, prose)


def _wrap(console: Console, cell: Text, width: int) -> list[Text]:
    """A cell's lines at ``width``: the cell itself where it fits on one line (as Rich's wrap would return it)."""
    if cell.cell_len <= width and "\n" not in cell.plain and "\t" not in cell.plain:
        return [cell]
    return list(cell.wrap(console, width, overflow="fold"))


def laid(console: Console, line: Text) -> RenderResult:
    """A line already laid out to fit, as segments: Rich need not wrap it again."""
    yield from line.render(console, end="\n")


def stacked(
    title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Text]], *, edge: bool = True
) -> RenderResult:
    """Rows as "column: value" records, for terminals too narrow for a table; a blank line after each record
    (but the last, without ``edge``)."""
    if title:
        yield Text(title, style="bold")
    rows = list(rows)
    for i, row in enumerate(rows):
        for column, cell in zip(columns, row, strict=True):
            if cell.plain:  # a column without a heading (a row's own label) heads its record as it is
                yield Text.assemble((f"{column}: ", "dim"), cell) if column else cell
        if edge or i < len(rows) - 1:
            yield Text("")


def table(*columns: str, title: str | None = None, prose: frozenset[str] | None = None, edge: bool = True) -> Grid:
    """A table in antidep's house style: prose columns wrap, word columns keep their width."""
    return Grid(columns, title, prose, edge=edge)


def changes(action: Action) -> str:
    """Neurotransmitter changes as words: ``raises serotonin``."""
    return ", ".join(f"{c.direction} {c.neurotransmitter}" for c in action.changes)


def link(url: str, indent: int = 0, label: str = "") -> Text:
    """A URL printed whole (never wrapped), as a terminal hyperlink where the terminal supports one."""
    text = Text(" " * indent, no_wrap=True, overflow="ignore", end="\n")
    text.append(label, style="dim")
    text.append(url, style=f"cyan link {url}")
    return text


class Citations:
    """Numbers references in order of first citation, for ``[1,3]`` markers and the list under a page."""

    def __init__(self, ordered: Sequence[str]) -> None:
        self.numbers = {ref: i for i, ref in enumerate(ordered, start=1)}

    def add(self, refs: Iterable[str]) -> None:
        """Number references not yet cited, in order."""
        for ref in refs:
            self.numbers.setdefault(ref, len(self.numbers) + 1)

    def marks(self, refs: Iterable[str]) -> Text:
        """The markers for some references, in ascending order, numbering any not seen before; none for none."""
        refs = list(refs)
        self.add(refs)
        found = sorted({self.numbers[r] for r in refs})
        return Text("[" + ",".join(map(str, found)) + "]" if found else "", style="dim")

    def listing(
        self, by_id: Mapping[str, Reference], *, brief: bool = False, only: Sequence[str] | None = None
    ) -> ReferenceList:
        """The numbered reference list (of ``only`` those ids, where given): full entries, or one line each."""
        wanted = self.numbers if only is None else {r: self.numbers[r] for r in only}
        return ReferenceList([(n, by_id[r]) for r, n in wanted.items()], brief)


class ReferenceList:
    """``[n] citation`` with identifiers beneath and URLs whole; one truncated line each when brief."""

    def __init__(self, refs: Sequence[tuple[int, Reference]], brief: bool) -> None:
        self.refs = refs
        self.brief = brief

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.brief:  # by id, several to a line, never split inside one; `antidep sources ID` shows each in full
            line = Text("References:", style="bold")
            for i, (n, ref) in enumerate(self.refs):
                item = Text.assemble((f"[{n}] ", "dim"), ref.id, (" ·" if i < len(self.refs) - 1 else "", "dim"))
                if line.cell_len + 1 + item.cell_len > options.max_width:
                    yield line
                    line = Text(" ")
                line.append(" ")
                line.append_text(item)
            yield line
            return
        yield Text(f"References ({len(self.refs)})", style="bold")
        pad = len(str(max((n for n, _ in self.refs), default=1))) + 5
        for n, ref in self.refs:
            mark = f"  [{n}]".ljust(pad)
            ids = "   ".join(f"{label} {value}" for label, value in (("PMID", ref.pmid), ("DOI", ref.doi)) if value)
            for i, line in enumerate(Text(ref.citation).wrap(console, max(20, options.max_width - pad))):
                yield from laid(console, Text(mark if i == 0 else " " * pad, style="dim") + line)
            if ids:
                yield from laid(console, Text.assemble(" " * pad, (ids, "cyan")))
            if ref.url:
                yield from laid(console, link(ref.url, indent=pad))
            if ref.read_at:
                yield from laid(console, link(ref.read_at, indent=pad, label="read at "))
        if not self.brief:
            yield Text("")
