"""The console-script entry point: ``--version`` before anything is imported, else the CLI."""

from __future__ import annotations

import sys


def main() -> None:
    """Run ``antidep`` with the process arguments."""
    argv = sys.argv[1:]
    if argv in (["--version"], ["-V"]):  # the same line Typer's callback prints, without loading Typer
        from antidep_cli.version import __version__

        sys.stdout.write(f"antidep {__version__}\n")
        return
    from antidep_cli.cli.app import run

    run(argv)
