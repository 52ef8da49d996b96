"""Find, read and validate the knowledge file. Nothing here ever writes it."""

from __future__ import annotations

import dataclasses
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from antidep_cli.errors import DataError, Problem
from antidep_cli.knowledge import convert

if TYPE_CHECKING:
    import sqlite3

    from antidep_cli.knowledge.index import Database
    from antidep_cli.knowledge.model import Action, Catalog
    from antidep_cli.knowledge.tables import Report

MAX_BYTES = 128 * 1024 * 1024  # room for a 10,000-drug file with label data; still a cap


def _unreadable(path: Path, reason: object) -> DataError:
    return DataError(str(path), [Problem((), f"cannot read knowledge file: {reason}")])


def _stamp(path: Path) -> str:
    """The file's size, modification and change times, and inode; refuses anything but a regular file.

    The change time (ctime) moves on every write and cannot be set back, so an edit
    that keeps the size and modification time (``cp -p``, ``tar``) still changes it.
    """
    import stat

    try:
        st = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc.strerror) from None
    except ValueError:  # a NUL byte in the name
        raise _unreadable(path, "the name holds a NUL byte") from None
    if not stat.S_ISREG(st.st_mode):
        raise _unreadable(path, "not a regular file (a device, a pipe or a directory)")
    if st.st_size > MAX_BYTES:
        raise DataError(str(path), [Problem((), f"file is larger than {MAX_BYTES} bytes")])
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino}"


def _read(path: Path) -> bytes:
    """The file's bytes, capped by what is actually read, not by the size the file reports."""
    _stamp(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(path, exc.strerror) from None
    if len(data) > MAX_BYTES:
        raise DataError(str(path), [Problem((), f"file is larger than {MAX_BYTES} bytes")])
    return data


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _unreadable(path, exc) from None


def directory() -> Path | None:
    """Where compiled indexes live, or None when caching is switched off."""
    if os.environ.get("ANTIDEP_NO_CACHE"):
        return None
    if explicit := os.environ.get("ANTIDEP_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "antidep"


def index_file(path: Path) -> Path | None:
    """The compiled index of the knowledge file at ``path``, or None without a cache directory."""
    folder = directory()
    name = str(path.resolve()).encode("utf-8", "surrogateescape")
    return None if folder is None else folder / f"index-{zlib.crc32(name):08x}.sqlite"


def _versions() -> str:
    from antidep_cli.knowledge import index
    from antidep_cli.version import SCHEMA, __version__

    return f"schema {SCHEMA} layout {index.LAYOUT} antidep {__version__} code {index.code_fingerprint()}"


def open_index(path: Path, report: Report | None = None, *, fresh: bool = False) -> Database:
    """The compiled index of ``path``: reused when current, else validated and compiled.

    An index is current when its key (a hash of the file's bytes and the versions
    of the schema, the index layout and antidep) matches. The file is hashed only
    when its size, modification time or inode differ from those recorded at
    compile time. ``fresh`` validates the YAML even when the index is current (``check``).
    """
    from antidep_cli.knowledge import index

    stamp, versions, source = _stamp(path), _versions(), str(path)
    data = _read(path) if fresh else None

    def key() -> str:
        import hashlib

        nonlocal data
        data = _read(path) if data is None else data
        return f"{hashlib.blake2b(data, digest_size=16).hexdigest()} {versions}"

    def current(meta: dict[str, str]) -> bool:
        recorded = meta.get("key", "")
        return (recorded.endswith(f" {versions}") and meta.get("stamp") == stamp) or recorded == key()

    def rebuild() -> sqlite3.Connection:
        """An index in memory, for a cached one that is damaged and cannot be replaced."""
        return index.in_memory({"key": key(), "stamp": stamp}, _parse(data or _read(path), path, None))

    target = index_file(path)
    if target is not None and not fresh and (conn := index.open_file(target, current)) is not None:
        return index.Database(conn, source, target, rebuild)
    meta = {"key": key(), "stamp": stamp}
    catalog = _parse(data or b"", path, report)
    notes = []
    if target is not None:
        try:
            index.compile_file(target, meta, lambda: catalog, report)
            if (conn := index.open_file(target, lambda found: found.get("key") == meta["key"])) is not None:
                return index.Database(conn, source, target, rebuild)
        except index.UnsafeCache as exc:
            notes.append(f"antidep: not using the cache ({exc}); answering from memory")
        except (OSError, index.Error):
            pass
    try:
        db = index.Database(index.in_memory(meta, catalog), source)
        db.notes += notes
        return db
    except index.Error as exc:  # validation should have caught it; say so rather than crash
        raise DataError(source, [Problem((), f"the knowledge file could not be indexed: {exc}")]) from None


def _parse(data: bytes, path: Path, report: Report | None) -> Catalog:
    return parse_text(_decode(data, path), str(path), report)[1]


def load_catalog(path: Path) -> Catalog:
    """Read and validate the whole of ``path`` from its YAML."""
    return _parse(_read(path), path, None)


def parse_text(text: str, source: str, report: Report | None = None) -> tuple[object, Catalog]:
    """Parse and validate YAML text; raise DataError listing every located problem."""
    from antidep_cli.knowledge import yamlio

    step = report or (lambda stage, done, total: None)
    step("reading YAML", 0, 3)
    raw, problems = yamlio.load_yaml(text)
    if problems:
        raise DataError(source, problems)
    catalog, problems = _validate(raw, step)
    if catalog is None:
        raise DataError(source, yamlio.locate(text, problems))
    return raw, catalog


def _validate(raw: object, step: Report) -> tuple[Catalog | None, list[Problem]]:
    """Convert with type checks, then run the whole-file checks."""
    from antidep_cli.knowledge import integrity

    step("converting", 1, 3)
    catalog, problems = convert.to_catalog(raw)
    if catalog is None:
        return None, problems
    step("checking", 2, 3)
    problems = integrity.check(catalog)
    return (None, problems) if problems else (_inherit(catalog), [])


def _inherit(cat: Catalog) -> Catalog:
    """Fill a drug action's omitted effect and changes from its class's action on that target."""
    by_class = {c.id: c.actions for c in cat.classes}
    drugs = tuple(
        dataclasses.replace(d, actions=tuple(_filled(a, by_class.get(d.drug_class or "", ())) for a in d.actions))
        for d in cat.drugs
    )
    return dataclasses.replace(cat, drugs=drugs)


def _filled(action: Action, class_actions: tuple[Action, ...]) -> Action:
    if action.effect and action.changes:
        return action
    same = [c for c in class_actions if c.target == action.target]
    match = next((c for c in same if c.site == action.site), same[0] if same else None)
    if match is None:
        return action
    return dataclasses.replace(action, effect=action.effect or match.effect, changes=action.changes or match.changes)
