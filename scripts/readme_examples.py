"""Run the examples in Markdown files and fill in their real output.

A block of the form

    ```console
    $ antidep compare snri ndri
    ...output...
    ```

is an example: the command after ``$`` (optionally piped to ``head -N``) runs
through Typer's CliRunner at 80 columns, and the rest of the block is its
output. ``python -m scripts.readme_examples README.md docs/*.md`` rewrites the
outputs; tests/test_docs.py fails when any has drifted.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from typer.testing import CliRunner

BLOCK = re.compile(r"```console\n\$ (?P<command>[^\n]+)\n(?P<output>.*?)```", re.S)


def run(command: str) -> str:
    """The output of one documented command, trailing spaces removed."""
    from antidep_cli.cli.app import app

    head = None
    if match := re.fullmatch(r"(.*?)\s*\|\s*head -(\d+)", command):
        command, head = match.group(1), int(match.group(2))
    argv = shlex.split(command)
    assert argv[0] == "antidep", command
    env = {"COLUMNS": "80", "NO_COLOR": "1", "ANTIDEP_DATA": "", "FORCE_COLOR": ""}
    result = CliRunner().invoke(app, argv[1:], env=env, catch_exceptions=False)
    lines = [line.rstrip() for line in (result.stdout + result.stderr).splitlines()]
    return "\n".join(lines[:head] if head else lines) + "\n"


def examples(text: str) -> list[tuple[str, str]]:
    """Each (command, documented output) in a Markdown text."""
    return [(m.group("command"), m.group("output")) for m in BLOCK.finditer(text)]


def update(path: Path) -> None:
    """Rewrite every example's output with the real one."""
    text = path.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        command = match.group("command")
        return f"```console\n$ {command}\n{run(command)}```"

    path.write_text(BLOCK.sub(fill, text), encoding="utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        update(Path(name))
