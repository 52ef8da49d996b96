"""A side effect's page: what explains it, the drugs acting there by affinity, labels that list it, low liability."""

from __future__ import annotations

from antidep_cli.queries import query
from antidep_cli.queries.effects import Answer
from antidep_cli.render.page import Cell, Facts, Page, Paragraph, Row, Section, Span, Table, Tone, blocks, cell, finish
from antidep_cli.render.pages import measured

DRUGS_TITLE = "Drugs acting at those targets, strongest measured first within each"


def _causes(a: Answer) -> Table | None:
    rows = tuple(
        Row(
            (
                cell(c.side_effect.via, Tone.STRONG, link=f"target:{c.side_effect.via}"),
                cell(c.cls.id, link=f"class:{c.cls.id}"),
                cell(c.side_effect.effect),
                cell(c.side_effect.mechanism),
            ),
            c.side_effect.references,
        )
        for c in a.causes
    )
    columns = ("Target", "Class", "Side effect", "Mechanism")
    return Table("What explains it", columns, rows, prose=frozenset({"Side effect", "Mechanism"})) if rows else None


def _listed(a: Answer) -> Table | None:
    rows = []
    for x in a.listed:
        f = x.side_effect.frequency
        how = "—"
        if f is not None:
            numbers = (
                f"{f.percent:g}%" + (f" vs {f.placebo:g}% placebo" if f.placebo is not None else "")
                if f.percent is not None
                else ""
            )
            how = "; ".join(p for p in (numbers, f.threshold) if p)
        rows.append(
            Row(
                (cell(x.drug.id, Tone.STRONG, link=f"drug:{x.drug.id}"), cell(x.side_effect.effect), cell(how)),
                x.side_effect.references,
            )
        )
    if not rows:
        return None
    return Table(
        "Listed in the drug's own label",
        ("Drug", "Side effect", "How often"),
        tuple(rows),
        prose=frozenset({"How often"}),
    )


def _low(a: Answer) -> Table | None:
    rows = tuple(
        Row(
            (
                cell(c.cls.id, Tone.STRONG, link=f"class:{c.cls.id}"),
                cell(c.side_effect.effect),
                cell(c.side_effect.mechanism),
            ),
            c.side_effect.references,
        )
        for c in a.low
    )
    columns = ("Class", "Statement", "Why")
    return (
        Table("Known for little of it (not causes)", columns, rows, prose=frozenset({"Statement", "Why"}))
        if rows
        else None
    )


def effect_page(ix: query.Index, a: Answer) -> Page:
    """The page of a side effect, from the words people use for it to the drugs."""
    t = a.term
    title = Cell((Span(t.name, Tone.STRONG), Span(" — side effect")))
    head: list[Facts | Paragraph] = [Facts((("Also", cell(", ".join(t.synonyms) or "—")),))]
    if not (a.causes or a.listed or a.low):
        head.append(Paragraph(cell("No class or drug in this knowledge file cites this effect yet."), Tone.DIM))
    sections = (
        Section("causes", blocks(_causes(a))),
        Section("drugs", blocks(measured.acting(DRUGS_TITLE, a.drugs))),
        Section("labels", blocks(_listed(a))),
        Section("low-liability", blocks(_low(a))),
    )
    page = Page("effect", t.id, title, tuple(head), sections)
    return finish(page, lambda found: query.references(ix, found))
