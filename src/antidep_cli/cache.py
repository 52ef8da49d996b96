"""A JSON cache of the validated knowledge file, so most runs skip YAML parsing.

The cache is an optimisation, never a requirement: it holds the parsed data as
plain JSON (never pickle) under a key of antidep's version and the source file's
path, size and modification time. Anything unexpected (missing, corrupt, stale,
foreign, unwritable) counts as a miss, and the caller validates whatever it
reads from here exactly as it validates the YAML.
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


def _key(source: Path, stat: os.stat_result) -> dict[str, object]:
    return {
        "format": _FORMAT,
        "antidep": __version__,
        "path": str(source),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
    }


def _file(folder: Path, source: Path) -> Path:
    return folder / f"catalog-{zlib.crc32(str(source).encode('utf-8', 'surrogateescape')):08x}.json"


def read(source: Path, stat: os.stat_result) -> object | None:
    """The cached data for this exact source file, or None."""
    folder = directory()
    if folder is None:
        return None
    try:
        with _file(folder, source).open("rb") as fh:
            entry = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != _key(source, stat):
        return None
    return entry.get("data")


def write(source: Path, stat: os.stat_result, data: object) -> None:
    """Store validated data atomically; silently give up if that is not possible."""
    folder = directory()
    if folder is None:
        return
    target = _file(folder, source)
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps({"key": _key(source, stat), "data": data}), encoding="utf-8")
        os.replace(temp, target)
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
