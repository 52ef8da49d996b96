"""Clinical context: the treatment-resistant-depression overview and neuromodulation pages."""

from typing import TYPE_CHECKING

import typer

from antidep_cli.cli.options import Format, FormatOption, JsonFlag, Output, chosen, load, present_page

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Neuromodulation
    from antidep_cli.queries.query import Index


def trd(ctx: typer.Context, fmt: FormatOption = Format.TABLE, as_json: JsonFlag = False) -> None:
    """Treatment-resistant depression: definition, confounders, the sequential schemes described, STAR*D.

    \b
    antidep trd
    antidep trd --json
    """
    from antidep_cli.knowledge.model import TRD
    from antidep_cli.render import clinic
    from antidep_cli.render.pages.context import trd_page

    ix = load(ctx)
    topics = ix.all(TRD)
    present_page(chosen(ctx, fmt, as_json), trd_page(ix, topics), record=lambda _: clinic.trd(topics))


def present_neuromodulation(ix: "Index", treatment: "Neuromodulation", out: Output) -> None:
    """Print a neuromodulation page, as a table or JSON."""
    from antidep_cli.render import clinic
    from antidep_cli.render.pages.context import treatment_page

    page = treatment_page(ix, treatment)
    as_table = Output("json" if out.format == "json" else "table", out.settings)  # no Markdown of a treatment
    present_page(as_table, page, record=lambda _: clinic.neuromodulation(treatment))
