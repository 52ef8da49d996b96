"""Shared Rich building blocks. Data is always wrapped in Text, never parsed as markup."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from antidep_cli.knowledge.model import Action, Reference, Role, Status
from antidep_cli.queries import query

STATUS_STYLE = {Status.ESTABLISHED: "", Status.HYPOTHESIS: "italic cyan", Status.CONTESTED: "yellow"}
ROLE_STYLE = {Role.PRIMARY: "bold", Role.SECONDARY: "dim"}


PROSE = frozenset(
    {
        "Effect",
        "What",
        "Mechanism",
        "Reason",
        "Reference",
        "What sets it apart",
        "Snippet",
        "Cited by",
        "name",
        "mode of action",
        "drugs",
    }
)
TERSE = frozenset({"#", "Refs", "Role", "Shared"})
MIN_PROSE = 12
READABLE = 40  # prose grows to this width before short columns grow
NARROW = 50  # below this width a table is shown as stacked "column: value" records


class Grid:
    """A table that becomes stacked records on narrow terminals, so nothing is cut off."""

    def __init__(self, columns: Sequence[str], title: str | None) -> None:
        self.columns = tuple(columns)
        self.title = title
        self.rows: list[tuple[Text, ...]] = []

    def add_row(self, *cells: Text) -> None:
        """Add one row of Text cells."""
        self.rows.append(cells)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self._widths(options.max_width)
        if widths is None:
            yield from self._stacked()
            return
        t = Table(
            box=box.SIMPLE_HEAD, title=Text(self.title, style="bold") if self.title else None, title_justify="left"
        )
        for column, width in zip(self.columns, widths, strict=True):
            t.add_column(column, overflow="fold", width=width)
        for row in self.rows:
            t.add_row(*row)
        yield t

    def _widths(self, max_width: int) -> list[int] | None:
        """Fit columns: each gets its longest word; then prose, short columns and prose again grow."""
        natural = [len(c) for c in self.columns]
        floor = [max(map(len, c.split()), default=0) for c in self.columns]
        for row in self.rows:
            for i, cell in enumerate(row):
                natural[i] = max(natural[i], *(len(line) for line in cell.plain.split("\n")))
                floor[i] = max(floor[i], *(len(word) for word in cell.plain.split() or [""]))
        floor = [
            n if c in TERSE else min(n, max(f, MIN_PROSE if c in PROSE else 0))
            for c, n, f in zip(self.columns, natural, floor, strict=True)
        ]
        spare = max_width - 3 * len(self.columns) - 1 - sum(floor)
        if max_width < NARROW or spare < 0:
            return None
        widths = list(floor)
        # Prose may first grow to a readable measure, then short columns to their natural width, then prose again.
        for limit, grow_prose in ((READABLE, True), (None, False), (None, True)):
            for i, column in enumerate(self.columns):
                if (column in PROSE) != grow_prose:
                    continue
                want = min(natural[i], limit or natural[i]) - widths[i]
                give = max(0, min(want, spare))
                widths[i] += give
                spare -= give
        return widths

    def _stacked(self) -> RenderResult:
        if self.title:
            yield Text(self.title, style="bold")
        for row in self.rows:
            for column, cell in zip(self.columns, row, strict=True):
                if cell.plain:
                    yield Text.assemble((f"{column}: ", "dim"), cell)
            yield Text("")


def table(*columns: str, title: str | None = None) -> Grid:
    """A table in antidep's house style: prose columns wrap, short ones keep their width."""
    return Grid(columns, title)


def status_tag(status: Status) -> Text:
    """An evidence-status tag; empty for established facts."""
    return Text("" if status is Status.ESTABLISHED else status.value, style=STATUS_STYLE[status])


def changes(action: Action) -> Text:
    """Neurotransmitter changes as words: ``raises serotonin``."""
    return Text("\n".join(f"{c.direction} {c.neurotransmitter}" for c in action.changes))


def action_cell(action: Action) -> Text:
    """The action kind, bold when primary and dim when secondary."""
    return Text(query.action_label(action), style=ROLE_STYLE[action.role])


def action_stack(action: Action) -> Text:
    """Action kind, role, evidence caveat and transmitter changes, for a compact cell."""
    cell = action_cell(action) + Text(f"\n{action.role}", style="dim")
    if action.status is not Status.ESTABLISHED:
        cell.append(f"\n{action.status}", style=STATUS_STYLE[action.status])
    if action.changes:
        cell.append("\n")
        cell.append_text(changes(action))
    return cell


def target_stack(action: Action) -> Text:
    """Target over its site, for a compact table cell."""
    return Text(action.target, style="bold") + Text(f"\n{action.site}", style="dim")


class Citations:
    """Numbers references in order of first citation, for ``[1,3]`` markers."""

    def __init__(self, ordered: Sequence[str]) -> None:
        self.numbers = {ref: i for i, ref in enumerate(ordered, start=1)}

    def marks(self, refs: Iterable[str]) -> Text:
        """The markers for some references."""
        return Text("[" + ",".join(str(self.numbers[r]) for r in refs) + "]", style="dim")

    def listing(self, by_id: Mapping[str, Reference]) -> Grid:
        """The numbered reference list with identifiers."""
        t = table("#", "Reference", title="References")
        for ref_id, n in self.numbers.items():
            ref = by_id[ref_id]
            line = Text(ref.citation)
            for label, value in (("PMID", ref.pmid), ("DOI", ref.doi), ("URL", ref.url)):
                if value:
                    line.append(f" {label} {value}", style="cyan")
            t.add_row(Text(str(n)), line)
        return t
