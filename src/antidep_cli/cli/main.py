"""The console-script entry point: ``--version`` before anything is imported, else the CLI."""

from __future__ import annotations

import sys


def main() -> None:
    """Run ``antidep`` with the process arguments."""
    argv = sys.argv[1:]
    if sys.stdout is None or sys.stdout.closed:  # started with standard output closed (`antidep ... >&-`)
        sys.stderr.write("antidep: standard output is closed; nothing can be printed\n")
        sys.exit(4)
    if argv in (["--version"], ["-V"]):  # the same line Typer's callback prints, without loading Typer
        from antidep_cli.version import __version__

        try:
            sys.stdout.write(f"antidep {__version__}\n")
            sys.stdout.flush()
        except OSError as exc:
            sys.stderr.write(f"antidep: cannot write the output: {exc.strerror or exc}\n")
            sys.exit(4)
        return
    from antidep_cli.cli.app import run

    run(argv)
