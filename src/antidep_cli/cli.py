"""The Typer application: global options and command registration. Thin by design."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from antidep_cli import __version__, commands, commands_discovery, commands_reasoning
from antidep_cli.cliutil import guarded

HELP = """antidep explains how antidepressants work, offline and with sources: which
molecular targets a class or drug acts on, with which action, which
neurotransmitters that raises, what adapts over the following weeks and which
side effects the secondary actions explain.

An educational reference for learning pharmacology, not medical advice.

\b
Examples:
  antidep show ssri
  antidep compare snri ndri
  antidep targets --neurotransmitter norepinephrine
  antidep drug mirtazapine
  antidep search autoreceptor
  antidep list drugs --plain
"""

app = typer.Typer(
    help=HELP,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"antidep {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    data: Annotated[
        str | None,
        typer.Option("--data", envvar="ANTIDEP_DATA", help="Use another knowledge file (also ANTIDEP_DATA)."),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour (NO_COLOR is honoured too).")] = False,
    version: Annotated[
        bool | None,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Global options."""
    if no_color:
        os.environ["NO_COLOR"] = "1"


for name, command in (
    ("show", commands.show_class),
    ("drug", commands.drug),
    ("compare", commands.compare),
    ("targets", commands.targets),
    ("list", commands.list_entries),
    ("check", commands.check),
    ("search", commands_discovery.search),
    ("sources", commands_discovery.sources),
    ("combine", commands_reasoning.combine),
    ("switch", commands_reasoning.switch),
    ("matrix", commands_reasoning.matrix),
    ("explain", commands_reasoning.explain),
    ("export", commands_reasoning.export),
):
    app.command(name)(guarded(command))


def main() -> None:
    """Console-script entry point."""
    app(prog_name="antidep")
