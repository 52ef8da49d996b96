"""Mechanism reasoning and pictures: combine, switch, matrix, explain, export."""

from typing import TYPE_CHECKING, Annotated

import typer

from antidep_cli.cli.options import (
    Format,
    FormatOption,
    GridFormat,
    GridFormatOption,
    ItemsArg,
    JsonFlag,
    Output,
    chosen,
    completer,
    items,
    load,
    output_path,
    present,
    present_page,
    write,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from antidep_cli.queries.query import Index


def combine(ctx: typer.Context, names: ItemsArg, fmt: FormatOption = Format.TABLE, as_json: JsonFlag = False) -> None:
    """What a combination covers, mechanism-based hazard flags, and documented strategies.

    \b
    antidep combine mirtazapine venlafaxine
    antidep combine maoi ssri --json
    """
    from antidep_cli.queries import reasoning
    from antidep_cli.render import rules

    ix, found = items(ctx, names, 2)
    result = reasoning.combine(ix, found)

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.figures import combine_view

        return combine_view(result, ix)

    present(chosen(ctx, fmt, as_json), record=lambda: rules.combination(result), table=table)


def switch(
    ctx: typer.Context,
    source: Annotated[
        str, typer.Argument(metavar="FROM", help="The class or drug stopped.", autocompletion=completer("item"))
    ],
    target: Annotated[
        str, typer.Argument(metavar="TO", help="The class or drug started.", autocompletion=completer("item"))
    ],
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """The washout or timing a switch calls for, with its reason and sources.

    \b
    antidep switch fluoxetine phenelzine
    antidep switch maoi ssri --json
    """
    from antidep_cli.queries import reasoning
    from antidep_cli.render import rules

    ix, (a, b) = items(ctx, [source, target], 2)
    result = reasoning.switch(ix, a, b)

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.figures import switch_view

        return switch_view(result, ix)

    present(chosen(ctx, fmt, as_json), record=lambda: rules.switching(result), table=table)


def matrix(
    ctx: typer.Context,
    drugs: Annotated[bool, typer.Option("--drugs", help="Drugs as rows instead of classes.")] = False,
    fmt: GridFormatOption = GridFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """The textbook figure: classes (or drugs) by targets, a symbol per action.

    \b
    antidep matrix
    antidep matrix --drugs --format csv
    """
    from antidep_cli.queries.matrix import matrix as matrix_of
    from antidep_cli.render import records

    grid = matrix_of(load(ctx), drugs)
    out = chosen(ctx, fmt, as_json)

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.figures import matrix_view

        return matrix_view(grid)

    def text() -> str:
        from antidep_cli.render import markdown

        return records.matrix_csv(grid) if out.format == "csv" else markdown.matrix(grid)

    present(out, record=lambda: records.matrix_record(grid), table=table, text=text)


def explain(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="A class, drug, neuromodulation treatment, strategy or residual symptom.",
            autocompletion=completer("item"),
        ),
    ],
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """The causal chain from the first action to the adaptations weeks later.

    \b
    antidep explain nassa
    antidep explain sertraline --json
    antidep explain lithium-augmentation
    """
    from antidep_cli.knowledge.model import Neuromodulation
    from antidep_cli.queries import query
    from antidep_cli.queries.explain import chain, treatment_chain
    from antidep_cli.queries.query import Item
    from antidep_cli.render import records

    ix = load(ctx)
    if ix.lookup("strategy", name) or ix.lookup("symptom", name):
        return _explain_evidence(ix, name, chosen(ctx, fmt, as_json))
    entry: Item | Neuromodulation
    if treatment := query.neuromodulation(ix, name):
        entry, stages = treatment, treatment_chain(ix, treatment)
    else:
        entry = query.item(ix, name)
        stages = chain(ix, entry)

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.figures import explain_tree

        return explain_tree(entry, stages, ix)

    present(chosen(ctx, fmt, as_json), record=lambda: records.explanation(entry, stages), table=table)


def _explain_evidence(ix: "Index", name: str, out: Output) -> None:
    """A strategy's mechanism (each side's primary actions) or a symptom's links, with their sources."""
    from antidep_cli.queries import strategies
    from antidep_cli.render import evidence_records
    from antidep_cli.render.pages.strategies import strategy_page, symptom_page

    if ix.lookup("strategy", name):
        found = strategies.strategy(ix, name)
        page = strategy_page(ix, found)
        shown = page.only(("summary", "mechanism"))
        return present_page(out, shown, record=lambda _: evidence_records.strategy(ix, found, page))
    symptom = strategies.symptom(ix, name)
    whole = symptom_page(ix, symptom)
    present_page(out, whole.only(("summary", "links")), record=lambda _: evidence_records.symptom(ix, symptom, whole))


def export(
    ctx: typer.Context,
    names: Annotated[
        list[str] | None,
        typer.Argument(metavar="[ITEM]...", help="Classes or drugs (default: all).", autocompletion=completer("item")),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="markdown, json, or html (a site; needs -o DIR).")
    ] = "markdown",
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="PATH", help="Write to this file (a folder for html) instead of stdout."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With html: write into a folder that is not empty (nothing is removed).")
    ] = False,
) -> None:
    """Write a complete reference sheet of classes and drugs, with sources.

    \b
    antidep export > antidep.md
    antidep export ssri sertraline --format json -o sheet.json
    antidep export --format html -o site
    """
    import json

    from antidep_cli.cli.files import write_file
    from antidep_cli.errors import UsageError
    from antidep_cli.knowledge.model import CLASSES, DRUGS
    from antidep_cli.queries.query import Item
    from antidep_cli.render import markdown, records
    from antidep_cli.render.pages.entries import page_of

    path = output_path(output)
    if fmt == "html":
        from antidep_cli.cli.commands.pictures import export_html

        return export_html(ctx, names, path, force)
    if fmt not in ("markdown", "json"):
        raise UsageError(f"--format must be markdown, json or html; got {fmt!r}")
    ix = load(ctx)
    entries: tuple[Item, ...] = items(ctx, names, 1)[1] if names else (*ix.all(CLASSES), *ix.all(DRUGS))
    pages = [(e, page_of(ix, e)) for e in entries]
    text = (
        markdown.sheet([p for _, p in pages])
        if fmt == "markdown"
        else json.dumps(records.sheet(ix, pages), ensure_ascii=False, indent=2) + "\n"
    )
    if path is None:
        return write(text)
    write_file(path, text)
