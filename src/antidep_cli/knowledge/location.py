"""Where the knowledge file is. Standard library only, so the fast paths can use it."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGED = Path(__file__).parents[1] / "_data" / "classes.yaml"
_CHECKOUT = Path(__file__).resolve().parents[3] / "data" / "classes.yaml"


def data_path(explicit: str | None = None) -> Path:
    """The knowledge file: ``--data``, then ``ANTIDEP_DATA``, the wheel's copy, the checkout's.

    An empty ``--data`` is an error, never a silent fall-back to the shipped file.
    """
    if explicit is not None and not explicit.strip():
        from antidep_cli.errors import UsageError

        raise UsageError("--data needs a file name; got an empty one")
    if explicit:
        return Path(explicit)
    if env := os.environ.get("ANTIDEP_DATA"):
        return Path(env)
    # A wheel carries the file inside the package; an editable install or a
    # source checkout reads the repository's data/classes.yaml live.
    return _PACKAGED if _PACKAGED.is_file() else _CHECKOUT
