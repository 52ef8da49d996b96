"""Who acts where: the classes or drugs acting at a target or on a neurotransmitter, and through which actions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS
from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries.query import Index, Item, change_of

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action


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
