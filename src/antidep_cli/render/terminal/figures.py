"""Rich views for combine, switch, matrix and explain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from antidep_cli.knowledge.model import Agent, Interaction, Neuromodulation, Strategy
from antidep_cli.queries import query
from antidep_cli.render import rules
from antidep_cli.render.rules import UNANSWERED
from antidep_cli.render.terminal.linelist import LineList
from antidep_cli.render.terminal.richtext import STANDING_STYLE, STATUS_STYLE, Citations, table

if TYPE_CHECKING:
    from antidep_cli.queries.explain import Stage
    from antidep_cli.queries.matrix import Matrix
    from antidep_cli.queries.query import Index, Item
    from antidep_cli.queries.reasoning import Combination, Match, Switch

SEVERITY_STYLE = {"contraindicated": "bold red", "major": "red", "moderate": "yellow", "minor": ""}
SYMBOL_STYLE = {"I": "red", "B": "blue", "A": "green", "P": "yellow", "M": "magenta", "?": "dim"}
CAVEAT = "Mechanism-based flags from cited rules; an empty list does not mean a combination is free of risk."


GENERAL = "A general rule: its sources cover the drugs and partners it lists, not this pair in particular."


def combine_view(c: Combination, ix: Index | None = None) -> Group:
    """Coverage, hazard flags and documented strategies for a combination, with numbered references."""
    cite = Citations(())
    cover = table("System", "Covered by", title="Coverage (primary actions)")
    for nt, who in c.neurotransmitters.items():
        cover.add_row(Text(nt, style="bold"), Text(", ".join(who)))
    for target, who in c.targets.items():
        cover.add_row(Text(target), Text(", ".join(who)))
    for e in c.items:
        if isinstance(e, Agent) and not query.primary_targets(e):
            traits = ", ".join(str(t.property) for t in e.traits)
            cover.add_row(Text("(traits)", style="dim"), Text(f"{e.id}: {traits}; no mapped action", style="italic"))
    parts: list[RenderableType] = [cover]
    rows: list[tuple[list[Text], Text]] = []
    for group in _grouped(c):
        m = group[0]
        assert isinstance(m.rule, Interaction)
        kind = m.rule.kind[:1].upper() + m.rule.kind[1:]
        refs = [r for g in group for r in g.rule.references]
        if len(group) == 1:
            mechanism = Text(f"{kind}. ", style="bold") + Text(m.rule.mechanism)
            if m.through:
                mechanism.append(f" Applies through: {', '.join(m.through)}.", style="italic")
            if m.rule.note:
                mechanism.append(f" {m.rule.note}")
            if m.rule.basis.value != "label":
                mechanism.append(f" {GENERAL}", style="dim")
            grade = rules.grade(m.rule)
        else:  # one rule from each of several labels, between the same two items
            labels = ", ".join(dict.fromkeys(g.through[0] for g in group if g.through))
            mechanism = Text(f"{kind}. ", style="bold") + Text(
                f"The labels of {labels} each say so, in their own words (see --json or each drug's page)."
            )
            grade = f"{m.rule.severity} ({len(group)} labels)"
        severity = Text(grade, style=SEVERITY_STYLE[m.rule.severity.value])
        rows.append(([severity, Text(" + ".join(m.between)), cite.marks(refs)], mechanism))
    flags = LineList("Mechanism-based flags", ["Severity", "Between", "Refs"], "Mechanism", rows)
    parts.append(flags if c.flags else Text("No mechanism-based flags from the knowledge file's rules."))
    for m in c.strategies:
        if isinstance(m.rule, Strategy):
            text = Text.assemble(
                ("Documented strategy: ", "bold"),
                m.rule.name,
                " (",
                (m.rule.status.value, STANDING_STYLE[m.rule.status]),
                ")\n",
            )
            text.append(f"Rationale: {m.rule.rationale}\nEvidence: {m.rule.summary} ")
            more = Text(f"\nEach study, with its numbers: antidep strategy {m.rule.id}", style="dim")
            parts.append(text + cite.marks(m.rule.cited) + more)
    parts.append(Text(CAVEAT, style="dim"))
    return Group(*parts, *_references(ix, cite))


def _grouped(c: Combination) -> list[list[Match]]:
    """Flags by kind, severity and basis between the same items: the labels of a class's members, one row."""
    groups: dict[tuple[object, ...], list[Match]] = {}
    for m in c.flags:
        if isinstance(m.rule, Interaction):
            key = (m.rule.kind, m.rule.severity, m.rule.basis, frozenset(m.between))
            groups.setdefault(key if m.rule.basis.value == "label" else (id(m),), []).append(m)
    return list(groups.values())


def _references(ix: Index | None, cite: Citations) -> list[RenderableType]:
    """The numbered list under a page, when there is an index to read the references from."""
    if ix is None or not cite.numbers:
        return []
    return [Text(""), cite.listing(query.references(ix, cite.numbers))]


def switch_view(s: Switch, ix: Index | None = None) -> Group:
    """Each group of drug pairs with its interval, the rule that answered it and why, with numbered references."""
    cite = Citations(())
    parts: list[RenderableType] = [Text(f"{s.source.id} → {s.target.id}", style="bold")]
    whole = len(s.legs) == 1 and s.legs[0].sources == (s.source.id,) and s.legs[0].targets == (s.target.id,)
    for leg, record in zip(s.legs, rules.switching(s)["legs"], strict=True):
        head = Text() if whole else Text.assemble(("From ", "dim"), ", ".join(leg.sources), (" to ", "dim"))
        head.append("" if whole else ", ".join(leg.targets) + "\n")
        said = record["answered_by"]
        words = "No rule is recorded for this switch." if said == UNANSWERED else f"Answered by {said}."
        head.append(words, style="yellow" if leg.labels_differ else "italic")
        body = table("Interval", "Reason", "Source", "Refs")
        for w in leg.rules:
            interval = f"{w.days} {'day' if w.days == 1 else 'days'}" if w.days is not None else "none stated"
            where = f"{w.label_of}'s label ({w.country}{', ' + w.section if w.section else ''})" if w.label_of else ""
            source = Text(where or f"{w.basis} rule")
            body.add_row(Text(interval, style="bold"), Text(w.reason), source, cite.marks(w.references))
        parts += [Text(""), head, body if leg.rules else Text(record["note"])]
    return Group(*parts, *_references(ix, cite))


class MatrixFigure:
    """Targets as rows and items as columns, split into as many tables as the width needs."""

    def __init__(self, m: Matrix) -> None:
        self.m = m

    def _chunks(self, max_width: int) -> list[list[int]]:
        """Item columns split into as few tables as fit the width, each about as wide as the others."""
        label = max(len(t) for t in self.m.targets) + 4  # its padding, and the table's two edges
        widths = [max(len(e.id), 2) + 3 for e in self.m.items]  # padding and a separator

        def pack(room: int) -> list[list[int]]:
            chunks: list[list[int]] = [[]]
            used = 0
            for i, width in enumerate(widths):
                if chunks[-1] and used + width > room:
                    chunks.append([])
                    used = 0
                chunks[-1].append(i)
                used += width
            return chunks

        fewest = len(pack(max_width - label))
        room = max(widths)
        while len(pack(room)) > fewest:  # the narrowest room that needs no more tables
            room += 1
        return pack(room)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        chunks = self._chunks(options.max_width)
        for n, chunk in enumerate(chunks, start=1):
            part = f" ({n}/{len(chunks)})" if len(chunks) > 1 else ""
            t = Table(box=box.SIMPLE_HEAD, title=Text(f"Actions by target{part}", style="bold"), title_justify="left")
            t.add_column("")
            for i in chunk:
                t.add_column(self.m.items[i].id, justify="center")
            for row, target in enumerate(self.m.targets):
                cells = [self.m.cells[i][row] for i in chunk]
                if any(cells):
                    t.add_row(Text(target, style="bold"), *(_symbol(c) for c in cells))
            yield t


def _symbol(cell: str) -> Text:
    if not cell:
        return Text("·", style="dim")
    return Text(cell, style=("bold " if cell.isupper() else "") + SYMBOL_STYLE[cell[0].upper()])


def matrix_view(m: Matrix) -> Group:
    """The classes-by-targets figure with a legend."""
    legend = "  ".join(f"{k} {v}" for k, v in m.legend.items())
    return Group(MatrixFigure(m), Text(f"{legend}. Upper case: primary action; lower case: secondary.", style="dim"))


def explain_tree(entry: Item | Neuromodulation, stages: tuple[Stage, ...], ix: Index | None = None) -> RenderableType:
    """The causal chain as a tree, hypotheses marked, numbered references listed under it."""
    cite = Citations(())
    root = Tree(Text.assemble((entry.id, "bold"), f" — {entry.name}"))
    for stage in stages:
        branch = root.add(Text(stage.title, style="bold"))
        for step in stage.steps:
            label = Text(step.text)
            if step.status.value != "established":
                label = Text.assemble((f"[{step.status}] ", STATUS_STYLE[step.status]), label)
            node = branch.add(label + Text(" ") + cite.marks(step.references))
            if step.detail:
                node.add(Text(step.detail))
    return Group(root, *_references(ix, cite))
