"""One generic pass over a converted catalog: ids are unique, and every id a field names exists.

Which fields name other entries is declared on the model (``cites()`` and ``names()``
in model.py), so a new section or field is checked without a line here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from antidep_cli.errors import Problem
from antidep_cli.knowledge.model import Catalog

Path = tuple[str | int, ...]
_NOUNS = {
    "references": "reference",
    "targets": "target",
    "neurotransmitters": "neurotransmitter",
    "classes": "class",
    "drugs": "drug",
    "agents": "agent",
    "regions": "region",
    "glossary": "term",
    "neuromodulation": "treatment",
}


def noun(shelves: tuple[str, ...]) -> str:
    """``("drugs", "agents")`` -> ``drug or agent``."""
    words = [_NOUNS.get(s, s) for s in shelves]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def shelves(cat: Catalog) -> dict[str, tuple[Any, ...]]:
    """Each list section of the catalog with its entries, in file order."""
    return {f.name: v for f in dataclasses.fields(cat) if isinstance(v := getattr(cat, f.name), tuple)}


def unique(section: str, ids: list[str]) -> Iterator[Problem]:
    """A problem for every id already used earlier in the same section."""
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            yield Problem((section, i, "id"), f"duplicate id {ident!r}")
        seen.add(ident)


def check(cat: Catalog) -> Iterator[Problem]:
    """Duplicate ids in any section, and every reference to an entry that does not exist."""
    found = shelves(cat)
    known = {name: {e.id for e in entries} for name, entries in found.items()}
    for name, entries in found.items():
        yield from unique(name, [e.id for e in entries])
    for name, entries in found.items():
        for i, entry in enumerate(entries):
            yield from _walk(entry, (name, i), known)


def _walk(value: Any, path: Path, known: dict[str, set[str]]) -> Iterator[Problem]:
    for f in dataclasses.fields(value):
        inner = getattr(value, f.name)
        key = f.metadata.get("key", f.name)
        refers: tuple[str, ...] | None = f.metadata.get("refers")
        many = isinstance(inner, tuple)
        if refers is None:
            for j, item in enumerate(inner if many else (inner,)):
                if dataclasses.is_dataclass(item):
                    yield from _walk(item, (*path, key, j) if many else (*path, key), known)
            continue
        ids = inner if many else (() if inner is None else (inner,))
        if len(ids) < f.metadata.get("least", 0):
            yield Problem((*path, key), f"must cite at least one {noun(refers)}")
        for j, ident in enumerate(ids):
            if not any(ident in known.get(s, ()) for s in refers):
                yield Problem((*path, key, j) if many else (*path, key), f"unknown {noun(refers)} {ident!r}")


def cited(value: Any) -> Iterator[str]:
    """Every reference id a dataclass cites, in field order, however deep."""
    for f in dataclasses.fields(value):
        inner = getattr(value, f.name)
        items = inner if isinstance(inner, tuple) else (inner,)
        if f.metadata.get("refers") == ("references",):
            yield from (i for i in items if isinstance(i, str))
        else:
            for item in items:
                if dataclasses.is_dataclass(item):
                    yield from cited(item)
