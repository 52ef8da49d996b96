"""The GtoPdb cross-check's comparison logic, on a small fixture of interaction rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from antidep_cli.knowledge.model import Action, ActionKind, Binding, Finding, Measure, Relation, Role, Site
from scripts import gtopdb_check

FIXTURE = Path(__file__).parent / "data" / "gtopdb"


@pytest.fixture(scope="module")
def index() -> gtopdb_check.Index:
    return gtopdb_check.read_index(FIXTURE)


def _action(kind: ActionKind) -> Action:
    return Action("T", kind, Site.RECEPTOR, Role.PRIMARY, ("R",))


def _measured(nm: float | None, relation: Relation = Relation.EQ) -> list[Binding]:
    return [] if nm is None else [Binding("T", Measure.KI, "human", "R", value_nm=nm, relation=relation)]


@pytest.mark.parametrize(
    ("kind", "nm", "target", "findings"),
    [
        (ActionKind.INHIBITOR, 1.0, "10", set()),  # pKi 9.0 is 1 nM: agrees
        (ActionKind.INHIBITOR, 50.0, "10", {Finding.AFFINITY}),  # 50-fold from 1 nM
        (ActionKind.AGONIST, None, "20", {Finding.KIND}),  # GtoPdb: antagonist
        (ActionKind.ANTAGONIST, None, "30", {Finding.MISSING}),  # rat rows only
        (ActionKind.AGONIST, None, "40", {Finding.KIND}),  # partial agonist is not a full agonist claim
        (ActionKind.PARTIAL_AGONIST, 10.0, "40", set()),
        (ActionKind.ANTAGONIST, None, "50", set()),  # GtoPdb files inverse agonists as antagonists
        (ActionKind.INHIBITOR, 1.0, "60", set()),  # a bound (>) is not a value to compare
        (ActionKind.INHIBITOR, None, "99", {Finding.MISSING}),
    ],
)
def test_compare(
    index: gtopdb_check.Index, kind: ActionKind, nm: float | None, target: str, findings: set[Finding]
) -> None:
    result = gtopdb_check.compare("drug", "T", _action(kind), _measured(nm), "1", [target], index)
    assert result.findings == findings, result.detail


def test_a_bound_is_not_compared(index: gtopdb_check.Index) -> None:
    measured = _measured(50.0, Relation.GT)
    result = gtopdb_check.compare("drug", "T", _action(ActionKind.INHIBITOR), measured, "1", ["10"], index)
    assert result.findings == frozenset()


def test_a_measured_target_without_an_action_is_compared_but_never_missing(index: gtopdb_check.Index) -> None:
    assert gtopdb_check.compare("drug", "T", None, _measured(50.0), "1", ["10"], index).findings == {Finding.AFFINITY}
    assert gtopdb_check.compare("drug", "T", None, _measured(1.0), "1", ["99"], index).findings == frozenset()


def test_a_family_pools_its_members(index: gtopdb_check.Index) -> None:
    result = gtopdb_check.compare("drug", "T", _action(ActionKind.INHIBITOR), _measured(1.0), "1", ["99", "10"], index)
    assert result.findings == frozenset()


def test_pkd_midpoint_is_used_when_no_median(index: gtopdb_check.Index) -> None:
    fold = gtopdb_check.affinity_fold(40.0, Measure.KD, index[("1", "50")])
    assert fold is not None and round(fold, 1) == 1.0  # midpoint pKd 7.4 is about 40 nM


def test_known_differences_silence_only_their_own_finding(catalog: object) -> None:
    from antidep_cli.knowledge.model import Catalog

    assert isinstance(catalog, Catalog)
    recorded = catalog.gtopdb_differences[0]
    results = [
        gtopdb_check.Result(recorded.drug, recorded.target, frozenset({recorded.finding}), ""),
        gtopdb_check.Result(recorded.drug, recorded.target, frozenset({Finding.MISSING}), ""),
    ]
    open_ = gtopdb_check.unexplained(results, catalog)
    expected = [] if recorded.finding is Finding.MISSING else [(results[1], Finding.MISSING)]
    assert open_ == expected


def test_main_exits_1_on_an_unexplained_difference(tmp_path: Path) -> None:
    rows = (FIXTURE / "interactions.csv").read_text(encoding="utf-8")
    (tmp_path / "interactions.csv").write_text(rows, encoding="utf-8")
    assert gtopdb_check.main([str(tmp_path)]) == 1  # the shipped file's ligands are not in the fixture
