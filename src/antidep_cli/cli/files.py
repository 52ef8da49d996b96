"""Output files written whole or not at all: a temporary file in the same folder, renamed into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from antidep_cli.errors import OutputError, UsageError

SITE_MARKER = ".antidep-site"  # written into every site folder, so a later export may replace the site


def write_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically; a short or failed write is an error and leaves no partial file."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    temp = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o666 & ~_umask())  # as a plain open() would have made it, not mkstemp's 0600
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def site_folder(folder: Path, force: bool) -> None:
    """A folder a site may be written into: new, empty, an earlier antidep site, or any folder with --force."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} exists and is not a folder")
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from None
        return
    with os.scandir(folder) as found:
        others = [e.name for e in found if e.name != SITE_MARKER]
    if others and not (folder / SITE_MARKER).is_file() and not force:
        raise UsageError(
            f"{folder} is not empty and holds no earlier antidep site; choose another folder, or add --force "
            "(antidep overwrites only the files it writes and removes nothing)"
        )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
