"""The actions of a class, drug or agent: one aligned line each, the effect wrapped beneath."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from antidep_cli.knowledge.model import Action, Role
from antidep_cli.queries import query
from antidep_cli.render.terminal.richtext import NARROW, ROLE_STYLE, STATUS_STYLE, Citations, changes, stacked

GAP = "  "


def _affinity(a: Action) -> str:
    aff = a.affinity
    if aff is None:
        return query.NOT_STATED
    return f"{aff.level}, {aff.measure} {aff.value_nm:g} nM" if aff.value_nm is not None else str(aff.level)


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


class ActionList:
    """Target, action, role, affinity (for drugs) and references on one line; the effect beneath it."""

    def __init__(self, actions: Sequence[Action], cite: Citations, *, with_affinity: bool, brief: bool = False):
        self.title = "Primary actions" if brief else "Actions"
        self.brief = brief
        self.with_affinity = with_affinity
        self.rows = [
            (a, [a.target, query.action_label(a), str(a.role), *([_affinity(a)] if with_affinity else [])])
            for a in actions
        ]
        self.marks = [cite.marks(_cited(a, with_affinity)).plain for a in actions]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        head = ["Target", "Action", "Role", *(["Affinity"] if self.with_affinity else []), "Refs"]
        cells = [[*row, mark] for (_, row), mark in zip(self.rows, self.marks, strict=True)]
        widths = [max(len(x) for x in column) for column in zip(head, *cells, strict=True)]
        line = 2 + sum(widths) + len(GAP) * (len(widths) - 1)
        if options.max_width < NARROW or line > options.max_width:
            records = [
                [*map(Text, row[:-1]), _effect(a), Text(row[-1])] for (a, _), row in zip(self.rows, cells, strict=True)
            ]
            yield from stacked(self.title, [*head[:-1], "Effect", "Refs"], records)
            return
        yield Text(self.title, style="bold")
        yield Text("")
        yield Text("  " + GAP.join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip(), style="bold")
        yield Text("  " + "─" * (line - 2), style="dim")
        indent = 2 + widths[0] + len(GAP)
        for (a, _), row in zip(self.rows, cells, strict=True):
            out = Text("  ")
            styles = ["bold", ROLE_STYLE[a.role], "dim" if a.role is Role.SECONDARY else "", "", "dim"]
            for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
                out.append(
                    cell.ljust(width) if i < len(row) - 1 else cell, style=styles[min(i, 3) if i < len(row) - 1 else 4]
                )
                if i < len(row) - 1:
                    out.append(GAP)
            yield out
            for wrapped in _effect(a, self.brief).wrap(console, max(20, options.max_width - indent)):
                yield Text(" " * indent) + wrapped
        yield Text("")
