"""A JSON cache of the validated knowledge file, so most runs skip YAML parsing.

The cache is an optimisation, never a requirement: it holds data that passed
every check, as plain JSON (never pickle), under a key of antidep's version and
the source file's path, size and modification time, with a checksum. Anything
unexpected (missing, corrupt, stale, foreign, unwritable) counts as a miss; a hit
is still converted with full type checks, so only the whole-file integrity pass
is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

from antidep_cli import __version__

_FORMAT = 1


def directory() -> Path | None:
    """Where cache files live, or None when caching is switched off."""
    if os.environ.get("ANTIDEP_NO_CACHE"):
        return None
    if explicit := os.environ.get("ANTIDEP_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "antidep"


def code_fingerprint() -> int:
    """A checksum of antidep's own source files' names, sizes and times, so edits bust caches."""
    package = Path(__file__).parents[1]
    entries = sorted(
        (str(p.relative_to(package)), p.stat().st_size, p.stat().st_mtime_ns) for p in package.rglob("*.py")
    )
    return zlib.crc32(repr(entries).encode())


def _key(source: Path, stat: os.stat_result) -> dict[str, object]:
    return {
        "format": _FORMAT,
        "antidep": __version__,
        "code": code_fingerprint(),
        "path": str(source),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
    }


def _file(folder: Path, source: Path) -> Path:
    return folder / f"catalog-{zlib.crc32(str(source).encode('utf-8', 'surrogateescape')):08x}.json"


def read(source: Path, stat: os.stat_result) -> object | None:
    """The cached data for this exact source file, or None.

    A cache file is a header line (the key and a CRC-32 of the data) and a data
    line; data whose checksum does not match is never used.
    """
    folder = directory()
    if folder is None:
        return None
    try:
        header, _, data = _file(folder, source).read_bytes().partition(b"\n")
        entry = json.loads(header)
        if not isinstance(entry, dict) or entry.get("key") != _key(source, stat):
            return None
        if entry.get("crc32") != zlib.crc32(data):
            return None
        parsed: object = json.loads(data)
        return parsed
    except (OSError, ValueError):
        return None


def write(source: Path, stat: os.stat_result, data: object) -> None:
    """Store validated data atomically; silently give up if that is not possible."""
    folder = directory()
    if folder is None:
        return
    target = _file(folder, source)
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        header = json.dumps({"key": _key(source, stat), "crc32": zlib.crc32(body)}).encode("utf-8")
        temp.write_bytes(header + b"\n" + body)
        os.replace(temp, target)
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
