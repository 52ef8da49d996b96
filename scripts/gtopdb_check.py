"""Compare every drug action and measured value in the knowledge file with GtoPdb 2020.5's human rows.

    python -m scripts.gtopdb_check GTOPDB_DIR [--data FILE]

GTOPDB_DIR holds GtoPdb 2020.5's interactions.csv (the scConnect 1.0.3 source
distribution ships it under scConnect/data/GTP_tables/2020-5/). Ligand and target
ids come from the knowledge file's own xrefs. Each action either agrees, differs
in kind, or is missing from GtoPdb; each target where the drug itself was measured
in humans (a value, not a bound) agrees or lies more than 10-fold from GtoPdb's
median. The command prints the totals and exits 1 if any disagreement is not
recorded, with its reason, in the knowledge file's ``gtopdb_differences``.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.loader import load_catalog
from antidep_cli.knowledge.location import data_path
from antidep_cli.knowledge.model import (
    Action,
    Agent,
    Binding,
    Catalog,
    Drug,
    Finding,
    LigandXrefs,
    Measure,
    Relation,
    TargetXrefs,
)

FOLD = 10.0
Row = dict[str, str]
Index = dict[tuple[str, str], list[Row]]
# GtoPdb's wording that means the same as antidep's vocabulary.
SAME = {
    ("antagonist", "inverse agonist"),
    ("uncompetitive antagonist", "channel blocker"),
    ("partial agonist", "agonist"),
    ("agonist", "full agonist"),
}


@dataclass(frozen=True)
class Result:
    drug: str
    target: str
    findings: frozenset[Finding]
    detail: str


def kind_of(row: Row) -> str:
    """GtoPdb's type and action columns in antidep's vocabulary (others kept as they are)."""
    kind, action = row.get("type", "").strip().lower(), row.get("action", "").strip().lower()
    if kind in ("agonist", "antagonist") and action in ("partial agonist", "inverse agonist", "full agonist"):
        return action
    if kind == "allosteric modulator" and action in ("positive", "potentiation"):
        return "positive allosteric modulator"
    return kind


def p_value(row: Row) -> float | None:
    """A row's affinity as a negative log molar value; bounds (< or >) are not values."""
    if row.get("original_affinity_relation") in ("<", ">"):
        return None
    median, high, low = (_number(row.get(k)) for k in ("affinity_median", "affinity_high", "affinity_low"))
    if median is not None:
        return median
    if high is not None and low is not None:
        return (high + low) / 2
    return high if high is not None else low


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def affinity_fold(value_nm: float, measure: Measure, rows: Sequence[Row]) -> float | None:
    """How many-fold the file's constant lies from GtoPdb's median of the same measure (else pKi or pKd)."""
    units = {Measure.KI: "pKi", Measure.KD: "pKd", Measure.IC50: "pIC50"}[measure]
    ps = [p for r in rows if r.get("affinity_units") == units and (p := p_value(r)) is not None]
    ps = ps or [p for r in rows if r.get("affinity_units") in ("pKi", "pKd") and (p := p_value(r)) is not None]
    if not ps:
        return None
    median_nm = 10 ** (9 - statistics.median(ps))
    return max(value_nm, median_nm) / min(value_nm, median_nm)


def compare(
    drug: str,
    target: str,
    action: Action | None,
    measured: Sequence[Binding],
    ligand: str | None,
    targets: Sequence[str],
    index: Index,
) -> Result:
    """An action (None where the drug was only measured there) and the drug's values, against GtoPdb's human rows."""
    rows = [r for t in targets for r in index.get((ligand or "", t), []) if r.get("target_species") == "Human"]
    if not rows:
        return Result(drug, target, frozenset({Finding.MISSING} if action else ()), "no human GtoPdb row")
    findings: set[Finding] = set()
    kinds = {kind_of(r) for r in rows}
    if action is not None and action.action not in kinds and not any((action.action, k) in SAME for k in kinds):
        findings.add(Finding.KIND)
    folds = [
        fold
        for b in measured
        if b.relation is Relation.EQ and (fold := affinity_fold(strength.nm(b), b.measure, rows)) is not None
    ]
    if folds and max(folds) > FOLD:
        findings.add(Finding.AFFINITY)
    detail = f"GtoPdb: {', '.join(sorted(kinds))}" + (f"; up to {max(folds):.1f}-fold" if folds else "")
    return Result(drug, target, frozenset(findings), detail)


def check(catalog: Catalog, index: Index) -> list[Result]:
    """Every drug's actions and measured targets compared; combination products use their components' ligand ids."""
    products: tuple[Drug | Agent, ...] = (*catalog.drugs, *catalog.agents)
    ligands: dict[str, LigandXrefs | None] = {e.id: e.xrefs for e in products}
    members = {t.id: _target_ids(t.xrefs) for t in catalog.targets}
    results = []
    for drug in catalog.drugs:
        actions = {a.target: a for a in drug.actions}
        own = [b for b in drug.binding if b.species == "human" and b.molecule is None]
        for target in dict.fromkeys([*actions, *(b.target for b in own)]):
            action = actions.get(target)
            xrefs = ligands.get((action.component if action else None) or drug.id)
            ligand = xrefs.gtopdb_ligand if xrefs else None
            measured = [b for b in own if b.target == target]
            results.append(compare(drug.id, target, action, measured, ligand, members.get(target, []), index))
    return [r for r in results if r.detail != "no human GtoPdb row" or r.findings]


def _target_ids(xrefs: TargetXrefs | None) -> list[str]:
    if xrefs is None:
        return []
    return [xrefs.gtopdb_target] if xrefs.gtopdb_target else [m.gtopdb_target for m in xrefs.members]


def unexplained(results: Iterable[Result], catalog: Catalog) -> list[tuple[Result, Finding]]:
    """Findings that the knowledge file does not record as known differences."""
    known = {(d.drug, d.target, d.finding) for d in catalog.gtopdb_differences}
    return [(r, f) for r in results for f in sorted(r.findings) if (r.drug, r.target, f) not in known]


def read_index(folder: Path) -> Index:
    """GtoPdb's interactions.csv, by (ligand id, target id)."""
    index: Index = {}
    with (folder / "interactions.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            index.setdefault((row["ligand_id"], row["target_id"]), []).append(row)
    return index


def main(argv: Sequence[str] | None = None) -> int:
    """Print the totals and every unexplained disagreement; 1 if there is any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("gtopdb_dir", type=Path)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args(argv)
    catalog = load_catalog(args.data or data_path())
    results = check(catalog, read_index(args.gtopdb_dir))
    counts = Counter(f for r in results for f in r.findings)
    agree = sum(1 for r in results if not r.findings)
    print(f"{len(results)} drug-target pairs: {agree} agree", *(f"{counts[f]} {f}" for f in Finding), sep=", ")
    open_ = unexplained(results, catalog)
    for result, finding in open_:
        print(f"unexplained: {result.drug} at {result.target}: {finding} ({result.detail})")
    print(f"{len(results) - agree - len(open_)} disagreements recorded in gtopdb_differences; {len(open_)} unexplained")
    return 1 if open_ else 0


if __name__ == "__main__":
    sys.exit(main())
