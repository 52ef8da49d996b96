"""Pages beside classes and drugs: a target, and a glossary term."""

from typing import TYPE_CHECKING, Annotated

import typer

from antidep_cli.cli.options import Format, FormatOption, JsonFlag, chosen, completer, load, present
from antidep_cli.cli.sections import SectionOption, sections_of

if TYPE_CHECKING:
    from rich.console import RenderableType


def target(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="TARGET", help="A target: id, name or gene (SERT, H1, M1).", autocompletion=completer("target")
        ),
    ],
    section: SectionOption = None,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """A molecular target: what it is, every class and drug acting there (strongest first), what it explains.

    \b
    antidep target M1          (which antidepressants are most anticholinergic?)
    antidep target H1 --section drugs
    """
    from antidep_cli.queries import query
    from antidep_cli.queries.targets import page
    from antidep_cli.render import lookup

    ix = load(ctx)
    found = page(ix, query.target(ix, name))
    wanted = sections_of("target", section)

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.pages import target_page

        return target_page(ix, found, wanted)

    present(chosen(fmt, as_json), record=lambda: lookup.target_page(found), table=table)


def define(
    ctx: typer.Context,
    term: Annotated[
        str,
        typer.Argument(
            metavar="TERM", help="A term the pages use (heteroreceptor, Ki, washout).", autocompletion=completer("term")
        ),
    ],
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Explain a term antidep's pages use, in one or two cited sentences, with related terms.

    \b
    antidep define heteroreceptor
    antidep define "partial agonist"
    """
    from antidep_cli.queries import query
    from antidep_cli.render import lookup

    ix = load(ctx)
    found = query.term(ix, term)
    related = ix.entries("glossary", list(found.related))

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.pages import term_page

        return term_page(ix, found, related)

    present(chosen(fmt, as_json), record=lambda: lookup.term(found), table=table)
