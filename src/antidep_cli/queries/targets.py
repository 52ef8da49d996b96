"""A target's page: who acts there, ranked by affinity, and the side effects that action explains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS
from antidep_cli.knowledge.model.vocab import AffinityLevel
from antidep_cli.queries.query import Index

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Drug, DrugClass, SideEffect, Target

_RANK = {level: i for i, level in enumerate(AffinityLevel)}


@dataclass(frozen=True, slots=True)
class Acts:
    """One class or drug's action at the target."""

    item: DrugClass | Drug
    action: Action


@dataclass(frozen=True, slots=True)
class TargetPage:
    target: Target
    classes: tuple[Acts, ...]
    drugs: tuple[Acts, ...]
    side_effects: tuple[tuple[DrugClass, SideEffect], ...]


def strength(action: Action) -> tuple[int, float]:
    """Sort key: stated affinity first, strongest first; a measured constant orders within a level."""
    aff = action.affinity
    if aff is None:
        return (len(_RANK), 0.0)
    return (_RANK[aff.level], aff.value_nm if aff.value_nm is not None else float("inf"))


def page(ix: Index, target: Target) -> TargetPage:
    """Every class and drug acting at ``target`` (drugs ranked by affinity) and the side effects it explains."""
    key = f"target:{target.id}"
    classes = ix.some(CLASSES, ix.db.touching(key, "classes"))
    drugs = ix.some(DRUGS, ix.db.touching(key, "drugs"))
    by_class = tuple(Acts(c, a) for c in classes for a in c.actions if a.target == target.id)
    by_drug = [Acts(d, a) for d in drugs for a in d.actions if a.target == target.id]
    by_drug.sort(key=lambda x: strength(x.action))  # stable: file order breaks ties
    effects = tuple((c, se) for c in classes for se in c.side_effects if se.via == target.id)
    return TargetPage(target, by_class, tuple(by_drug), effects)
