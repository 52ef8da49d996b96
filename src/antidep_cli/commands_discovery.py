"""Finding things: full-text search and the sources behind every entry."""

from typing import Annotated

import typer

from antidep_cli.cliutil import Format, FormatOption, JsonFlag, chosen, emit_json, load, show
from antidep_cli.errors import UsageError


def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to find in names, synonyms, summaries, notes and effects.")],
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most results to show.")] = 25,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Search the knowledge file, best matches first (names before prose).

    \b
    antidep search autoreceptor
    antidep search "weight gain" --json
    """
    from antidep_cli import records
    from antidep_cli.search import search as find

    if not text.strip():
        raise UsageError("give some text to search for")
    ix = load(ctx)
    hits = find(ix.catalog, text, limit)
    if chosen(fmt, as_json) == "json":
        return emit_json([records.hit(h) for h in hits])
    from antidep_cli.tables import search_view

    show(search_view(text, hits))


def sources(
    ctx: typer.Context,
    ident: Annotated[str | None, typer.Argument(metavar="[ID]", help="One reference id (Tatsumi1997).")] = None,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """List the references, with their identifiers and the entries that cite them.

    \b
    antidep sources
    antidep sources Tatsumi1997 --json
    """
    from antidep_cli import records
    from antidep_cli.search import cited_by, reference

    cat = load(ctx).catalog
    refs = (reference(cat, ident),) if ident is not None else cat.references
    citing = cited_by(cat)
    rows = [records.reference(r) | {"cited_by": citing[r.id]} for r in refs]
    if chosen(fmt, as_json) == "json":
        return emit_json(rows)
    from antidep_cli.tables import sources_view

    show(sources_view(rows))
