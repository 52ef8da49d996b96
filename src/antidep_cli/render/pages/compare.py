"""The comparison page: classes or drugs side by side, by target and by neurotransmitter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model.vocab import PkValue, Role
from antidep_cli.queries import query
from antidep_cli.queries.analysis import Comparison, Overlap, Row as Line
from antidep_cli.queries.query import change_of
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

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Binding

SHARED_NOTE = "Actions are primary unless marked (secondary). Shared: every item acts there."
DRUG_NOTE = (
    " A drug's value at a target follows its action (the first of its values there; see the drug page); 'class "
    "action; no value recorded' marks a target its class acts at where this file has no action or value for the drug."
)


def _action(a: Action, nt: str | None) -> Cell:
    """One action in a cell: its kind and where (by target), or how and through what (by neurotransmitter)."""
    tone = Tone.STRONG if a.role is Role.PRIMARY else Tone.PLAIN
    if nt is None:
        spans = [Span(query.action_label(a), tone)]
        if a.site.value not in ("transporter", "enzyme", "receptor"):
            spans.append(Span(f" at {a.site}", Tone.DIM))
    else:
        change = change_of(a, nt)
        spans = [Span(f"{change.direction if change else 'acts at'} via {a.target}", tone if change else Tone.DIM)]
    if a.role is not Role.PRIMARY:
        spans.append(Span(" (secondary)", Tone.DIM))
    return Cell(tuple(spans), a.references)


def _cell(actions: tuple[Action, ...], nt: str | None, measured: Binding | None = None, silent: bool = False) -> Cell:
    """An item's actions there, then the drug's value there; a class action the drug has no value for, said so."""
    value = (
        Cell((Span(f"{strength.shown(measured)} ({strength.level(measured)})", Tone.DIM),), (measured.reference,))
        if measured
        else None
    )
    if actions:
        found = join([_action(a, nt) for a in actions], "\n")
        return join([found, value], " · ") if value else found
    if value:
        return join([cell("no action", Tone.DIM), value], " · ")
    return cell("class action; no value recorded" if silent else "—", Tone.DIM)


def _rows(lines: tuple[Line, ...], nt: bool) -> tuple[Row, ...]:
    rows = []
    for line in lines:
        n = len(line.cells)
        measured = line.measured or (None,) * n
        silent = line.class_only or (False,) * n
        cells = (_cell(c, line.id if nt else None, m, q) for c, m, q in zip(line.cells, measured, silent, strict=True))
        head = cell(line.id, Tone.STRONG, link=None if nt else f"target:{line.id}")
        rows.append(Row((head, cell("all", Tone.GOOD) if line.shared else cell(""), *cells)))
    return tuple(rows)


def _overlap(label: str, o: Overlap) -> Facts:
    parts = [("in all", o.shared), *((f"only {ident}", only) for ident, only in o.only.items())]
    found = [Cell((Span(f"{name}: ", Tone.DIM), Span(", ".join(ids) or "none"))) for name, ids in parts]
    return Facts(((label, join(found, "; ")),))


def _clinical(ix: query.Index, items: tuple[query.Item, ...]) -> Table | None:
    """For drugs: half-life, main CYP enzymes, the side effects their own sources list (in all, this one only, some),
    and the class's side effects standing in for a drug with none of its own."""
    from antidep_cli.knowledge import model

    drugs = [e for e in items if model.is_drug(e)]
    if len(drugs) != len(items):
        return None
    from antidep_cli.queries.drug_effects import class_stand_ins  # drug pages' queries, for drugs alone
    from antidep_cli.render.pages.drugfacts import hours

    pks = [d.pharmacokinetics for d in drugs]
    rows = [
        Row(
            (
                cell("Half-life", Tone.STRONG),
                *(
                    cell(
                        hours(pk.half_life_h) if pk else "not recorded",
                        refs=pk.cited_for(PkValue.HALF_LIFE) if pk else (),
                    )
                    for pk in pks
                ),
            )
        ),
        Row(
            (
                cell("Main CYP", Tone.STRONG),
                *(
                    cell(", ".join(pk.main_cyp), refs=pk.cited_for(PkValue.MAIN_CYP))
                    if pk and pk.main_cyp
                    else cell("not recorded")
                    for pk in pks
                ),
            )
        ),
    ]
    named = [{se.effect.casefold(): se for se in d.side_effects} for d in drugs]
    everywhere = set.intersection(*(set(n) for n in named)) if all(named) else set()
    rows.append(
        Row(
            (
                cell("Side effects in all", Tone.STRONG),
                *(cell(", ".join(sorted(n[k].effect for k in everywhere)) or "—") for n in named),
            )
        )
    )
    elsewhere = [set().union(*(set(m) for m in named if m is not n)) for n in named]
    only = [[se for k, se in n.items() if k not in others] for n, others in zip(named, elsewhere, strict=True)]
    rows.append(
        Row(
            (
                cell("Only in this one's sources", Tone.STRONG),
                *(
                    cell(
                        ", ".join(se.effect for se in own) or ("none recorded" if not n else "—"),
                        refs=tuple(r for se in own for r in se.references),
                    )
                    for n, own in zip(named, only, strict=True)
                ),
            )
        )
    )
    some = [
        [se for k, se in n.items() if k in others and k not in everywhere]
        for n, others in zip(named, elsewhere, strict=True)
    ]
    if any(some):  # three or more drugs: effects that some of the others' labels list too
        rows.append(
            Row(
                (
                    cell("Also in another's sources", Tone.STRONG),
                    *(
                        cell(
                            ", ".join(se.effect for se in own) or "—",
                            refs=tuple(r for se in own for r in se.references),
                        )
                        for own in some
                    ),
                )
            )
        )
    stand_ins = [class_stand_ins(ix, d) for d in drugs]
    if any(stand_ins):
        rows.append(
            Row(
                (
                    cell("Class side effects", Tone.STRONG),
                    *(
                        cell(
                            "; ".join(x.side_effect.effect for x in found) or "—",
                            refs=tuple(r for x in found for r in (*x.side_effect.references, *x.references)),
                        )
                        for found in stand_ins
                    ),
                )
            )
        )
    return Table(
        "Clinical pharmacology",
        ("", *(d.id for d in drugs)),
        tuple(rows),
        prose=frozenset(d.id for d in drugs),
        refs=False,
    )


def comparison_page(ix: query.Index, cmp: Comparison) -> Page:
    """Items as columns, targets then neurotransmitters as rows; the overlaps come from primary actions."""
    head = []
    for e in cmp.items:
        cls = query.class_of(ix, e)
        mode = cls.mode_of_action if cls else "combination product"
        head.append(Facts(((e.id, cell(f"{e.name} — {mode}")),)))
    ids = tuple(e.id for e in cmp.items)
    sections = (
        Section("targets", (Table("By target", ("Target", "Shared", *ids), _rows(cmp.targets, nt=False), refs=False),)),
        Section(
            "neurotransmitters",
            (
                Table(
                    "By neurotransmitter",
                    ("Neurotransmitter", "Shared", *ids),
                    _rows(cmp.neurotransmitters, nt=True),
                    refs=False,
                ),
            ),
        ),
        Section("clinical", blocks(_clinical(ix, cmp.items))),
        Section(
            "summary",
            (
                _overlap("Primary targets", cmp.target_overlap),
                _overlap("Raised neurotransmitters", cmp.transmitter_overlap),
                Paragraph(
                    cell(
                        SHARED_NOTE
                        + (DRUG_NOTE if any(any(line.measured) or any(line.class_only) for line in cmp.targets) else "")
                    ),
                    Tone.DIM,
                ),
            ),
        ),
    )
    title = Cell((Span(" vs ".join(ids), Tone.STRONG),))
    return finish(
        Page("comparison", "-".join(ids), title, tuple(head), sections), lambda found: query.references(ix, found)
    )
