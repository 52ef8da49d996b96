"""Full-text search and reverse citation lookup: pure functions over a Catalog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from antidep_cli.errors import UnknownNameError
from antidep_cli.knowledge import names
from antidep_cli.knowledge.model import Agent, Catalog, Drug, DrugClass, Reference
from antidep_cli.queries.query import citations

# How much a match in each kind of field counts; names beat prose.
_WEIGHTS = {"id": 100, "name": 100, "abbreviation": 100, "synonyms": 90, "gene": 70, "note": 40}
_PROSE_WEIGHT = 20


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    id: str
    field: str
    text: str
    start: int
    end: int
    score: int

    def snippet(self, radius: int = 50) -> tuple[str, int, int]:
        """The text around the match, and the match's span within it."""
        lo = max(0, self.start - radius)
        hi = min(len(self.text), self.end + radius)
        prefix = "…" if lo else ""
        suffix = "…" if hi < len(self.text) else ""
        snippet = prefix + self.text[lo:hi] + suffix
        return snippet, self.start - lo + len(prefix), self.end - lo + len(prefix)


def _fields(cat: Catalog) -> Iterator[tuple[str, str, str, str]]:
    """(kind, id, field, text) for every searchable string, in file order."""
    for c in cat.classes:
        yield from _named("class", c.id, {"id": c.id, "abbreviation": c.abbreviation, "name": c.name}, c.synonyms)
        yield "class", c.id, "mode_of_action", c.mode_of_action
        yield "class", c.id, "summary", c.summary
        yield from _item_prose("class", c)
    for d in cat.drugs:
        yield from _named("drug", d.id, {"id": d.id, "name": d.name}, d.synonyms)
        yield "drug", d.id, "note", d.note
        yield from _item_prose("drug", d)
    for a in cat.agents:
        yield from _named("agent", a.id, {"id": a.id, "name": a.name, "group": a.group}, a.synonyms)
        yield "agent", a.id, "note", a.note
        for trait in a.traits:
            yield "agent", a.id, f"property: {trait.property}", trait.text
    for t in cat.targets:
        yield from _named("target", t.id, {"id": t.id, "name": t.name, "gene": t.gene}, t.synonyms)
        yield "target", t.id, "description", t.description
    for n in cat.neurotransmitters:
        yield from _named("neurotransmitter", n.id, {"id": n.id, "name": n.name}, n.synonyms)


def _named(
    kind: str, ident: str, fields: dict[str, str], synonyms: tuple[str, ...]
) -> Iterator[tuple[str, str, str, str]]:
    for field, text in fields.items():
        yield kind, ident, field, text
    for synonym in synonyms:
        yield kind, ident, "synonyms", synonym


def _item_prose(kind: str, entry: DrugClass | Drug) -> Iterator[tuple[str, str, str, str]]:
    for i, a in enumerate(entry.actions):
        if a.effect:
            yield kind, entry.id, f"actions[{i}].effect", a.effect
    groups = (
        {"consequences": entry.consequences, "adaptations": entry.adaptations, "notes": entry.notes}
        if isinstance(entry, DrugClass)
        else {"notes": entry.notes, "metabolism": entry.metabolism}
    )
    for group, statements in groups.items():
        for i, s in enumerate(statements):
            yield kind, entry.id, f"{group}[{i}]", s.text
    if isinstance(entry, DrugClass):
        for i, se in enumerate(entry.side_effects):
            yield kind, entry.id, f"side_effects[{i}]", f"{se.effect}: {se.mechanism}"


def search(cat: Catalog, text: str, limit: int = 50) -> tuple[Hit, ...]:
    """Entries matching ``text`` (case-insensitive), best first: one hit per entry field."""
    needle = " ".join(text.casefold().split())
    if not needle:
        return ()
    hits: dict[tuple[str, str, str], Hit] = {}
    for kind, ident, field, value in _fields(cat):
        start = value.casefold().find(needle)
        if start < 0:
            continue
        weight = _WEIGHTS.get(field, _PROSE_WEIGHT)
        exact = value.casefold() == needle
        score = weight * 10 + (500 if exact else 0)
        key = (kind, ident, field.split("[")[0])
        if key not in hits or hits[key].score < score:
            hits[key] = Hit(kind, ident, field, value, start, start + len(needle), score)
    return tuple(sorted(hits.values(), key=lambda h: -h.score)[:limit])  # stable: file order breaks ties


def cited_by(cat: Catalog) -> dict[str, list[str]]:
    """For each reference id, the entries citing it (``class:ssri``, ``drug:sertraline``)."""
    found: dict[str, list[str]] = {r.id: [] for r in cat.references}
    entries: tuple[DrugClass | Drug | Agent, ...] = (*cat.classes, *cat.drugs, *cat.agents)
    kinds = {DrugClass: "class", Drug: "drug", Agent: "agent"}
    for entry in entries:
        label = f"{kinds[type(entry)]}:{entry.id}"
        for ref in citations(entry):
            found[ref].append(label)
    for kind, rules in (("interaction", cat.interactions), ("strategy", cat.strategies), ("washout", cat.washouts)):
        for rule in rules:
            for ref in dict.fromkeys(rule.references):
                found[ref].append(f"{kind}:{rule.id}")
    return found


def reference(cat: Catalog, ident: str) -> Reference:
    """One reference by id, case-insensitively, with suggestions when unknown."""
    by_key = {names.key(r.id): r for r in cat.references}
    found = by_key.get(names.key(ident))
    if found is None:
        raise UnknownNameError("reference", ident, names.suggest(ident, ((k, r.id) for k, r in by_key.items())))
    return found
