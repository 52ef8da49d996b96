"""Hostile input and hostile data: no traceback, no interpretation, clean exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from antidep_cli.cli.app import app
from tests.conftest import MINIMAL, run

HOSTILE = "[bold red]boom[/] :skull: [link=https://example.org]x[/link] a [/] b \\"


@pytest.fixture
def hostile_data(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    text = MINIMAL.read_text(encoding="utf-8").replace("summary: A test class.", f"summary: {json.dumps(HOSTILE)}")
    path.write_text(text.replace("name: Testdrug", 'name: "[i]Testdrug[/i]"'), encoding="utf-8")
    return path


def test_markup_in_data_prints_literally(hostile_data: Path) -> None:
    result = run("--data", str(hostile_data), "show", "alpha", env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert "[bold red]boom[/] :skull: [link=https://example.org]x[/link] a [/] b \\" in flat
    assert "💀" not in result.stdout and "\x1b]8;" not in result.stdout


def test_markup_in_data_survives_every_format(hostile_data: Path) -> None:
    data = json.loads(run("--data", str(hostile_data), "show", "alpha", "--json").stdout)
    assert data["summary"] == HOSTILE
    assert "[i]Testdrug[/i]" in run("--data", str(hostile_data), "drug", "testdrug").stdout
    assert "[bold red]boom[/]" in run("--data", str(hostile_data), "search", "boom").stdout


def test_escape_sequences_in_data_are_rejected_at_load(tmp_path: Path) -> None:
    path = tmp_path / "esc.yaml"
    path.write_text(
        MINIMAL.read_text().replace("summary: A test class.", 'summary: "\\e]0;pwned\\a"'), encoding="utf-8"
    )
    result = run("--data", str(path), "show", "alpha")
    assert result.exit_code == 3
    assert "\x1b" not in result.stderr + result.stdout


def _antidep(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "antidep_cli", *args], capture_output=True, env={**os.environ, **env}, check=False
    )


def test_closed_pipe_is_quiet() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m antidep_cli list drugs | head -1", shell=True, capture_output=True, check=False
    )
    assert proc.stdout.decode().startswith("Drugs")
    assert b"Traceback" not in proc.stderr and b"BrokenPipe" not in proc.stderr


def test_odd_bytes_in_arguments_with_strict_stdout() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "antidep_cli", "show", os.fsdecode(b"\xff\xfe")],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
        check=False,
    )
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.startswith(b"antidep: unknown name '")


def test_console_script_and_module_agree() -> None:
    script = Path(sys.executable).with_name("antidep")
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    direct = subprocess.run([str(script), "list", "--plain"], capture_output=True, check=True)
    assert direct.stdout == _antidep("list", "--plain").stdout


def test_fast_version_matches_typer_version() -> None:
    assert _antidep("--version").stdout.decode() == run("--version").stdout


def test_version_path_imports_no_rich_yaml_or_pydantic() -> None:
    code = (
        "import sys\nfrom antidep_cli.cli.app import app\n"
        "try:\n    app(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('rich', 'yaml', 'pydantic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True).stdout
    assert out.strip().endswith("[]")


def test_json_path_imports_no_rich() -> None:
    code = (
        "import sys\nfrom antidep_cli.cli.app import app\n"
        "try:\n    app(['show', 'ssri', '--json'])\nexcept SystemExit:\n    pass\n"
        "print('RICH' if 'rich' in sys.modules else 'NO-RICH', file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    assert proc.stderr.strip() == "NO-RICH"


@pytest.mark.parametrize(
    ("words", "expected"),
    [("antidep show ss", "ssri"), ("antidep drug Zol", "Zoloft"), ("antidep targets --target SE", "SERT")],
)
def test_shell_completion(words: str, expected: str) -> None:
    proc = _antidep(_ANTIDEP_COMPLETE="complete_zsh", _TYPER_COMPLETE_ARGS=words)
    assert expected in proc.stdout.decode()


WORDS = ["show", "drug", "compare", "targets", "list", "check", "search", "sources", "combine", "switch", "matrix",
         "explain", "export", "ssri", "maoi", "Zoloft", "--json", "--format", "json", "csv", "markdown", "--drugs",
         "--target", "--neurotransmitter", "SERT", "5-HT", "--plain", "--no-color", "-o", "--limit", "0", "-1"]  # fmt: skip
argument = st.one_of(
    st.sampled_from(WORDS),
    st.text(max_size=12),
    st.text(alphabet=st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), min_size=1, max_size=3),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(argument, max_size=5))
def test_fuzzed_argv_never_tracebacks(argv: list[str]) -> None:
    if "-o" in argv or "export" in argv:
        argv = [a for a in argv if a not in ("-o", "export")]  # never write files from a fuzz run
    result = CliRunner().invoke(app, argv, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2, 3)


ODD = "\udcff\x1b[31m"
BAD_INPUT = [
    # (argv with {} for the value, expected exit for an unknown name, for an empty value, for odd bytes)
    (["show", "{}"], 1, 1, 1),
    (["drug", "{}"], 1, 1, 1),
    (["compare", "ssri", "{}"], 1, 1, 1),
    (["targets", "--target", "{}"], 1, 1, 1),
    (["targets", "--neurotransmitter", "{}"], 1, 1, 1),
    (["combine", "maoi", "{}"], 1, 1, 1),
    (["switch", "{}", "maoi"], 1, 1, 1),
    (["explain", "{}"], 1, 1, 1),
    (["sources", "{}"], 1, 1, 1),
    (["export", "{}"], 1, 1, 1),
    (["search", "{}"], 0, 2, 0),
    (["list", "{}"], 2, 2, 2),
    (["matrix", "--format", "{}"], 2, 2, 2),
    (["check", "{}"], 3, 0, 3),  # an empty path means the default file, as an empty ANTIDEP_DATA does
    (["--data", "{}", "show", "ssri"], 3, 2, 3),  # an empty --data is a usage error, never the shipped file
]


@pytest.mark.parametrize(("argv", "unknown", "empty", "odd"), BAD_INPUT, ids=[" ".join(b[0]) for b in BAD_INPUT])
def test_unknown_empty_and_odd_values(argv: list[str], unknown: int, empty: int, odd: int) -> None:
    for value, code in (("zzqx", unknown), ("", empty), (ODD, odd)):
        result = run(*(value if a == "{}" else a for a in argv))
        assert result.exit_code == code, (value, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert "\x1b[31m" not in result.stdout + result.stderr
        if code == 1:
            assert result.stderr.startswith("antidep: unknown ") and result.stderr.count("\n") == 1
