"""A drug page's clinical pharmacology: side effects through its own actions, pharmacokinetics, genes in brief."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.vocab import PkValue
from antidep_cli.queries.drug_effects import Explained
from antidep_cli.render.page import Cell, Facts, Paragraph, Row, Span, Table, Tone, cell, join

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Drug, Frequency, Pharmacokinetics

UNEXPLAINED = "No mechanism is established in this file for this drug."
# What a frequency says where the label's own inclusion rule was not seen (not rules to list under the table).
UNSTATED = ("listed by the label, without a frequency", "the label's table; its inclusion rule was not seen")


def hours(span: tuple[float, ...]) -> str:
    """``21–24 h``, ``about 26 h`` for one value."""
    if not span:
        return "not recorded"
    low, high = span[0], span[-1]
    return f"{low:g} h" if low == high else f"{low:g}–{high:g} h"


def frequency(f: Frequency | None) -> str:
    """``14% vs 4% placebo`` or the label's own wording of how it was listed."""
    if f is None:
        return "listed"
    if f.percent is None:
        return f.category or "listed"
    return f"{f.percent:g}%" + (f" vs {f.placebo:g}% placebo" if f.placebo is not None else "")


NO_SIDE_EFFECTS = (
    "No side effects from this drug's own label are recorded in this file yet, and none of its class's applies "
    "through an action it has; see its class page."
)
STAND_IN = (
    "No side effect from this drug's own label or studies is recorded in this file; these are its class's, each "
    "shown because the drug has the class's action at that target. How often is not recorded."
)
COMPONENTS = (
    "This combination's own label is not recorded here: these are its components', each from the component's "
    "own entry as a single drug."
)
NO_PK = "No half-life or other pharmacokinetics from a label or study are recorded in this file yet."


def side_effects(found: tuple[Explained, ...]) -> tuple[Table, Paragraph] | tuple[Paragraph]:
    """The label's side effects, each with how often, the drug's action that explains it, and how strong it is."""
    if not found:
        return (Paragraph(cell(NO_SIDE_EFFECTS), Tone.DIM),)
    rows = []
    thresholds: list[str] = []
    for x in found:
        se = x.side_effect
        if se.frequency and (rule := _rule(se.frequency)) and rule not in thresholds:
            thresholds.append(rule)
        via = (
            join(
                [cell(x.target, Tone.STRONG, link=f"target:{x.target}"), cell(x.strength.text() if x.strength else "")],
                " ",
            )
            if x.target
            else cell("—", Tone.DIM)
        )
        how = (f"{x.via_class} class: " if x.via_class else "") + (x.mechanism or "")
        detail = cell(how, refs=x.references) if x.mechanism else cell(UNEXPLAINED, Tone.DIM)
        refs = tuple(
            dict.fromkeys((*se.references, *((x.strength.reference,) if x.strength and x.strength.reference else ())))
        )
        often = cell("not recorded", Tone.DIM) if x.from_class else cell(frequency(se.frequency))
        effect = cell(se.effect)
        if x.component:
            effect = join([cell(x.component, link=f"drug:{x.component}"), effect], ": ")
        rows.append(Row((effect, often, via), refs, detail))
    title, note = _framing(found, thresholds)
    table = Table(title, ("Side effect", "How often", "Explained by"), tuple(rows), detail="Mechanism")
    return table, Paragraph(cell(note), Tone.DIM)


def _rule(f: Frequency) -> str:
    """A source's inclusion rule, and the population it studied where the file records one."""
    parts = [f.threshold if f.threshold not in UNSTATED else "", _population(f.population)]
    return ", ".join(p for p in parts if p)


def _population(population: str | None) -> str:
    """``in`` the population studied, or that the source does not state one."""
    if not population:
        return ""
    return f"population {population}" if population.startswith("not stated") else f"in {population}"


def _framing(found: tuple[Explained, ...], thresholds: list[str]) -> tuple[str, str]:
    """The side-effect table's title and the note under it: the drug's own, its components', or its class's."""
    rule = "The sources' inclusion rules and populations: " + "; ".join(thresholds) + "." if thresholds else ""
    mechanism = (
        "A class mechanism is given only where the drug has its own action, or a measured value of at least "
        "moderate strength, at that target."
    )
    if found[0].component:
        return "Side effects (its components', from their own entries)", f"{COMPONENTS} {rule} {mechanism}"
    if all(x.from_class for x in found):
        return "Side effects (the class's, through this drug's actions)", STAND_IN
    return "Side effects", f"{rule} {mechanism}".strip()


def pharmacokinetics(
    pk: Pharmacokinetics | None, components: tuple[tuple[str, Pharmacokinetics | None], ...] = ()
) -> tuple[Table | Paragraph, ...]:
    """Half-life (and active metabolites'), time to peak, clearance, CYP enzymes, CYP inhibition, one row each;
    a combination without its own, each component's from the component's own entry."""
    if pk is None and components:
        rows = [
            r._replace(cells=(join([cell(name, Tone.STRONG, link=f"drug:{name}"), r.cells[0]], " "), *r.cells[1:]))
            for name, own in components
            for r in (_rows(own) if own else (Row((cell("not recorded", Tone.DIM), cell(""))),))
        ]
        table = Table("Pharmacokinetics (its components', from their own entries)", ("", "Value"), tuple(rows))
        return table, Paragraph(cell(COMPONENTS), Tone.DIM)
    if pk is None:
        return (Paragraph(cell(NO_PK), Tone.DIM),)
    return (Table("Pharmacokinetics", ("", "Value"), _rows(pk), prose=frozenset({"Value"})),)


def _rows(pk: Pharmacokinetics) -> tuple[Row, ...]:
    by = pk.cited_for
    rows = [Row((cell("Half-life", Tone.STRONG), cell(hours(pk.half_life_h))), by(PkValue.HALF_LIFE))]
    rows += [
        Row((cell(f"{m.name} (active metabolite)"), cell(hours(m.half_life_h))), by(PkValue.METABOLITES))
        for m in pk.active_metabolites
    ]
    if pk.tmax_h:
        rows.append(Row((cell("Time to peak"), cell(hours(pk.tmax_h))), by(PkValue.TMAX)))
    if pk.cleared_by:
        rows.append(Row((cell("Cleared by"), cell("; ".join(pk.cleared_by))), by(PkValue.CLEARED_BY)))
    if pk.main_cyp:
        rows.append(Row((cell("Main CYP enzymes"), cell(", ".join(pk.main_cyp))), by(PkValue.MAIN_CYP)))
    rows += [Row((cell(f"Inhibits {i.enzyme}"), cell(i.strength)), i.references) for i in pk.inhibits]
    if pk.note:
        rows.append(Row((cell("Note"), cell(pk.note)), by(PkValue.NOTE)))
    return tuple(rows)


def genes(d: Drug) -> Facts | None:
    """One line per gene: the guideline, and where the full table is."""
    if not d.pharmacogenomics:
        return None
    lines = [
        Cell((Span(f"{p.gene} ", Tone.STRONG), Span(f"{len(p.phenotypes)} phenotypes")), (p.guideline, *p.references))
        for p in d.pharmacogenomics
    ]
    more = cell("guideline content, not dosing advice; the table: --section pharmacogenomics", Tone.DIM)
    return Facts((("Pharmacogenomics (CPIC)", join([*lines, more], " · ")),))


def brief(d: Drug) -> Facts | None:
    """One line for a brief page: the half-life, and the label's most frequent side effects."""
    items: list[tuple[str, Cell]] = []
    pk = d.pharmacokinetics
    if pk is not None and pk.half_life_h:
        items.append(("Half-life", cell(hours(pk.half_life_h), refs=pk.cited_for(PkValue.HALF_LIFE))))
    ranked = sorted(
        (se for se in d.side_effects if se.frequency and se.frequency.percent is not None),
        key=lambda se: -(se.frequency.percent if se.frequency and se.frequency.percent else 0.0),
    )
    if ranked:
        top = [f"{re.sub(r' [(][^)]*[)]', '', se.effect).casefold()} {frequency(se.frequency)}" for se in ranked[:1]]
        items.append(
            ("Most frequent (label)", cell("; ".join(top), refs=tuple(r for se in ranked[:1] for r in se.references)))
        )
    return Facts(tuple(items)) if items else None
