"""Checks on a drug's measurements, side effects and pharmacokinetics: units, relations, ranges, agreement."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from antidep_cli.errors import Problem

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Binding, Drug

Path = tuple[str | int, ...]

# A constant outside these limits is a unit slip (µM or M typed as nM), not a measurement.
NM_RANGE = (1e-3, 1e7)
P_RANGE = (2.0, 12.0)


def check_drug(d: Drug, path: Path) -> Iterator[Problem]:
    """Every problem in a drug's binding, side-effect and pharmacokinetic records."""
    measured, seen = set(), set()
    for j, b in enumerate(d.binding):
        measured.add(b.target)
        yield from _binding(b, (*path, "binding", j))
        key = (b.target, b.subtype, b.molecule, b.measure, b.value_nm, b.pvalue, b.reference)
        if key in seen:
            yield Problem((*path, "binding", j), "the same value from the same source is already listed")
        seen.add(key)
    for j, a in enumerate(d.actions):
        if a.affinity is not None and a.target in measured:
            yield Problem(
                (*path, "actions", j, "affinity"),
                f"{a.target} has measurements under 'binding'; its strength comes from them, so drop this level",
            )
    for j, se in enumerate(d.side_effects):
        f = se.frequency
        if f is None:
            continue
        for attr in ("percent", "placebo"):
            value = getattr(f, attr)
            if value is not None and not 0 <= value <= 100:
                yield Problem((*path, "side_effects", j, "frequency", attr), f"{value:g} is not a percentage")
    if d.pharmacokinetics is not None:
        pk = d.pharmacokinetics
        where = (*path, "pharmacokinetics")
        yield from _hours(pk.half_life_h, (*where, "half_life_h"))
        yield from _hours(pk.tmax_h, (*where, "tmax_h"))
        for k, m in enumerate(pk.active_metabolites):
            yield from _hours(m.half_life_h, (*where, "active_metabolites", k, "half_life_h"))
        for k, source in enumerate(pk.read_in):
            if not getattr(pk, str(source.value)):
                yield Problem((*where, "read_in", k, "value"), f"this block gives no {source.value}")
            if stray := [r for r in source.references if r not in pk.references]:
                yield Problem(
                    (*where, "read_in", k, "references"), f"not among the block's references: {', '.join(stray)}"
                )


def _binding(b: Binding, where: Path) -> Iterator[Problem]:
    if (b.value_nm is None) == (b.pvalue is None):
        yield Problem(where, "give the constant once: value_nm (in nM) or pvalue (its negative logarithm)")
        return
    if b.value_nm is not None and not NM_RANGE[0] <= b.value_nm <= NM_RANGE[1]:
        yield Problem(
            (*where, "value_nm"), f"{b.value_nm:g} nM is outside {NM_RANGE[0]:g}-{NM_RANGE[1]:g}: check the unit"
        )
    if b.pvalue is not None and not P_RANGE[0] <= b.pvalue <= P_RANGE[1]:
        yield Problem((*where, "pvalue"), f"p{b.measure} {b.pvalue:g} is outside {P_RANGE[0]:g}-{P_RANGE[1]:g}")
    if not b.species.strip():
        yield Problem((*where, "species"), "say which species was measured ('not stated' where the source does not)")


def _hours(span: tuple[float, ...], where: Path) -> Iterator[Problem]:
    if len(span) > 2:
        yield Problem(where, "give one value or a [low, high] range")
    elif any(h <= 0 for h in span) or list(span) != sorted(span):
        yield Problem(where, "hours must be positive, low before high")
