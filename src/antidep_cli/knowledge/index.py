"""The validated knowledge file compiled to SQLite, read one entry at a time.

The only module that imports sqlite3. One database per knowledge file lives in
the cache directory; its ``meta`` row ``key`` (a hash of the file's bytes, the
schema, this layout and antidep's version and source) must match, or it is
rebuilt. It is written to a temporary file and renamed, under a lock when two
processes compile at once, and opened read-only. Without a usable cache
directory the index is built in memory. Entries are stored as the plain data of
their validated dataclasses (see tables.py) and converted, with type checks, when read.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from antidep_cli.errors import DataError, Problem
from antidep_cli.knowledge import convert
from antidep_cli.knowledge.model import BY_NAME

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Catalog
    from antidep_cli.knowledge.tables import Report

LAYOUT = 6  # 6: touches records the classes and drugs each strategy names
Error = sqlite3.Error


def code_fingerprint() -> int:
    """A checksum of the knowledge layer's source files (model included): names, sizes, times; edits rebuild indexes."""
    stats = []
    here = os.path.dirname(__file__)
    for folder in (here, os.path.join(here, "model")):
        with os.scandir(folder) as found:
            stats += [(e.path, e.stat().st_size, e.stat().st_mtime_ns) for e in found if e.name.endswith(".py")]
    return zlib.crc32(repr(sorted(stats)).encode())


def open_file(path: Path, current: Callable[[dict[str, str]], bool]) -> sqlite3.Connection | None:
    """The database at ``path`` opened read-only, if it is an index whose meta table is ``current``."""
    conn = None
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        if current(dict(conn.execute("SELECT key, value FROM meta").fetchall())):
            return conn
    except (sqlite3.Error, OSError, ValueError):
        pass
    if conn is not None:
        conn.close()
    return None


def compile_file(
    path: Path, meta: dict[str, str], validate: Callable[[], Catalog], report: Report | None = None
) -> None:
    """Build the index at ``path`` under a lock, unless another process just did; atomic.

    The cache directory must be safe (see ``safe_directory``). The temporary file is
    created with ``mkstemp`` (never following a symlink planted at its name), and the
    lock is opened without following one; leftovers of dead processes are removed first.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    safe_directory(folder)
    _sweep(folder, path.name)
    with _locked(path.with_suffix(".lock")):
        if (fresh := open_file(path, lambda found: found.get("key") == meta["key"])) is not None:
            fresh.close()
            return
        import tempfile

        handle, name = tempfile.mkstemp(prefix=f"{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
        os.close(handle)
        temp = Path(name)
        try:
            conn = sqlite3.connect(temp)
            try:
                conn.execute("PRAGMA journal_mode = OFF")
                from antidep_cli.knowledge.tables import build

                build(conn, meta, validate(), report)
            finally:
                conn.close()
            os.replace(temp, path)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)


class _Unreadable(Exception):
    def __init__(self, where: tuple[str | int, ...]) -> None:
        self.where = where


class UnsafeCache(OSError):
    """A cache directory another user could write into: not used."""


def safe_directory(folder: Path) -> None:
    """Refuse a directory that is a symlink, or writable by others and not owned by this user (as ssh does)."""
    st = os.lstat(folder)
    import stat

    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        raise UnsafeCache(f"{folder} is not a plain directory")
    mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    if st.st_mode & (stat.S_IWOTH | stat.S_IWGRP) and not (mine and st.st_mode & stat.S_ISVTX):
        raise UnsafeCache(f"{folder} is writable by other users")
    if not mine:
        raise UnsafeCache(f"{folder} belongs to another user")


def _sweep(folder: Path, name: str) -> None:
    """Remove temporary files of compiles whose process is gone (a compile killed outright leaves one)."""
    for leftover in folder.glob(f"{name}.*.tmp"):
        pid = leftover.name[len(name) + 1 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user
        return True
    return True


@contextlib.contextmanager
def _locked(lock: Path) -> Iterator[None]:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(lock, flags, 0o600)  # a symlink planted at the lock's name is an error, never followed
    try:
        try:
            import fcntl
        except ImportError:  # Windows: os.replace still keeps readers safe
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def in_memory(meta: dict[str, str], catalog: Catalog) -> sqlite3.Connection:
    """An index built in memory, for when no cache directory can be used."""
    from antidep_cli.knowledge.tables import build

    conn = sqlite3.connect(":memory:", check_same_thread=False)
    build(conn, meta, catalog)
    return conn


class Database:
    """Read access to a compiled index; counts the entries it converts.

    Anything unreadable in it (an SQLite error, a record that fails its type checks)
    drops the database file, so that the next run rebuilds it. Where the file cannot
    be dropped (a read-only cache) and ``rebuild`` is given, this answer comes from an
    index built in memory instead, with a note; otherwise it is a DataError.
    ``notes`` holds what the CLI should tell the user once.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        source: str,
        path: Path | None = None,
        rebuild: Callable[[], sqlite3.Connection] | None = None,
    ) -> None:
        self.conn = conn
        self.source = source
        self.path = path
        self.rebuild = rebuild
        self.notes: list[str] = []
        self.notify: Callable[[str], None] | None = None  # the CLI's way to tell the user, as notes arrive
        self.converted = 0
        self.fts = self.meta("fts") == "1"

    def _damaged(self, where: tuple[str | int, ...], reason: str) -> DataError:
        return DataError(self.source, [Problem(where, f"the compiled index is damaged ({reason}); run again")])

    def _recover(self) -> bool:
        """Drop a damaged file; where that fails, switch to an index in memory. Whether to try again."""
        if self.path is None:
            return False
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        if not self.path.exists() or self.rebuild is None:
            return False
        self.conn, self.path = self.rebuild(), None
        self.note("antidep: the cached index is damaged and cannot be replaced; answering from memory")
        return True

    def note(self, message: str) -> None:
        """Something the user should be told once (it is kept if no one listens yet)."""
        self.notes.append(message)
        if self.notify is not None:
            self.notify(message)

    def _rows(self, sql: str, *args: str) -> list[Any]:
        for attempt in (1, 2):
            try:
                return self.conn.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                if attempt == 2 or not self._recover():
                    raise self._damaged((), str(exc)) from None
        raise AssertionError("unreachable")

    def _convert(self, section: str, ident: str, record: str, projection: type | None = None) -> Any:
        problems: list[Problem] = []
        try:
            data = json.loads(record)
            if projection is not None and isinstance(data, dict):  # only the fields the projection declares
                keys = convert.keys(projection)
                data = {k: v for k, v in data.items() if k in keys}
            tp = projection or BY_NAME[section].type()
            value = convert.converter(tp)(data, (section, ident), problems)
        except ValueError:
            value = convert.FAILED
        if problems or value is convert.FAILED:
            raise _Unreadable((section, ident))
        self.converted += 1
        return value

    def _read(self, fetch: Callable[[], list[Any]]) -> list[Any]:
        """Entries converted from rows; a damaged entry drops the file, or switches to memory and retries."""
        try:
            return fetch()
        except _Unreadable as bad:
            if self._recover():
                return fetch()
            raise self._damaged(bad.where, "an entry fails its checks") from None

    def entry(self, section: str, ident: str) -> Any:
        """One entry by id, or None."""

        def fetch() -> list[Any]:
            rows = self._rows("SELECT record FROM entries WHERE section = ? AND id = ?", section, ident)
            return [self._convert(section, ident, rows[0][0])] if rows else [None]

        return self._read(fetch)[0]

    def entries(self, section: str, idents: list[str] | None = None, projection: type | None = None) -> list[Any]:
        """Entries of a section in file order: all of them, or those with the given ids; as ``projection``
        (a dataclass with some of the section type's fields), where given, converting only those fields."""
        sql = "SELECT id, record FROM entries WHERE section = ?"
        if idents is not None:
            sql += f" AND id IN ({','.join('?' * len(idents))})"

        def fetch() -> list[Any]:
            rows = self._rows(sql + " ORDER BY ord", section, *(idents or ()))
            return [self._convert(section, ident, record, projection) for ident, record in rows]

        return self._read(fetch)

    def meta(self, key: str) -> str:
        """A value from the ``meta`` table."""
        rows = self._rows("SELECT value FROM meta WHERE key = ?", key)
        return str(rows[0][0]) if rows else ""

    def counts(self) -> dict[str, int]:
        """How many entries each section holds."""
        return dict(self._rows("SELECT section, count(*) FROM entries GROUP BY section"))

    def ids(self, section: str) -> list[str]:
        """A section's ids in file order."""
        return [i for (i,) in self._rows("SELECT id FROM entries WHERE section = ? ORDER BY ord", section)]

    def find(self, keys: tuple[str, ...], sections_: tuple[str, ...]) -> tuple[str, str] | None:
        """(section, id) of the first key, in order, that names an entry of the sections."""
        marks = ",".join("?" * len(sections_))
        sql = f"SELECT section, id FROM names WHERE key = ? AND section IN ({marks}) ORDER BY rowid LIMIT 1"
        for k in filter(_searchable, keys):
            if rows := self._rows(sql, k, *sections_):
                return rows[0][0], rows[0][1]
        return None

    def keys(self, sections_: tuple[str, ...]) -> list[tuple[str, str]]:
        """Every (folded name, id) of the sections, for suggestions."""
        marks = ",".join("?" * len(sections_))
        return self._rows(f"SELECT key, id FROM names WHERE section IN ({marks}) ORDER BY rowid", *sections_)

    def citing(self, reference: str | None = None) -> list[tuple[str, str]]:
        """(reference, ``kind:id``) for every citation, or for one reference's, in file order."""
        if reference is None:
            return self._rows("SELECT reference, label FROM cites ORDER BY rowid")
        return self._rows("SELECT reference, label FROM cites WHERE reference = ? ORDER BY rowid", reference)

    def members(self, class_id: str) -> list[str]:
        """Ids of a class's drugs, in file order."""
        return [d for (d,) in self._rows("SELECT drug FROM members WHERE class = ? ORDER BY ord", class_id)]

    def member_rows(self, class_id: str) -> list[tuple[str, list[str], str]]:
        """(id, synonyms, note) of a class's drugs, in file order, read without converting the drugs."""
        sql = "SELECT drug, synonyms, note FROM members WHERE class = ? ORDER BY ord"
        try:
            return [(d, json.loads(synonyms), note) for d, synonyms, note in self._rows(sql, class_id)]
        except ValueError as exc:
            raise self._damaged(("members", class_id), str(exc)) from None

    def uses(self, ident: str) -> list[str]:
        """Ids of the glossary terms an entry's text uses, in glossary order."""
        return [t for (t,) in self._rows("SELECT term FROM uses WHERE id = ? ORDER BY ord", ident)]

    def touching(self, section: str, *keys: str) -> list[str]:
        """Ids of entries keyed `target:ID`, `nt:ID`, `measured:ID` or (strategies) `names:ID`, in file order."""
        marks = ",".join("?" * len(keys))
        sql = f"SELECT id FROM touches WHERE section = ? AND key IN ({marks}) GROUP BY id ORDER BY min(ord)"
        return [i for (i,) in self._rows(sql, section, *keys)]

    def text(self, needle: str, kinds: tuple[str, ...] | None) -> list[tuple[str, str, str, int, str]]:
        """Candidate (kind, id, field, weight, text) rows for a case-folded substring, in file order."""
        if not _searchable(needle):  # a lone surrogate or a NUL byte matches nothing in the file
            return []
        where, args = [], []
        if self.fts and len(needle) >= 3:  # the trigram index answers substrings of three or more characters
            where.append("folded MATCH ?")
            args.append('"' + needle.replace('"', '""') + '"')  # one quoted phrase: FTS5 syntax is only text
        if kinds is not None:
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            args += kinds
        condition = f"WHERE {' AND '.join(where)}" if where else ""
        return self._rows(f"SELECT kind, id, field, weight, text FROM search {condition} ORDER BY rowid", *args)


def _searchable(text: str) -> bool:
    return "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)
