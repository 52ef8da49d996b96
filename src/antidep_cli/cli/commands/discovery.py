"""Finding things: full-text search and the sources behind every entry."""

from typing import TYPE_CHECKING, Annotated

import typer

from antidep_cli.cli.options import Format, FormatOption, JsonFlag, chosen, fail, load, present
from antidep_cli.errors import UsageError

if TYPE_CHECKING:
    from rich.console import RenderableType


def search(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="TEXT...",
            help="Words or a question: names, synonyms, summaries, notes, effects (no quotes needed).",
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most results to show.")] = 10,
    everything: Annotated[
        bool, typer.Option("--all", help="Also search rules, washouts, references and every other section.")
    ] = False,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Search the knowledge file, best matches first: entries matching every word, names before prose.

    A question works too: its stopwords are dropped and side-effect words bring their
    synonyms (sleepy finds sedation); statements of low liability rank below causes.

    \b
    antidep search autoreceptor
    antidep search weight gain --json
    antidep search why does mirtazapine make you sleepy
    """
    from antidep_cli.queries.search import search as find
    from antidep_cli.render import lookup

    text = " ".join(words)
    if not text.strip():
        raise UsageError("give some text to search for")
    ix = load(ctx)
    if not ix.db.fts:
        fail("antidep: this Python's SQLite has no FTS5 trigram index; searching by a plain scan")
    found = find(ix, text, 10**9, everything=everything)
    hits = found[:limit]

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.tables import search_view

        return search_view(ix, text, hits, len(found) - len(hits))

    present(chosen(ctx, fmt, as_json), record=lambda: [lookup.hit(ix, h) for h in hits], table=table)


def sources(
    ctx: typer.Context,
    ident: Annotated[
        str | None,
        typer.Argument(metavar="[ID]", help="A reference id in any case, an id prefix, or an author (tatsumi)."),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Only references with a concern: no canonical location, a copy as url, no date (offline)."
        ),
    ] = False,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """List the references: where each work lives, where it was read, and the entries that cite it.

    \b
    antidep sources
    antidep sources tatsumi
    antidep sources Tatsumi1997 --json
    antidep sources --check
    """
    from antidep_cli.knowledge import provenance
    from antidep_cli.knowledge.model import REFERENCES
    from antidep_cli.queries.search import cited_by, matching_references
    from antidep_cli.render import records

    ix = load(ctx)
    refs = matching_references(ix, ident) if ident is not None else ix.all(REFERENCES)
    if check:
        refs = tuple(r for r in refs if any(provenance.concerns(r)))
        fail(f"{len(refs)} reference(s) with a concern; the canonical location is a PMID, a DOI or the keeper's page")
    citing = cited_by(ix, refs) if refs else {}
    rows = [
        records.reference(r)
        | ({"concerns": list(provenance.concerns(r))} if check else {})
        | {"cited_by": citing[r.id]}
        for r in refs
    ]

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.tables import sources_view

        return sources_view(rows)

    present(chosen(ctx, fmt, as_json), record=lambda: rows, table=table)
