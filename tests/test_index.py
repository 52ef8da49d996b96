"""The compiled SQLite index: reused when current, rebuilt when not, never required, never trusted blindly."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from antidep_cli.errors import DataError
from antidep_cli.knowledge import index as compiled, tables
from antidep_cli.knowledge.loader import index_file, load_catalog, open_index
from antidep_cli.queries import query
from antidep_cli.queries.search import search
from tests.conftest import MINIMAL, run

BASE = MINIMAL.read_text(encoding="utf-8")
pytestmark = pytest.mark.usefixtures("own_cache")  # these tests damage, lock and count their cache


def _copy(tmp_path: Path, text: str = BASE) -> Path:
    path = tmp_path / "classes.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _summary(path: Path) -> str:
    ix = query.Index(open_index(path))
    return query.drug_class(ix, "alpha").summary


def test_index_is_written_then_opened_read_only(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    first = open_index(path)
    target = index_file(path)
    assert target is not None and first.path == target and target.is_file()
    stamp = target.stat().st_mtime_ns
    second = open_index(path)
    assert second.path == target and target.stat().st_mtime_ns == stamp  # reused, not rebuilt
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        second.conn.execute("DELETE FROM entries")


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 50, b"SQLite format 3\x00" + b"\x00" * 200])
def test_corrupt_index_is_rebuilt(tmp_path: Path, content: bytes) -> None:
    path = _copy(tmp_path)
    open_index(path)
    target = index_file(path)
    assert target is not None
    target.write_bytes(content)
    assert _summary(path) == "A test class."
    assert compiled.open_file(target, lambda meta: meta["key"] == open_index(path).meta("key")) is not None


def test_foreign_database_is_rebuilt(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    target = index_file(path)
    assert target is not None
    target.parent.mkdir(parents=True)
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE meta(key, value)")
        conn.execute("INSERT INTO meta VALUES ('key', 'someone else')")
    conn.close()
    assert _summary(path) == "A test class."


def test_stale_index_is_rebuilt_after_an_edit(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    assert _summary(path) == "A test class."
    path.write_text(BASE.replace("A test class.", "An edited class."), encoding="utf-8")
    assert _summary(path) == "An edited class."  # same size class of edit, same mtime second: the hash decides


def test_tampered_entry_is_refused_and_the_index_dropped(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    db = open_index(path)
    assert db.path is not None
    db.conn.close()
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE entries SET record = '{\"id\": 3}' WHERE id = 'alpha'")
    conn.close()
    with pytest.raises(DataError, match="problem"):
        _summary(path)
    assert not db.path.exists()
    assert _summary(path) == "A test class."


def test_unusable_cache_directory_falls_back_to_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("")
    monkeypatch.setenv("ANTIDEP_CACHE_DIR", str(blocker / "cache"))
    db = open_index(_copy(tmp_path))
    assert db.path is None
    assert run("--data", str(tmp_path / "classes.yaml"), "show", "alpha").exit_code == 0


def test_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTIDEP_NO_CACHE", "1")
    path = _copy(tmp_path)
    assert open_index(path).path is None and index_file(path) is None


def test_concurrent_compiles_build_once_under_the_lock(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    target = tmp_path / "cache" / "index.sqlite"
    catalog = load_catalog(path)
    builds: list[int] = []

    def validate() -> object:
        builds.append(1)
        return catalog

    threads = [threading.Thread(target=compiled.compile_file, args=(target, {"key": "k"}, validate)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert builds == [1]
    assert compiled.open_file(target, lambda meta: meta["key"] == "k") is not None
    assert not list(target.parent.glob("*.tmp"))


def test_bad_file_is_reported_not_compiled(tmp_path: Path) -> None:
    path = _copy(tmp_path, BASE.replace("atc: N06AB99", "atc: bad"))
    with pytest.raises(DataError):
        open_index(path)
    target = index_file(path)
    assert target is not None and not target.exists()


@pytest.mark.parametrize("text", ["STAR*D", '"', "a OR", "NEAR(", "x\"y'z", "^", "*", "AND", "(((", "serotonin)"])
def test_hostile_search_input_never_raises(text: str) -> None:
    result = run("search", text, "--all")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_search_matches_substrings_of_any_length(index: query.Index) -> None:
    assert {h.id for h in search(index, "5-HT1A")} >= {"5-HT1A", "ssri"}
    assert search(index, "H1")[0].id == "H1"  # two characters: answered by a scan
    assert search(index, "Zoloft")[0].id == "sertraline"


def test_every_section_is_searchable(index: query.Index) -> None:
    hits = search(index, "serotonin syndrome", everything=True)
    assert "interaction" in {h.kind for h in hits}
    assert "reference" in {h.kind for h in search(index, "Tatsumi", everything=True)}
    assert all(h.kind in ("class", "drug", "target", "neurotransmitter") for h in search(index, "Tatsumi"))


def test_without_fts5_search_scans_and_the_cli_says_so_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    expected = [h.id for h in search(query.Index.of(load_catalog(MINIMAL)), "test class")]
    monkeypatch.setattr(tables, "_FTS", "CREATE VIRTUAL TABLE search USING nosuchmodule()")
    plain = query.Index.of(load_catalog(MINIMAL))
    assert not plain.db.fts
    assert [h.id for h in search(plain, "test class")] == expected
    search(plain, "serotonin")
    assert capsys.readouterr().err == ""  # the knowledge and query layers print nothing
    result = run("--data", str(_copy(tmp_path)), "search", "test class")
    assert result.exit_code == 0 and result.stderr.count("no FTS5 trigram index") == 1


def test_unreadable_tables_are_a_data_error_and_dropped(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    db = open_index(path)
    assert db.path is not None
    db.conn.close()
    with sqlite3.connect(db.path) as conn:
        conn.execute("DROP TABLE members")
    conn.close()
    ix = query.Index(open_index(path))
    with pytest.raises(DataError) as raised:
        query.members(ix, "alpha")
    assert "compiled index is damaged" in raised.value.problems[0].message
    assert not db.path.exists()
    assert run("--data", str(path), "show", "alpha").exit_code == 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_check_shows_progress_only_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from antidep_cli.cli.progress import stages

    path = _copy(tmp_path)
    with stages() as report:
        assert report is None  # stderr is not a terminal under pytest
    monkeypatch.setattr(sys, "stderr", terminal := _Terminal())
    with stages() as report:
        assert report is not None
        open_index(path, report, fresh=True)
    assert "indexing" in terminal.getvalue()


def test_onset_is_searchable(index: query.Index) -> None:
    assert ("class", "nmda", "onset") in {(h.kind, h.id, h.field) for h in search(index, "breaking the usual delay")}


def test_processes_compiling_at_once_all_answer(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    code = (
        "import sys\nfrom antidep_cli.cli.main import main\nsys.argv = ['antidep', 'show', 'alpha', '--json']\nmain()"
    )
    env = {**os.environ, "ANTIDEP_DATA": str(path), "ANTIDEP_CACHE_DIR": str(tmp_path / "shared")}
    procs = [
        subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    outputs = [p.communicate() for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    assert len({out for out, _ in outputs}) == 1
    assert [f.suffix for f in sorted((tmp_path / "shared").iterdir())] == [".lock", ".sqlite"]
