"""A page of the page model (render/page.py) as an HTML page of the site, with its figure where it has one."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from antidep_cli.knowledge.model import Reference
from antidep_cli.queries import query, synapse
from antidep_cli.render import svg
from antidep_cli.render.html.dom import Page, add, anchor, h, link, table
from antidep_cli.render.page import ESTABLISHED, Block, Cell, Facts, Page as Model, Paragraph, Table, Tone

# External identifiers link to the database's own page; they are followed, never loaded.
EXTERNAL = {
    "GtoPdb": "https://www.guidetopharmacology.org/GRAC/LigandDisplayForward?ligandId={}",
    "PubChem": "https://pubchem.ncbi.nlm.nih.gov/compound/{}",
    "ChEMBL": "https://www.ebi.ac.uk/chembl/compound_report_card/{}/",
    "DrugBank": "https://go.drugbank.com/drugs/{}",
    "UniProt": "https://www.uniprot.org/uniprotkb/{}/entry",
}
_TAGS = {Tone.STRONG: "strong", Tone.HYPOTHESIS: "em", Tone.CONTESTED: "em"}


class Linker:
    """Links to the pages the site has; other names stay text."""

    def __init__(self, pages: Iterable[str]) -> None:
        self.pages = set(pages)  # "kind:id" of every entry page

    def span(self, text: str, target: str | None) -> ET.Element | str:
        if target is None:
            return text
        kind, _, ident = target.partition(":")
        if target in self.pages:
            return link(kind, ident, text)
        if kind in EXTERNAL:
            return h("a", {"href": EXTERNAL[kind].format(ident)}, text)
        return text


class Render:
    """Draws one page's blocks with its reference numbers."""

    def __init__(self, page: Model, links: Linker) -> None:
        self.page = page
        self.links = links

    def marks(self, refs: Iterable[str]) -> ET.Element | None:
        found = sorted({(self.page.numbers[r], r) for r in refs})
        if not found:
            return None
        out = h("span", {"class": "refs"}, "[")
        for i, (n, r) in enumerate(found):
            add(out, *([","] if i else []), h("a", {"href": f"#{anchor(r)}"}, str(n)))
        return add(out, "]")

    def cell(self, c: Cell, extra: Iterable[str] = ()) -> ET.Element:
        out = h("span")
        for s in c.spans:
            content = self.links.span(s.text, s.link)
            tag = _TAGS.get(s.tone)
            add(out, h(tag, None, content) if tag else content)
        refs = [*c.refs, *extra]
        if refs:
            add(out, " " if c.spans else "", self.marks(refs))
        return out

    def block(self, b: Block) -> ET.Element:
        if isinstance(b, Facts):
            out = h("p", {"class": "facts"})
            for i, (label, value) in enumerate(b.items):
                add(out, ". " if i else "", f"{label}: ", self.cell(value))
            return out
        if isinstance(b, Paragraph):
            return h("p", {"class": "facts"} if b.tone is Tone.DIM else None, self.cell(b.body))
        return self.table(b)

    def table(self, t: Table) -> ET.Element:
        columns = [*t.columns, *([t.detail] if t.detail else [])]
        # A row's references follow its prose: the detail beneath it, else its first prose column, else its last.
        at = next((i for i, c in enumerate(t.columns) if c in t.prose), len(t.columns) - 1)
        rows = []
        for row in t.rows:
            cells: list[ET.Element | str] = [self.cell(c) for c in row.cells]
            if t.detail:
                cells.append(self.cell(row.detail or Cell(), row.refs if t.refs else ()))
            elif t.refs:
                cells[at] = self.cell(row.cells[at], row.refs)
            rows.append(cells)
        return table(t.title, columns, rows)


def reference(ref: Reference) -> list[ET.Element | str]:
    """A citation with links to PubMed, the DOI and the source's page (opened only when followed)."""
    parts: list[ET.Element | str] = [ref.citation]
    if ref.pmid:
        parts += [" ", h("a", {"href": f"https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/"}, f"PMID {ref.pmid}")]
    if ref.doi:
        parts += [" ", h("a", {"href": f"https://doi.org/{ref.doi}"}, f"DOI {ref.doi}")]
    if ref.url and not _repeats_an_identifier(ref):
        parts += [" ", h("a", {"href": ref.url}, "source")]
    if ref.read_at:
        parts += [" (", h("a", {"href": ref.read_at}, "read at a copy"), ")"]
    return parts


def _repeats_an_identifier(ref: Reference) -> bool:
    """Whether the reference's url is just its PubMed page or its DOI link, already linked by the identifier."""
    url = (ref.url or "").lower().rstrip("/").replace("http://", "https://", 1)
    pubmed = {f"https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}", f"https://www.ncbi.nlm.nih.gov/pubmed/{ref.pmid}"}
    doi = {f"https://doi.org/{ref.doi}".lower(), f"https://dx.doi.org/{ref.doi}".lower()}
    return bool((ref.pmid and url in pubmed) or (ref.doi and url in doi))


def references(page: Model) -> ET.Element:
    """The numbered list under a page, each item an anchor the markers link to."""
    items = (h("li", {"id": anchor(r.id), "value": str(page.numbers[r.id])}, *reference(r)) for r in page.references)
    return h("section", None, h("h2", None, "References"), h("ol", {"class": "references"}, *items))


def figure(ix: query.Index, entry: query.Item, page: Model) -> ET.Element | None:
    """The synapse diagram, inline so its tooltips work, numbered as the page numbers its references."""
    if not entry.actions:
        return None
    fig = synapse.figure(ix, entry, page.numbers)
    drawing = svg.draw(fig, synapse.citations(ix, fig), standalone=False)
    width = float(drawing.attrib.pop("width"))
    drawing.attrib.pop("height")
    # never drawn smaller than 10 CSS pixels a letter: a narrower screen scrolls the figure instead
    drawing.set("style", f"min-width: {math.ceil(width * 10 / svg.SMALLEST_TEXT)}px")
    caption = (
        h("span", {"class": "on-hover"}, "Hover over a target for its action and references."),
        h("span", {"class": "on-touch"}, "Tap a target for its action and references; swipe to see the whole figure."),
        " The key is under the figure.",
    )
    scroller = h(
        "div", {"class": "scroll", "role": "region", "aria-label": "Synapse diagram", "tabindex": "0"}, drawing
    )
    return h("figure", {"class": "synapse"}, scroller, h("figcaption", None, *caption))


def html_page(page: Model, links: Linker, name: str, extra: ET.Element | None = None) -> Page:
    """The site page of a page model: its head, then ``extra`` (a figure), the sections, the references."""
    draw = Render(page, links)
    body: list[ET.Element] = [draw.block(b) for b in page.head]
    if extra is not None:
        body.append(extra)
    body += [draw.block(b) for s in page.sections for b in s.blocks]
    if page.has_status:
        body.append(h("p", {"class": "facts"}, ESTABLISHED))
    if page.references:
        body.append(references(page))
    return Page(name, "".join(s.text for s in page.title.spans), tuple(body))
