"""Whole-file checks on strategies and symptoms: each strategy's shape, and evidence that names its study."""

from __future__ import annotations

from collections.abc import Iterator

from antidep_cli.errors import Problem
from antidep_cli.knowledge.model import Catalog, EvidenceKind, Outcome, Standing, Strategy, StrategyKind

MEASURED = (EvidenceKind.TRIAL, EvidenceKind.META_ANALYSIS, EvidenceKind.OBSERVATIONAL)


def check(cat: Catalog) -> Iterator[Problem]:
    """Every problem in the strategies and symptoms that the field types and links cannot see."""
    for i, s in enumerate(cat.strategies):
        yield from _strategy(s, ("strategies", i))
    for i, sym in enumerate(cat.symptoms):
        for j, link in enumerate(sym.links):
            if link.evidence is not EvidenceKind.MECHANISTIC and not link.result:
                yield Problem(("symptoms", i, "links", j, "result"), f"a link from {link.evidence} gives its result")


def _strategy(s: Strategy, path: tuple[str | int, ...]) -> Iterator[Problem]:
    if s.kind is StrategyKind.SWITCH:
        if len(s.between) not in (0, 2):
            yield Problem((*path, "between"), "a switch names no selectors, or two (from and to)")
    elif len(s.between) != 2:
        yield Problem((*path, "between"), f"a {s.kind} strategy names two selectors (what is combined)")
    if not s.evidence:
        yield Problem((*path, "evidence"), "a strategy lists its evidence, study by study")
    for j, e in enumerate(s.evidence):
        if e.kind in MEASURED and not e.n:
            yield Problem((*path, "evidence", j, "n"), f"evidence from a {e.kind} gives its size (n)")
    found = {e.outcome for e in s.evidence if e.kind in (EvidenceKind.TRIAL, EvidenceKind.META_ANALYSIS)}
    if s.status is Standing.ESTABLISHED and Outcome.POSITIVE not in found:
        yield Problem((*path, "status"), "'established' needs a positive trial or meta-analysis among its evidence")
    if s.status is Standing.CONTESTED and not found & {Outcome.NULL, Outcome.NEGATIVE}:
        yield Problem(
            (*path, "status"), "'contested' needs a null or negative trial or meta-analysis among its evidence"
        )
