"""The Typer application: global options and command registration. Thin by design."""

import importlib
import os
from collections.abc import Iterable
from typing import Annotated

import typer

from antidep_cli.cli.argv import GLOBAL_FLAGS, command_of, hoist
from antidep_cli.cli.options import Settings, guarded
from antidep_cli.cli.usage import OneLineGroup
from antidep_cli.version import __version__

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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"antidep {__version__}")
        raise typer.Exit()


def root(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option(
            "--data", envvar="ANTIDEP_DATA", metavar="PATH", help="Use another knowledge file (also ANTIDEP_DATA)."
        ),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour (NO_COLOR is honoured too).")] = False,
    no_pager: Annotated[bool, typer.Option("--no-pager", help="Print long pages instead of opening PAGER.")] = False,
    version: Annotated[
        bool | None,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Global options (before or after the command)."""
    ctx.obj = Settings(data=data, color=not no_color, pager=not no_pager)


# Each command as (module, function). Typer inspects every registered command on
# each run, so main() registers only the one being invoked (see README "Design").
COMMANDS = {
    "show": ("reference", "show_class"),
    "drug": ("reference", "drug"),
    "target": ("pages", "target"),
    "define": ("pages", "define"),
    "compare": ("reference", "compare"),
    "targets": ("reference", "targets"),
    "list": ("reference", "list_entries"),
    "check": ("reference", "check"),
    "search": ("discovery", "search"),
    "sources": ("discovery", "sources"),
    "combine": ("reasoning", "combine"),
    "switch": ("reasoning", "switch"),
    "matrix": ("reasoning", "matrix"),
    "profile": ("measured", "profile"),
    "effect": ("measured", "effect"),
    "explain": ("reasoning", "explain"),
    "export": ("reasoning", "export"),
    "draw": ("pictures", "draw"),
    "trd": ("clinic", "trd"),
    "strategies": ("strategies", "strategies"),
    "strategy": ("strategies", "strategy"),
    "symptom": ("strategies", "symptom"),
}


def build(names: Iterable[str] = COMMANDS) -> typer.Typer:
    """The application with the named commands registered."""
    application = typer.Typer(
        cls=OneLineGroup,
        help=HELP,
        no_args_is_help=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    application.callback()(root)
    for name in names:
        module, function = COMMANDS[name]
        command = getattr(importlib.import_module(f"antidep_cli.cli.commands.{module}"), function)
        summary = (command.__doc__ or "").strip().split("\n", 1)[0]  # the whole first line, never cut with "..."
        application.command(name, short_help=summary)(guarded(command))
    return application


def __getattr__(name: str) -> typer.Typer:
    """``app``, the full application (for tests and ``--help``), built on first use."""
    if name == "app":
        globals()["app"] = application = build()
        return application
    raise AttributeError(name)


def _invoked(argv: list[str]) -> list[str] | None:
    """The commands a run needs: just the one named, none for --version, all when unsure."""
    if os.environ.get("_ANTIDEP_COMPLETE"):
        return None
    if {"-h", "--help"} & set(argv):
        return None
    name, _ = command_of(argv)
    if name is not None:
        return [name] if name in COMMANDS else None
    return [] if {"--version", "-V"} & set(argv) else None


OVERVIEW = """antidep explains how antidepressants work, offline and with sources.
An educational reference for learning pharmacology, not medical advice.

Look something up:
  show NAME        a class (ssri), or any drug, target or term by name
  drug NAME        a drug: actions, measured affinities, metabolism, status
  target NAME      a target (SERT, H1, M1): drugs ranked by measured affinity
  effect WORDS     a side effect (sleepy, dry mouth): targets, then drugs
  define TERM      a glossary term (heteroreceptor, Ki, washout)

Compare and combine:
  compare A B      classes or drugs side by side (targets: who acts where)
  combine A B      coverage and mechanism-based flags of a combination
  switch FROM TO   the washout a switch calls for, from the labels
  strategies       augmenting, combining, switching: trials (strategy NAME)
  symptom TERM     a residual symptom: the mechanisms linked to it, evidence
  profile, matrix  figures: drugs by receptor panel; classes by targets
  draw, explain    the synapse, target by target; the causal chain over weeks
Find and list:
  search WORDS     names, effects, the glossary; questions in plain words
  list [WHAT]      classes, drugs, agents, targets, neurotransmitters
  sources [ID]     the references and what cites each (also: trd, export, check)
Try: antidep show ssri --brief      More: antidep --help, antidep COMMAND --help
"""


def run(argv: list[str]) -> None:
    """Run the CLI on ``argv``, registering only the command it names."""
    asks = {"-h", "--help", "--version", "-V", "--install-completion", "--show-completion"} & set(argv)
    unknown = [a for a in argv if a.startswith("-") and a not in GLOBAL_FLAGS and not a.startswith("--data")]
    if command_of(argv)[0] is None and not asks and not unknown and not os.environ.get("_ANTIDEP_COMPLETE"):
        import sys

        sys.stdout.write(OVERVIEW)  # bare antidep, or only global options
        return
    argv = hoist(argv)
    needed = _invoked(argv)
    build(COMMANDS if needed is None else needed)(args=argv, prog_name="antidep")
