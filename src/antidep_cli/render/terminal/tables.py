"""Rich views for compare, targets and list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.text import Text

from antidep_cli.knowledge import model
from antidep_cli.queries import query
from antidep_cli.render.lookup import where
from antidep_cli.render.terminal.linelist import LineList
from antidep_cli.render.terminal.richtext import link, table

if TYPE_CHECKING:
    from antidep_cli.queries.acting import Acting
    from antidep_cli.queries.search import Hit


def acting_view(ix: query.Index, key: str, ident: str, found: tuple[Acting, ...], drugs: bool) -> RenderableType:
    """Who acts on a neurotransmitter or at a target: one line per action, its effect beneath."""
    where = f"{'at' if key == 'target' else 'on'} {ident}"
    if not found:
        return Text(f"No {'drugs' if drugs else 'classes'} in the knowledge file act {where}.")
    rows: list[tuple[list[Text], Text]] = []
    for f in found:
        targets = [a.target for a in f.via]
        for a in sorted(f.via, key=lambda a: a.role.value != "primary"):
            cells = [Text(f.item.id, style="bold")]
            if model.is_drug(f.item):
                cells.append(Text(f.item.drug_class or "combination", style="dim"))
            primary = a.role.value == "primary"
            # the site tells two actions at one target apart (mirtazapine's α2 auto- and heteroreceptors)
            at = f"{a.target} ({a.site})" if targets.count(a.target) > 1 else a.target
            cells += [Text(at), Text(query.action_label(a), style="bold" if primary else ""), Text(str(a.role))]
            rows.append((cells, Text(a.effect)))
    head = ["Drug", "Class"] if drugs else ["Class"]
    title = f"{'Drugs' if drugs else 'Classes'} acting {where}, those with a primary action first"
    return LineList(title, [*head, "Target", "Action", "Role"], "Effect", rows)


# What fits 80 columns; JSON and CSV carry every field.
_COLUMNS = {
    "classes": ("id", "atc", "mode_of_action", "drugs"),
    "drugs": ("id", "class", "synonyms", "atc"),
    "agents": ("id", "group", "properties", "synonyms"),
    "targets": ("id", "name", "gene", "kind", "neurotransmitters"),
    "neurotransmitters": ("id", "name", "synonyms"),
}


def listing_view(what: str, rows: Sequence[dict[str, Any]]) -> RenderableType:
    """An overview table of list rows."""
    columns = _COLUMNS[what]
    t = table(*(c.replace("_", " ") for c in columns), title=what.capitalize())
    for row in rows:
        cells = [row[c] if isinstance(row[c], str) else ", ".join(row[c] or ()) for c in columns]
        t.add_row(*(Text(cell, style="bold" if i == 0 else "") for i, cell in enumerate(cells)))
    return t


def search_view(ix: query.Index, text: str, hits: Sequence[Hit], hidden: int = 0) -> RenderableType:
    """Search results with the matched text highlighted."""
    if not hits:
        return Text(f"No matches for {text!r}.")
    t = table("Kind", "Id", "Where", "Snippet", title=f"Matches for {text!r}")
    for h in hits:
        snippet, start, end = h.snippet()
        cell = Text(snippet)
        cell.stylize("bold reverse", start, end)
        t.add_row(Text(h.kind), Text(h.id, style="bold"), Text(where(ix, h)), cell)
    if hidden <= 0:
        return t
    more = f"{hidden} more match{'' if hidden == 1 else 'es'} not shown; see them with --limit {len(hits) + hidden}."
    return Group(t, Text(more, style="dim"))


def sources_view(rows: Sequence[dict[str, Any]]) -> RenderableType:
    """References with identifiers and the entries citing them."""
    parts: list[RenderableType] = []
    for row in rows:
        parts.append(Text(row["id"], style="bold"))
        parts.append(Text(row["citation"]))
        ids = "   ".join(f"{label.upper()} {row[label]}" for label in ("pmid", "doi") if label in row)
        if ids:
            parts.append(Text(ids, style="cyan"))
        if "url" in row:
            parts.append(link(row["url"]))
        if "read_at" in row:
            parts.append(link(row["read_at"], label="read at "))
        for concern in row.get("concerns", ()):
            parts.append(Text.assemble(("Concern: ", "yellow"), concern))
        cited = ", ".join(row["cited_by"]) or "nothing in the knowledge file"
        parts += [Text.assemble(("Cited by: ", "dim"), cited), Text("")]
    return Group(*parts)
