"""Reading argv before Typer does: which command runs, and on which knowledge file."""

from __future__ import annotations


def command_of(argv: list[str]) -> tuple[str | None, str | None]:
    """The subcommand named in argv, and any --data value given before it."""
    data = None
    rest = iter(argv)
    for arg in rest:
        if arg == "--data":
            data = next(rest, None)
        elif arg.startswith("--data="):
            data = arg.split("=", 1)[1]
        elif not arg.startswith("-"):
            return arg, data
    return None, data
