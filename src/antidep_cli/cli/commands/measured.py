"""Measured affinities: the binding-profile figure (profile) and side effects traced to drugs (effect)."""

from typing import TYPE_CHECKING, Annotated

import typer

from antidep_cli.cli.files import write_file
from antidep_cli.cli.options import (
    FigureFormat,
    FigureFormatOption,
    Format,
    FormatOption,
    JsonFlag,
    chosen,
    completer,
    load,
    output_path,
    present,
    present_page,
)
from antidep_cli.cli.sections import SectionOption, sections_of
from antidep_cli.errors import UsageError

if TYPE_CHECKING:
    from rich.console import RenderableType


def profile(
    ctx: typer.Context,
    names: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[DRUG|CLASS]...",
            help="Drugs or classes (default: every drug of the panel's classes).",
            autocompletion=completer("item"),
        ),
    ] = None,
    fmt: FigureFormatOption = FigureFormat.TABLE,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE.svg", help="The SVG file to write.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """The binding-profile figure: drugs by the standard receptor panel, one measured value per cell.

    Cells show pKi, pKd or pIC50 (9 = 1 nM); "n/r" where this file records no value.

    \b
    antidep profile
    antidep profile tca mirtazapine
    antidep profile ssri --format csv
    antidep profile -f svg -o profile.svg
    """
    from antidep_cli.queries import binding
    from antidep_cli.render import records

    path = output_path(output)
    if (fmt is FigureFormat.SVG) != (path is not None):
        raise UsageError(
            "-o writes SVG: give --format svg with -o FILE.svg" if path else "--format svg needs -o FILE.svg"
        )
    ix = load(ctx)
    panel = binding.panel(ix)
    if panel is None:
        raise UsageError("this knowledge file defines no binding panel")
    result = binding.profile(ix, panel, binding.drugs_of(ix, names) if names else binding.panel_drugs(ix, panel))
    if path is not None:
        from antidep_cli.render import heatmap_svg

        write_file(path, heatmap_svg.to_string(result))
        return
    out = chosen(ctx, fmt, as_json)

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.heatmap import view

        return view(result)

    def text() -> str:
        from antidep_cli.render import markdown

        return records.profile_csv(result) if out.format == "csv" else markdown.profile(result)

    present(out, record=lambda: records.profile(result), table=table, text=text)


def effect(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="TERM", help="A side effect in any words: sleepy, dry mouth, dizzy on standing, weight gain."
        ),
    ],
    section: SectionOption = None,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """A side effect traced to drugs: the actions that explain it, the drugs acting there, low liability apart.

    \b
    antidep effect sleepy
    antidep effect dry mouth
    antidep effect "weight gain" --json
    """
    from antidep_cli.queries import effects
    from antidep_cli.render import lookup
    from antidep_cli.render.pages.effect import effect_page

    ix = load(ctx)
    found = effects.answer(ix, effects.term(ix, " ".join(words)))
    shown = effect_page(ix, found).only(sections_of("effect", section))
    present_page(chosen(ctx, fmt, as_json), shown, record=lambda p: lookup.effect(found, p))
