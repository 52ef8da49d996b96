"""Documentation cannot drift: README examples run, the schema reference's examples load."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from antidep_cli.errors import DataError
from antidep_cli.knowledge.loader import load_catalog
from scripts.readme_examples import examples, run
from scripts.screenshots import DRAWINGS, SHOTS, main as screenshots

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SCHEMA_DOC = (ROOT / "docs" / "knowledge-file.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("command", "output"), examples(README) + examples(SCHEMA_DOC))
def test_documented_example_output_is_real(command: str, output: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files relative to the repository
    assert run(command) == output, f"refresh with: python -m scripts.readme_examples README.md ({command})"


def test_readme_first_screen_has_exactly_two_setup_commands() -> None:
    first_screen = README.split("## ")[0]
    commands = [line.strip() for line in first_screen.splitlines() if line.startswith("    ")]
    assert len(commands) == 2
    assert commands[0].endswith("antidep show ssri") and "pip install ." in commands[0]
    assert commands[1].endswith("python -m pytest -q") and '".[test]"' in commands[1]
    assert "not medical advice" in first_screen


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -q" in ci


def test_every_command_is_documented_with_help() -> None:
    from antidep_cli.cli.app import COMMANDS, build

    for name in COMMANDS:
        assert f"antidep {name}" in README, name
    for command in build().registered_commands:
        assert command.callback is not None and command.callback.__doc__, command.name


@pytest.mark.parametrize("block", re.findall(r"```yaml\n(.*?)```", SCHEMA_DOC, re.S))
def test_schema_doc_yaml_examples_are_excerpts_of_the_real_file(block: str) -> None:
    assert block in (ROOT / "data" / "classes.yaml").read_text(encoding="utf-8")


def test_broken_example_file_shows_located_problems() -> None:
    with pytest.raises(DataError) as caught:
        load_catalog(ROOT / "docs" / "examples" / "broken.yaml")
    assert all(p.line for p in caught.value.problems)


def words(svg: Path) -> list[str]:
    """The text a picture shows, in order, without the markup a new Rich release may change."""
    root = ET.parse(svg).getroot()
    return [t for e in root.iter() if e.tag.endswith("}text") for t in ["".join(e.itertext()).strip()] if t]


def test_the_readme_pictures_show_todays_output(tmp_path: Path) -> None:
    screenshots(tmp_path)
    for name in (*SHOTS, *DRAWINGS):
        fresh = tmp_path / name
        assert fresh.read_text(encoding="utf-8").startswith(("<svg", "<?xml")), name
        committed = ROOT / "docs" / "img" / name
        assert committed.is_file(), f"commit docs/img/{name}"
        assert words(fresh) == words(committed), f"docs/img/{name} is stale: python -m scripts.screenshots"


def _help_examples() -> list[str]:
    """Every ``antidep …`` example line in the overview's and each command's --help."""
    from antidep_cli.cli.app import COMMANDS
    from tests.conftest import run as invoke

    found: list[str] = []
    for command in ("", *COMMANDS):
        text = invoke(*([command] if command else []), "--help").stdout
        for line in text.splitlines():
            words = line.split()
            if line.startswith("  ") and words[:1] == ["antidep"] and len(words) > 1 and words[1] in COMMANDS:
                found.append(re.sub(r"\s{2,}\(.*\)$|\s*>.*$", "", line.strip()))
    return sorted(set(found))


@pytest.mark.parametrize("example", _help_examples())
def test_help_examples_run(example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shlex

    from tests.conftest import run as invoke

    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    (tmp_path / "my-classes.yaml").write_bytes((ROOT / "data" / "classes.yaml").read_bytes())
    result = invoke(*shlex.split(example)[1:])
    assert result.exit_code == 0, (example, result.stderr)
    wrote = len(list(tmp_path.iterdir())) > 1
    assert result.stdout or wrote, example


def _contract() -> dict[str, tuple[set[str], set[str]]]:
    """The README's JSON contract: each command's top-level keys, as (required, optional)."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for row in re.findall(r"^\| `(\w+)`( \(neuromodulation[^|]*\))? \| `([^`]*)`", README, re.M):
        command, variant, spec = row
        depth, keys, optional = 0, set[str](), set[str]()
        for match in re.finditer(r'[{}\[\]]|"([\w ]+)"(\?)?', spec):
            token = match.group(0)
            if token in "{[":
                depth += 1
            elif token in "}]":
                depth -= 1
            elif depth == (2 if spec.startswith("[{") else 1):
                (optional if match.group(2) else keys).add(match.group(1))
        found[command + (" neuromodulation" if variant else "")] = (keys, optional)
    return found


JSON_RUNS = [
    ("show", ["show", "ssri", "--json"]),
    ("show neuromodulation", ["show", "rtms", "--json"]),
    ("drug", ["drug", "sertraline", "--json"]),
    ("drug", ["drug", "dextromethorphan-bupropion", "--json"]),
    ("compare", ["compare", "snri", "ndri", "--json"]),
    ("search", ["search", "serotonin", "--json"]),
    ("target", ["target", "SERT", "--json"]),
    ("define", ["define", "heteroreceptor", "--json"]),
    ("sources", ["sources", "Tatsumi1997", "--json"]),
    ("combine", ["combine", "maoi", "ssri", "--json"]),
    ("switch", ["switch", "maoi", "ssri", "--json"]),
    ("matrix", ["matrix", "--format", "json"]),
    ("profile", ["profile", "tca", "--json"]),
    ("effect", ["effect", "sleepy", "--json"]),
    ("explain", ["explain", "ssri", "--json"]),
    ("trd", ["trd", "--json"]),
]


@pytest.mark.parametrize(("command", "argv"), JSON_RUNS, ids=[" ".join(a) for _, a in JSON_RUNS])
def test_json_keys_are_exactly_the_documented_ones(command: str, argv: list[str]) -> None:
    import json

    from tests.conftest import run as invoke

    required, optional = _contract()[command]
    assert required, f"no contract row for {command}"
    data = json.loads(invoke(*argv).stdout)
    for record in data if isinstance(data, list) else [data]:
        assert required <= record.keys() <= required | optional, (command, set(record) ^ required)
