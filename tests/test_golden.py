"""Whole outputs at a fixed width. Regenerate on purpose with ANTIDEP_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os

import pytest

from tests.conftest import TESTS, run

GOLDEN = {
    "show_ssri.txt": ["show", "ssri"],
    "compare_snri_ndri.txt": ["compare", "snri", "ndri"],
    "drug_mirtazapine.txt": ["drug", "mirtazapine"],
    "matrix.txt": ["matrix"],
    "show_ssri.json": ["show", "ssri", "--json"],
}


@pytest.mark.parametrize(("name", "args"), GOLDEN.items())
def test_golden_output(name: str, args: list[str]) -> None:
    result = run(*args, env={"COLUMNS": "100"})
    assert result.exit_code == 0
    path = TESTS / "golden" / name
    if os.environ.get("ANTIDEP_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")
