"""Whole-file checks on clinical context: regulatory status, pharmacogenomics, regions, neuromodulation, TRD."""

from __future__ import annotations

from collections.abc import Iterator

from antidep_cli.errors import Problem
from antidep_cli.knowledge.identity_checks import COUNTRIES
from antidep_cli.knowledge.located import cites, unique
from antidep_cli.knowledge.model import Catalog, Statement

Path = tuple[str | int, ...]


def check(cat: Catalog, refs: set[str]) -> Iterator[Problem]:
    """Every problem in the clinical-context fields and sections of ``cat``."""
    regions = {r.id for r in cat.regions}
    yield from unique("regions", [r.id for r in cat.regions])
    for i, region in enumerate(cat.regions):
        yield from cites(region.references, ("regions", i), refs)
    for i, drug in enumerate(cat.drugs):
        at: Path = ("drugs", i)
        for j, reg in enumerate(drug.regulatory):
            yield from cites(reg.references, (*at, "regulatory", j), refs)
            if reg.country not in COUNTRIES:
                yield Problem((*at, "regulatory", j, "country"), f"expected one of {', '.join(sorted(COUNTRIES))}")
        for j, pgx in enumerate(drug.pharmacogenomics):
            yield from cites(pgx.references, (*at, "pharmacogenomics", j), refs)
            if pgx.guideline not in refs:
                yield Problem((*at, "pharmacogenomics", j, "guideline"), f"unknown reference {pgx.guideline!r}")
        for j, trait in enumerate(drug.traits):
            yield from cites(trait.references, (*at, "traits", j), refs)
    yield from unique("neuromodulation", [n.id for n in cat.neuromodulation])
    for i, n in enumerate(cat.neuromodulation):
        at = ("neuromodulation", i)
        yield from cites(n.references, at, refs)
        for field in ("adaptations", "evidence"):
            for j, s in enumerate(getattr(n, field)):
                yield from cites(s.references, (*at, field, j), refs)
        for j, m in enumerate(n.milestones):
            yield from cites(m.references, (*at, "milestones", j), refs)
    known = {c.id for c in cat.classes} | {d.id for d in cat.drugs} | {a.id for a in cat.agents}
    known |= {n.id for n in cat.neuromodulation}
    yield from unique("trd", [topic.id for topic in cat.trd])
    for i, topic in enumerate(cat.trd):
        for j, item in enumerate(topic.items):
            yield from cites(item.references, ("trd", i, "items", j), refs)
            for k, link in enumerate(item.links):
                if link not in known:
                    yield Problem(("trd", i, "items", j, "links", k), f"unknown class, drug or treatment {link!r}")
    yield from _regions(cat, regions)


def _regions(cat: Catalog, known: set[str]) -> Iterator[Problem]:
    """Statements may name only regions of the vocabulary."""
    for section in ("classes", "neuromodulation"):
        for i, entry in enumerate(getattr(cat, section)):
            for field in ("consequences", "adaptations", "notes", "evidence"):
                statements: tuple[Statement, ...] = getattr(entry, field, ())
                for j, s in enumerate(statements):
                    for k, region in enumerate(s.regions):
                        if region not in known:
                            yield Problem((section, i, field, j, "regions", k), f"unknown region {region!r}")
