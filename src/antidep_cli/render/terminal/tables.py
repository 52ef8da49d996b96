"""Rich views for compare, targets and list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.text import Text

from antidep_cli.knowledge.model import Drug
from antidep_cli.queries import query
from antidep_cli.render.lookup import where
from antidep_cli.render.terminal.actions import LineList
from antidep_cli.render.terminal.richtext import link, table

if TYPE_CHECKING:
    from antidep_cli.queries.analysis import Acting, Comparison, Overlap, Row
    from antidep_cli.queries.search import Hit


def _cell(cell: tuple[Any, ...], nt: str | None) -> Text:
    """Actions in one comparison cell; for a neurotransmitter row, how and through what."""
    if not cell:
        return Text("—", style="dim")
    out = Text()
    for i, action in enumerate(cell):
        if i:
            out.append("\n")
        if nt is None:
            out.append(query.action_label(action), style="bold" if action.role.value == "primary" else "")
            if action.site.value not in ("transporter", "enzyme", "receptor"):
                out.append(f" at {action.site}", style="dim")
            if action.role.value != "primary":
                out.append(" (secondary)", style="dim")
        else:
            change = next((c for c in action.changes if c.neurotransmitter == nt), None)
            verb = change.direction.value if change else "acts at"
            out.append(f"{verb} via {action.target}", style="bold" if action.role.value == "primary" else "dim")
            if action.role.value != "primary":
                out.append(" (secondary)", style="dim")
    return out


def _rows(t: Any, rows: tuple[Row, ...], nt: bool) -> None:
    for row in rows:
        mark = Text("all", style="green") if row.shared else Text("")
        t.add_row(Text(row.id, style="bold"), mark, *(_cell(c, row.id if nt else None) for c in row.cells))


def _overlap_line(label: str, o: Overlap) -> Text:
    parts = [("in all", o.shared), *((f"only {ident}", only) for ident, only in o.only.items())]
    text = Text(f"{label}:", style="bold")
    for i, (name, ids) in enumerate(parts):
        text.append(";" if i else "")
        text.append(f" {name}:", style="dim")
        text.append(f" {', '.join(ids) or 'none'}")
    return text


def comparison_view(ix: query.Index, cmp: Comparison) -> Group:
    """Items as columns, targets then neurotransmitters as rows; overlaps from primary actions."""
    parts: list[RenderableType] = []
    for e in cmp.items:
        cls = query.class_of(ix, e)
        mode = cls.mode_of_action if cls else "combination product"
        parts.append(Text.assemble((e.id, "bold"), f": {e.name} — {mode}"))
    parts.append(Text(""))
    headers = [e.id for e in cmp.items]
    t = table("Target", "Shared", *headers, title="By target")
    _rows(t, cmp.targets, nt=False)
    n = table("Neurotransmitter", "Shared", *headers, title="By neurotransmitter")
    _rows(n, cmp.neurotransmitters, nt=True)
    parts += [
        t,
        n,
        _overlap_line("Primary targets", cmp.target_overlap),
        _overlap_line("Raised neurotransmitters", cmp.transmitter_overlap),
        Text("Actions are primary unless marked (secondary). Shared: every item acts there.", style="dim"),
    ]
    return Group(*parts)


def acting_view(ix: query.Index, key: str, ident: str, found: tuple[Acting, ...], drugs: bool) -> RenderableType:
    """Who acts on a neurotransmitter or at a target: one line per action, its effect beneath."""
    where = f"{'at' if key == 'target' else 'on'} {ident}"
    if not found:
        return Text(f"No {'drugs' if drugs else 'classes'} in the knowledge file act {where}.")
    rows: list[tuple[list[Text], Text]] = []
    for f in found:
        for a in sorted(f.via, key=lambda a: a.role.value != "primary"):
            cells = [Text(f.item.id, style="bold")]
            if isinstance(f.item, Drug):
                cells.append(Text(f.item.drug_class or "combination", style="dim"))
            primary = a.role.value == "primary"
            cells += [Text(a.target), Text(query.action_label(a), style="bold" if primary else ""), Text(str(a.role))]
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
        cited = ", ".join(row["cited_by"]) or "nothing in the knowledge file"
        parts += [Text.assemble(("Cited by: ", "dim"), cited), Text("")]
    return Group(*parts)
