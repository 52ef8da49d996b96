"""Pure mechanism comparisons: items side by side, and who acts where."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS, NEUROTRANSMITTERS, TARGETS
from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries.query import Index, Item, primary_targets, transmitters

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Binding, Change


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
    from antidep_cli.queries import binding

    target_order = ix.ids(TARGETS)
    nt_order = ix.ids(NEUROTRANSMITTERS)
    silent = {e.id: {a.target for a in binding.class_actions_not_measured(ix, e)} for e in items if is_drug(e)}
    strong = {
        b.target for e in items if is_drug(e) for b in e.binding if str(strength.level(b)) in ("high", "moderate")
    }
    acted = {a.target for e in items for a in e.actions} | strong | set().union(*silent.values())
    target_rows = tuple(
        Row(
            t,
            tuple(tuple(a for a in e.actions if a.target == t) for e in items),
            tuple(binding.chosen(e, t) if is_drug(e) else None for e in items),
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


def change_of(action: Action, nt: str) -> Change | None:
    """How an action changes one neurotransmitter, if it does."""
    return next((c for c in action.changes if c.neurotransmitter == nt), None)


@dataclass(frozen=True, slots=True)
class Acting:
    """An item that acts at a target or on a neurotransmitter, and through what."""

    item: Item
    role: Role
    via: tuple[Action, ...]


def acting_on(
    ix: Index, *, target: str | None = None, nt: str | None = None, drugs: bool = False
) -> tuple[Acting, ...]:
    """Classes (or drugs) acting at ``target`` or on ``nt``, primary first, then file order."""
    section = "drugs" if drugs else "classes"
    key = f"target:{target}" if target is not None else f"nt:{nt}"
    touching = ix.db.touching(section, key)
    entries: Iterable[Item] = ix.some(DRUGS, touching) if drugs else ix.some(CLASSES, touching)
    found = []
    for entry in entries:
        via = tuple(a for a in entry.actions if _touches(ix, a, target, nt))
        if via:
            role = Role.PRIMARY if any(a.role is Role.PRIMARY for a in via) else Role.SECONDARY
            found.append(Acting(entry, role, via))
    return tuple(sorted(found, key=lambda x: x.role is not Role.PRIMARY))


def _touches(ix: Index, action: Action, target: str | None, nt: str | None) -> bool:
    if target is not None:
        return action.target == target
    return nt is not None and (nt in ix.targets[action.target].neurotransmitters or change_of(action, nt) is not None)


SYMBOLS = {
    "inhibitor": "I",
    "antagonist": "B",
    "uncompetitive antagonist": "B",
    "channel blocker": "B",
    "agonist": "A",
    "partial agonist": "P",
    "positive allosteric modulator": "M",
}
LEGEND = {"I": "inhibits", "B": "blocks", "A": "activates", "P": "partial agonist", "M": "modulates (PAM)"}
NO_VALUE = "?"  # with --drugs: the drug's class acts there; this file has no action or value for the drug


def symbol(action: Action) -> str:
    """The matrix symbol: upper case for a primary action, lower case for a secondary one."""
    letter = SYMBOLS[action.action.value]
    return letter if action.role is Role.PRIMARY else letter.lower()


@dataclass(frozen=True, slots=True)
class Matrix:
    """Items by targets, the textbook figure; each cell holds the symbols of the actions there."""

    items: tuple[Item, ...]
    targets: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]

    @property
    def legend(self) -> dict[str, str]:
        """The symbols, with ``?`` where a drug's class acts at a target the drug has no value for."""
        quiet = any(NO_VALUE in row for row in self.cells)
        return LEGEND | ({NO_VALUE: "class action, no value for this drug"} if quiet else {})


def matrix(ix: Index, drugs: bool = False) -> Matrix:
    """Classes (or drugs) by the targets any of them act at, in file order."""
    from antidep_cli.queries.binding import class_actions_not_measured

    found = ix.all(DRUGS) if drugs else ()
    items: tuple[Item, ...] = found or ix.all(CLASSES)
    used = {a.target for e in items for a in e.actions}
    targets = tuple(t for t in ix.ids(TARGETS) if t in used)
    quiet = {d.id: {a.target for a in class_actions_not_measured(ix, d)} for d in found}
    cells = tuple(
        tuple(
            "".join(dict.fromkeys(symbol(a) for a in e.actions if a.target == t))
            or (NO_VALUE if t in quiet.get(e.id, ()) else "")
            for t in targets
        )
        for e in items
    )
    return Matrix(items, targets, cells)
