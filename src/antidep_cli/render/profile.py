"""The binding-profile figure in neutral form: one short cell per drug and target, for every renderer.

A cell shows the constant as a negative logarithm (pKi, pKd or pIC50: 9 is 1 nM, 6 is 1 µM), so
strength reads the same way across the row; marks flag what the number alone does not say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model.vocab import AffinityLevel, Measure, Relation

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Binding
    from antidep_cli.queries.binding import Profile

EMPTY = "n/r"
NOT_HUMAN = "*"
FUNCTIONAL = "†"
OTHER_SUBTYPE = "°"
LEGEND = (
    "Values are pKi, pKd or pIC50 (−log M: 9 = 1 nM, 8 = 10 nM, 7 = 100 nM, 6 = 1 µM); "
    "bands: high ≥ 8, moderate 7–8, low 5–7, negligible < 5. "
    f"{NOT_HUMAN} not human (or species not stated); {FUNCTIONAL} IC50; "
    f"{OTHER_SUBTYPE} another subtype than the column's; "
    "< a bound (no displacement at the highest concentration tested); "
    f"{EMPTY} no value recorded in this file (not a claim that none was measured)."
)


class Heat(NamedTuple):
    """One cell: its text, its band (None where no value is recorded), and the measurement behind it."""

    text: str
    level: AffinityLevel | None
    binding: Binding | None


def heat(b: Binding | None, subtype: str | None = None) -> Heat:
    """A cell for a measurement (``subtype``: the one its column compares), or the empty cell."""
    if b is None:
        return Heat(EMPTY, None, None)
    bound = "<" if b.relation is Relation.GT else ">" if b.relation is Relation.LT else ""
    marks = ("" if b.species == "human" else NOT_HUMAN) + (FUNCTIONAL if b.measure is Measure.IC50 else "")
    marks += OTHER_SUBTYPE if subtype and b.subtype not in (None, subtype) else ""
    return Heat(f"{bound}{strength.p(b):.1f}{marks}", strength.level(b), b)


def grid(p: Profile) -> list[tuple[str, list[Heat]]]:
    """Rows of (drug id, cells in panel order)."""
    subtypes = [t.subtype for t in p.panel.targets]
    return [(row.drug.id, [heat(c.binding, s) for c, s in zip(row.cells, subtypes, strict=True)]) for row in p.rows]


HEADS = {"alpha1": "α1", "alpha2": "α2"}


def headings(p: Profile) -> list[str]:
    """Short column headings: each target's id (``α1`` for alpha1); ``subtypes`` says which subtype is compared."""
    return [HEADS.get(t.target, t.target) for t in p.panel.targets]


def subtypes(p: Profile) -> str:
    """``M1: the m1 subtype where subtypes were measured.``, or nothing."""
    found = [f"{t.target}: the {t.subtype} subtype where subtypes were measured" for t in p.panel.targets if t.subtype]
    return "; ".join(found) + ". " if found else ""


def coverage_line(p: Profile) -> str:
    """``132 of 429 cells have a value (31%).`` and which subtype a family column compares."""
    have, cells = p.coverage()
    share = f" ({100 * have / cells:.0f}%)" if cells else ""
    return f"{have} of {cells} cells have a value{share}. {subtypes(p)}".rstrip()
