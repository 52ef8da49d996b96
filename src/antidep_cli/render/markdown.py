"""Markdown text for notes and reference sheets. Pure functions; no Rich."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model import Action, Agent, Drug, DrugClass, Reference, Statement
from antidep_cli.queries import query
from antidep_cli.queries.query import Index, Item

if TYPE_CHECKING:
    from antidep_cli.queries.analysis import Comparison, Matrix

DISCLAIMER = "_antidep is an educational reference, not medical advice._"


def cell(text: str) -> str:
    """Text made safe for one Markdown table cell or line."""
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


class _Notes:
    """Numbered citations for one Markdown section."""

    def __init__(self, ix: Index, entry: Item) -> None:
        self.order = {r: i for i, r in enumerate(query.citations(entry), start=1)}
        self.refs = query.references(ix, self.order)

    def mark(self, refs: Iterable[str]) -> str:
        return "[" + ",".join(str(self.order[r]) for r in refs) + "]"

    def listing(self) -> list[str]:
        return ["**References**", ""] + [f"{n}. {_reference(self.refs[r])}" for r, n in self.order.items()] + [""]


def _reference(ref: Reference) -> str:
    ids = [f"PMID {ref.pmid}" if ref.pmid else "", f"DOI {ref.doi}" if ref.doi else "", ref.url or ""]
    return cell(" ".join([ref.citation, *filter(None, ids)]))


def _actions(actions: tuple[Action, ...], notes: _Notes, *, with_affinity: bool = False) -> list[str]:
    rows = [
        (
            a.target,
            query.action_label(a) + ("" if a.status.value == "established" else f" ({a.status})"),
            str(a.site),
            str(a.role),
            *([query.affinity_label(a)] if with_affinity else []),
            ", ".join(f"{c.direction} {c.neurotransmitter}" for c in a.changes),
            a.effect,
            notes.mark(a.references),
        )
        for a in actions
    ]
    headers = (
        "Target",
        "Action",
        "Site",
        "Role",
        *(["Affinity"] if with_affinity else []),
        "Changes",
        "Effect",
        "Refs",
    )
    return _table(headers, rows)


def _statements(title: str, statements: Sequence[Statement], notes: _Notes) -> list[str]:
    if not statements:
        return []
    lines = [f"**{title}**", ""]
    for s in statements:
        tag = "" if s.status.value == "established" else f"_{s.status}_: "
        when = f"({s.timescale}) " if s.timescale else ""
        lines.append(f"- {tag}{when}{cell(s.text)} {notes.mark(s.references)}")
    return [*lines, ""]


def class_md(ix: Index, c: DrugClass) -> str:
    """A class as a Markdown section."""
    notes = _Notes(ix, c)
    lines = [f"## {cell(c.abbreviation)} — {cell(c.name)}", ""]
    lines += [f"Mode of action: {cell(c.mode_of_action)}. ATC: {c.atc or '—'}.", ""]
    lines += [cell(c.summary), "", *_actions(c.actions, notes)]
    lines += _statements("What follows: consequences, onset, adaptations", c.timeline(), notes)
    if c.side_effects:
        rows: list[tuple[str, ...]] = [
            (se.effect, se.via, se.mechanism, notes.mark(se.references)) for se in c.side_effects
        ]
        lines += ["**Side effects**", "", *_table(("Side effect", "Explained by", "Mechanism", "Refs"), rows)]
    lines += _statements("Notes", c.notes, notes)
    drugs = query.members(ix, c.id)
    if drugs:
        rows = [(d.id, ", ".join(d.synonyms), d.note) for d in drugs]
        lines += ["**Drugs**", "", *_table(("Drug", "Also known as", "What sets it apart"), rows)]
    return "\n".join(lines + notes.listing())


def drug_md(ix: Index, d: Drug) -> str:
    """A drug as a Markdown section."""
    notes = _Notes(ix, d)
    cls = query.class_of(ix, d)
    kind = f"{cls.abbreviation} ({cls.name})" if cls else "combination of " + " + ".join(d.components)
    lines = [
        f"## {cell(d.name)}",
        "",
        f"{cell(kind)}. ATC {d.atc or '—'}. Also known as: {cell(', '.join(d.synonyms)) or '—'}.",
    ]
    lines += ["", cell(d.note), "", *_actions(d.actions, notes, with_affinity=True)]
    lines += _statements("What sets it apart", d.notes, notes) + _statements("Metabolism", d.metabolism, notes)
    return "\n".join(lines + notes.listing())


def comparison_md(cmp: Comparison) -> str:
    """A comparison as Markdown tables."""
    ids = [e.id for e in cmp.items]
    lines = [f"## {' vs '.join(ids)}", ""]
    for title, rows in (("Target", cmp.targets), ("Neurotransmitter", cmp.neurotransmitters)):
        body = [
            (r.id, "all" if r.shared else "", *("; ".join(query.action_label(a) for a in c) or "—" for c in r.cells))
            for r in rows
        ]
        lines += _table((title, "Shared", *ids), body)
    lines.append(f"Primary targets in all: {', '.join(cmp.target_overlap.shared) or 'none'}.")
    return "\n".join(lines) + "\n"


def matrix_md(m: Matrix) -> str:
    """The classes-by-targets figure as a Markdown table with its legend."""
    from antidep_cli.queries.analysis import LEGEND

    body = [(e.id, *row) for e, row in zip(m.items, m.cells, strict=True)]
    legend = "; ".join(f"{k} {v}" for k, v in LEGEND.items())
    return "\n".join(
        [*_table(("", *m.targets), body), f"{legend}. Upper case: primary action; lower case: secondary.", ""]
    )


def sheet_md(ix: Index, items: Sequence[Item]) -> str:
    """A complete reference sheet: every class and drug given, with sources."""
    lines = ["# antidep reference sheet", "", DISCLAIMER, ""]
    for entry in items:
        if isinstance(entry, DrugClass):
            lines.append(class_md(ix, entry))
        elif isinstance(entry, Drug):
            lines.append(drug_md(ix, entry))
        else:
            lines.append(agent_md(ix, entry))
    return "\n".join(lines)


def agent_md(ix: Index, a: Agent) -> str:
    """An interaction partner as Markdown: group, cited properties, references."""
    notes = _Notes(ix, a)
    lines = [f"## {cell(a.name)}", "", cell(f"Interaction partner ({a.group}). {a.note}"), ""]
    lines += [f"- **{t.property}**: {cell(t.text)} {notes.mark(t.references)}" for t in a.traits]
    return "\n".join([*lines, "", *notes.listing()])
