"""Long pages through a pager, the way git does it, and output without trailing spaces."""

from __future__ import annotations

import os
import re
import shlex
import subprocess

# A trailing run of spaces, then any escape sequences (colour, hyperlinks) that close the line.
_TRAILING = re.compile(r"[ ]+((?:\x1b\[[0-9;]*m|\x1b\]8;[^\x1b\a]*(?:\x1b\\|\a))*)$", re.MULTILINE)


def trim(text: str) -> str:
    """Text with no spaces at the end of any line (Rich pads table cells)."""
    return _TRAILING.sub(r"\1", text)


def page(text: str, height: int) -> bool:
    """Show ``text`` in the pager if it is taller than the screen; False where nothing was paged.

    ``PAGER`` chooses the pager (default ``less -R``, with ``LESS=FRX`` unless set,
    as git does); ``--no-pager``, an empty ``PAGER`` or ``cat`` turn paging off.
    """
    command = os.environ.get("PAGER", "less -R")
    if command.strip() in ("", "cat") or text.count("\n") < height:
        return False
    env = {"LESS": "FRX", "LV": "-c"} | dict(os.environ)
    try:
        with subprocess.Popen(shlex.split(command), stdin=subprocess.PIPE, env=env) as pager:
            assert pager.stdin is not None
            try:
                pager.stdin.write(text.encode("utf-8", "surrogateescape"))
                pager.stdin.close()
            except BrokenPipeError:  # the reader quit the pager early
                pass
            pager.wait()
    except (OSError, ValueError):  # no such pager, or an unparsable PAGER: print instead
        return False
    return True
