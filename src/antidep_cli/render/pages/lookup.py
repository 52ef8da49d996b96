"""Pages for what the entries point at: a molecular target, and a glossary term."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries import query
from antidep_cli.queries.targets import Acts, TargetPage
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
from antidep_cli.render.pages import measured, parts

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Term


def _acts(found: Acts) -> Row:
    a = found.action
    cells = (
        cell(found.item.id, Tone.STRONG, link=f"class:{found.item.id}"),
        cell(query.action_label(a), Tone.STRONG if a.role is Role.PRIMARY else Tone.PLAIN),
        cell(str(a.role)),
        cell(a.effect),
    )
    return Row(cells, a.references)


def target_page(ix: query.Index, p: TargetPage) -> Page:
    """A target: what it is, every class and drug acting there (drugs strongest first), what it explains."""
    t = p.target
    title = Cell((Span(t.id, Tone.STRONG), Span(" — "), Span(t.name)))
    head = blocks(
        Facts((("Gene", cell(t.gene)), ("Kind", cell(str(t.kind))))),
        Facts((("Neurotransmitter", cell(", ".join(t.neurotransmitters) or "—")),)),
        parts.target_ids(t),
        Paragraph(cell(t.description)),
    )
    classes = (
        Table(
            f"Classes acting at {t.id}",
            ("Class", "Action", "Role", "Effect"),
            tuple(_acts(a) for a in p.classes),
            prose=frozenset({"Effect"}),
        )
        if p.classes
        else None
    )
    effects = (
        Table(
            f"Side effects explained by {t.id}",
            ("Side effect", "Class", "Mechanism"),
            tuple(
                Row((cell(se.effect), cell(c.id, Tone.STRONG, link=f"class:{c.id}"), cell(se.mechanism)), se.references)
                for c, se in p.side_effects
            ),
            prose=frozenset({"Mechanism"}),
        )
        if p.side_effects
        else None
    )
    sections = (
        Section("classes", blocks(classes)),
        Section("drugs", (*measured.ranking(p.study, p.drugs, t.id), *blocks(measured.silent(p.silent, t.id)))),
        Section("side-effects", blocks(effects)),
    )
    return finish(Page("target", t.id, title, head, sections), lambda found: query.references(ix, found))


def term_page(ix: query.Index, term: Term, related: Sequence[Term]) -> Page:
    """A glossary term: its definition, related terms, and numbered references."""
    head: list[Facts | Paragraph] = []
    if term.synonyms:
        head.append(Facts((("Also", cell(", ".join(term.synonyms))),)))
    head.append(Paragraph(cell(term.definition, refs=term.references)))
    if related:
        head.append(Facts((("Related", join([cell(r.name, link=f"term:{r.id}") for r in related])),)))
    page = Page("term", term.id, Cell((Span(term.name, Tone.STRONG),)), tuple(head), ())
    return finish(page, lambda found: query.references(ix, found))
