"""Hostile files, streams and caches: a right answer or one clear line, never a traceback or a partial write."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from antidep_cli.knowledge import text
from tests.conftest import MINIMAL, run

ROOT = Path(__file__).parents[1]


def _antidep(*argv: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[str]:
    environ = os.environ | {"PYTHONDONTWRITEBYTECODE": "1"} | (env or {})
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "antidep_cli", *argv], stderr=subprocess.PIPE, text=True, env=environ, **kwargs
    )


def _one_line(stderr: str) -> None:
    assert "Traceback" not in stderr and stderr.count("\n") == 1, stderr


# --- one case folding ------------------------------------------------------------------------------------------


@pytest.fixture
def folding_file(tmp_path: Path) -> Path:
    path = tmp_path / "fold.yaml"
    body = MINIMAL.read_text(encoding="utf-8").replace("note: A test drug.", "note: Made in Straße ﬁve by İlker.")
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(("needle", "shown"), [("straße", "Straße"), ("STRASSE", "Straße"), ("five", "ﬁve")])
def test_search_folds_as_it_indexes_and_highlights_what_matched(folding_file: Path, needle: str, shown: str) -> None:
    result = run("--data", str(folding_file), "search", needle, "--json")
    assert result.exit_code == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and shown in hits[0]["snippet"]


def test_a_character_that_folds_longer_does_not_crash_or_shift_the_highlight() -> None:
    folded, origin = text.folded("İstanbul ﬁve Straße")
    assert folded.find("straße".casefold()) >= 0
    at = folded.find("strasse")
    assert "İstanbul ﬁve Straße"[origin[at] : origin[at + 6] + 1] == "Straße"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from("aAßẞﬁİiıKkΣσς é"), min_size=1, max_size=12))
def test_folding_maps_every_match_back_into_the_text(value: str) -> None:
    folded, origin = text.folded(value)
    assert len(origin) == len(folded)
    for i in range(len(folded)):
        assert 0 <= origin[i] < len(value) and value[origin[i]].casefold()  # each folded char has its source


# --- freshness -------------------------------------------------------------------------------------------------


def test_an_edit_that_keeps_size_and_mtime_is_not_served_from_a_stale_index(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    assert "A test drug." in run("--data", str(path), "drug", "testdrug").stdout
    st_before = path.stat()
    path.write_text(MINIMAL.read_text(encoding="utf-8").replace("A test drug.", "B test drug."), encoding="utf-8")
    os.utime(path, ns=(st_before.st_atime_ns, st_before.st_mtime_ns))  # as cp -p or tar would leave it
    assert path.stat().st_size == st_before.st_size and path.stat().st_mtime_ns == st_before.st_mtime_ns
    assert "B test drug." in run("--data", str(path), "drug", "testdrug").stdout


# --- streams ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["show", "ssri"], ["show", "ssri", "--json"], ["--version"]])
def test_a_full_standard_output_is_one_line_and_exit_4(argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = _antidep(*argv, stdout=full)
    assert result.returncode == 4
    _one_line(result.stderr)
    assert "cannot write the output" in result.stderr


def test_a_closed_standard_output_is_one_line_and_exit_4() -> None:
    result = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m antidep_cli show ssri >&-"], capture_output=True, text=True
    )
    assert result.returncode == 4
    _one_line(result.stderr)


def _file_size_limit(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_an_export_cut_short_leaves_no_partial_file_and_fails(tmp_path: Path) -> None:
    target = tmp_path / "sheet.md"
    result = _antidep("export", "-o", str(target), preexec_fn=lambda: _file_size_limit(20_000))
    assert result.returncode == 4
    _one_line(result.stderr)
    assert not target.exists() and not list(tmp_path.glob(".sheet.md.*"))


# --- export folders --------------------------------------------------------------------------------------------


def test_a_site_is_not_written_over_a_folder_of_other_files(tmp_path: Path) -> None:
    mine = tmp_path / "notes.txt"
    mine.write_text("mine", encoding="utf-8")
    refused = run("export", "--format", "html", "-o", str(tmp_path))
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    forced = run("export", "--format", "html", "-o", str(tmp_path), "--force")
    assert forced.exit_code == 0 and mine.read_text(encoding="utf-8") == "mine"
    again = run("export", "--format", "html", "-o", str(tmp_path))  # an earlier antidep site: replaced in place
    assert again.exit_code == 0 and (tmp_path / ".antidep-site").is_file() and mine.exists()


# --- cache safety ----------------------------------------------------------------------------------------------


def _cache_env(cache: Path) -> dict[str, str]:
    return {"ANTIDEP_CACHE_DIR": str(cache), "ANTIDEP_DATA": str(MINIMAL)}


def test_a_symlink_planted_at_the_lock_is_never_followed(tmp_path: Path) -> None:
    cache, outside = tmp_path / "cache", tmp_path / "outside"
    cache.mkdir(mode=0o700)
    from antidep_cli.knowledge.loader import index_file

    lock = index_file(MINIMAL)
    assert lock is not None
    (cache / lock.with_suffix(".lock").name).symlink_to(outside)
    result = _antidep("show", "alpha", env=_cache_env(cache))
    assert result.returncode == 0, result.stderr
    assert not outside.exists()


def test_a_cache_other_users_can_write_is_refused_with_one_warning(tmp_path: Path) -> None:
    cache = tmp_path / "shared"
    cache.mkdir()
    cache.chmod(0o777)  # writable by everyone, without the sticky bit
    result = _antidep("show", "alpha", env=_cache_env(cache))
    assert result.returncode == 0 and "alpha" in result.stdout.casefold()
    _one_line(result.stderr)
    assert "not using the cache" in result.stderr and not list(cache.iterdir())


def test_leftovers_of_a_killed_compile_are_cleaned_at_the_next(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    from antidep_cli.knowledge.loader import index_file

    index = index_file(MINIMAL)
    assert index is not None
    dead = cache / f"{index.name}.999999999.abcdef.tmp"  # no process has this id
    dead.write_bytes(b"half an index")
    (cache / "notes.tmp").write_bytes(b"not ours")
    assert _antidep("check", env=_cache_env(cache)).returncode == 0
    assert not dead.exists() and (cache / "notes.tmp").exists()


# --- data paths ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/dev/zero", "fifo"])
def test_a_device_or_a_pipe_is_refused_without_reading_it(path: str, tmp_path: Path) -> None:
    if path == "fifo":
        path = str(tmp_path / "fifo")
        os.mkfifo(path)
    result = _antidep("--data", path, "show", "ssri", timeout=20)
    assert result.returncode == 3
    _one_line(result.stderr)
    assert "not a regular file" in result.stderr


# --- a read-only cache with a damaged index --------------------------------------------------------------------


def test_a_damaged_index_that_cannot_be_replaced_is_bypassed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_cache: Path
) -> None:
    monkeypatch.setenv("ANTIDEP_DATA", str(MINIMAL))
    assert run("show", "alpha").exit_code == 0  # compiles the index
    (index,) = own_cache.glob("index-*.sqlite")
    with sqlite3.connect(index) as conn:
        conn.execute("UPDATE entries SET record = '{\"id\": 5}' WHERE section = 'classes'")
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:  # a read-only cache: the file cannot be removed
        if self == index:
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    result = run("show", "alpha")
    assert result.exit_code == 0, result.stderr
    assert "Alpha" in result.stdout
    assert "answering from memory" in result.stderr and "Traceback" not in result.stderr


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from("abcßẞﬁİıKkΣσςéÉxyz"), min_size=6, max_size=14), st.data())
def test_search_agrees_with_a_substring_oracle_over_folded_unicode(word: str, data: st.DataObject) -> None:
    """Full-text search finds a note exactly when the folded needle is a substring of the folded note."""
    import tempfile

    from antidep_cli.knowledge.loader import open_index
    from antidep_cli.queries.query import Index
    from antidep_cli.queries.search import STOPWORDS, search

    start = data.draw(st.integers(0, len(word) - 3))
    needle = word[start : start + data.draw(st.integers(3, 5))]
    if needle.casefold() in STOPWORDS:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "k.yaml"
        path.write_text(
            MINIMAL.read_text(encoding="utf-8").replace("A test drug.", f"Note {word} end."), encoding="utf-8"
        )
        os.environ["ANTIDEP_CACHE_DIR"] = folder
        ix = Index(open_index(path))
        found = {(h.kind, h.id) for h in search(ix, needle, limit=500)}
        expected = needle.casefold() in f"note {word} end.".casefold()
        assert (("drug", "testdrug") in found) == expected
        for h in search(ix, needle, limit=500):
            assert h.text[h.start : h.end].casefold() == needle.casefold() or h.kind != "drug"
