"""antidep's convention for naming a measured affinity, and a constant as a negative logarithm.

Standard library and the model's vocabulary only, so the checks and the pages read one convention.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.vocab import AffinityLevel, Relation

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Binding

# Upper limits in nM (documented in docs/knowledge-file.md).
BANDS = (
    (10.0, AffinityLevel.HIGH),
    (100.0, AffinityLevel.MODERATE),
    (10_000.0, AffinityLevel.LOW),
    (math.inf, AffinityLevel.NEGLIGIBLE),
)


def level_for(value_nm: float) -> AffinityLevel:
    """The level antidep's bands give a constant in nM."""
    return next(level for limit, level in BANDS if value_nm < limit)


def nm(b: Binding) -> float:
    """A binding's constant in nM (from its negative logarithm where the source gives only that)."""
    if b.value_nm is not None:
        return b.value_nm
    assert b.pvalue is not None  # validation requires one of the two
    return float(10 ** (9 - b.pvalue))


def p(b: Binding) -> float:
    """A binding's constant as a negative logarithm of the molar value (pKi, pKd or pIC50)."""
    return b.pvalue if b.pvalue is not None else 9 - math.log10(nm(b))


def level(b: Binding) -> AffinityLevel:
    """The band of a binding; a lower bound (``> 10000 nM``) is no stronger than its band."""
    return level_for(nm(b))


def shown(b: Binding) -> str:
    """``Ki 0.29 nM``, ``Kd > 35,000 nM`` or ``pKi 7.4``, as the source gives it."""
    if b.value_nm is None:
        return f"p{b.measure} {b.pvalue:g}"
    relation = "" if b.relation is Relation.EQ else f"{b.relation} "
    value = f"{b.value_nm:,.0f}" if b.value_nm >= 1000 else f"{b.value_nm:g}"
    return f"{b.measure} {relation}{value} nM"
