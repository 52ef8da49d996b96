"""A page (render/page.py) drawn with Rich: head lines, tables that fit the width, numbered references."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from antidep_cli.render.page import ESTABLISHED, Block, Cell, Facts, Page, Paragraph, Table, Tone
from antidep_cli.render.terminal.linelist import LineList
from antidep_cli.render.terminal.richtext import Citations, Grid, table

STYLE = {
    Tone.PLAIN: "",
    Tone.STRONG: "bold",
    Tone.DIM: "dim",
    Tone.HYPOTHESIS: "italic cyan",
    Tone.CONTESTED: "yellow",
    Tone.SEVERE: "bold red",
    Tone.CAUTION: "yellow",
    Tone.GOOD: "green",
}
LINKS = {
    "GtoPdb": "https://www.guidetopharmacology.org/GRAC/LigandDisplayForward?ligandId={}",
    "PubChem": "https://pubchem.ncbi.nlm.nih.gov/compound/{}",
    "ChEMBL": "https://www.ebi.ac.uk/chembl/compound_report_card/{}/",
    "DrugBank": "https://go.drugbank.com/drugs/{}",
    "UniProt": "https://www.uniprot.org/uniprotkb/{}/entry",
}


def text(c: Cell, cite: Citations, *, marks: bool = True) -> Text:
    """A cell as Rich text: each span in its style, external identifiers as terminal links, then its markers."""
    out = Text()
    for span in c.spans:
        style = STYLE[span.tone]
        if span.link and (db := span.link.split(":", 1)[0]) in LINKS:
            style = f"{style} link {LINKS[db].format(span.link.split(':', 1)[1])}".strip()
        out.append(span.text, style=style)
    if marks and c.refs:
        if out.plain:
            out.append(" ")
        out.append_text(cite.marks(c.refs))
    return out


def _facts(block: Facts, cite: Citations) -> Text:
    out = Text()
    for i, (label, value) in enumerate(block.items):
        out.append(("   " if i else "") + f"{label}: ", style="dim")
        out.append_text(text(value, cite))
    return out


def _table(block: Table, cite: Citations, compact: bool = False) -> RenderableType:
    if block.detail is not None:
        rows = [
            (
                [text(c, cite) for c in row.cells] + ([cite.marks(row.refs)] if block.refs else []),
                text(row.detail, cite) if row.detail else Text(""),
            )
            for row in block.rows
        ]
        head = [*block.columns, *(["Refs"] if block.refs else [])]
        return LineList(block.title, head, block.detail, rows)
    columns = (*block.columns, *(["Refs"] if block.refs else []))
    grid = table(*columns, title=block.title, prose=block.prose, edge=not compact)
    for row in block.rows:
        grid.add_row(*(text(c, cite) for c in row.cells), *([cite.marks(row.refs)] if block.refs else []))
    return grid


def block(b: Block, cite: Citations, compact: bool = False) -> list[RenderableType]:
    """One block as renderables; paragraphs and fact lines are followed by a blank line where they end a group."""
    if isinstance(b, Facts):
        return [_facts(b, cite)]
    if isinstance(b, Paragraph):
        body = text(b.body, cite)
        if b.tone is not Tone.PLAIN:
            body.stylize(STYLE[b.tone])
        return [Text(""), body, Text("")] if b.tone is Tone.PLAIN else [body, Text("")]
    return [_table(b, cite, compact), Text("")] if compact else [_table(b, cite)]


def _blank(r: RenderableType) -> bool:
    return isinstance(r, Text) and not r.plain


def _ends_blank(r: RenderableType) -> bool:
    """A blank line, or a table that draws one under itself (a table with edges, a line list)."""
    return _blank(r) or isinstance(r, LineList) or (isinstance(r, Grid) and r.edge)


def _extend(out: list[RenderableType], more: list[RenderableType]) -> None:
    """Append renderables, never two blank lines in a row."""
    for r in more:
        if not (_blank(r) and out and _ends_blank(out[-1])):
            out.append(r)


def page(p: Page, *, brief_references: bool = False) -> Group:
    """The whole page: title, head, sections, the key to status tags where one is used, and the references."""
    cite = Citations(tuple(p.numbers))
    out: list[RenderableType] = [text(p.title, cite)]
    for b in p.head:
        _extend(out, block(b, cite))
    _extend(out, [Text("")])
    found = [b for section in p.sections for b in section.blocks]
    for i, b in enumerate(found):
        _extend(out, block(b, cite, compact=brief_references))
        if isinstance(b, Facts) and not isinstance(found[i + 1] if i + 1 < len(found) else None, Facts):
            _extend(out, [Text("")])
    if p.has_status:
        _extend(out, [Text(ESTABLISHED, style="dim"), Text("")])
    if p.references:
        _extend(out, [Text("")])
    if p.references:
        by_id = {r.id: r for r in p.references}
        out.append(cite.listing(by_id, brief=brief_references, only=list(by_id)))
    return Group(*out)
