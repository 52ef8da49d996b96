"""The picture commands: draw (a synapse diagram as SVG or text) and the HTML site of export."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from antidep_cli.cli.files import write_file
from antidep_cli.cli.options import completer, load, output_path, write
from antidep_cli.errors import UsageError


def draw(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(metavar="CLASS|DRUG", help="A class or drug (nassa, Zoloft).", autocompletion=completer("item")),
    ],
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE.svg", help="Write an SVG file instead of text.")
    ] = None,
) -> None:
    """Draw the synapse: each target acted on, its mark and its references.

    Without -o, a text figure for the terminal (no colour needed); with -o, SVG.

    \b
    antidep draw ssri
    antidep draw mirtazapine -o mirtazapine.svg
    """
    from antidep_cli.queries import query, synapse
    from antidep_cli.render.pages.entries import page_of

    path = output_path(output)
    ix = load(ctx)
    entry = query.item(ix, name)
    if not entry.actions:
        raise UsageError(f"{entry.id} records no actions, so there is nothing to draw")
    fig = synapse.figure(ix, entry, page_of(ix, entry).numbers)
    cites = synapse.citations(ix, fig)
    if path is None:
        import shutil

        from antidep_cli.render.synapse_text import render

        return write(render(fig, cites, shutil.get_terminal_size((80, 24)).columns))
    if path.suffix.lower() != ".svg":
        raise UsageError(f"-o writes SVG; give a file name ending in .svg, not {path.name!r}")
    from antidep_cli.render import svg

    write_file(path, svg.to_string(svg.draw(fig, cites)))


def export_html(ctx: typer.Context, names: list[str] | None, output: Path | None, force: bool = False) -> None:
    """Write the offline site into the folder ``output`` (``antidep export --format html -o DIR``).

    Each file is written whole, then renamed into place; a folder that is not empty is
    used only if it holds an earlier antidep site, or with ``--force``; nothing is removed.
    """
    from antidep_cli.cli.files import SITE_MARKER, site_folder

    if output is None:
        raise UsageError("--format html writes a folder of pages; give it with -o DIR")
    if names:
        raise UsageError("--format html writes the whole reference; give no names")
    ix = load(ctx)
    site_folder(output, force)
    from antidep_cli.render.html.site import site_files

    count = 0
    for name, text in site_files(ix):
        write_file(output / name, text)
        count += name.endswith(".html")
    write_file(output / SITE_MARKER, "This folder holds a site written by antidep export --format html.\n")
    sys.stderr.write(f"wrote {count} pages to {output}; open {output / 'index.html'}\n")
