"""A command reads only the entries it shows, however large the knowledge file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from antidep_cli.knowledge.loader import open_index
from antidep_cli.knowledge.location import data_path
from antidep_cli.queries import acting, query
from antidep_cli.queries.search import search
from antidep_cli.render import records
from antidep_cli.render.pages.entries import page_of
from scripts.synth import synthesise
from tests.conftest import run

pytestmark = pytest.mark.slow  # a 1,000-drug synthetic file: CI runs these with `pytest -m slow`


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = yaml.safe_load(data_path().read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("synth") / "big.yaml"
    path.write_text(yaml.safe_dump(synthesise(data, 1000), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _count(path: Path) -> int:
    """How many drugs the synthetic file holds (whole copies of the shipped drugs, at least the number asked)."""
    return len(yaml.safe_load(path.read_text(encoding="utf-8"))["drugs"])


def _converted(path: Path, *steps: str) -> int:
    ix = query.Index(open_index(path))
    for step in steps:
        if step == "drug":
            found = query.drug(ix, "mirtazapine")
            records.drug(ix, found, page_of(ix, found, record=True))
        elif step == "show":
            cls = query.drug_class(ix, "ssri")
            records.drug_class(ix, cls, page_of(ix, cls, record=True))
        elif step == "targets":
            records.acting("target", "DAT", acting.acting_on(ix, target="DAT", drugs=True), True)
        else:
            search(ix, "autoreceptor", 25)
    return ix.db.converted


@pytest.mark.parametrize("step", ["drug", "show", "targets", "search"])
def test_commands_convert_the_same_entries_on_a_big_file(big: Path, step: str) -> None:
    small = _converted(data_path(), step)
    assert _converted(big, step) == small
    # The entry, its class or members, the classes and effect terms that explain a drug's side effects, and the
    # references it cites: a few dozen, whatever the size of the file.
    assert small <= 50


def test_drug_reads_the_drug_its_class_and_its_references(big: Path) -> None:
    ix = query.Index(open_index(big))
    found = query.drug(ix, "mirtazapine")
    page = page_of(ix, found, record=True)
    records.drug(ix, found, page)
    # the drug, its class, the classes acting at its targets (for its side effects' mechanisms),
    # the side-effect vocabulary, and the references its page cites; nothing that grows with the file
    from antidep_cli.knowledge.model import EFFECT_TERMS

    targets = {a.target for a in found.actions} | {b.target for b in found.binding}
    classes = set(ix.db.touching("classes", *(f"target:{t}" for t in targets))) | {found.drug_class}
    assert ix.db.converted == 1 + len(classes) + len(ix.db.ids(EFFECT_TERMS.name)) + len(page.references)
    assert len(ix.db.ids("drugs")) == _count(big) >= 1000


def test_big_file_checks_and_answers(big: Path) -> None:
    assert f"{_count(big)} drugs" in run("check", str(big)).stdout
    assert run("--data", str(big), "drug", "mirtazapine-s3", "--json").exit_code == 0


def test_sources_of_one_reference_converts_only_it(big: Path) -> None:
    from antidep_cli.queries.search import cited_by, reference

    ix = query.Index(open_index(big))
    citing = cited_by(ix, (reference(ix, "Tatsumi1997"),))
    assert "drug:sertraline" in citing["Tatsumi1997"] and "drug:sertraline-s3" in citing["Tatsumi1997"]
    assert ix.db.converted == 1
