"""The validated knowledge file compiled to SQLite, read one entry at a time.

The only module that imports sqlite3. One database per knowledge file lives in
the cache directory; its ``meta`` row ``key`` (a hash of the file's bytes, the
schema, this layout and antidep's version and source) must match, or it is
rebuilt. It is written to a temporary file and renamed, under a lock when two
processes compile at once, and opened read-only. Without a usable cache
directory the index is built in memory. Entries are stored as the plain data of
their validated dataclasses and converted, with type checks, when read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import sys
import typing
import zlib
from collections.abc import Callable, Iterator
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from antidep_cli.errors import DataError, Problem
from antidep_cli.knowledge import convert, names, text
from antidep_cli.knowledge.model import Catalog

LAYOUT = 1
Error = sqlite3.Error
Report = Callable[[str, int, int], None]  # stage, steps done, steps in all
_TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries(section TEXT, id TEXT, ord INTEGER, record TEXT NOT NULL, PRIMARY KEY(section, id)) WITHOUT ROWID;
CREATE TABLE names(section TEXT, key TEXT, id TEXT);
CREATE INDEX names_key ON names(key);
CREATE TABLE members(class TEXT, drug TEXT, ord INTEGER);
CREATE INDEX members_class ON members(class, ord);
CREATE TABLE touches(key TEXT, section TEXT, id TEXT, ord INTEGER);
CREATE INDEX touches_key ON touches(key, section, ord);
"""
_FTS = "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, id UNINDEXED, field UNINDEXED, weight UNINDEXED, text, "
_FTS += "tokenize='trigram')"
_SCAN = "CREATE TABLE search(kind, id, field, weight, text)"


@cache
def sections() -> dict[str, Any]:
    """Each list section of the Catalog and the type of its entries, in file order."""
    hints = typing.get_type_hints(Catalog)
    tuples = {f.name: hints[f.name] for f in dataclasses.fields(Catalog) if typing.get_origin(hints[f.name]) is tuple}
    return {name: typing.get_args(tp)[0] for name, tp in tuples.items()}


def plain(value: Any) -> Any:
    """A dataclass as the plain data it was converted from (defaults omitted)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if not dataclasses.is_dataclass(value):
        return value
    record = {}
    for f in dataclasses.fields(value):
        inner = getattr(value, f.name)
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if inner != default or default is dataclasses.MISSING:
            record[f.metadata.get("key", f.name)] = plain(inner)
    return record


def _spellings(entry: Any) -> Iterator[str]:
    yield entry.id
    yield from (getattr(entry, attr) for attr in ("name",) if isinstance(getattr(entry, attr, None), str))
    yield from getattr(entry, "synonyms", ())
    yield from (getattr(entry, attr) for attr in ("abbreviation", "gene") if hasattr(entry, attr))


def build(conn: sqlite3.Connection, meta: dict[str, str], catalog: Catalog, report: Report | None = None) -> None:
    """Write every table of the index for a validated catalog."""
    conn.executescript(_TABLES)
    try:
        conn.execute(_FTS)
        fts = "1"
    except sqlite3.OperationalError:  # this SQLite has no FTS5
        conn.execute(_SCAN)
        fts = ""
    meta = meta | {"schema": str(catalog.schema), "fts": fts}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
    order = [*text.ENTRIES, *(s for s in sections() if s not in text.ENTRIES)]
    for done, section in enumerate(order):
        if report:
            report(f"indexing {section}", done, len(order))
        entries = getattr(catalog, section)
        rows = [(section, e.id, i, json.dumps(plain(e), ensure_ascii=False)) for i, e in enumerate(entries)]
        conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?)", rows)
        found: dict[str, str] = {}
        for e in entries:
            for spelling in _spellings(e):
                found.setdefault(names.key(spelling), e.id)
        conn.executemany("INSERT INTO names VALUES (?, ?, ?)", [(section, k, i) for k, i in found.items() if k])
        kind = text.kind(section)
        search = [(kind, e.id, f, w, t) for e in entries for f, t, w in text.fields(e)]
        conn.executemany("INSERT INTO search VALUES (?, ?, ?, ?, ?)", search)
        _links(conn, catalog, section, entries)
    conn.commit()


def _links(conn: sqlite3.Connection, catalog: Catalog, section: str, entries: tuple[Any, ...]) -> None:
    """Side tables: class members, and the targets and neurotransmitters each entry's actions touch."""
    by_target = {t.id: t.neurotransmitters for t in catalog.targets}
    members, touches = [], []
    for i, e in enumerate(entries):
        if getattr(e, "drug_class", None):
            members.append((e.drug_class, e.id, i))
        keys: dict[str, None] = {}
        for a in getattr(e, "actions", ()):
            keys[f"target:{a.target}"] = None
            keys.update(
                {f"nt:{n}": None for n in (*by_target.get(a.target, ()), *(c.neurotransmitter for c in a.changes))}
            )
        touches += [(k, section, e.id, i) for k in keys]
    conn.executemany("INSERT INTO members VALUES (?, ?, ?)", members)
    conn.executemany("INSERT INTO touches VALUES (?, ?, ?, ?)", touches)


def code_fingerprint() -> int:
    """A checksum of the knowledge layer's source files' names, sizes and times, so edits rebuild indexes."""
    with os.scandir(os.path.dirname(__file__)) as found:
        stats = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in found if e.name.endswith(".py"))
    return zlib.crc32(repr(stats).encode())


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
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    build(conn, meta, catalog)
    return conn


class Database:
    """Read access to a compiled index; counts the entries it converts."""

    def __init__(self, conn: sqlite3.Connection, source: str, path: Path | None = None) -> None:
        self.conn = conn
        self.source = source
        self.path = path
        self.converted = 0
        self.fts = conn.execute("SELECT value FROM meta WHERE key = 'fts'").fetchone() == ("1",)

    def _convert(self, section: str, ident: str, record: str) -> Any:
        problems: list[Problem] = []
        value = convert.converter(sections()[section])(json.loads(record), (section, ident), problems)
        if problems or value is convert.FAILED:
            if self.path is not None:  # never trusted again: the next run rebuilds it
                self.path.unlink(missing_ok=True)
            raise DataError(self.source, [Problem((section, ident), "the compiled index is damaged; run again")])
        self.converted += 1
        return value

    def entry(self, section: str, ident: str) -> Any:
        """One entry by id, or None."""
        row = self.conn.execute("SELECT record FROM entries WHERE section = ? AND id = ?", (section, ident)).fetchone()
        return None if row is None else self._convert(section, ident, row[0])

    def entries(self, section: str, idents: list[str] | None = None) -> list[Any]:
        """Entries of a section in file order: all of them, or those with the given ids."""
        sql = "SELECT id, record FROM entries WHERE section = ?"
        if idents is None:
            rows = self.conn.execute(sql + " ORDER BY ord", (section,)).fetchall()
        else:
            marks = ",".join("?" * len(idents))
            rows = self.conn.execute(f"{sql} AND id IN ({marks}) ORDER BY ord", (section, *idents)).fetchall()
        return [self._convert(section, ident, record) for ident, record in rows]

    def meta(self, key: str) -> str:
        """A value from the ``meta`` table."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    def counts(self) -> dict[str, int]:
        """How many entries each section holds."""
        return dict(self.conn.execute("SELECT section, count(*) FROM entries GROUP BY section").fetchall())

    def ids(self, section: str) -> list[str]:
        """A section's ids in file order."""
        rows = self.conn.execute("SELECT id FROM entries WHERE section = ? ORDER BY ord", (section,))
        return [ident for (ident,) in rows]

    def find(self, keys: tuple[str, ...], sections_: tuple[str, ...]) -> tuple[str, str] | None:
        """(section, id) of the first key, in order, that names an entry of the sections."""
        marks = ",".join("?" * len(sections_))
        sql = f"SELECT section, id FROM names WHERE key = ? AND section IN ({marks}) ORDER BY rowid LIMIT 1"
        for k in filter(_encodable, keys):
            if row := self.conn.execute(sql, (k, *sections_)).fetchone():
                return row[0], row[1]
        return None

    def keys(self, sections_: tuple[str, ...]) -> list[tuple[str, str]]:
        """Every (folded name, id) of the sections, for suggestions."""
        marks = ",".join("?" * len(sections_))
        return self.conn.execute(
            f"SELECT key, id FROM names WHERE section IN ({marks}) ORDER BY rowid", sections_
        ).fetchall()

    def members(self, class_id: str) -> list[str]:
        """Ids of a class's drugs, in file order."""
        return [d for (d,) in self.conn.execute("SELECT drug FROM members WHERE class = ? ORDER BY ord", (class_id,))]

    def touching(self, key: str, section: str) -> list[str]:
        """Ids of entries whose actions touch ``target:ID`` or ``nt:ID``, in file order."""
        sql = "SELECT id FROM touches WHERE key = ? AND section = ? ORDER BY ord"
        return [i for (i,) in self.conn.execute(sql, (key, section))]

    def text(self, needle: str, kinds: tuple[str, ...] | None) -> list[tuple[str, str, str, int, str]]:
        """Candidate (kind, id, field, weight, text) rows for a substring, in file order."""
        if not _encodable(needle):  # a lone surrogate from the command line matches nothing
            return []
        where, args = [], []
        if self.fts and len(needle) >= 3:  # the trigram index answers substrings of three or more characters
            where.append("search MATCH ?")
            args.append('"' + needle.replace('"', '""') + '"')
        if kinds is not None:
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            args += kinds
        sql = "SELECT kind, id, field, weight, text FROM search"
        return self.conn.execute(
            f"{sql} {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY rowid", args
        ).fetchall()


def _encodable(text: str) -> bool:
    return not any("\ud800" <= ch <= "\udfff" for ch in text)


_warned = False


def warn_no_fts() -> None:
    """Say once per run that search falls back to a plain scan."""
    global _warned
    if not _warned:
        _warned = True
        sys.stderr.write("antidep: this Python's SQLite has no FTS5; searching by a plain scan\n")
