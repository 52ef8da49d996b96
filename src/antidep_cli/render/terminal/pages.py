"""Long-form Rich pages for ``show`` (a class) and ``drug``."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from antidep_cli.knowledge.model import Action, Drug, DrugClass, Statement, Status
from antidep_cli.queries import query
from antidep_cli.render.terminal.clinic import pharmacogenomics_table, regulatory_line
from antidep_cli.render.terminal.identity import brand_lines, xref_line
from antidep_cli.render.terminal.richtext import Citations, action_stack, status_tag, table, target_stack


def _actions(actions: tuple[Action, ...], cite: Citations, *, with_affinity: bool = False) -> RenderableType:
    t = table("Target", "Action", "Effect", "Refs", title="Actions")
    for a in actions:
        action = action_stack(a)
        if with_affinity:
            aff = a.affinity
            action.append(f"\n{aff.level} affinity" if aff else "\naffinity not stated", style="" if aff else "dim")
            if aff and aff.value_nm is not None:
                action.append(f"\n{aff.measure} {aff.value_nm:g} nM\n({aff.species})", style="dim")
        who = Text(f"{a.component}: ", style="italic") if a.component else Text()
        t.add_row(target_stack(a), action, who + Text(a.effect), cite.marks(a.references))
    return t


def _statements(title: str, statements: tuple[Statement, ...], cite: Citations) -> RenderableType:
    """Cited sentences; the When and Status columns appear only when some sentence has one."""
    when = any(s.timescale for s in statements)
    status = any(s.status is not Status.ESTABLISHED for s in statements)
    t = table(*(["When"] if when else []), "What", *(["Status"] if status else []), "Refs", title=title)
    for s in statements:
        cells = [Text(s.timescale or "")] if when else []
        cells += [Text(s.text), *([status_tag(s.status)] if status else []), cite.marks(s.references)]
        t.add_row(*cells)
    return t


def class_page(ix: query.Index, c: DrugClass) -> Group:
    """Everything antidep knows about a class, with numbered references."""
    cite = Citations(query.citations(c))
    parts: list[RenderableType] = [
        Text.assemble((c.abbreviation, "bold"), " — ", (c.name, "bold")),
        Text.assemble(("Mode of action: ", "dim"), c.mode_of_action, ("   ATC: ", "dim"), c.atc or "—"),
        Text.assemble(("Raises: ", "dim"), ", ".join(query.transmitters(c)) or "— (acts on receptor signalling)"),
        Text(""),
        Text(c.summary),
        Text(""),
        _actions(c.actions, cite),
    ]
    if c.timeline():
        parts.append(_statements("What follows: consequences, onset, adaptations", c.timeline(), cite))
    if c.side_effects:
        t = table("Side effect", "Explained by", "Mechanism", "Refs", title="Side effects")
        for se in c.side_effects:
            t.add_row(Text(se.effect), Text(se.via, style="bold"), Text(se.mechanism), cite.marks(se.references))
        parts.append(t)
    if c.notes:
        parts.append(_statements("Notes", c.notes, cite))
    drugs = query.members(ix, c.id)
    if drugs:
        t = table("Drug", "Also known as", "What sets it apart", title="Drugs")
        for d in drugs:
            t.add_row(Text(d.id, style="bold"), Text(", ".join(d.synonyms)), Text(d.note))
        parts.append(t)
    parts.append(cite.listing(query.references(ix, cite.numbers)))
    return Group(*parts)


def drug_page(ix: query.Index, d: Drug) -> Group:
    """Everything antidep knows about a drug, with numbered references."""
    cite = Citations(query.citations(d))
    cls = query.class_of(ix, d)
    kind = f"{cls.abbreviation} — {cls.name}" if cls else "combination of " + " + ".join(d.components)
    parts: list[RenderableType] = [
        Text.assemble((d.name, "bold"), " — ", kind),
        Text.assemble(("Also known as: ", "dim"), ", ".join(d.synonyms) or "—", ("   ATC: ", "dim"), d.atc or "—"),
    ]
    if cls:
        parts.append(Text.assemble(("Class mode of action: ", "dim"), cls.mode_of_action))
    parts += [*brand_lines(d), *filter(None, [regulatory_line(d), xref_line(d.xrefs)])]
    parts += [Text(""), Text(d.note), Text(""), _actions(d.actions, cite, with_affinity=True)]
    if d.notes:
        parts.append(_statements("What sets it apart", d.notes, cite))
    if d.metabolism:
        parts.append(_statements("Metabolism and interactions", d.metabolism, cite))
    if pgx := pharmacogenomics_table(d, cite):
        parts.append(pgx)
    parts.append(cite.listing(query.references(ix, cite.numbers)))
    return Group(*parts)
