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

LAYOUT = 4  # 4: brands also answer without their release suffix (Efexor for Efexor XL)
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
    """Build the index at ``path`` under a lock, unless another process just did; atomic."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path.with_suffix(".lock")):
        if (fresh := open_file(path, lambda found: found.get("key") == meta["key"])) is not None:
            fresh.close()
            return
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
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


@contextlib.contextmanager
def _locked(lock: Path) -> Iterator[None]:
    with lock.open("a") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: os.replace still keeps readers safe
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def in_memory(meta: dict[str, str], catalog: Catalog) -> sqlite3.Connection:
    """An index built in memory, for when no cache directory can be used."""
    from antidep_cli.knowledge.tables import build

    conn = sqlite3.connect(":memory:", check_same_thread=False)
    build(conn, meta, catalog)
    return conn


class Database:
    """Read access to a compiled index; counts the entries it converts.

    Anything unreadable in it (an SQLite error, a record that fails its type
    checks) is a DataError, and the database file is dropped so that the next
    run rebuilds it.
    """

    def __init__(self, conn: sqlite3.Connection, source: str, path: Path | None = None) -> None:
        self.conn = conn
        self.source = source
        self.path = path
        self.converted = 0
        self.fts = self.meta("fts") == "1"

    def _damaged(self, where: tuple[str | int, ...], reason: str) -> DataError:
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
        return DataError(self.source, [Problem(where, f"the compiled index is damaged ({reason}); run again")])

    def _rows(self, sql: str, *args: str) -> list[Any]:
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise self._damaged((), str(exc)) from None

    def _convert(self, section: str, ident: str, record: str) -> Any:
        problems: list[Problem] = []
        try:
            value = convert.converter(BY_NAME[section].type())(json.loads(record), (section, ident), problems)
        except ValueError:
            value = convert.FAILED
        if problems or value is convert.FAILED:
            raise self._damaged((section, ident), "an entry fails its checks")
        self.converted += 1
        return value

    def entry(self, section: str, ident: str) -> Any:
        """One entry by id, or None."""
        rows = self._rows("SELECT record FROM entries WHERE section = ? AND id = ?", section, ident)
        return self._convert(section, ident, rows[0][0]) if rows else None

    def entries(self, section: str, idents: list[str] | None = None) -> list[Any]:
        """Entries of a section in file order: all of them, or those with the given ids."""
        sql = "SELECT id, record FROM entries WHERE section = ?"
        if idents is not None:
            sql += f" AND id IN ({','.join('?' * len(idents))})"
        rows = self._rows(sql + " ORDER BY ord", section, *(idents or ()))
        return [self._convert(section, ident, record) for ident, record in rows]

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
        """Ids of a section's entries acting at ``target:ID`` or on ``nt:ID``, or ``measured:ID``, in file order."""
        marks = ",".join("?" * len(keys))
        sql = f"SELECT id FROM touches WHERE section = ? AND key IN ({marks}) GROUP BY id ORDER BY min(ord)"
        return [i for (i,) in self._rows(sql, section, *keys)]

    def text(self, needle: str, kinds: tuple[str, ...] | None) -> list[tuple[str, str, str, int, str]]:
        """Candidate (kind, id, field, weight, text) rows for a substring, in file order."""
        if not _searchable(needle):  # a lone surrogate or a NUL byte matches nothing in the file
            return []
        where, args = [], []
        if self.fts and len(needle) >= 3:  # the trigram index answers substrings of three or more characters
            where.append("search MATCH ?")
            args.append('"' + needle.replace('"', '""') + '"')  # one quoted phrase: FTS5 syntax is only text
        if kinds is not None:
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            args += kinds
        condition = f"WHERE {' AND '.join(where)}" if where else ""
        return self._rows(f"SELECT kind, id, field, weight, text FROM search {condition} ORDER BY rowid", *args)


def _searchable(text: str) -> bool:
    return "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)
