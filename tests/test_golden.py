"""Whole outputs at a fixed width. Regenerate on purpose with ANTIDEP_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os

import pytest

from tests.conftest import TESTS, run

# Tables are designed for 80 and 100 columns; each text page is pinned at both.
PAGES = {
    "show_ssri": ["show", "ssri"],
    "show_ssri_brief": ["show", "ssri", "--brief"],
    "compare_snri_ndri": ["compare", "snri", "ndri"],
    "drug_mirtazapine": ["drug", "mirtazapine"],
    "list_classes": ["list"],
    "list_drugs": ["list", "drugs"],
    "targets_dat_drugs": ["targets", "--target", "DAT", "--drugs"],
    "target_m1": ["target", "M1"],
}
GOLDEN = {f"{name}_{width}.txt": (args, width) for name, args in PAGES.items() for width in (80, 100)}
GOLDEN |= {"matrix.txt": (["matrix"], 100), "show_ssri.json": (["show", "ssri", "--json"], 100)}


@pytest.mark.parametrize(("name", "args", "width"), [(n, a, w) for n, (a, w) in GOLDEN.items()])
def test_golden_output(name: str, args: list[str], width: int) -> None:
    result = run(*args, env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    path = TESTS / "golden" / name
    if os.environ.get("ANTIDEP_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")
