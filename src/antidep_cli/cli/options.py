"""What every command shares: options, loading, output and the error boundary.

Heavy modules (Rich, PyYAML) are imported inside functions, so ``--version``,
completion and JSON output never pay for them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from antidep_cli.errors import AntidepError, DataError, ExitCode, UnknownNameError, UsageError, printable, quote

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from antidep_cli.queries.query import Index, Item
    from antidep_cli.render.page import Page

P = ParamSpec("P")
_SHELL_WORD = re.compile(r"[\w.+@%,:=-]+")
R = TypeVar("R")


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


class DocFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


class ListFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class GridFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class FigureFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    SVG = "svg"


_FORMAT_HELP = "Output format (any case)."
FormatOption = Annotated[Format, typer.Option("--format", "-f", help=_FORMAT_HELP, case_sensitive=False)]
DocFormatOption = Annotated[DocFormat, typer.Option("--format", "-f", help=_FORMAT_HELP, case_sensitive=False)]
ListFormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help=_FORMAT_HELP, case_sensitive=False)]
GridFormatOption = Annotated[GridFormat, typer.Option("--format", "-f", help=_FORMAT_HELP, case_sensitive=False)]
FigureFormatOption = Annotated[
    FigureFormat, typer.Option("--format", "-f", help="Output format (any case); svg needs -o.", case_sensitive=False)
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]


@dataclass(frozen=True, slots=True)
class Settings:
    """The global options, carried in the context (as httpie carries its Environment); nothing is put in os.environ."""

    data: str | None = None
    color: bool = True
    pager: bool = True


def settings(ctx: typer.Context) -> Settings:
    """The global options of this run; read from the root's parameters where its callback did not run (completion)."""
    root = ctx.find_root()
    if isinstance(root.obj, Settings):
        return root.obj
    data = (root.params or {}).get("data")
    return Settings(data=data if isinstance(data, str) else None)


@dataclass(frozen=True, slots=True)
class Output:
    """What a command prints in: its format, and the global options that shape a terminal page."""

    format: str
    settings: Settings


def chosen(ctx: typer.Context, fmt: StrEnum, as_json: bool) -> Output:
    """The output format, with --json taking precedence, and this run's settings."""
    return Output("json" if as_json else fmt.value, settings(ctx))


def data_option(ctx: typer.Context) -> str | None:
    """The --data value given to the root command, if any."""
    return settings(ctx).data


def load(ctx: typer.Context) -> Index:
    """Load the knowledge file chosen by --data / ANTIDEP_DATA and index it."""
    from antidep_cli.knowledge.loader import open_index
    from antidep_cli.knowledge.location import data_path
    from antidep_cli.queries.query import Index

    db = open_index(data_path(data_option(ctx)))
    for note in db.notes:
        fail(note)
    db.notify = fail
    return Index(db)


def make_console(run: Settings | None = None) -> Console:
    """A console for stdout, created per command so tests can fix the width; --no-color turns colour off."""
    from rich.console import Console

    return Console(highlight=False, emoji=False, markup=False, no_color=run is not None and not run.color)


def show(run: Settings, *renderables: RenderableType) -> None:
    """Print Rich renderables to stdout, styled for the real terminal, through a pager when it is taller."""
    from antidep_cli.cli.pager import page, trim

    console = make_console(run)
    with console.capture() as captured:
        for r in renderables:
            console.print(r, crop=False)
    text = trim(captured.get())
    if not (run.pager and sys.stdout.isatty() and page(text, console.height)):
        write(text)


def present(
    out: Output,
    *,
    record: Callable[[], object],
    table: Callable[[], RenderableType],
    text: Callable[[], str] | None = None,
) -> None:
    """Print a result as JSON, as text (Markdown or CSV) where the command has it, or as Rich output."""
    if out.format == "json":
        emit_json(record())
    elif text is not None and out.format in ("markdown", "csv"):
        write(text())
    else:
        show(out.settings, table())


def present_page(out: Output, page: Page, *, record: Callable[[Page], object], brief: bool = False) -> None:
    """Print a page as JSON (its record), Markdown or Rich output: every format draws the same page."""

    def table() -> RenderableType:
        from antidep_cli.render.terminal.draw import page as draw

        return draw(page, brief_references=brief)

    def text() -> str:
        from antidep_cli.render.markdown import page as markdown

        return markdown(page)

    present(out, record=lambda: record(page), table=table, text=text)


def present_entry(
    out: Output, ix: Index, entry: Item, *, brief: bool = False, sections: tuple[str, ...] | None = None
) -> None:
    """Print a class, drug or agent page; JSON is the record of the whole page, whatever is shown."""
    from antidep_cli.render import records
    from antidep_cli.render.pages.entries import page_of

    if out.format == "json":
        return emit_json(records.entry(ix, entry, page_of(ix, entry, record=True)))
    shown = page_of(ix, entry, brief=True) if brief else page_of(ix, entry).only(sections)
    present_page(out, shown, record=lambda p: records.entry(ix, entry, p), brief=brief)


def emit_json(value: object) -> None:
    """Exact JSON on stdout, never through Rich."""
    import json

    write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def write(text: str) -> None:
    """Text on stdout: UTF-8 bytes where the stream allows it."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        data = text.encode("utf-8", "surrogateescape")
        sys.stdout.flush()
        buffer.write(data)
    sys.stdout.flush()


def fail(message: str) -> None:
    """One clean line on stderr: nothing in it can drive the terminal."""
    sys.stderr.write(printable(message) + "\n")
    sys.stderr.flush()


def quiet_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Turn antidep's errors into a message and exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except DataError as exc:
            for line in exc.lines():
                fail(line)
            raise typer.Exit(int(exc.exit_code)) from None
        except UnknownNameError as exc:
            from antidep_cli.cli.hints import message

            fail(f"antidep: {message(exc)}")
            raise typer.Exit(int(exc.exit_code)) from None
        except AntidepError as exc:
            fail(f"antidep: {exc}")
            raise typer.Exit(int(exc.exit_code)) from None
        except BrokenPipeError:
            # The reader went away (`antidep list | head -1`): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except OSError as exc:  # standard output on a full device, or failing
            quiet_stdout()
            fail(f"antidep: cannot write the output: {exc.strerror or exc}")
            raise typer.Exit(int(ExitCode.OUTPUT)) from None

    return wrapper


def completer(kind: str) -> Callable[[typer.Context, str], Iterator[tuple[str, str]]]:
    """Shell completion over ids and names of one kind; silent on any failure."""

    def complete(ctx: typer.Context, incomplete: str) -> Iterator[tuple[str, str]]:
        try:
            from antidep_cli.knowledge.model import GLOSSARY, Agent, Drug, DrugClass
            from antidep_cli.knowledge.names import candidates, key

            ix = load(ctx)
            tables: dict[str, Mapping[str, Any]] = {"target": ix.targets, "neurotransmitter": ix.neurotransmitters}
            tables["term"] = {t.id: t for t in ix.all(GLOSSARY)}
            tables["page"] = {**{i: e for i, e in ix.items.items() if not isinstance(e, Agent)}, **ix.targets}
            wanted = {"class": DrugClass, "drug": Drug}.get(kind, object)
            prefix = incomplete.casefold()
            offered: set[str] = set()
            for ident, entry in tables.get(kind, ix.items).items():
                if not isinstance(entry, wanted):
                    continue
                spellings = [ident, getattr(entry, "abbreviation", ""), *getattr(entry, "synonyms", ())]
                for name in spellings:
                    # One shell word only, and one spelling per folded name (SSRI, SSRIs and ssri are one).
                    if not name or not _SHELL_WORD.fullmatch(name) or not name.casefold().startswith(prefix):
                        continue
                    if offered.isdisjoint(candidates(name)):
                        offered.add(key(name))
                        # Keep the case typed so far (shells filter by it); names resolve in any case.
                        shown = name if name.startswith(incomplete) else incomplete + name.casefold()[len(incomplete) :]
                        yield shown, getattr(entry, "name", ident)
        except Exception:  # completion must never print a traceback into the shell
            return

    return complete


def items(ctx: typer.Context, names: list[str], minimum: int) -> tuple[Index, tuple[Item, ...]]:
    """Load, then resolve several distinct classes or drugs."""
    from antidep_cli.queries.query import distinct_items

    ix = load(ctx)
    try:
        return ix, distinct_items(ix, names, minimum)
    except UnknownNameError as exc:
        raise _unquoted(ix, names, exc.name) or exc from None


def _unquoted(ix: Index, names: list[str], name: str) -> UsageError | None:
    """A usage error when ``name`` and the words after it make one name that was typed without quotes."""
    start = names.index(name)
    for end in range(len(names), start + 1, -1):
        if not all(w.strip() for w in names[start:end]):
            continue
        joined = " ".join(names[start:end])
        if ix.lookup("item", joined) is not None:
            return UsageError(f"{quote(joined)} is one name; type it in quotes, as this command takes several names")
    return None


ItemsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="ITEM...",
        help='Two or more classes or drugs; quote a name of several words ("MAO inhibitors").',
        autocompletion=completer("item"),
    ),
]


def output_path(value: str | None) -> Path | None:
    """The path an ``-o`` option names; an empty name, or one with a NUL byte, is a usage error."""
    if value is None:
        return None
    if not value.strip() or "\x00" in value:
        raise UsageError(f"-o needs a file or folder name; got {quote(value)}")
    return Path(value)
