"""Replaying stored output: identical bytes, and a miss whenever any input differs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from antidep_cli.cli import outcache
from tests.conftest import MINIMAL


def _run(*args: str, cache: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in outcache.RICH_ENVIRONMENT}
    environment |= {"ANTIDEP_CACHE_DIR": str(cache), "COLUMNS": "80", **env}
    return subprocess.run(
        [sys.executable, "-m", "antidep_cli", *args], capture_output=True, env=environment, check=False
    )


def _stored(cache: Path) -> list[Path]:
    return sorted((cache / "output").glob("*.out"))


def test_second_run_replays_identical_bytes(tmp_path: Path) -> None:
    first = _run("show", "nassa", cache=tmp_path)
    (stored,) = _stored(tmp_path)
    second = _run("show", "nassa", cache=tmp_path)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert stored.read_bytes().endswith(first.stdout)


def test_replay_is_what_is_printed(tmp_path: Path) -> None:
    _run("list", "--plain", cache=tmp_path)
    (stored,) = _stored(tmp_path)
    header, _, _ = stored.read_bytes().partition(b"\n")
    stored.write_bytes(header + b"\n" + b"planted\n")
    assert _run("list", "--plain", cache=tmp_path).stdout.splitlines()[0] == b"ssri"  # checksum fails: a miss


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["show", "ssri", "--json"], {}),
        (["show", "ssri"], {"COLUMNS": "120"}),
        (["show", "ssri"], {"NO_COLOR": "1"}),
        (["show", "ssri"], {"FORCE_COLOR": "1"}),
        (["--no-color", "show", "ssri"], {}),
    ],
)
def test_any_changed_input_is_a_miss(tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
    _run("show", "ssri", cache=tmp_path)
    assert _run(*args, cache=tmp_path, **env).returncode == 0
    assert len(_stored(tmp_path)) == 2


def test_edited_knowledge_file_is_a_miss(tmp_path: Path) -> None:
    data = tmp_path / "classes.yaml"
    data.write_text(MINIMAL.read_text(), encoding="utf-8")
    assert b"A test class." in _run("--data", str(data), "show", "alpha", cache=tmp_path / "c").stdout
    data.write_text(MINIMAL.read_text().replace("A test class.", "An edited class."), encoding="utf-8")
    os.utime(data, ns=(data.stat().st_atime_ns, data.stat().st_mtime_ns + 10**9))
    assert b"An edited class." in _run("--data", str(data), "show", "alpha", cache=tmp_path / "c").stdout


def test_failures_and_side_effects_are_never_stored(tmp_path: Path) -> None:
    assert _run("show", "sssri", cache=tmp_path).returncode == 1
    assert _run("check", cache=tmp_path).returncode == 0
    assert _run("export", "ssri", "-o", str(tmp_path / "x.md"), cache=tmp_path).returncode == 0
    assert _stored(tmp_path) == []


def test_replay_can_be_switched_off(tmp_path: Path) -> None:
    _run("list", cache=tmp_path, ANTIDEP_NO_REPLAY="1")
    assert _stored(tmp_path) == []


def test_key_covers_every_environment_variable_rich_reads() -> None:
    import rich

    source = "".join(p.read_text(encoding="utf-8") for p in Path(rich.__file__).parent.glob("*.py"))
    read = set(re.findall(r"""(?:environ(?:\.get)?\(?\[?|getenv\()["']([A-Z_]+)["']""", source))
    assert read, "the pattern no longer finds Rich's environment reads"
    assert read <= set(outcache.RICH_ENVIRONMENT)
