"""Replay of earlier output: a repeated lookup prints without importing Typer, Rich or the model.

Every read-only command's output is a pure function of antidep's version, Rich's
version, the knowledge file, the arguments, and the few settings Rich reads
(terminal size, whether stdout is a terminal, its encoding and the environment
variables in RICH_ENVIRONMENT). Those together are the key; the whole key is
stored with the output and compared on replay, so a hash collision can never
replay the wrong page. Only successful runs are stored; any doubt is a miss.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import zlib
from pathlib import Path

from antidep_cli import __version__
from antidep_cli.knowledge import cache

# Every environment variable Rich 13–15 consults (a test checks this against Rich's source).
RICH_ENVIRONMENT = (
    "COLUMNS", "LINES", "TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE",
    "JUPYTER_COLUMNS", "JUPYTER_LINES", "UNICODE_VERSION", "DATABRICKS_RUNTIME_VERSION",
)  # fmt: skip
MAX_ENTRIES = 400
_recorded: list[bytes] = []
_active: dict[str, object] | None = None


def _terminal() -> list[int] | None:
    for fd in (0, 1, 2):  # Rich asks each standard stream in turn
        with contextlib.suppress(OSError, ValueError):
            return list(os.get_terminal_size(fd))
    return None


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def key_for(argv: list[str], data_file: Path) -> dict[str, object] | None:
    """The replay key for a run of a read-only command, or None when replay is switched off."""
    if cache.directory() is None or os.environ.get("ANTIDEP_NO_REPLAY"):
        return None
    try:
        import importlib.util

        spec = importlib.util.find_spec("rich")
        rich_console = Path(spec.origin).with_name("console.py") if spec and spec.origin else None
        return {
            "antidep": __version__,
            "code": cache.code_fingerprint(),
            "rich": _stat(rich_console) if rich_console else None,
            "data": [str(data_file.resolve()), *_stat(data_file)],
            "argv": argv,
            "env": {k: os.environ[k] for k in RICH_ENVIRONMENT if k in os.environ},
            "tty": os.isatty(1),
            "size": _terminal(),
            "encoding": getattr(sys.stdout, "encoding", None),
        }
    except (OSError, ValueError, ImportError):
        return None


def _file(key: dict[str, object]) -> Path | None:
    folder = cache.directory()
    text = json.dumps(key, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogateescape")
    return folder / "output" / f"{zlib.crc32(text):08x}.out" if folder else None


def replay(key: dict[str, object]) -> bytes | None:
    """The stored output for exactly this key, or None."""
    path = _file(key)
    try:
        header, _, body = path.read_bytes().partition(b"\n") if path else (b"", b"", b"")
        stored = json.loads(header) if header else None
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key or stored.get("crc32") != zlib.crc32(body):
        return None
    return body


def start(key: dict[str, object] | None) -> None:
    """Begin recording this run's output under ``key`` (None: do not record)."""
    global _active
    _active = key
    _recorded.clear()


def record(data: bytes) -> None:
    """Note bytes written to stdout by the running command."""
    if _active is not None:
        _recorded.append(data)


def finish() -> None:
    """Store what a successful run printed; never fail because of the cache."""
    path = _file(_active) if _active is not None else None
    if path is None or not _recorded:
        return
    body = b"".join(_recorded)
    header = json.dumps({"key": _active, "crc32": zlib.crc32(body)}, ensure_ascii=False).encode(
        "utf-8", "surrogateescape"
    )
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(header + b"\n" + body)
        os.replace(temp, path)
        _prune(path.parent)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    """Keep the newest MAX_ENTRIES outputs."""
    entries = sorted(folder.glob("*.out"), key=lambda p: p.stat().st_mtime_ns)
    for old in entries[:-MAX_ENTRIES]:
        old.unlink(missing_ok=True)
