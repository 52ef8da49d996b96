"""The entry pages of the site: class, drug, target and interaction partner."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence

from antidep_cli.knowledge.model import Action, Agent, Catalog, Drug, DrugClass, Reference, Statement, Target
from antidep_cli.queries import query, synapse
from antidep_cli.render import svg
from antidep_cli.render.clinic import PGX_NOTE
from antidep_cli.render.html.dom import Page, add, anchor, h, joined, link, page_name, table

KINDS = (
    ("classes", "class"),
    ("drugs", "drug"),
    ("targets", "target"),
    ("agents", "agent"),
    ("neuromodulation", "treatment"),
    ("glossary", "term"),
)


class Linker:
    """Links to the page of any id the catalog has a page for."""

    def __init__(self, catalog: Catalog) -> None:
        self.kinds = {e.id: kind for section, kind in KINDS for e in getattr(catalog, section)}

    def to(self, ident: str, text: str | None = None) -> ET.Element | str:
        """A link where ``ident`` has a page, else the plain text."""
        kind = self.kinds.get(ident)
        return link(kind, ident, text) if kind else (text or ident)


class Notes:
    """An entry's references, numbered as `antidep show` numbers them, linked to the list below."""

    def __init__(self, ix: query.Index, entry: query.Item) -> None:
        self.order = {r: n for n, r in enumerate(query.citations(entry), start=1)}
        self.refs = query.references(ix, self.order)

    def mark(self, refs: Iterable[str]) -> ET.Element:
        out = h("span", {"class": "refs"}, "[")
        joined(out, (h("a", {"href": f"#{anchor(r)}"}, str(self.order[r])) for r in refs), ",")
        return add(out, "]")

    def listing(self) -> ET.Element:
        items = (h("li", {"id": anchor(r), "value": str(n)}, *reference(self.refs[r])) for r, n in self.order.items())
        return h("section", None, h("h2", None, "References"), h("ol", {"class": "references"}, *items))


def reference(ref: Reference) -> list[ET.Element | str]:
    """A citation with links to PubMed, the DOI and the source's page (opened only when followed)."""
    parts: list[ET.Element | str] = [ref.citation]
    if ref.pmid:
        parts += [" ", h("a", {"href": f"https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/"}, f"PMID {ref.pmid}")]
    if ref.doi:
        parts += [" ", h("a", {"href": f"https://doi.org/{ref.doi}"}, f"DOI {ref.doi}")]
    if ref.url:
        parts += [" ", h("a", {"href": ref.url}, "source")]
    return parts


def actions(actions_: Sequence[Action], notes: Notes, links: Linker, *, with_affinity: bool = False) -> ET.Element:
    headers = ["Target", "Action", "Site", "Role", *(["Affinity"] if with_affinity else []), "Changes", "Effect"]
    rows = [
        [
            links.to(a.target),
            query.action_label(a) + ("" if a.status.value == "established" else f" ({a.status})"),
            str(a.site),
            str(a.role),
            *([query.affinity_label(a)] if with_affinity else []),
            ", ".join(f"{c.direction} {c.neurotransmitter}" for c in a.changes),
            add(h("span"), a.effect + " ", notes.mark(a.references)),
        ]
        for a in actions_
    ]
    return table("Actions", [*headers[:-1], "Effect and references"], rows)


def statements(title: str, items: Sequence[Statement], notes: Notes) -> ET.Element | None:
    if not items:
        return None
    entries = (
        h(
            "li",
            None,
            *([h("em", None, f"{s.status}: ")] if s.status.value != "established" else []),
            s.text + " ",
            notes.mark(s.references),
        )
        for s in items
    )
    return h("section", None, h("h2", None, title), h("ul", None, *entries))


def figure(ix: query.Index, entry: query.Item) -> ET.Element | None:
    """The synapse diagram, inline so its tooltips work, with a caption."""
    if not entry.actions:
        return None
    fig = synapse.figure(ix, entry)
    drawing = svg.draw(fig, synapse.citations(ix, fig), standalone=False)
    drawing.attrib.pop("width")
    drawing.attrib.pop("height")
    caption = "The synapse: hover over a target for its action and references; the key is under the figure."
    scroller = h(
        "div", {"class": "scroll", "role": "region", "aria-label": "Synapse diagram", "tabindex": "0"}, drawing
    )
    return h("figure", {"class": "synapse"}, scroller, h("figcaption", None, caption))


def class_page(ix: query.Index, c: DrugClass, links: Linker) -> Page:
    notes = Notes(ix, c)
    facts = h("p", {"class": "facts"}, f"Mode of action: {c.mode_of_action}. ATC: {c.atc or '—'}.")
    body: list[ET.Element | None] = [facts, h("p", None, c.summary), figure(ix, c), actions(c.actions, notes, links)]
    body.append(statements("What follows: consequences, onset, adaptations", c.timeline(), notes))
    if c.side_effects:
        rows = [
            [se.effect, links.to(se.via), add(h("span"), se.mechanism + " ", notes.mark(se.references))]
            for se in c.side_effects
        ]
        body.append(table("Side effects", ["Side effect", "Explained by", "Mechanism and references"], rows))
    body.append(statements("Notes", c.notes, notes))
    if drugs := query.members(ix, c.id):
        rows = [[links.to(d.id, d.name), ", ".join(d.synonyms), d.note] for d in drugs]
        body.append(table("Drugs of the class", ["Drug", "Also known as", "What sets it apart"], rows))
    body.append(notes.listing())
    return Page(page_name("class", c.id), f"{c.abbreviation} — {c.name}", tuple(b for b in body if b is not None))


def drug_page(ix: query.Index, d: Drug, links: Linker) -> Page:
    notes = Notes(ix, d)
    cls = query.class_of(ix, d)
    kind: list[ET.Element | str] = (
        ["Class: ", links.to(cls.id, f"{cls.abbreviation} ({cls.name})")] if cls else ["Combination of "]
    )
    facts = h("p", {"class": "facts"}, *kind)
    if not cls:
        joined(facts, (links.to(part) for part in d.components), " + ")
    add(facts, f". ATC {d.atc}. Also known as: {', '.join(d.synonyms) or '—'}.")
    body = [facts, h("p", None, d.note), figure(ix, d), actions(d.actions, notes, links, with_affinity=True)]
    body += [statements("What sets it apart", d.notes, notes), statements("Metabolism", d.metabolism, notes)]
    body += [*_status(d, notes), *_pharmacogenomics(d, notes), notes.listing()]
    return Page(page_name("drug", d.id), d.name, tuple(b for b in body if b is not None))


def _status(d: Drug, notes: Notes) -> list[ET.Element]:
    """Status for depression by country, each with its detail and references."""
    rows: list[list[ET.Element | str]] = [
        [
            r.country,
            str(r.status) + (f" ({r.year})" if r.year else ""),
            add(h("span"), r.detail + " ", notes.mark(r.references)),
        ]
        for r in d.regulatory
    ]
    return [table("Status for depression", ["Where", "Status", "Detail"], rows)] if rows else []


def _pharmacogenomics(d: Drug, notes: Notes) -> list[ET.Element]:
    """Each gene's phenotypes in the guideline's words, and the note that this is not dosing advice."""
    rows: list[list[ET.Element | str]] = []
    for p in d.pharmacogenomics:
        refs = tuple(dict.fromkeys((p.guideline, *p.references)))
        for ph in p.phenotypes:
            strength = f" ({ph.strength}) " if ph.strength else " "
            cell = add(h("span"), ph.recommendation + strength, notes.mark(refs))
            rows.append([p.gene, ph.phenotype, ph.effect, cell])
    if not rows:
        return []
    headers = ["Gene", "Phenotype", "Effect", "Recommendation"]
    return [table("Pharmacogenomics (CPIC)", headers, rows), h("p", {"class": "facts"}, PGX_NOTE)]


def everyone(catalog: Catalog) -> tuple[query.Item, ...]:
    """Every class, drug and interaction partner, in file order."""
    return (*catalog.classes, *catalog.drugs, *catalog.agents)


def target_page(t: Target, catalog: Catalog, links: Linker) -> Page:
    facts = h(
        "p", {"class": "facts"}, f"{t.kind}; gene {t.gene}. Transmitters: {', '.join(t.neurotransmitters) or '—'}."
    )
    rows = [
        [links.to(e.id, getattr(e, "abbreviation", "") or e.name), query.action_label(a), str(a.site), str(a.role)]
        for e in everyone(catalog)
        for a in e.actions
        if a.target == t.id
    ]
    acting = table("Classes and drugs acting here", ["Class or drug", "Action", "Site", "Role"], rows)
    also = h("p", None, f"Also known as: {', '.join(t.synonyms)}.") if t.synonyms else None
    body = [facts, h("p", None, t.description), also, acting]
    return Page(page_name("target", t.id), f"{t.id} — {t.name}", tuple(b for b in body if b is not None))


def agent_page(ix: query.Index, a: Agent, links: Linker) -> Page:
    notes = Notes(ix, a)
    rows: list[list[ET.Element | str]] = [
        [str(t.property), add(h("span"), t.text + " ", notes.mark(t.references))] for t in a.traits
    ]
    body = [h("p", {"class": "facts"}, f"Group: {a.group}."), h("p", None, a.note)]
    body += [table("Properties that matter for interactions", ["Property", "What and why"], rows)]
    if a.actions:
        body.append(actions(a.actions, notes, links))
    body.append(notes.listing())
    return Page(page_name("agent", a.id), a.name, tuple(body))
