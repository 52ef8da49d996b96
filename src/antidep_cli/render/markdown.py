"""Markdown for notes and reference sheets: the same pages the terminal draws. Pure functions; no Rich."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model import Reference
from antidep_cli.render.page import ESTABLISHED, Block, Cell, Facts, Page, Paragraph, Table, Tone

if TYPE_CHECKING:
    from antidep_cli.queries.binding import Profile
    from antidep_cli.queries.matrix import Matrix

DISCLAIMER = "_antidep is an educational reference, not medical advice._"


def escape(text: str) -> str:
    """Text made safe for one Markdown table cell or line."""
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


class _Numbers:
    def __init__(self, page: Page) -> None:
        self.numbers = page.numbers

    def marks(self, refs: Iterable[str]) -> str:
        found = sorted({self.numbers[r] for r in refs})
        return "[" + ",".join(map(str, found)) + "]" if found else ""

    def text(self, c: Cell) -> str:
        body = "".join(f"**{s.text}**" if s.tone is Tone.STRONG and s.text.strip() else s.text for s in c.spans)
        marks = self.marks(c.refs)
        return f"{body} {marks}".strip() if marks else body


def _block(b: Block, n: _Numbers) -> list[str]:
    if isinstance(b, Facts):
        return [escape(" · ".join(f"{label}: {n.text(value)}" for label, value in b.items)), ""]
    if isinstance(b, Paragraph):
        text = escape(n.text(b.body))
        return [f"_{text}_" if b.tone is Tone.DIM else text, ""]
    return _grid(b, n)


def _grid(t: Table, n: _Numbers) -> list[str]:
    headers = [*t.columns, *([t.detail] if t.detail else []), *(["Refs"] if t.refs else [])]
    rows = [
        [
            *(n.text(c) for c in row.cells),
            *([n.text(row.detail) if row.detail else ""] if t.detail else []),
            *([n.marks(row.refs)] if t.refs else []),
        ]
        for row in t.rows
    ]
    return [f"**{escape(t.title)}**", "", *_table(headers, rows)]


def reference(ref: Reference) -> str:
    """One reference on one line: citation, identifiers, where it lives."""
    ids = [
        f"PMID {ref.pmid}" if ref.pmid else "",
        f"DOI {ref.doi}" if ref.doi else "",
        ref.url or "",
        f"read at {ref.read_at}" if ref.read_at else "",
    ]
    return escape(" ".join([ref.citation, *filter(None, ids)]))


def page(p: Page) -> str:
    """A page as a Markdown section: title, head, sections, the status key where used, references."""
    n = _Numbers(p)
    lines = [f"## {escape(''.join(s.text for s in p.title.spans))}", ""]
    for b in p.head:
        lines += _block(b, n)
    for section in p.sections:
        for b in section.blocks:
            lines += _block(b, n)
    if p.has_status:
        lines += [f"_{ESTABLISHED}_", ""]
    if p.references:
        lines += ["**References**", "", *(f"{p.numbers[r.id]}. {reference(r)}" for r in p.references), ""]
    return "\n".join(lines)


def sheet(pages: Sequence[Page]) -> str:
    """A complete reference sheet: every page given, with its sources."""
    return "\n".join(["# antidep reference sheet", "", DISCLAIMER, "", *(page(p) for p in pages)])


def matrix(m: Matrix) -> str:
    """The classes-by-targets figure as a Markdown table with its legend."""
    body = [(e.id, *row) for e, row in zip(m.items, m.cells, strict=True)]
    legend = "; ".join(f"{k} {v}" for k, v in m.legend.items())
    return "\n".join(
        [*_table(("", *m.targets), body), f"{legend}. Upper case: primary action; lower case: secondary.", ""]
    )


def profile(p: Profile) -> str:
    """The binding profile as a Markdown table (pK values), with how much is filled and the legend."""
    from antidep_cli.render import profile as heat

    body = [(drug, *(c.text for c in cells)) for drug, cells in heat.grid(p)]
    return "\n".join([*_table(("", *heat.headings(p)), body), heat.coverage_line(p) + " " + heat.LEGEND, ""])
