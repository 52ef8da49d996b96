"""Mechanism reasoning over the knowledge file's rules: combinations and switches.

Every hazard, strategy and washout comes from cited rules in the knowledge file;
this module only matches them against the items a user names.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

from antidep_cli.knowledge.model import ActingOn, Drug, DrugClass, Interaction, Selector, Severity, Strategy, Washout
from antidep_cli.queries import query
from antidep_cli.queries.query import Index, Item

_RANK = {severity: i for i, severity in enumerate(Severity)}  # contraindicated first


def _acts(entry: Item, rule: ActingOn) -> bool:
    return any(
        a.target in rule.targets
        and (rule.action is None or a.action is rule.action)
        and (rule.reversible is None or a.reversible is rule.reversible)
        and (rule.role is None or a.role is rule.role)
        for a in entry.actions
    )


def match(ix: Index, selector: Selector, entry: Item) -> tuple[bool, tuple[str, ...]]:
    """Whether a selector matches an item and, for a class matched through members, which."""
    cls = query.class_of(ix, entry)
    if (cls and cls.id in selector.classes) or entry.id in selector.drugs:
        return True, ()
    if any(_acts(entry, rule) for rule in selector.acting):
        return True, ()
    if isinstance(entry, DrugClass):
        through = tuple(d.id for d in query.members(ix, entry.id) if d.id in selector.drugs)
        return bool(through), through
    return False, ()


@dataclass(frozen=True, slots=True)
class Match:
    """A rule that applies, the items it concerns, and members it applies through."""

    rule: Interaction | Strategy
    between: tuple[str, ...]
    through: tuple[str, ...] = ()


def _pairs(ix: Index, rule: Interaction | Strategy, items: tuple[Item, ...]) -> list[Match]:
    found: dict[frozenset[str], Match] = {}
    if len(rule.between) == 1:
        for entry in items:
            ok, through = match(ix, rule.between[0], entry)
            if ok:
                found[frozenset([entry.id])] = Match(rule, (entry.id,), through)
        return list(found.values())
    first, second = rule.between[0], rule.between[1]
    for a, b in permutations(items, 2):
        ok_a, via_a = match(ix, first, a)
        ok_b, via_b = match(ix, second, b)
        key = frozenset([a.id, b.id])
        if ok_a and ok_b and key not in found:
            found[key] = Match(rule, (a.id, b.id), via_a + via_b)
    return list(found.values())


@dataclass(frozen=True, slots=True)
class Combination:
    items: tuple[Item, ...]
    neurotransmitters: dict[str, tuple[str, ...]]
    targets: dict[str, tuple[str, ...]]
    flags: tuple[Match, ...]
    strategies: tuple[Match, ...]


def combine(ix: Index, items: tuple[Item, ...]) -> Combination:
    """What a combination covers (primary actions), and which cited rules apply to it."""
    nts: dict[str, tuple[str, ...]] = {}
    targets: dict[str, tuple[str, ...]] = {}
    for n in ix.db.ids("neurotransmitters"):
        if who := tuple(e.id for e in items if n in query.transmitters(e)):
            nts[n] = who
    for t in ix.db.ids("targets"):
        if who := tuple(e.id for e in items if t in query.primary_targets(e)):
            targets[t] = who
    flags = [m for rule in ix.section("interactions") for m in _pairs(ix, rule, items)]
    flags.sort(key=lambda m: _RANK[m.rule.severity] if isinstance(m.rule, Interaction) else 0)
    strategies = tuple(m for rule in ix.section("strategies") for m in _pairs(ix, rule, items))
    return Combination(items, nts, targets, tuple(flags), strategies)


@dataclass(frozen=True, slots=True)
class Switch:
    source: Item
    target: Item
    rule: Washout | None
    exceptions: tuple[tuple[Drug, Washout], ...]  # members of a class that need a different interval
    involves_maoi: bool


def _direct(ix: Index, selector: Selector, entry: Item) -> bool:
    ok, through = match(ix, selector, entry)
    return ok and not through


def _first_rule(ix: Index, source: Item, target: Item) -> Washout | None:
    rules: tuple[Washout, ...] = ix.section("washouts")
    return next((w for w in rules if _direct(ix, w.source, source) and _direct(ix, w.target, target)), None)


def switch(ix: Index, source: Item, target: Item) -> Switch:
    """The washout a switch calls for, from the first matching rule; class members that differ."""
    rule = _first_rule(ix, source, target)
    exceptions = []
    if isinstance(source, DrugClass):
        for member in query.members(ix, source.id):
            other = _first_rule(ix, member, target)
            if other is not None and other is not rule:
                exceptions.append((member, other))
    maoi = any(a.target.startswith("MAO-") for e in (source, target) for a in e.actions)
    return Switch(source, target, rule, tuple(exceptions), maoi)
