"""The page model: what one page shows, as plain immutable data that every renderer draws.

A builder in ``render/pages/`` turns an entry into a :class:`Page`: a title, head
lines, and named sections of paragraphs and tables whose cells carry the
references they cite. The terminal, Markdown and HTML renderers draw the same
page, and the JSON record lists the same references, so the outputs of one entry
cannot drift apart. References are numbered in order of first use, reading the
head and then each section top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from antidep_cli.knowledge.model.vocab import Status

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Reference


class Tone(StrEnum):
    """How a span is emphasised; meaning never rests on the tone alone."""

    PLAIN = "plain"
    STRONG = "strong"  # names, primary actions
    DIM = "dim"  # labels, secondary roles, asides
    HYPOTHESIS = "hypothesis"
    CONTESTED = "contested"
    SEVERE = "severe"  # contraindicated, major
    CAUTION = "caution"  # moderate; labels that differ
    GOOD = "good"  # "all" in a comparison


STATUS_TONE = {Status.ESTABLISHED: Tone.PLAIN, Status.HYPOTHESIS: Tone.HYPOTHESIS, Status.CONTESTED: Tone.CONTESTED}


class Span(NamedTuple):
    """A run of text; ``link`` names the page of an entry (``drug:sertraline``) where the text names one."""

    text: str
    tone: Tone = Tone.PLAIN
    link: str | None = None


class Cell(NamedTuple):
    """Text made of spans, followed by the markers of the references it cites."""

    spans: tuple[Span, ...] = ()
    refs: tuple[str, ...] = ()

    @property
    def plain(self) -> str:
        """The text without markers."""
        return "".join(s.text for s in self.spans)


def cell(text: str = "", tone: Tone = Tone.PLAIN, *, link: str | None = None, refs: Iterable[str] = ()) -> Cell:
    """A cell of one span."""
    return Cell((Span(text, tone, link),) if text else (), tuple(refs))


def tagged(text: str, status: Status, *, refs: Iterable[str] = (), after: str = "") -> Cell:
    """A statement: ``[hypothesis] `` before it where it is not established, an aside after it."""
    spans = [] if status is Status.ESTABLISHED else [Span(f"[{status}] ", STATUS_TONE[status])]
    spans.append(Span(text))
    if after:
        spans.append(Span(after, Tone.DIM))
    return Cell(tuple(spans), tuple(refs))


def join(cells: Sequence[Cell], sep: str = ", ") -> Cell:
    """Cells run together into one, with their references."""
    spans: list[Span] = []
    for i, c in enumerate(cells):
        spans += [Span(sep)] if i else []
        spans += c.spans
    return Cell(tuple(spans), tuple(dict.fromkeys(r for c in cells for r in c.refs)))


class Facts(NamedTuple):
    """Short labelled facts on one line: ``Mode of action: … ATC: …``."""

    items: tuple[tuple[str, Cell], ...]


class Paragraph(NamedTuple):
    """Running text."""

    body: Cell
    tone: Tone = Tone.PLAIN


class Row(NamedTuple):
    """One row of a table: short cells, the references of the row, and prose shown beneath it."""

    cells: tuple[Cell, ...]
    refs: tuple[str, ...] = ()
    detail: Cell | None = None


class Table(NamedTuple):
    """A titled table. ``detail`` names the prose each row carries beneath it (``Effect``), if any.

    ``prose`` names the columns of running text, which wrap and take the room the others leave.
    """

    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    detail: str | None = None
    prose: frozenset[str] = frozenset()
    refs: bool = True  # whether the table has a Refs column


Block = Facts | Paragraph | Table


def blocks(*found: Block | None) -> tuple[Block, ...]:
    """The blocks that exist, in order."""
    return tuple(b for b in found if b is not None)


class Section(NamedTuple):
    """A part of a page that ``--section NAME`` can pick; ``on_request`` parts appear only when named."""

    name: str
    blocks: tuple[Block, ...]
    on_request: bool = False


class Page(NamedTuple):
    """A whole page: title, head, sections, and the references it cites in order of first use."""

    kind: str
    id: str
    title: Cell
    head: tuple[Block, ...]
    sections: tuple[Section, ...]
    references: tuple[Reference, ...] = ()
    numbers: Mapping[str, int] = {}  # never mutated: finish() gives each page its own

    def only(self, names: Sequence[str] | None) -> Page:
        """The page with only the named sections (when None, all but those shown on request).

        Numbers stay those of the whole page. The reference list keeps what the parts shown
        cite; asked for by name, the references are those of the page as shown by default.
        """
        if names is None:
            if not any(s.on_request for s in self.sections):
                return self
            kept = tuple(s for s in self.sections if not s.on_request)
            return self._replace(
                sections=kept, references=self._cited([*self.head, *(b for s in kept for b in s.blocks)])
            )
        kept = tuple(s for s in self.sections if s.name in names)
        head = self.head if "summary" in names else ()
        if "references" in names:
            return self._replace(head=head, sections=kept, references=self.only(None).references)
        return self._replace(
            head=head, sections=kept, references=self._cited([*head, *(b for s in kept for b in s.blocks)])
        )

    def _cited(self, blocks: Sequence[Block]) -> tuple[Reference, ...]:
        cited = set(cited_in(blocks))
        return tuple(r for r in self.references if r.id in cited)

    @property
    def has_status(self) -> bool:
        """Whether some text carries a [hypothesis] or [contested] tag."""
        return any(
            span.tone in (Tone.HYPOTHESIS, Tone.CONTESTED)
            for block in (*self.head, *(b for s in self.sections for b in s.blocks))
            for c in _cells(block)
            for span in c.spans
        )


ESTABLISHED = (
    "Unmarked statements are established (the cited sources support them); others say [hypothesis] or [contested]."
)


def _cells(block: Block) -> Iterator[Cell]:
    if isinstance(block, Facts):
        yield from (c for _, c in block.items)
    elif isinstance(block, Paragraph):
        yield block.body
    else:
        for row in block.rows:
            yield from row.cells
            yield Cell((), row.refs)
            if row.detail is not None:
                yield row.detail


def cited_in(blocks: Iterable[Block]) -> Iterator[str]:
    """Reference ids in reading order: each cell's, then the row's Refs column, then the prose beneath."""
    for block in blocks:
        for c in _cells(block):
            yield from c.refs


def finish(page: Page, read: Callable[[Sequence[str]], Mapping[str, Reference]]) -> Page:
    """Number the page's references in order of first use and attach them, read with ``read``."""
    order = tuple(dict.fromkeys(cited_in([*page.head, *(b for s in page.sections for b in s.blocks)])))
    by_id = read(order)
    return page._replace(
        references=tuple(by_id[r] for r in order),
        numbers={r: n for n, r in enumerate(order, start=1)},
    )
