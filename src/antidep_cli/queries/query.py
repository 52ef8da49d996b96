"""Pure lookups over a Catalog: name resolution, class members, compare, targets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from antidep_cli.errors import UnknownNameError, UsageError
from antidep_cli.knowledge import names
from antidep_cli.knowledge.model import (
    Action,
    Agent,
    Catalog,
    Direction,
    Drug,
    DrugClass,
    Neurotransmitter,
    Role,
    Target,
    spellings,
)

Item = DrugClass | Drug | Agent
_TRANSMITS = (Direction.RAISES, Direction.ENHANCES)


@dataclass(frozen=True, slots=True)
class Index:
    """A catalog with its lookup tables, built once per command."""

    catalog: Catalog
    items: dict[str, Item] = field(default_factory=dict)
    targets: dict[str, Target] = field(default_factory=dict)
    neurotransmitters: dict[str, Neurotransmitter] = field(default_factory=dict)
    keys: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, catalog: Catalog) -> Index:
        """Index every entry by id and by each folded spelling of its names."""
        ix = cls(catalog)
        found: tuple[Item, ...] = (*catalog.classes, *catalog.drugs, *catalog.agents)
        ix.items.update((e.id, e) for e in found)
        ix.targets.update((t.id, t) for t in catalog.targets)
        ix.neurotransmitters.update((n.id, n) for n in catalog.neurotransmitters)
        tables: tuple[tuple[str, dict[str, Any]], ...] = (
            ("item", ix.items),
            ("target", ix.targets),
            ("neurotransmitter", ix.neurotransmitters),
        )
        for kind, entries in tables:
            table = ix.keys.setdefault(kind, {})
            for ident, e in entries.items():
                for spelling in spellings(e):
                    table.setdefault(names.key(spelling), ident)
        return ix

    def lookup(self, kind: str, name: str) -> str | None:
        """The id a name means among ``kind`` entries, or None."""
        table = self.keys[kind]
        return next((table[k] for k in names.candidates(name) if k in table), None)

    def unknown(self, kind: str, label: str, name: str) -> UnknownNameError:
        """An error for an unresolvable name, with close matches."""
        pairs = ((k, ident) for k, ident in self.keys[kind].items())
        return UnknownNameError(label, name, names.suggest(name, pairs))


def item(ix: Index, name: str, label: str = "class, drug or agent") -> Item:
    """A class, drug or interaction partner by any of its names."""
    ident = ix.lookup("item", name)
    if ident is None:
        raise ix.unknown("item", label, name)
    return ix.items[ident]


def drug_class(ix: Index, name: str) -> DrugClass:
    """A class by any of its names; a drug's name gets a pointer to ``antidep drug``."""
    found = item(ix, name, "class")
    if isinstance(found, Drug):
        raise UnknownNameError("class", name, hint=f"it is a drug; try: antidep drug {found.id}")
    if isinstance(found, Agent):
        raise UnknownNameError("class", name, hint=AGENT_HINT.format(found.id))
    return found


def drug(ix: Index, name: str) -> Drug:
    """A drug by generic or brand name; a class's name gets a pointer to ``antidep show``."""
    found = item(ix, name, "drug")
    if isinstance(found, DrugClass):
        raise UnknownNameError("drug", name, hint=f"it is a class; try: antidep show {found.id}")
    if isinstance(found, Agent):
        raise UnknownNameError("drug", name, hint=AGENT_HINT.format(found.id))
    return found


AGENT_HINT = "it is an interaction partner, not an antidepressant; try: antidep list agents, antidep combine {} ..."


def target(ix: Index, name: str) -> Target:
    """A molecular target by id, name, gene or synonym."""
    ident = ix.lookup("target", name)
    if ident is None:
        raise ix.unknown("target", "target", name)
    return ix.targets[ident]


def neurotransmitter(ix: Index, name: str) -> Neurotransmitter:
    """A neurotransmitter by id, name or synonym."""
    ident = ix.lookup("neurotransmitter", name)
    if ident is None:
        raise ix.unknown("neurotransmitter", "neurotransmitter", name)
    return ix.neurotransmitters[ident]


def distinct_items(ix: Index, names_: Sequence[str], minimum: int = 2) -> tuple[Item, ...]:
    """Resolve several names to distinct classes or drugs, at least ``minimum`` of them."""
    found = tuple(dict.fromkeys(item(ix, n) for n in names_))
    if len(found) < minimum:
        raise UsageError(f"give at least {minimum} distinct classes or drugs; got {len(found)}")
    return found


def members(catalog: Catalog, class_id: str) -> tuple[Drug, ...]:
    """The drugs of a class, in file order."""
    return tuple(d for d in catalog.drugs if d.drug_class == class_id)


def class_of(ix: Index, entry: Item) -> DrugClass | None:
    """A drug's class (None for a combination product or an agent); a class is its own."""
    if isinstance(entry, DrugClass):
        return entry
    if isinstance(entry, Agent):
        return None
    found = ix.items.get(entry.drug_class or "")
    return found if isinstance(found, DrugClass) else None


def primary(actions: Iterable[Action]) -> tuple[Action, ...]:
    """The primary actions, in order."""
    return tuple(a for a in actions if a.role is Role.PRIMARY)


def transmitters(entry: Item) -> tuple[str, ...]:
    """Neurotransmitters whose signalling the primary actions directly raise or enhance."""
    found = (c.neurotransmitter for a in primary(entry.actions) for c in a.changes if c.direction in _TRANSMITS)
    return tuple(dict.fromkeys(found))


def primary_targets(entry: Item) -> tuple[str, ...]:
    """Targets of the primary actions, in order, once each."""
    return tuple(dict.fromkeys(a.target for a in primary(entry.actions)))


NOT_STATED = "not stated"


def affinity_label(action: Action) -> str:
    """``high (Kd 0.29 nM, human)``, ``moderate``, or ``not stated`` where no source gives a strength."""
    aff = action.affinity
    if aff is None:
        return NOT_STATED
    measured = f" ({aff.measure} {aff.value_nm:g} nM, {aff.species})" if aff.value_nm is not None else ""
    return f"{aff.level}{measured}"


def action_label(action: Action) -> str:
    """The action kind with reversibility where it is recorded."""
    if action.reversible is None:
        return str(action.action)
    return f"{'reversible' if action.reversible else 'irreversible'} {action.action}"


def citations(entry: Item) -> tuple[str, ...]:
    """Every reference an entry cites, in order of first citation."""
    found: list[str] = []
    for a in entry.actions:
        found += a.references
        if a.affinity and a.affinity.reference:
            found.append(a.affinity.reference)
    if isinstance(entry, DrugClass):
        found += [r for s in entry.timeline() + entry.notes for r in s.references]
        found += [r for se in entry.side_effects for r in se.references]
    elif isinstance(entry, Agent):
        found += [r for trait in entry.traits for r in trait.references]
    else:
        found += [r for s in entry.notes + entry.metabolism for r in s.references]
    return tuple(dict.fromkeys([*found, *entry.references]))
