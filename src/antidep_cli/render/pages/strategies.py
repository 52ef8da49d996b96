"""Pages for treatment strategies and residual symptoms: mechanism first, then the evidence with its numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.vocab import Bearing, StrategyKind
from antidep_cli.queries import query, strategies
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
    tagged,
)
from antidep_cli.render.pages import measured
from antidep_cli.render.pages.context import NOT_ADVICE

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Evidence, Selector, Strategy, Symptom

KIND_WORDS = {
    StrategyKind.COMBINATION: "two antidepressants",
    StrategyKind.AUGMENTATION: "an added non-antidepressant",
    StrategyKind.SWITCH: "a change of antidepressant",
}
BEARING_WORDS = {Bearing.IMPROVES: "improves", Bearing.CAUSES: "causes or worsens", Bearing.SPARES: "less of it"}
STATUS_NOTE = (
    "Status: established (consistent positive trials or meta-analyses), mixed, or contested (trials disagree)."
)


def selector_cell(sel: Selector) -> Cell:
    """The classes and drugs a selector names, linked."""
    named = [cell(c, Tone.STRONG, link=f"class:{c}") for c in sel.classes]
    named += [cell(d, Tone.STRONG, link=f"drug:{d}") for d in sel.drugs]
    return join(named, " or ") if named else cell("—")


def _evidence(found: Sequence[Evidence]) -> Table | None:
    rows = tuple(
        Row(
            (cell(e.study, Tone.STRONG), cell(str(e.kind)), cell(str(e.outcome))),
            e.references,
            Cell(
                (
                    *((Span(f"Size: {e.n}. "),) if e.n else ()),
                    Span(f"{e.design}. "),
                    Span(e.result),
                    *((Span(f" Limits: {e.limits}", Tone.DIM),) if e.limits else ()),
                )
            ),
        )
        for e in found
    )
    columns = ("Study", "Kind", "Finding")
    return Table("Evidence", columns, rows, detail="Size, design and result") if rows else None


def _mechanism(ix: query.Index, s: Strategy) -> Table | None:
    kinds = {i: "class" for sel in s.between for i in sel.classes} | {i: "drug" for sel in s.between for i in sel.drugs}
    rows = tuple(
        Row(
            (
                cell(m.item, Tone.STRONG, link=f"{kinds[m.item]}:{m.item}"),
                cell(m.action.target, link=f"target:{m.action.target}"),
                cell(query.action_label(m.action)),
            ),
            m.action.references,
        )
        for m in strategies.mechanism(ix, s)
    )
    title = "What each side acts on (primary actions)"
    return Table(title, ("Class or drug", "Target", "Action"), rows) if rows else None


def _statuses(ix: query.Index, s: Strategy) -> Table | None:
    rows = tuple(
        Row((cell(d.id, Tone.STRONG, link=f"drug:{d.id}"), cell(r.country), cell(str(r.status))), r.references)
        for d in strategies.named_drugs(ix, s)
        for r in d.regulatory
    )
    title = "Status for depression of the drugs it names, from each drug's regulators"
    return Table(title, ("Drug", "Where", "Status"), rows) if rows else None


def strategy_page(ix: query.Index, s: Strategy) -> Page:
    """A strategy: the primary actions it combines, its evidence study by study, the regulators' statuses."""
    title = Cell((Span(s.name, Tone.STRONG), Span(f" — {s.kind} strategy")))
    sides = [selector_cell(sel) for sel in s.between]
    head = blocks(
        Facts((("Kind", cell(f"{s.kind} ({KIND_WORDS[s.kind]})")), ("Status", cell(str(s.status))))),
        Facts((("Between", join(sides, " + ")),)) if sides else None,
        Paragraph(cell(s.rationale, refs=s.references)),
        Paragraph(Cell((Span("The evidence in one line: ", Tone.STRONG), Span(s.summary)))),
        Paragraph(cell(NOT_ADVICE), Tone.DIM),
    )
    cited_by = join([cell(x.name, link=f"symptom:{x.id}") for x in strategies.citing(ix, s)])
    symptoms = (
        Paragraph(Cell((Span("Residual symptoms it is discussed for: "), *cited_by.spans))) if cited_by.spans else None
    )
    see = (
        Paragraph(cell("Its mechanism-based flags: antidep combine " + " ".join(_example(sel) for sel in s.between)))
        if s.kind is not StrategyKind.SWITCH and len(s.between) == 2
        else None
    )
    sections = (
        Section("mechanism", blocks(_mechanism(ix, s))),
        Section("evidence", blocks(_evidence(s.evidence), Paragraph(cell(STATUS_NOTE), Tone.DIM))),
        Section("status", blocks(_statuses(ix, s))),
        Section("symptoms", blocks(symptoms)),
        Section("combine", blocks(see)),
    )
    return finish(Page("strategy", s.id, title, head, sections), lambda ids: query.references(ix, ids))


def _example(sel: Selector) -> str:
    """One name a selector covers, as ``combine`` takes it."""
    return (sel.drugs or sel.classes or ("?",))[0]


def strategies_page(ix: query.Index, found: Sequence[Strategy]) -> Page:
    """Every strategy: its kind, status and how many studies, with its evidence in one line beneath."""
    rows = tuple(
        Row(
            (cell(s.id, Tone.STRONG, link=f"strategy:{s.id}"), cell(str(s.kind)), cell(str(s.status))),
            (),
            cell(s.summary),
        )
        for s in found
    )
    title = "Combination, augmentation and switch strategies"
    table = Table(title, ("Strategy", "Kind", "Status"), rows, "Evidence", refs=False)
    head = (Paragraph(cell(NOT_ADVICE), Tone.DIM),)
    sections = (Section("strategies", (table, Paragraph(cell(STATUS_NOTE), Tone.DIM))),)
    page = Page("strategies", "strategies", Cell((Span("Treatment strategies", Tone.STRONG),)), head, sections)
    return finish(page, lambda ids: query.references(ix, ids))


def _links(sym: Symptom) -> Table:
    rows = []
    for link in sym.links:
        names = [cell(t, link=f"target:{t}") for t in link.targets]
        names += [cell(c, link=f"class:{c}") for c in link.classes] + [cell(d, link=f"drug:{d}") for d in link.drugs]
        names += [cell(x, link=f"strategy:{x}") for x in link.strategies]
        spans = [*tagged(link.text, link.status).spans]
        if names:
            spans += [Span(" Names: ", Tone.DIM), *join(names).spans, Span(".")]
        if link.result:
            spans.append(Span(f" Result: {link.result}"))
        if link.limits:
            spans.append(Span(f" Limits: {link.limits}", Tone.DIM))
        rows.append(
            Row((cell(BEARING_WORDS[link.bearing]), cell(str(link.evidence))), link.references, Cell(tuple(spans)))
        )
    title = f"What the literature associates with {sym.name.lower()}"
    return Table(title, ("Bearing", "Evidence"), tuple(rows), "What, and the result")


def symptom_page(ix: query.Index, sym: Symptom) -> Page:
    """A residual symptom: the mechanisms linked to it, the evidence level of each link, the drugs having them."""
    title = Cell((Span(sym.name, Tone.STRONG), Span(" — residual symptom")))
    also = Facts((("Also", cell(", ".join(sym.synonyms))),)) if sym.synonyms else None
    effects = (
        Facts((("As a side effect", join([cell(e, link=f"effect:{e}") for e in sym.effects])),))
        if sym.effects
        else None
    )
    head = blocks(
        also, Paragraph(cell(sym.summary, refs=sym.references)), effects, Paragraph(cell(NOT_ADVICE), Tone.DIM)
    )
    pairs = [(at.target, r) for at in strategies.acting(ix, sym) for r in at.drugs]
    drugs = measured.acting("Drugs with an action at those targets, strongest measured first within each", pairs)
    sections = (Section("links", (_links(sym),)), Section("drugs", blocks(drugs)))
    return finish(Page("symptom", sym.id, title, head, sections), lambda ids: query.references(ix, ids))


def symptoms_page(ix: query.Index, found: Sequence[Symptom]) -> Page:
    """Every residual symptom, with what it is also called."""
    rows = tuple(
        Row((cell(s.id, Tone.STRONG, link=f"symptom:{s.id}"), cell(s.name), cell(", ".join(s.synonyms) or "—")))
        for s in found
    )
    table = Table("Residual symptoms", ("Symptom", "Name", "Also"), rows, refs=False)
    head = (Paragraph(cell(NOT_ADVICE), Tone.DIM),)
    page = Page(
        "symptoms", "symptoms", Cell((Span("Residual symptoms", Tone.STRONG),)), head, (Section("symptoms", (table,)),)
    )
    return finish(page, lambda ids: query.references(ix, ids))
