"""The Python API: cheap to import, frozen dataclasses out, antidep's errors for bad names."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

import antidep_cli
from antidep_cli.errors import UnknownNameError
from antidep_cli.knowledge.model import Drug, DrugClass
from tests.conftest import MINIMAL


def test_import_and_version_load_nothing_heavy() -> None:
    code = (
        "import sys\nimport antidep_cli\nsys.argv = ['antidep', '--version']\n"
        "from antidep_cli.cli.main import main\nmain()\n"
        "print(sorted(m for m in ('sqlite3', 'yaml', 'rich', 'typer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True).stdout
    assert out.splitlines() == [f"antidep {antidep_cli.__version__}", "[]"]


# What only drugs need: their dataclasses, measured strength, their side effects, the strategies naming them.
DRUG_ONLY = ("model.drugs", "queries.binding", "queries.drug_effects", "queries.strategies")


@pytest.mark.parametrize(
    ("argv", "absent"),
    [
        (["show", "ssri", "--format", "json"], DRUG_ONLY),
        (["show", "ssri", "--no-pager"], DRUG_ONLY),
        (["compare", "snri", "ndri"], DRUG_ONLY),
        (["target", "M1", "--no-pager"], ("model.drugs", "queries.drug_effects")),  # measurements alone
        (["profile", "--no-pager"], ("model.drugs", "queries.drug_effects")),
        (["effect", "sleepy", "--no-pager"], ("model.drugs", "model.classes")),  # side effects and measurements alone
    ],
)
def test_an_answer_defines_only_the_dataclasses_it_needs(argv: list[str], absent: tuple[str, ...]) -> None:
    """The model's dataclasses cost start-up time: an answer about classes defines no drug's, and one that ranks
    drugs by their measurements reads those alone."""
    code = (
        f"import contextlib, io, sys\nsys.argv = ['antidep', *{argv!r}]\n"
        "from antidep_cli.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n    main()\n"
        f"print(sorted(m for m in sys.modules if m.endswith({absent!r})))"
    )
    subprocess.run([sys.executable, "-m", "antidep_cli", "check"], capture_output=True, check=True)  # compile first
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_lookups_return_frozen_dataclasses() -> None:
    kb = antidep_cli.open()
    zoloft = kb.drug("Zoloft")
    assert isinstance(zoloft, Drug) and zoloft.id == "sertraline" and zoloft.drug_class == "ssri"
    ssri = kb.drug_class("SSRIs")
    assert isinstance(ssri, DrugClass) and "sertraline" in [d.id for d in kb.members("ssri")]
    with pytest.raises(dataclasses.FrozenInstanceError):
        zoloft.name = "x"  # type: ignore[misc]
    assert kb.target("serotonin transporter").id == "SERT"


def test_compare_combine_and_search() -> None:
    kb = antidep_cli.open()
    cmp = kb.compare("snri", "ndri")
    assert [e.id for e in cmp.items] == ["snri", "ndri"] and "NET" in cmp.target_overlap.shared
    assert any(m.rule.severity.value == "contraindicated" for m in kb.combine("maoi", "ssri").flags)
    assert kb.search("prozac")[0].id == "fluoxetine"


def test_other_files_and_unknown_names(tmp_path: Path) -> None:
    kb = antidep_cli.open(MINIMAL)
    assert kb.drug_class("alpha").summary == "A test class."
    with pytest.raises(UnknownNameError, match="did you mean"):
        kb.drug_class("alpah")
    with pytest.raises(AttributeError):
        antidep_cli.nothing  # noqa: B018


def test_readme_example_runs() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python\n(.*?)```", readme, re.S)
    exec(compile(example, "README.md", "exec"), {})


def test_api_errors_carry_data_not_command_hints() -> None:
    import antidep_cli
    from antidep_cli.errors import UnknownNameError

    kb = antidep_cli.open()
    with pytest.raises(UnknownNameError) as raised:
        kb.drug_class("Zoloft")
    assert raised.value.elsewhere == ("drug", "sertraline")
    assert "antidep " not in str(raised.value) and "try:" not in str(raised.value)
    with pytest.raises(UnknownNameError) as raised:
        kb.drug("tramadol")
    assert raised.value.elsewhere == ("agent", "tramadol")


@pytest.mark.parametrize(
    ("name", "whole"), [("DrugMeasures", Drug), ("DrugEffects", Drug), ("ClassEffects", DrugClass)]
)
def test_a_projection_has_the_fields_it_names(name: str, whole: type) -> None:
    """A projection reads an entry's stored record: each of its fields is the entry type's, with the same type and key."""
    from antidep_cli.knowledge import model

    fields = {f.name: f for f in dataclasses.fields(whole)}
    for f in dataclasses.fields(getattr(model, name)):
        same = fields[f.name]
        assert (f.type, f.default, f.default_factory, dict(f.metadata)) == (
            same.type,
            same.default,
            same.default_factory,
            dict(same.metadata),
        ), f.name
