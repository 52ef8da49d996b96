"""Whole-file checks on identifiers: database cross-references, brands, and known GtoPdb differences."""

from __future__ import annotations

import re
from collections.abc import Iterator

from antidep_cli.errors import Problem
from antidep_cli.knowledge import provenance
from antidep_cli.knowledge.countries import COUNTRIES
from antidep_cli.knowledge.model import Catalog, LigandXrefs, TargetXrefs

Path = tuple[str | int, ...]
_FORMS = {
    "gtopdb_ligand": re.compile(r"[1-9]\d*"),
    "gtopdb_target": re.compile(r"[1-9]\d*"),
    "gtopdb_family": re.compile(r"[1-9]\d*"),
    "pubchem_cid": re.compile(r"[1-9]\d*"),
    "chembl": re.compile(r"CHEMBL[1-9]\d*"),
    "drugbank": re.compile(r"DB\d{5}"),
    "uniprot": re.compile(r"[OPQ]\d[A-Z\d]{3}\d|[A-NR-Z]\d(?:[A-Z][A-Z\d]{2}\d){1,2}"),
    "hgnc": re.compile(r"HGNC:[1-9]\d*"),
    "url": re.compile(r"https?://\S+"),
    "read_at": re.compile(r"https?://\S+"),
    "accessed": re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"),
}


def check(cat: Catalog) -> Iterator[Problem]:
    """Every problem with identifiers, brands and known differences in ``cat``."""
    for section in ("drugs", "agents", "targets"):
        for i, entry in enumerate(getattr(cat, section)):
            if entry.xrefs is not None:
                yield from _xrefs(entry.xrefs, (section, i, "xrefs"))
    for i, drug in enumerate(cat.drugs):
        for j, brand in enumerate(drug.brands):
            where: Path = ("drugs", i, "brands", j)
            if brand.country not in COUNTRIES:
                yield Problem((*where, "country"), f"expected one of {', '.join(sorted(COUNTRIES))}")
            yield from _forms(brand, ("url", "read_at", "accessed"), where)
            if brand.url is None and brand.read_at is None:
                yield Problem(where, "a brand needs url (the regulator's page or label) or read_at (a copy)")
            elif brand.url is not None and provenance.canonical_kind(brand.url) is None:
                yield Problem(
                    (*where, "url"), f"{provenance.host(brand.url)} is a copy, not the regulator or label; use read_at"
                )
    known = {(d.id, a.target) for d in cat.drugs for a in d.actions} | {
        (d.id, b.target) for d in cat.drugs for b in d.binding
    }
    for i, diff in enumerate(cat.gtopdb_differences):
        at: Path = ("gtopdb_differences", i)
        if (diff.drug, diff.target) not in known:
            yield Problem(at, f"{diff.drug!r} has neither an action nor a measured value at {diff.target!r}")


def _xrefs(x: LigandXrefs | TargetXrefs, where: Path) -> Iterator[Problem]:
    if isinstance(x, LigandXrefs):
        yield from _forms(x, ("gtopdb_ligand", "pubchem_cid", "chembl", "drugbank"), where)
        return
    yield from _forms(x, ("gtopdb_target", "uniprot", "hgnc", "gtopdb_family"), where)
    for j, member in enumerate(x.members):
        yield from _forms(member, ("gtopdb_target", "uniprot", "hgnc"), (*where, "members", j))


def _forms(value: object, attrs: tuple[str, ...], where: Path) -> Iterator[Problem]:
    for attr in attrs:
        found = getattr(value, attr)
        if found is not None and not _FORMS[attr].fullmatch(found):
            yield Problem((*where, attr), f"malformed {attr} {found!r}")
