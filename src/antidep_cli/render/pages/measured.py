"""Measured binding on pages: a drug's constants, the class actions it was not measured at, a target's ranking."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries import binding, query
from antidep_cli.render.page import Paragraph, Row, Table, Tone, cell

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Binding, Drug

NO_VALUE = "no value recorded"
CHOICE = f"Where a target has several values, other pages show the first: {binding.RULE}."


def where(b: Binding) -> str:
    """What was measured, in the source's terms: species, subtype, tissue or assay, any note."""
    species = "species not stated" if b.species == "not stated" else b.species
    molecule = b.molecule and f"{b.molecule} (active metabolite), not the drug itself"
    text = "; ".join(x for x in (molecule, species, b.subtype and f"subtype {b.subtype}", b.tissue) if x)
    return f"{text} ({b.note})" if b.note else text


def constants(d: Drug) -> tuple[Table, Paragraph] | tuple[()]:
    """Every measurement of a drug, grouped by target, the value other pages show first; how that is chosen."""
    if not d.binding:
        return ()
    rows = []
    for target in dict.fromkeys(b.target for b in d.binding):
        for b in binding.measured(d, target):
            cells = (
                cell(b.target, Tone.STRONG, link=f"target:{b.target}"),
                cell(strength.shown(b)),
                cell(str(strength.level(b))),
            )
            rows.append(Row(cells, (b.reference,), cell(where(b))))
    table = Table("Measured binding", ("Target", "Constant", "Band"), tuple(rows), detail="Measured in")
    return table, Paragraph(cell(CHOICE), Tone.DIM)


def unmeasured(ix: query.Index, d: Drug, *, brief: bool = False) -> Paragraph | None:
    """The class's actions this drug has no action or value of its own at, said plainly."""
    missing = binding.class_actions_not_measured(ix, d)
    if not missing:
        return None
    targets = ", ".join(dict.fromkeys(a.target for a in missing))
    if brief:
        return Paragraph(cell(f"Class actions with no value for this drug: {targets}."), Tone.DIM)
    text = (
        f"No value for {d.name} is recorded at {targets}, where its class page lists actions: "
        "those are statements about the class, and may not hold for this drug."
    )
    return Paragraph(cell(text), Tone.DIM)


def ranking(study: str | None, ranked: Sequence[binding.Ranked], target: str) -> tuple[Table | Paragraph, ...]:
    """Drugs at a target, strongest measurement first, those with no value after; which values are shown."""
    if not ranked:
        return ()
    rows = []
    for r in ranked:
        a, b = r.action, r.binding
        acts = (
            cell(query.action_label(a), Tone.STRONG if a.role is Role.PRIMARY else Tone.PLAIN)
            if a
            else cell("no action recorded", Tone.DIM)
        )
        if b is not None:
            value = cell(f"{strength.shown(b)} ({strength.level(b)})")
            refs: tuple[str, ...] = (b.reference,)
            detail = cell(where(b))
        else:
            words = a.affinity if a else None
            value = cell(f"{words.level} (in words)" if words else NO_VALUE, Tone.PLAIN if words else Tone.DIM)
            refs = (words.reference,) if words and words.reference else ()
            detail = None
        refs += tuple(x for x in (a.references if a else ()) if x not in refs)
        rows.append(Row((cell(r.drug.id, Tone.STRONG, link=f"drug:{r.drug.id}"), acts, value), refs, detail))
    title = f"Drugs at {target}, strongest measured first, then those with no value"
    table = Table(title, ("Drug", "Action", "Strength"), tuple(rows), detail="Measured in")
    rule = Paragraph(cell(f"{'Otherwise' if study else 'The value shown'}: {binding.RULE}."), Tone.DIM)
    if study is None:
        return table, rule
    prefer = "One study measured the most of these drugs in humans; its value is shown for each drug it measured, so "
    return table, Paragraph(cell(prefer + "those compare within one study.", refs=(study,)), Tone.DIM), rule


def silent(found: Sequence[tuple[str, tuple[str, ...]]], target: str) -> Paragraph | None:
    """Members of classes acting at a target that have neither an action nor a value of their own there."""
    if not found:
        return None
    groups = "; ".join(f"{cls}: {', '.join(drugs)}" for cls, drugs in found)
    return Paragraph(
        cell(f"No action or value at {target} is recorded for these members of classes acting there — {groups}."),
        Tone.DIM,
    )


def acting(title: str, found: Sequence[tuple[str, binding.Ranked]]) -> Table | None:
    """Drugs at targets, each with its action and strongest measurement; None when there are none."""
    rows = []
    for target, r in found:
        b, act = r.binding, r.action
        value = (
            f"{strength.shown(b)} ({strength.level(b)})"
            if b
            else (f"{act.affinity.level} (in words)" if act and act.affinity else NO_VALUE)
        )
        refs = tuple(dict.fromkeys([*((b.reference,) if b else ()), *(act.references if act else ())]))
        cells = (
            cell(target, link=f"target:{target}"),
            cell(r.drug.id, Tone.STRONG, link=f"drug:{r.drug.id}"),
            cell(query.action_label(act) if act else "no action recorded", Tone.PLAIN if act else Tone.DIM),
            cell(value),
        )
        rows.append(Row(cells, refs, cell(where(b)) if b else None))
    if not rows:
        return None
    return Table(title, ("Target", "Drug", "Action", "Strength"), tuple(rows), detail="Measured in")
