"""Whole-file checks on a converted Catalog: ids, cross-references, citations."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from antidep_cli.errors import Problem
from antidep_cli.knowledge import names
from antidep_cli.knowledge.model import (
    Action,
    AffinityLevel,
    Catalog,
    Drug,
    DrugClass,
    Entry,
    Interaction,
    Selector,
    Strategy,
    Washout,
    spellings,
)
from antidep_cli.version import SCHEMA

_ATC_GROUP = re.compile(r"[A-Z]\d\d[A-Z]{2}")
_ATC_SUBSTANCE = re.compile(r"[A-Z]\d\d[A-Z]{2}\d\d")
_IDENTIFIERS = {
    "pmid": re.compile(r"[1-9]\d{0,8}"),
    "doi": re.compile(r"10\.\d{4,9}/\S+"),
    "url": re.compile(r"https?://\S+"),
}
# antidep's convention for naming a measured affinity (documented in docs/knowledge-file.md).
AFFINITY_BANDS = (
    (10.0, AffinityLevel.HIGH),
    (100.0, AffinityLevel.MODERATE),
    (10_000.0, AffinityLevel.LOW),
    (float("inf"), AffinityLevel.NEGLIGIBLE),
)


def level_for(value_nm: float) -> AffinityLevel:
    """The affinity level antidep's bands give a Ki or Kd in nM."""
    return next(level for limit, level in AFFINITY_BANDS if value_nm < limit)


def check(cat: Catalog) -> list[Problem]:
    """Every integrity problem in ``cat``, in file order."""
    return list(_problems(cat))


def _problems(cat: Catalog) -> Iterator[Problem]:
    if cat.schema != SCHEMA:
        yield Problem(("schema",), f"unsupported schema {cat.schema}; this antidep reads {SCHEMA}")
    sections = (("neurotransmitters", cat.neurotransmitters), ("targets", cat.targets))
    for section, entries in (*sections, ("references", cat.references)):
        yield from _unique(section, [e.id for e in entries])
    yield from _unique_items(cat)
    nts = {n.id for n in cat.neurotransmitters}
    refs = {r.id for r in cat.references}
    targets = {t.id for t in cat.targets}
    for i, t in enumerate(cat.targets):
        for j, nt in enumerate(t.neurotransmitters):
            if nt not in nts:
                yield Problem(("targets", i, "neurotransmitters", j), f"unknown neurotransmitter {nt!r}")
    for i, r in enumerate(cat.references):
        for attr, pattern in _IDENTIFIERS.items():
            value = getattr(r, attr)
            if value is not None and not pattern.fullmatch(value):
                yield Problem(("references", i, attr), f"malformed {attr} {value!r}")
    for i, c in enumerate(cat.classes):
        yield from _check_class(c, ("classes", i), targets, nts, refs)
    classes = {c.id for c in cat.classes}
    for i, d in enumerate(cat.drugs):
        yield from _check_drug(d, ("drugs", i), classes, targets, nts, refs)
    items_known = {c.id for c in cat.classes}, {d.id for d in cat.drugs}
    for section in ("interactions", "strategies", "washouts"):
        rules = getattr(cat, section)
        yield from _unique(section, [r.id for r in rules])
        for i, rule in enumerate(rules):
            yield from _cites(rule.references, (section, i), refs)
            for key, selector in _selectors(rule):
                yield from _check_selector(selector, (section, i, *key), items_known, targets)
    yield from _ambiguous([(("neurotransmitters", i), n) for i, n in enumerate(cat.neurotransmitters)])
    yield from _ambiguous([(("targets", i), t) for i, t in enumerate(cat.targets)])
    items: list[tuple[tuple[str | int, ...], Entry]] = [(("classes", i), c) for i, c in enumerate(cat.classes)]
    yield from _ambiguous(items + [(("drugs", i), d) for i, d in enumerate(cat.drugs)])


def _selectors(rule: Interaction | Strategy | Washout) -> list[tuple[tuple[str | int, ...], Selector]]:
    if isinstance(rule, Washout):
        return [(("from",), rule.source), (("to",), rule.target)]
    return [(("between", j), s) for j, s in enumerate(rule.between)]


def _check_selector(
    s: Selector, path: tuple[str | int, ...], known: tuple[set[str], set[str]], targets: set[str]
) -> Iterator[Problem]:
    if not (s.classes or s.drugs or s.acting):
        yield Problem(path, "a selector needs classes, drugs or acting")
    for field, names_, pool in (("classes", s.classes, known[0]), ("drugs", s.drugs, known[1])):
        for j, name in enumerate(names_):
            if name not in pool:
                yield Problem((*path, field, j), f"unknown {field[:-1] if field == 'drugs' else 'class'} {name!r}")
    for j, acting in enumerate(s.acting):
        for k, t in enumerate(acting.targets):
            if t not in targets:
                yield Problem((*path, "acting", j, "targets", k), f"unknown target {t!r}")


def _unique(section: str, ids: list[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            yield Problem((section, i, "id"), f"duplicate id {ident!r}")
        seen.add(ident)


def _unique_items(cat: Catalog) -> Iterator[Problem]:
    """Classes and drugs share one namespace, because commands accept either."""
    seen = {c.id for c in cat.classes}
    yield from _unique("classes", [c.id for c in cat.classes])
    for i, d in enumerate(cat.drugs):
        if d.id in seen:
            yield Problem(("drugs", i, "id"), f"duplicate id {d.id!r} (ids are shared with classes)")
        seen.add(d.id)


def _cites(refs: tuple[str, ...], path: tuple[str | int, ...], known: set[str]) -> Iterator[Problem]:
    if not refs:
        yield Problem((*path, "references"), "must cite at least one reference")
    for j, ref in enumerate(refs):
        if ref not in known:
            yield Problem((*path, "references", j), f"unknown reference {ref!r}")


def _check_actions(
    actions: tuple[Action, ...], path: tuple[str | int, ...], targets: set[str], nts: set[str], refs: set[str]
) -> Iterator[Problem]:
    for j, a in enumerate(actions):
        where = (*path, "actions", j)
        if a.target not in targets:
            yield Problem((*where, "target"), f"unknown target {a.target!r}")
        yield from _cites(a.references, where, refs)
        for k, ch in enumerate(a.changes):
            if ch.neurotransmitter not in nts:
                yield Problem(
                    (*where, "changes", k, "neurotransmitter"), f"unknown neurotransmitter {ch.neurotransmitter!r}"
                )
        aff = a.affinity
        if aff and aff.value_nm is not None:
            if not (aff.measure and aff.species and aff.reference):
                yield Problem((*where, "affinity"), "a value_nm needs measure, species and reference")
            if aff.level != level_for(aff.value_nm):
                yield Problem(
                    (*where, "affinity", "level"),
                    f"{aff.value_nm:g} nM is {level_for(aff.value_nm)!s}, not {aff.level!s}",
                )
        if aff and aff.reference and aff.reference not in refs:
            yield Problem((*where, "affinity", "reference"), f"unknown reference {aff.reference!r}")


def _check_class(
    c: DrugClass, path: tuple[str | int, ...], targets: set[str], nts: set[str], refs: set[str]
) -> Iterator[Problem]:
    yield from _cites(c.references, path, refs)
    if c.atc is not None and not _ATC_GROUP.fullmatch(c.atc):
        yield Problem((*path, "atc"), f"malformed ATC group {c.atc!r} (expected like N06AB)")
    yield from _check_actions(c.actions, path, targets, nts, refs)
    if c.onset is not None:
        yield from _cites(c.onset.references, (*path, "onset"), refs)
    for field in ("consequences", "adaptations", "notes"):
        for j, s in enumerate(getattr(c, field)):
            yield from _cites(s.references, (*path, field, j), refs)
    acted_on = {a.target for a in c.actions}
    for j, se in enumerate(c.side_effects):
        yield from _cites(se.references, (*path, "side_effects", j), refs)
        if se.via not in acted_on:
            yield Problem((*path, "side_effects", j, "via"), f"{se.via!r} is not a target of this class's actions")


def _check_drug(
    d: Drug,
    path: tuple[str | int, ...],
    classes: set[str],
    targets: set[str],
    nts: set[str],
    refs: set[str],
) -> Iterator[Problem]:
    yield from _cites(d.references, path, refs)
    if not _ATC_SUBSTANCE.fullmatch(d.atc):
        yield Problem((*path, "atc"), f"malformed ATC code {d.atc!r} (expected like N06AB03)")
    if (d.drug_class is None) == (not d.components):
        yield Problem(path, "a drug needs either 'class' or, for a combination product, 'components'")
    if d.drug_class is not None and d.drug_class not in classes:
        yield Problem((*path, "class"), f"unknown class {d.drug_class!r}")
    for j, a in enumerate(d.actions):
        if a.component is not None and a.component not in d.components:
            yield Problem((*path, "actions", j, "component"), f"{a.component!r} is not one of this drug's components")
    yield from _check_actions(d.actions, path, targets, nts, refs)
    for field in ("notes", "metabolism"):
        for j, s in enumerate(getattr(d, field)):
            yield from _cites(s.references, (*path, field, j), refs)


def _ambiguous(entries: Sequence[tuple[tuple[str | int, ...], Entry]]) -> Iterator[Problem]:
    """No folded name may point at two entries."""
    owner: dict[str, str] = {}
    for path, e in entries:
        ident = e.id
        for spelling in spellings(e):
            k = names.key(spelling)
            if k and owner.setdefault(k, ident) != ident:
                yield Problem(path, f"name {spelling!r} also means {owner[k]!r}")
