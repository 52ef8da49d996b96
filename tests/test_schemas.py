"""Every documented JSON output validates against its checked-in JSON Schema (docs/schemas/)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from antidep_cli.knowledge.model import Catalog
from scripts.schemas import OUTPUTS, main as write_schemas
from tests.conftest import run

FOLDER = Path(__file__).parents[1] / "docs" / "schemas"


@functools.cache  # checking a schema costs more than using it; each is checked once a session
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((FOLDER / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_the_checked_in_schemas_are_current(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    for name in OUTPUTS:
        fresh = (tmp_path / f"{name}.schema.json").read_text(encoding="utf-8")
        assert fresh == (FOLDER / f"{name}.schema.json").read_text(encoding="utf-8"), (
            f"python -m scripts.schemas ({name})"
        )


def valid(name: str, *argv: str) -> None:
    result = run(*argv, "--json")
    assert result.exit_code == 0, (argv, result.stderr)
    errors = sorted(validator(name).iter_errors(json.loads(result.stdout)), key=str)
    assert not errors, (argv, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:3]])


def test_every_class_drug_and_target_record_validates(catalog: Catalog) -> None:
    for c in catalog.classes:
        valid("show", "show", c.id)
    for d in catalog.drugs:
        valid("drug", "drug", d.id)
    for t in catalog.targets:
        valid("target", "target", t.id)


def test_every_strategy_symptom_effect_and_term_record_validates(catalog: Catalog) -> None:
    for s in catalog.strategies:
        valid("strategy", "strategy", s.id)
    for sym in catalog.symptoms:
        valid("symptom", "symptom", sym.id)
    for e in catalog.effect_terms:
        valid("effect", "effect", e.id)
    for term in catalog.glossary:
        valid("define", "define", term.id)
    valid("strategies", "strategies")
    valid("symptoms", "symptom")


@pytest.mark.parametrize(
    ("name", "argv"),
    [
        ("search", ["search", "autoreceptor"]),
        ("search", ["search", "weight", "gain"]),
        ("sources", ["sources"]),
        ("combine", ["combine", "maoi", "ssri"]),
        ("combine", ["combine", "sertraline", "bupropion"]),
        ("switch", ["switch", "fluoxetine", "maoi"]),
        ("switch", ["switch", "sertraline", "citalopram"]),
        ("explain", ["explain", "nassa"]),
        ("explain", ["explain", "ect"]),
        ("trd", ["trd"]),
        ("matrix", ["matrix"]),
        ("profile", ["profile"]),
        ("profile", ["profile", "tca"]),
        ("strategy", ["explain", "lithium-augmentation"]),
        ("symptom", ["explain", "fatigue"]),
        ("compare", ["compare", "sertraline", "paroxetine", "nortriptyline"]),
        ("compare", ["compare", "ssri", "tca"]),
        ("targets", ["targets", "--neurotransmitter", "serotonin"]),
        ("targets", ["targets", "--target", "SERT", "--drugs"]),
        ("list-classes", ["list", "classes"]),
        ("list-drugs", ["list", "drugs"]),
        ("list-agents", ["list", "agents"]),
        ("list-targets", ["list", "targets"]),
        ("list-neurotransmitters", ["list", "neurotransmitters"]),
    ],
)
def test_other_outputs_validate(name: str, argv: list[str]) -> None:
    valid(name, *argv)


def test_a_schema_rejects_an_undocumented_key() -> None:
    record = json.loads(run("define", "ki", "--json").stdout)
    assert validator("define").is_valid(record)
    assert not validator("define").is_valid(record | {"surprise": 1})
