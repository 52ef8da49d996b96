"""Strategies and residual symptoms: lookup, the drugs a strategy names, and the drugs having a symptom's mechanisms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from antidep_cli.errors import UnknownNameError
from antidep_cli.knowledge.model.shelves import DRUGS, STRATEGIES, SYMPTOMS
from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries import binding
from antidep_cli.queries.query import Index, strategies_naming

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Drug, Strategy, Symptom


def strategy(ix: Index, name: str) -> Strategy:
    """A strategy by any of its names, or the one strategy naming a class or drug; else an error with suggestions."""
    ident = ix.lookup("strategy", name)
    item = ix.lookup("item", name) if ident is None else None
    if item is not None:
        naming = strategies_naming(ix, item)
        if len(naming) == 1:
            ident = naming[0]
        elif naming:
            raise UnknownNameError("strategy", name, tuple(naming))
    return ix.some(STRATEGIES, [ident or ix.resolve("strategy", name)])[0]


def symptom(ix: Index, name: str) -> Symptom:
    """A residual symptom by any of its names; an unknown name is an error with close matches."""
    return ix.some(SYMPTOMS, [ix.resolve("symptom", name)])[0]


@dataclass(frozen=True, slots=True)
class Acting:
    """One primary action of a class or drug a strategy names, on side ``side`` (1 or 2)."""

    side: int
    item: str
    action: Action


def mechanism(ix: Index, s: Strategy) -> tuple[Acting, ...]:
    """The primary actions of every class and drug each side of a strategy names: the mechanism it combines."""
    found = []
    for side, sel in enumerate(s.between, 1):
        for ident in (*sel.classes, *sel.drugs):
            item = ix.items[ident]
            found += [Acting(side, ident, a) for a in item.actions if a.role is Role.PRIMARY]
    return tuple(found)


def named_drugs(ix: Index, s: Strategy) -> tuple[Drug, ...]:
    """The drugs a strategy names outright (not through a class), in the order named."""
    return ix.some(DRUGS, [d for sel in s.between for d in sel.drugs])


def citing(ix: Index, s: Strategy) -> tuple[Symptom, ...]:
    """The residual symptoms whose links name this strategy."""
    return tuple(sym for sym in ix.all(SYMPTOMS) if any(s.id in link.strategies for link in sym.links))


@dataclass(frozen=True, slots=True)
class AtTarget:
    """The drugs acting at one target of a symptom's mechanisms, strongest measured first."""

    target: str
    study: str | None
    drugs: tuple[binding.Ranked, ...]


def acting(ix: Index, sym: Symptom) -> tuple[AtTarget, ...]:
    """For each target a symptom's links name, the drugs with an action there (ranked as the target page ranks them)."""
    from antidep_cli.knowledge.model.measured import DrugMeasures

    found = []
    for target in dict.fromkeys(t for link in sym.links for t in link.targets):
        drugs = ix.some_as(DRUGS, DrugMeasures, ix.db.touching("drugs", f"target:{target}", f"measured:{target}"))
        study, ranked = binding.ranking(drugs, target)
        found.append(AtTarget(target, study, tuple(r for r in ranked if r.action is not None)))
    return tuple(found)
