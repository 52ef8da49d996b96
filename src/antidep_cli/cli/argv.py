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


GLOBAL_FLAGS = frozenset({"--no-color", "--no-pager"})


def hoist(argv: list[str]) -> list[str]:
    """Move global options given after the command to before it, so both places work."""
    name, _ = command_of(argv)
    if name is None:
        return argv
    at = argv.index(name)
    front, rest, moved = argv[:at], [], []
    tail = iter(argv[at:])
    for arg in tail:
        if arg == "--":
            rest += [arg, *tail]
        elif arg in GLOBAL_FLAGS or arg.startswith("--data="):
            moved.append(arg)
        elif arg == "--data":
            value = next(tail, None)
            moved += [arg] if value is None else [arg, value]
        else:
            rest.append(arg)
    return [*front, *moved, *rest]
