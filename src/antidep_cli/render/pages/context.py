"""Pages of clinical context: a neuromodulation treatment, and the treatment-resistant-depression overview."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge import model
from antidep_cli.knowledge.model.shelves import AGENTS, CLASSES, DRUGS, NEUROMODULATION, Shelf
from antidep_cli.queries import query
from antidep_cli.render.page import (
    Cell,
    Facts,
    Page,
    Paragraph,
    Row,
    Section,
    Span,
    Table,
    Tone,
    blocks,
    cell,
    finish,
    join,
)
from antidep_cli.render.pages import parts

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Neuromodulation, TrdTopic

TRD_TITLE = "Treatment-resistant depression: definitions, confounders and the sequential schemes described"
NOT_ADVICE = "Descriptive, cited content for learning; not a recommendation for any patient."


def _with_status(title: str, found: Sequence[model.Statement], regions: dict[str, str]) -> Table | None:
    """Statements with their evidence status in a column of its own."""
    if not found:
        return None
    rows = tuple(Row((Cell(parts.statement(s, regions).spans), cell(str(s.status))), s.references) for s in found)
    return Table(title, ("What", "Status"), rows, prose=frozenset({"What"}))


def treatment_page(ix: query.Index, n: Neuromodulation) -> Page:
    """A neuromodulation treatment: what is stimulated, what is hypothesised to adapt, evidence, milestones."""
    regions = parts.region_namer(ix, [r for s in n.adaptations + n.evidence for r in s.regions])
    title = Cell((Span(n.name, Tone.STRONG), Span(" — neuromodulation (not a drug)")))
    head = (
        Facts((("Also known as", cell(", ".join(n.synonyms) or "—")),)),
        Facts((("Stimulates", cell(n.stimulates)),)),
        Paragraph(cell(n.summary, refs=n.references)),
    )
    milestones = (
        Table(
            "Regulatory and guideline milestones",
            ("Year", "Where", "Milestone"),
            tuple(Row((cell(str(m.year)), cell(m.country), cell(m.event)), m.references) for m in n.milestones),
            prose=frozenset({"Milestone"}),
        )
        if n.milestones
        else None
    )
    sections = (
        Section("adaptations", blocks(_with_status("What is hypothesised to adapt", n.adaptations, regions))),
        Section("evidence", blocks(_with_status("Evidence", n.evidence, regions))),
        Section("milestones", blocks(milestones)),
    )
    return finish(Page("treatment", n.id, title, head, sections), lambda ids: query.references(ix, ids))


def trd_page(ix: query.Index, topics: Sequence[TrdTopic]) -> Page:
    """The treatment-resistant-depression overview, topic by topic, each point linked to the entries it names."""
    kinds = {i: k for k, shelf in _LINKED for i in ix.ids(shelf)}
    sections = []
    for topic in topics:
        see = any(item.links for item in topic.items)  # a See column only where some point links to an entry
        rows = tuple(
            Row(
                (
                    Cell(parts.statement(model.Statement(item.text, item.references, item.status)).spans),
                    *([join([cell(x, link=f"{kinds.get(x, 'class')}:{x}") for x in item.links])] if see else []),
                ),
                item.references,
            )
            for item in topic.items
        )
        columns = ("What", *(["See"] if see else []))
        sections.append(Section(topic.id, (Table(topic.title, columns, rows, prose=frozenset({"What"})),)))
    head = (Paragraph(cell(NOT_ADVICE), Tone.DIM),)
    page = Page("trd", "trd", Cell((Span(TRD_TITLE, Tone.STRONG),)), head, tuple(sections))
    return finish(page, lambda ids: query.references(ix, ids))


_LINKED: tuple[tuple[str, Shelf[object]], ...] = (
    ("class", CLASSES),
    ("drug", DRUGS),
    ("agent", AGENTS),
    ("treatment", NEUROMODULATION),
)
