"""Mechanism reasoning over the knowledge file's rules: combinations and switches.

Every hazard, strategy and washout comes from cited rules in the knowledge file;
this module only matches them against the items a user names.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

from antidep_cli.knowledge.model import (
    INTERACTIONS,
    NEUROTRANSMITTERS,
    STRATEGIES,
    TARGETS,
    WASHOUTS,
    ActingOn,
    Agent,
    Basis,
    DrugClass,
    Interaction,
    Selector,
    Severity,
    Strategy,
    StrategyKind,
    Washout,
    properties,
)
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
    if not properties(entry).isdisjoint(selector.properties):
        return True, ()
    if isinstance(entry, Agent):
        return entry.id in selector.agents or any(_acts(entry, rule) for rule in selector.acting), ()
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


def _label_first(found: list[Match]) -> list[Match]:
    """Drop editorial flags where a label flag of the same kind covers the same items."""
    labelled = {
        (m.rule.kind, frozenset(m.between))
        for m in found
        if isinstance(m.rule, Interaction) and m.rule.basis is Basis.LABEL
    }
    return [
        m
        for m in found
        if not (
            isinstance(m.rule, Interaction)
            and m.rule.basis is Basis.EDITORIAL
            and (m.rule.kind, frozenset(m.between)) in labelled
        )
    ]


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
    for n in ix.ids(NEUROTRANSMITTERS):
        if who := tuple(e.id for e in items if n in query.transmitters(e)):
            nts[n] = who
    for t in ix.ids(TARGETS):
        if who := tuple(e.id for e in items if t in query.primary_targets(e)):
            targets[t] = who
    flags = _label_first([m for rule in ix.all(INTERACTIONS) for m in _pairs(ix, rule, items)])
    flags.sort(key=lambda m: _RANK[m.rule.severity] if isinstance(m.rule, Interaction) else 0)
    combined = (s for s in ix.all(STRATEGIES) if s.kind is not StrategyKind.SWITCH and len(s.between) == 2)
    strategies = tuple(m for rule in combined for m in _pairs(ix, rule, items))
    return Combination(items, nts, targets, tuple(flags), strategies)


@dataclass(frozen=True, slots=True)
class Leg:
    """Drug pairs of a switch that the same rules answer.

    ``basis`` is LABEL when labels state the interval (every such rule is listed),
    GUIDANCE or CLASS when such a rule stands in because no label rule is recorded,
    and None when no rule covers the pairs.
    """

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    rules: tuple[Washout, ...]
    basis: Basis | None

    @property
    def labels_differ(self) -> bool:
        """Whether the labels covering these pairs give different intervals (a label giving none is not counted)."""
        return self.basis is Basis.LABEL and len({r.days for r in self.rules if r.days is not None}) > 1


@dataclass(frozen=True, slots=True)
class Switch:
    source: Item
    target: Item
    legs: tuple[Leg, ...]
    involves_maoi: bool


def _direct(ix: Index, selector: Selector, entry: Item) -> bool:
    ok, through = match(ix, selector, entry)
    return ok and not through


def _products(ix: Index, entry: Item) -> tuple[Item, ...]:
    """What a switch really concerns: a class's member drugs, or the item itself."""
    if isinstance(entry, DrugClass):
        return query.members(ix, entry.id) or (entry,)
    return (entry,)


def _answer(ix: Index, source: Item, target: Item) -> tuple[tuple[Washout, ...], Basis | None]:
    """Every label rule for one pair; else every guidance rule; else the first class rule; else nothing."""
    rules = ix.all(WASHOUTS)
    applies = [w for w in rules if _direct(ix, w.source, source) and _direct(ix, w.target, target)]
    for basis in (Basis.LABEL, Basis.GUIDANCE):
        if found := tuple(w for w in applies if w.basis is basis):
            return found, basis
    fallback = next((w for w in applies if w.basis is Basis.CLASS), None)
    return ((fallback,), Basis.CLASS) if fallback else ((), None)


def switch(ix: Index, source: Item, target: Item) -> Switch:
    """The intervals a switch calls for, pair by pair, from labels first and class rules second."""
    rows: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # (source, answer ids) -> targets
    answers: dict[tuple[str, ...], tuple[tuple[Washout, ...], Basis | None]] = {}
    for a in _products(ix, source):
        for b in _products(ix, target):
            if a.id == b.id:
                continue
            rules, basis = _answer(ix, a, b)
            key = (*(w.id for w in rules), str(basis))
            answers[key] = (rules, basis)
            rows.setdefault((a.id, key), []).append(b.id)
    legs: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for (a_id, key), targets in rows.items():
        legs.setdefault((tuple(targets), key), []).append(a_id)
    maoi = any(a.target.startswith("MAO-") for e in (source, target) for a in e.actions)
    built = tuple(Leg(tuple(srcs), tgts, *answers[key]) for (tgts, key), srcs in legs.items())
    return Switch(source, target, built, maoi)
