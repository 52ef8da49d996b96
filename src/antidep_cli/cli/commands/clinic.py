"""Clinical context: the treatment-resistant-depression overview and neuromodulation pages."""

import functools
from typing import TYPE_CHECKING

import typer

from antidep_cli.cli.options import Format, FormatOption, JsonFlag, chosen, load, present

if TYPE_CHECKING:
    from rich.console import RenderableType

    from antidep_cli.knowledge.model import Neuromodulation
    from antidep_cli.queries.query import Index


def trd(ctx: typer.Context, fmt: FormatOption = Format.TABLE, as_json: JsonFlag = False) -> None:
    """Treatment-resistant depression: definition, confounders, the sequential schemes described, STAR*D.

    \b
    antidep trd
    antidep trd --json
    """
    from antidep_cli.queries import query
    from antidep_cli.render import clinic

    ix = load(ctx)
    topics = ix.section("trd")

    def table() -> "RenderableType":
        from rich.console import Group

        from antidep_cli.render.terminal.clinic import trd_view
        from antidep_cli.render.terminal.richtext import Citations

        refs = tuple(dict.fromkeys(r for t in topics for i in t.items for r in i.references))
        cite = Citations(refs)
        return Group(*trd_view(topics, cite), cite.listing(query.references(ix, refs)))

    present(chosen(fmt, as_json), record=lambda: clinic.trd(topics), table=table)


def present_neuromodulation(ix: "Index", treatment: "Neuromodulation", out: str) -> None:
    """Print a neuromodulation page, as a table or JSON."""
    from antidep_cli.queries import query
    from antidep_cli.render import clinic

    def table() -> "RenderableType":
        from rich.console import Group

        from antidep_cli.render.terminal.clinic import neuromodulation_page
        from antidep_cli.render.terminal.richtext import Citations

        refs = query.neuromodulation_citations(treatment)
        cite = Citations(refs)
        page = neuromodulation_page(treatment, cite, functools.partial(query.region_names, ix))
        return Group(*page, cite.listing(query.references(ix, refs)))

    present("json" if out == "json" else "table", record=lambda: clinic.neuromodulation(treatment), table=table)
