"""Pages of the entries users look up most: a class, a drug, an interaction partner."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge import model
from antidep_cli.queries import query
from antidep_cli.queries.glossary import terms_in
from antidep_cli.render.page import (
    Block,
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
    from antidep_cli.knowledge.model import Agent, SideEffect

BRIEF_SIDE_EFFECTS = 3


def class_page(ix: query.Index, c: model.DrugClass, *, brief: bool = False, record: bool = False) -> Page:
    """Everything antidep knows about a class, or its essentials with ``brief``.

    ``record`` builds only what the JSON record needs: every part that cites, none that only names
    (the drugs table, the glossary terms used, the names of regions).
    """
    title = Cell((Span(c.abbreviation, Tone.STRONG), Span(" — "), Span(c.name, Tone.STRONG)))
    raises = ", ".join(query.transmitters(c)) or "— (acts on receptor signalling)"
    head = (
        Facts((("Mode of action", cell(c.mode_of_action)),)),
        Facts((("Raises", cell(raises)), ("ATC", cell(c.atc or "—")))),
        Paragraph(cell(parts.first_sentence(c.summary) if brief else c.summary)),
    )
    if brief:
        main = [cell(f"{se.effect} ({se.via})", refs=se.references) for se in c.side_effects[:BRIEF_SIDE_EFFECTS]]
        sections: tuple[Section, ...] = (
            Section("actions", (parts.compact(query.primary(c.actions)),)),
            Section("side-effects", (Facts((("Main side effects", join(main, "; ")),)),) if main else ()),
        )
    else:
        regions = {} if record else parts.region_namer(ix, [r for s in c.timeline() + c.notes for r in s.regions])
        sections = (
            Section("actions", (parts.actions(c.actions),)),
            Section("timeline", blocks(parts.timeline("What follows, in time order", c.timeline(), regions))),
            Section("side-effects", blocks(side_effects(c.side_effects))),
            Section("notes", blocks(parts.statements("Notes", c.notes, regions) if c.notes else None)),
            Section("drugs", blocks(_members(query.member_rows(ix, c.id)) if not record else None)),
            Section("strategies", blocks(None if record else strategies_naming(ix, c.id))),
            Section("terms", blocks(parts.terms(terms_in(ix, c)) if not record else None)),
            Section("references", (parts.sources(c.references),)),
        )
    return finish(Page("class", c.id, title, head, sections), lambda ids: query.references(ix, ids))


def side_effects(found: Sequence[SideEffect], more: int = 0) -> Table | None:
    """Side effects, each with the target whose action explains it."""
    if not found:
        return None
    rows = tuple(
        Row((cell(se.effect), cell(se.via, Tone.STRONG, link=f"target:{se.via}"), cell(se.mechanism)), se.references)
        for se in found
    )
    title = "Side effects (and the action that explains each)" + (f"; {more} more on the full page" if more else "")
    return Table(title, ("Side effect", "Target", "Mechanism"), rows, prose=frozenset({"Mechanism"}))


def _members(drugs: Sequence[query.Member]) -> Table | None:
    if not drugs:
        return None
    rows = tuple(
        Row((cell(d.id, Tone.STRONG, link=f"drug:{d.id}"), cell(", ".join(d.synonyms)), cell(d.note))) for d in drugs
    )
    columns = ("Drug", "Also known as", "What sets it apart")
    return Table("Drugs", columns, rows, prose=frozenset({"What sets it apart"}), refs=False)


def drug_page(ix: query.Index, d: model.Drug, *, brief: bool = False, record: bool = False) -> Page:
    """Everything antidep knows about a drug, or its essentials with ``brief``; ``record`` as for a class page."""
    from antidep_cli.queries.drug_effects import explain  # what only drug pages need, loaded for them alone
    from antidep_cli.render.pages import drugfacts, measured

    cls = query.class_of(ix, d)
    kind = (
        (cls.abbreviation if brief else f"{cls.abbreviation} — {cls.name}")
        if cls
        else "combination of " + " + ".join(d.components)
    )
    title = Cell((Span(d.name, Tone.STRONG), Span(" — "), Span(kind, link=f"class:{cls.id}" if cls else None)))
    names = d.synonyms[:3] if brief else d.synonyms
    more = f" (+{len(d.synonyms) - len(names)} more)" if len(names) < len(d.synonyms) else ""
    also = cell(", ".join(names) + more if names else "—")
    head: list[Block] = [Facts((("Also known as", also), ("ATC", cell(d.atc or "—"))))]
    if cls and not brief:  # a brief page's title names the class; its actions say the rest
        head.append(Facts((("Class mode of action", cell(cls.mode_of_action)),)))
    if brief:
        head.append(Paragraph(cell(d.note)))
        primary = (parts.compact(query.primary(d.actions), drug=d),)
        facts = blocks(drugfacts.brief(d))
        sections: tuple[Section, ...] = (
            Section("actions", blocks(*primary, measured.unmeasured(ix, d, brief=True), *facts)),
        )
        return finish(Page("drug", d.id, title, tuple(head), sections), lambda ids: query.references(ix, ids))
    head += [*parts.identity(d), Paragraph(cell(d.note))]
    metabolism = parts.statements("Metabolism and interactions", d.metabolism) if d.metabolism else None
    sections = (
        Section("notes", blocks(parts.statements("What sets it apart", d.notes) if d.notes else None)),
        Section("actions", blocks(parts.actions(d.actions, drug=d), measured.unmeasured(ix, d))),
        Section("side-effects", drugfacts.side_effects(explain(ix, d))),
        Section(
            "pharmacokinetics",
            blocks(
                *drugfacts.pharmacokinetics(d.pharmacokinetics, query.components(ix, d)), metabolism, drugfacts.genes(d)
            ),
        ),
        Section("binding", measured.constants(d)),
        Section("properties", blocks(parts.traits(d.traits))),
        Section("pharmacogenomics", tuple(parts.pharmacogenomics(d)), on_request=True),
        Section("strategies", blocks(None if record else strategies_naming(ix, d.id))),
        Section("terms", blocks(parts.terms(terms_in(ix, d)) if not record else None)),
        Section("references", (parts.sources(d.references),)),
    )
    return finish(Page("drug", d.id, title, tuple(head), sections), lambda ids: query.references(ix, ids))


def agent_page(ix: query.Index, a: Agent) -> Page:
    """An interaction partner: its group, the properties that matter for interactions, any actions."""
    title = Cell((Span(a.name, Tone.STRONG), Span(" — interaction partner")))
    head: list[Block] = [Facts((("Group", cell(a.group)),)), *parts.identity(a), Paragraph(cell(a.note))]
    sections = (
        Section("properties", blocks(parts.traits(a.traits))),
        Section("actions", blocks(parts.actions(a.actions) if a.actions else None)),
        Section("references", (parts.sources(a.references),)),
    )
    return finish(Page("agent", a.id, title, tuple(head), sections), lambda ids: query.references(ix, ids))


def page_of(ix: query.Index, entry: query.Item, *, brief: bool = False, record: bool = False) -> Page:
    """The page of a class, drug or interaction partner; ``record`` builds only the parts that cite (for JSON)."""
    if isinstance(entry, model.DrugClass):
        return class_page(ix, entry, brief=brief, record=record)
    if model.is_drug(entry):
        return drug_page(ix, entry, brief=brief, record=record)
    return agent_page(ix, entry)


def strategies_naming(ix: query.Index, ident: str) -> Paragraph | None:
    """One line naming the treatment strategies that name this class or drug, each linked to its page."""
    found = query.strategies_naming(ix, ident)
    if not found:
        return None
    named = join([cell(s, link=f"strategy:{s}") for s in found])
    return Paragraph(Cell((Span("Strategies that name it (antidep strategy NAME): "), *named.spans)))
