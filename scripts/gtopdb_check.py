"""Compare every drug action in the knowledge file with GtoPdb 2020.5's human interaction rows.

    python -m scripts.gtopdb_check GTOPDB_DIR [--data FILE]

GTOPDB_DIR holds GtoPdb 2020.5's interactions.csv (the scConnect 1.0.3 source
distribution ships it under scConnect/data/GTP_tables/2020-5/). Ligand and target
ids come from the knowledge file's own xrefs. Each action either agrees, differs
in kind, has an affinity more than 10-fold from GtoPdb's median, or is missing
from GtoPdb. The command prints the totals and exits 1 if any disagreement is not
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

from antidep_cli.knowledge.loader import load_catalog
from antidep_cli.knowledge.location import data_path
from antidep_cli.knowledge.model import Action, Agent, Catalog, Drug, Finding, LigandXrefs, Measure, TargetXrefs

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


def affinity_fold(value_nm: float, measure: Measure | None, rows: Sequence[Row]) -> float | None:
    """How many-fold the file's constant lies from GtoPdb's median pKi or pKd for the pair."""
    units = {Measure.KI: "pKi", Measure.KD: "pKd", None: "pKi"}[measure]
    ps = [p for r in rows if r.get("affinity_units") == units and (p := p_value(r)) is not None]
    ps = ps or [p for r in rows if r.get("affinity_units") in ("pKi", "pKd") and (p := p_value(r)) is not None]
    if not ps:
        return None
    median_nm = 10 ** (9 - statistics.median(ps))
    return max(value_nm, median_nm) / min(value_nm, median_nm)


def compare(drug: str, action: Action, ligand: str | None, targets: Sequence[str], index: Index) -> Result:
    """One action against GtoPdb's human rows for the same ligand and target(s)."""
    rows = [r for t in targets for r in index.get((ligand or "", t), []) if r.get("target_species") == "Human"]
    if not rows:
        return Result(drug, action.target, frozenset({Finding.MISSING}), "no human GtoPdb row")
    findings: set[Finding] = set()
    kinds = {kind_of(r) for r in rows}
    if action.action not in kinds and not any((action.action, k) in SAME for k in kinds):
        findings.add(Finding.KIND)
    aff = action.affinity
    fold = affinity_fold(aff.value_nm, aff.measure, rows) if aff and aff.value_nm is not None else None
    if fold is not None and fold > FOLD:
        findings.add(Finding.AFFINITY)
    detail = f"GtoPdb: {', '.join(sorted(kinds))}" + (f"; {fold:.1f}-fold" if fold is not None else "")
    return Result(drug, action.target, frozenset(findings), detail)


def check(catalog: Catalog, index: Index) -> list[Result]:
    """Every drug action compared; combination products use their components' ligand ids."""
    products: tuple[Drug | Agent, ...] = (*catalog.drugs, *catalog.agents)
    ligands: dict[str, LigandXrefs | None] = {e.id: e.xrefs for e in products}
    members = {t.id: _target_ids(t.xrefs) for t in catalog.targets}
    results = []
    for drug in catalog.drugs:
        for action in drug.actions:
            xrefs = ligands.get(action.component or drug.id)
            ligand = xrefs.gtopdb_ligand if xrefs else None
            results.append(compare(drug.id, action, ligand, members.get(action.target, []), index))
    return results


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
    print(f"{len(results)} actions: {agree} agree", *(f"{counts[f]} {f}" for f in Finding), sep=", ")
    open_ = unexplained(results, catalog)
    for result, finding in open_:
        print(f"unexplained: {result.drug} at {result.target}: {finding} ({result.detail})")
    print(f"{len(results) - agree - len(open_)} disagreements recorded in gtopdb_differences; {len(open_)} unexplained")
    return 1 if open_ else 0


if __name__ == "__main__":
    sys.exit(main())
