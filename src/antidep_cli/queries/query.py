"""Lookups over the compiled knowledge: the lazy Index, name resolution, class members, citations."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias, TypeVar

from antidep_cli.errors import UnknownNameError, UsageError
from antidep_cli.knowledge import model, names
from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS, GLOSSARY, NEUROMODULATION, REFERENCES, REGIONS, Shelf
from antidep_cli.knowledge.model.vocab import Direction, Role

if TYPE_CHECKING:
    from antidep_cli.knowledge.index import Database
    from antidep_cli.knowledge.model import (
        Action,
        Agent,
        Catalog,
        Change,
        Drug,
        DrugClass,
        Neuromodulation,
        Neurotransmitter,
        Pharmacokinetics,
        Reference,
        Target,
        Term,
    )

# Only named in annotations, so the dataclasses behind it are imported only where an answer needs them.
Item: TypeAlias = "DrugClass | Drug | Agent"
E = TypeVar("E")
P = TypeVar("P")
_TRANSMITS = (Direction.RAISES, Direction.ENHANCES)
KINDS = {
    "item": ("classes", "drugs", "agents"),
    "neuromodulation": ("neuromodulation",),
    "target": ("targets",),
    "neurotransmitter": ("neurotransmitters",),
    "reference": ("references",),
    "term": ("glossary",),
    "strategy": ("strategies",),
    "symptom": ("symptoms",),
}


class Index:
    """The knowledge, read lazily from its compiled index: an entry becomes a dataclass when first needed."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._entries: dict[tuple[str, str], Any] = {}
        self._sections: dict[str, tuple[Any, ...]] = {}
        self._projected: dict[tuple[str, type], dict[str, Any]] = {}
        self.items: Mapping[str, Item] = _Lookup(self, KINDS["item"])
        self.targets: Mapping[str, Target] = _Lookup(self, KINDS["target"])
        self.neurotransmitters: Mapping[str, Neurotransmitter] = _Lookup(self, KINDS["neurotransmitter"])

    @classmethod
    def of(cls, catalog: Catalog) -> Index:
        """An index of an already validated catalog, built in memory."""
        from antidep_cli.knowledge import index

        return cls(index.Database(index.in_memory({"key": "memory"}, catalog), "memory"))

    def one(self, shelf: Shelf[E], ident: str) -> E | None:
        """One entry of a section by id, or None; each is converted once."""
        key = (shelf.name, ident)
        if key not in self._entries:
            self._entries[key] = self.db.entry(shelf.name, ident)
        found: E | None = self._entries[key]
        return found

    def some(self, shelf: Shelf[E], idents: Sequence[str]) -> tuple[E, ...]:
        """Entries of a section with the given ids, in the order given (each once)."""
        missing = [i for i in dict.fromkeys(idents) if (shelf.name, i) not in self._entries]
        if missing:
            self._entries.update(((shelf.name, e.id), e) for e in self.db.entries(shelf.name, missing))
        return tuple(self._entries[(shelf.name, i)] for i in dict.fromkeys(idents) if (shelf.name, i) in self._entries)

    def some_as(self, shelf: Shelf[E], projection: type[P], idents: Sequence[str]) -> tuple[P, ...]:
        """Entries of a section with the given ids, in the order given, as a projection of the section's type
        (``DrugMeasures``, ``DrugEffects``, ``ClassEffects``): read without the rest of each entry, so the
        section's own dataclasses are not defined."""
        cache = self._projected.setdefault((shelf.name, projection), {})
        missing = [i for i in dict.fromkeys(idents) if i not in cache]
        if missing:
            cache.update((e.id, e) for e in self.db.entries(shelf.name, missing, projection))
        return tuple(cache[i] for i in dict.fromkeys(idents) if i in cache)

    def all(self, shelf: Shelf[E]) -> tuple[E, ...]:
        """A whole section, in file order."""
        if shelf.name not in self._sections:
            self._sections[shelf.name] = found = tuple(self.db.entries(shelf.name))
            self._entries.update(((shelf.name, e.id), e) for e in found)
        entries: tuple[E, ...] = self._sections[shelf.name]
        return entries

    def ids(self, shelf: Shelf[E]) -> list[str]:
        """A section's ids in file order, read without converting its entries."""
        return self.db.ids(shelf.name)

    def get(self, section: str, ident: str) -> Any:
        """One entry of a section named at run time (``_Lookup``), or None."""
        key = (section, ident)
        if key not in self._entries:
            self._entries[key] = self.db.entry(section, ident)
        return self._entries[key]

    @property
    def catalog(self) -> Catalog:
        """The whole knowledge file (for listings, the matrix and exports of everything)."""
        from antidep_cli.knowledge.model import SHELVES

        return model.Catalog(schema=int(self.db.meta("schema")), **{s.name: self.all(s) for s in SHELVES})

    def lookup(self, kind: str, name: str) -> str | None:
        """The id a name means among ``kind`` entries, or None."""
        found = self.where(kind, name)
        return None if found is None else found[1]

    def where(self, kind: str, name: str) -> tuple[str, str] | None:
        """The section and id a name means among ``kind`` entries (``("drugs", "sertraline")``), or None."""
        return self.db.find(names.candidates(name), KINDS[kind])

    def resolve(self, kind: str, name: str) -> str:
        """The id a name means among ``kind`` entries; an unknown name is an error with suggestions."""
        ident = self.lookup(kind, name)
        if ident is None:
            raise self.unknown(kind, kind, name)
        return ident

    def unknown(self, kind: str, label: str, name: str) -> UnknownNameError:
        """An error for an unresolvable name: the entry of another kind it names, else close matches."""
        for other in ("item", "target", "term", "neurotransmitter", "strategy", "symptom"):
            if other != kind and (ident := self.lookup(other, name)) is not None:
                return UnknownNameError(label, name, elsewhere=(other, ident))
        return UnknownNameError(label, name, names.suggest(name, self.db.keys(KINDS[kind])))


class _Lookup(Mapping[str, Any]):
    """Entries of some sections by id, converted on access."""

    def __init__(self, ix: Index, sections: tuple[str, ...]) -> None:
        self.ix = ix
        self.sections = sections

    def __getitem__(self, ident: str) -> Any:
        for section in self.sections:
            if (found := self.ix.get(section, ident)) is not None:
                return found
        raise KeyError(ident)

    def __iter__(self) -> Iterator[str]:
        return (i for s in self.sections for i in self.ix.db.ids(s))

    def __len__(self) -> int:
        return sum(len(self.ix.db.ids(s)) for s in self.sections)


def item(ix: Index, name: str, label: str = "class, drug or agent") -> Item:
    """A class, drug or interaction partner by any of its names."""
    ident = ix.lookup("item", name)
    if ident is None and (other := ix.lookup("neuromodulation", name)) is not None:
        raise UnknownNameError(label, name, elsewhere=("treatment", other))
    if ident is None:
        raise ix.unknown("item", label, name)
    return ix.items[ident]


def unknown_page(ix: Index, name: str) -> UnknownNameError:
    """An unknown name where classes, drugs, targets and terms all have pages: close matches among them all."""
    return UnknownNameError(
        "name", name, names.suggest(name, ix.db.keys(KINDS["item"] + KINDS["target"] + KINDS["term"]))
    )


def drug_class(ix: Index, name: str) -> DrugClass:
    """A class by any of its names; a drug's name gets a pointer to ``antidep drug``."""
    found = item(ix, name, "class")
    if isinstance(found, model.DrugClass):
        return found
    raise UnknownNameError("class", name, elsewhere=("drug" if model.is_drug(found) else "agent", found.id))


def drug(ix: Index, name: str) -> Drug:
    """A drug by generic or brand name; a class's name gets a pointer to ``antidep show``."""
    found = item(ix, name, "drug")
    if model.is_drug(found):
        return found
    raise UnknownNameError(
        "drug", name, elsewhere=("class" if isinstance(found, model.DrugClass) else "agent", found.id)
    )


def neuromodulation(ix: Index, name: str) -> Neuromodulation | None:
    """A neuromodulation treatment by any of its names, or None."""
    ident = ix.lookup("neuromodulation", name)
    return ix.one(NEUROMODULATION, ident) if ident else None


def target(ix: Index, name: str) -> Target:
    """A molecular target by id, name, gene or synonym."""
    return ix.targets[ix.resolve("target", name)]


def term(ix: Index, name: str) -> Term:
    """A glossary term by name or synonym."""
    found = ix.one(GLOSSARY, ix.resolve("term", name))
    assert found is not None  # resolve() returned an id of the glossary
    return found


def neurotransmitter(ix: Index, name: str) -> Neurotransmitter:
    """A neurotransmitter by id, name or synonym."""
    return ix.neurotransmitters[ix.resolve("neurotransmitter", name)]


def distinct_items(ix: Index, names_: Sequence[str], minimum: int = 2) -> tuple[Item, ...]:
    """Resolve several names to distinct classes or drugs, at least ``minimum`` of them."""
    found = tuple(dict.fromkeys(item(ix, n) for n in names_))
    if len(found) < minimum:
        raise UsageError(f"give at least {minimum} distinct classes or drugs; got {len(found)}")
    return found


def members(ix: Index, class_id: str) -> tuple[Drug, ...]:
    """The drugs of a class, in file order."""
    return ix.some(DRUGS, ix.db.members(class_id))


class Member(NamedTuple):
    """What a class page shows of one of its drugs, read without building the drug."""

    id: str
    synonyms: tuple[str, ...]
    note: str


def member_rows(ix: Index, class_id: str) -> tuple[Member, ...]:
    """The drugs of a class as the class page lists them, in file order."""
    return tuple(Member(d, tuple(synonyms), note) for d, synonyms, note in ix.db.member_rows(class_id))


def member_ids(ix: Index, class_id: str) -> list[str]:
    """The ids of a class's drugs, in file order, read without building the drugs."""
    return ix.db.members(class_id)


def region_names(ix: Index, idents: Sequence[str]) -> str:
    """The names of some regions of the vocabulary, for "in: …" after a statement."""
    names = {r.id: r.name for r in ix.some(REGIONS, idents)}
    return ", ".join(names.get(i, i) for i in idents)


def strategies_naming(ix: Index, ident: str) -> list[str]:
    """The ids of the strategies that name a class or drug outright, in file order (read from the index)."""
    return ix.db.touching("strategies", f"names:{ident}")


def references(ix: Index, idents: Iterable[str]) -> dict[str, Reference]:
    """The references with these ids, by id."""
    return {r.id: r for r in ix.some(REFERENCES, list(idents))}


def class_of(ix: Index, entry: Item) -> DrugClass | None:
    """A drug's class (None for a combination product or an agent); a class is its own."""
    if isinstance(entry, model.DrugClass):
        return entry
    if not model.is_drug(entry):
        return None
    return ix.one(CLASSES, entry.drug_class) if entry.drug_class else None


def components(ix: Index, d: Drug) -> tuple[tuple[str, Pharmacokinetics | None], ...]:
    """A combination without pharmacokinetics of its own: each ingredient with its own entry's (None for a
    partner that is not a drug, or a drug with none); empty otherwise."""
    if d.pharmacokinetics is not None or not d.components:
        return ()
    found = {c.id: c.pharmacokinetics for c in ix.some(DRUGS, d.components)}
    return tuple((c, found.get(c)) for c in d.components)


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


def action_label(action: Action) -> str:
    """The action kind with reversibility where it is recorded."""
    if action.reversible is None:
        return str(action.action)
    return f"{'reversible' if action.reversible else 'irreversible'} {action.action}"


def change_of(action: Action, nt: str) -> Change | None:
    """How an action changes one neurotransmitter, if it does."""
    return next((c for c in action.changes if c.neurotransmitter == nt), None)
