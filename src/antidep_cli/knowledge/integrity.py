"""Whole-file checks on a converted Catalog: the generic links pass, then what only the data's meaning can tell."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from antidep_cli.errors import Problem
from antidep_cli.knowledge import (
    binding_checks,
    clinic_checks,
    identity_checks,
    links,
    names,
    rule_checks,
    strategy_checks,
)
from antidep_cli.knowledge.model import (
    Agent,
    Catalog,
    Drug,
    DrugClass,
    Entry,
    spellings,
)
from antidep_cli.version import SCHEMA

_ATC_GROUP = re.compile(r"[A-Z]\d\d[A-Z]{2}")
_ATC_SUBSTANCE = re.compile(r"[A-Z]\d\d[A-Z]{2}\d\d")
_IDENTIFIERS = {
    "pmid": re.compile(r"[1-9]\d{0,8}"),
    "doi": re.compile(r"10\.\d{4,9}/\S+"),
    "url": re.compile(r"https?://\S+"),
    "read_at": re.compile(r"https?://\S+"),
    "accessed": re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"),
}


def check(cat: Catalog) -> list[Problem]:
    """Every integrity problem in ``cat``, in file order."""
    return list(_problems(cat))


def _problems(cat: Catalog) -> Iterator[Problem]:
    if cat.schema != SCHEMA:
        yield Problem(("schema",), f"unsupported schema {cat.schema}; this antidep reads {SCHEMA}")
    yield from links.check(cat)
    yield from _one_namespace(cat)
    for i, r in enumerate(cat.references):
        for attr, pattern in _IDENTIFIERS.items():
            value = getattr(r, attr)
            if value is not None and not pattern.fullmatch(value):
                yield Problem(("references", i, attr), f"malformed {attr} {value!r}")
        if r.accessed is not None and r.url is None and r.read_at is None:
            yield Problem(("references", i, "accessed"), "an accessed date needs a url or read_at")
    for i, c in enumerate(cat.classes):
        yield from _check_class(c, ("classes", i))
    for i, d in enumerate(cat.drugs):
        yield from _check_drug(d, ("drugs", i))
    yield from rule_checks.check(cat)
    yield from identity_checks.check(cat)
    yield from clinic_checks.check(cat)
    yield from strategy_checks.check(cat)
    yield from _ambiguous([(("neurotransmitters", i), n) for i, n in enumerate(cat.neurotransmitters)])
    yield from _ambiguous([(("targets", i), t) for i, t in enumerate(cat.targets)])
    items: list[tuple[tuple[str | int, ...], Entry]] = [(("classes", i), c) for i, c in enumerate(cat.classes)]
    items += [(("drugs", i), d) for i, d in enumerate(cat.drugs)]
    yield from _ambiguous(items + [(("agents", i), a) for i, a in enumerate(cat.agents)])


def _one_namespace(cat: Catalog) -> Iterator[Problem]:
    """Classes, drugs and agents share one namespace, because commands accept any of them."""
    seen = {c.id for c in cat.classes}
    products: tuple[tuple[str, tuple[Drug | Agent, ...]], ...] = (("drugs", cat.drugs), ("agents", cat.agents))
    for section, entries in products:
        for i, e in enumerate(entries):
            if e.id in seen:
                yield Problem((section, i, "id"), f"duplicate id {e.id!r} (classes, drugs and agents share ids)")
            seen.add(e.id)


def _check_class(c: DrugClass, path: tuple[str | int, ...]) -> Iterator[Problem]:
    if c.atc is not None and not _ATC_GROUP.fullmatch(c.atc):
        yield Problem((*path, "atc"), f"malformed ATC group {c.atc!r} (expected like N06AB)")
    acted_on = {a.target for a in c.actions}
    for j, se in enumerate(c.side_effects):
        if se.via not in acted_on:
            yield Problem((*path, "side_effects", j, "via"), f"{se.via!r} is not a target of this class's actions")


def _check_drug(d: Drug, path: tuple[str | int, ...]) -> Iterator[Problem]:
    if d.atc is not None and not _ATC_SUBSTANCE.fullmatch(d.atc):
        yield Problem((*path, "atc"), f"malformed ATC code {d.atc!r} (expected like N06AB03)")
    if (d.drug_class is None) == (not d.components):
        yield Problem(path, "a drug needs either 'class' or, for a combination product, 'components'")
    for j, a in enumerate(d.actions):
        if a.component is not None and a.component not in d.components:
            yield Problem((*path, "actions", j, "component"), f"{a.component!r} is not one of this drug's components")
    yield from binding_checks.check_drug(d, path)


def _ambiguous(entries: Sequence[tuple[tuple[str | int, ...], Entry]]) -> Iterator[Problem]:
    """No folded name may point at two entries."""
    owner: dict[str, str] = {}
    for path, e in entries:
        ident = e.id
        for spelling in spellings(e):
            k = names.key(spelling)
            if k and owner.setdefault(k, ident) != ident:
                yield Problem(path, f"name {spelling!r} also means {owner[k]!r}")
