"""Pages beside classes and drugs: a target, and a glossary term."""

from typing import Annotated

import typer

from antidep_cli.cli.options import Format, FormatOption, JsonFlag, chosen, completer, load, present_page
from antidep_cli.cli.sections import SectionOption, sections_of


def target(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="TARGET...", help="A target: id, name or gene (SERT, H1, M1).", autocompletion=completer("target")
        ),
    ],
    section: SectionOption = None,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """A molecular target: what it is, the classes acting there, drugs ranked by measured affinity.

    \b
    antidep target M1          (which antidepressants are most anticholinergic?)
    antidep target H1 --section drugs
    """
    name = " ".join(words)  # several words need no quotes
    from antidep_cli.queries import query
    from antidep_cli.queries.targets import page
    from antidep_cli.render import lookup
    from antidep_cli.render.pages.lookup import target_page

    ix = load(ctx)
    found = page(ix, query.target(ix, name))
    shown = target_page(ix, found).only(sections_of("target", section))
    present_page(chosen(ctx, fmt, as_json), shown, record=lambda _: lookup.target_page(found))


def define(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="TERM...",
            help="A term the pages use (heteroreceptor, Ki, washout).",
            autocompletion=completer("term"),
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
    term = " ".join(words)  # several words need no quotes
    from antidep_cli.knowledge.model import GLOSSARY
    from antidep_cli.queries import query
    from antidep_cli.render import lookup
    from antidep_cli.render.pages.lookup import term_page

    ix = load(ctx)
    found = query.term(ix, term)
    shown = term_page(ix, found, ix.some(GLOSSARY, found.related))
    present_page(chosen(ctx, fmt, as_json), shown, record=lambda _: lookup.term(found))
