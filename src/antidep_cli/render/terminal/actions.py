"""The actions of a class, drug or agent: one aligned line each, the effect wrapped beneath."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries import query
from antidep_cli.render.terminal.richtext import NARROW, ROLE_STYLE, STATUS_STYLE, Citations, changes, laid, stacked

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action

GAP = "  "


def affinity_text(a: Action) -> str:
    """``Kd 0.29 nM (high)``, ``moderate``, or ``not stated`` (the species is in the JSON).

    The constant comes first, so a narrow column wraps before the level, not inside the number.
    """
    aff = a.affinity
    if aff is None:
        return query.NOT_STATED
    return f"{aff.measure} {aff.value_nm:g} nM ({aff.level})" if aff.value_nm is not None else str(aff.level)


def _effect(a: Action, brief: bool = False) -> Text:
    """Site and transmitter changes, any evidence caveat, then the effect sentence (not when brief)."""
    where = [str(a.site), changes(a)]
    text = Text("; ".join(w for w in where if w) + ". ", style="dim")
    if a.status.value != "established":
        text.append(f"[{a.status}] ", style=STATUS_STYLE[a.status])
    if a.component:
        text.append(f"{a.component}: ", style="italic")
    return text if brief else text + Text(a.effect)


def _cited(a: Action, with_affinity: bool) -> list[str]:
    refs = list(a.references)
    if with_affinity and a.affinity and a.affinity.reference and a.affinity.reference not in refs:
        refs.append(a.affinity.reference)
    return refs


class LineList:
    """Short cells aligned on one line per row, and each row's prose wrapped beneath it.

    Where the line does not fit (or below 60 columns) the rows become stacked records.
    """

    def __init__(self, title: str, head: Sequence[str], body: str, rows: Sequence[tuple[list[Text], Text]]) -> None:
        self.title = title
        self.head = list(head)
        self.body = body
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = [
            max(len(x) for x in column)
            for column in zip(self.head, *([c.plain for c in r] for r, _ in self.rows), strict=True)
        ]
        line = 2 + sum(widths) + len(GAP) * (len(widths) - 1)
        if options.max_width < NARROW or line > options.max_width:
            records = [[*cells, text] for cells, text in self.rows]
            yield from stacked(self.title, [*self.head, self.body], records)
            return
        yield from laid(console, Text(self.title, style="bold"))
        yield from laid(console, Text(""))
        head = "  " + GAP.join(h.ljust(w) for h, w in zip(self.head, widths, strict=True)).rstrip()
        yield from laid(console, Text(head, style="bold"))
        yield from laid(console, Text("  " + "─" * (line - 2), style="dim"))
        indent = 2 + widths[0] + len(GAP) if widths[0] <= 12 else 6  # under the second column, if it is near
        for cells, text in self.rows:
            out = Text("  ")
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                out.append_text(cell)
                if i < len(cells) - 1:
                    out.append(" " * (width - len(cell.plain)) + GAP)
            yield from laid(console, out)
            for wrapped in text.wrap(console, max(20, options.max_width - indent)):
                yield from laid(console, Text(" " * indent) + wrapped)
        yield from laid(console, Text(""))


def action_list(actions: Sequence[Action], cite: Citations, *, with_affinity: bool, brief: bool = False) -> LineList:
    """Target, action, role, affinity (for drugs) and references on one line; the effect beneath it."""
    rows = []
    for a in actions:
        secondary = a.role is Role.SECONDARY
        cells = [
            Text(a.target, style="bold"),
            Text(query.action_label(a), style=ROLE_STYLE[a.role]),
            Text(str(a.role), style="dim" if secondary else ""),
            *([Text(affinity_text(a))] if with_affinity else []),
            cite.marks(_cited(a, with_affinity)),
        ]
        rows.append((cells, _effect(a, brief)))
    head = ["Target", "Action", "Role", *(["Affinity"] if with_affinity else []), "Refs"]
    return LineList("Primary actions" if brief else "Actions", head, "Effect", rows)
