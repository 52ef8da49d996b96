"""Items side by side: each one's actions by target and by neurotransmitter, and what they share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model.shelves import NEUROTRANSMITTERS, TARGETS
from antidep_cli.queries.query import Index, Item, change_of, primary_targets, transmitters

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Binding


@dataclass(frozen=True, slots=True)
class Row:
    """One target or neurotransmitter, with each item's actions there.

    For a drug at a target, ``measured`` holds the value shown there (None where none is
    recorded) and ``class_only`` says that its class acts there while the drug has
    neither an action nor a value of its own.
    """

    id: str
    cells: tuple[tuple[Action, ...], ...]
    measured: tuple[Binding | None, ...] = ()
    class_only: tuple[bool, ...] = ()

    @property
    def shared(self) -> bool:
        """Every item acts here."""
        return all(self.cells)


@dataclass(frozen=True, slots=True)
class Overlap:
    """What is in every item (shared) and what is in one item alone (only)."""

    shared: tuple[str, ...]
    only: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Comparison:
    items: tuple[Item, ...]
    targets: tuple[Row, ...]
    neurotransmitters: tuple[Row, ...]
    target_overlap: Overlap
    transmitter_overlap: Overlap


def _overlap(items: tuple[Item, ...], sets: list[tuple[str, ...]], order: list[str]) -> Overlap:
    rank = {ident: i for i, ident in enumerate(order)}
    everywhere = set.intersection(*(set(s) for s in sets))
    only = {}
    for entry, own in zip(items, sets, strict=True):
        others = set().union(*(set(s) for s in sets if s is not own))
        only[entry.id] = tuple(sorted(set(own) - others, key=lambda x: rank.get(x, len(rank))))
    return Overlap(tuple(sorted(everywhere, key=lambda x: rank.get(x, len(rank)))), only)


def compare(ix: Index, items: tuple[Item, ...]) -> Comparison:
    """Compare classes or drugs by target and by neurotransmitter; overlaps use primary actions."""
    from antidep_cli.knowledge.model import is_drug

    target_order = ix.ids(TARGETS)
    nt_order = ix.ids(NEUROTRANSMITTERS)
    drugs = [e for e in items if is_drug(e)]
    silent: dict[str, set[str]] = {}
    chosen: dict[tuple[str, str], Binding | None] = {}
    if drugs:  # measured values, and class actions without one, are drugs' alone
        from antidep_cli.queries import binding

        silent = {d.id: {a.target for a in binding.class_actions_not_measured(ix, d)} for d in drugs}
        chosen = {(d.id, t): binding.chosen(d, t) for d in drugs for t in target_order}
    strong = {b.target for d in drugs for b in d.binding if str(strength.level(b)) in ("high", "moderate")}
    acted = {a.target for e in items for a in e.actions} | strong | set().union(*silent.values())
    target_rows = tuple(
        Row(
            t,
            tuple(tuple(a for a in e.actions if a.target == t) for e in items),
            tuple(chosen.get((e.id, t)) for e in items),
            tuple(t in silent.get(e.id, ()) for e in items),
        )
        for t in target_order
        if t in acted
    )
    nt_rows = tuple(
        Row(n, tuple(tuple(a for a in e.actions if change_of(a, n)) for e in items))
        for n in nt_order
        if any(change_of(a, n) for e in items for a in e.actions)
    )
    return Comparison(
        items,
        target_rows,
        nt_rows,
        _overlap(items, [primary_targets(e) for e in items], target_order),
        _overlap(items, [transmitters(e) for e in items], nt_order),
    )
