"""A target's page: the classes acting there, drugs ranked by measured affinity, the side effects it explains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS
from antidep_cli.queries import binding, query
from antidep_cli.queries.query import Index

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, DrugClass, SideEffect, Target


@dataclass(frozen=True, slots=True)
class Acts:
    """One class or drug's action at the target."""

    item: DrugClass
    action: Action


@dataclass(frozen=True, slots=True)
class TargetPage:
    target: Target
    classes: tuple[Acts, ...]
    drugs: tuple[binding.Ranked, ...]
    study: str | None  # the study preferred for the values shown (see binding.ranking)
    silent: tuple[tuple[str, tuple[str, ...]], ...]  # per acting class, members with no action or value here
    side_effects: tuple[tuple[DrugClass, SideEffect], ...]


def page(ix: Index, target: Target) -> TargetPage:
    """Every class acting at ``target``, every drug acting or measured there (ranked), the side effects it explains."""
    from antidep_cli.knowledge.model.measured import DrugMeasures

    classes = ix.some(CLASSES, ix.db.touching("classes", f"target:{target.id}"))
    drugs = ix.some_as(DRUGS, DrugMeasures, ix.db.touching("drugs", f"target:{target.id}", f"measured:{target.id}"))
    study, ranked = binding.ranking(drugs, target.id)
    by_class = tuple(Acts(c, a) for c in classes for a in c.actions if a.target == target.id)
    shown = {r.drug.id for r in ranked}
    silent = tuple(
        (c.id, quiet) for c in classes if (quiet := tuple(d for d in query.member_ids(ix, c.id) if d not in shown))
    )
    effects = tuple((c, se) for c in classes for se in c.side_effects if se.via == target.id)
    return TargetPage(target, by_class, ranked, study, silent, effects)
