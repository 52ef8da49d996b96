"""Site pages beyond drugs: glossary terms, neuromodulation treatments and the TRD overview."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence

from antidep_cli.knowledge.model import Catalog, Neuromodulation, Statement, Term
from antidep_cli.queries import query
from antidep_cli.render.html.dom import Page, add, anchor, h, joined, page_name, table


def _references(ix: query.Index, ids: Sequence[str]) -> tuple[dict[str, int], ET.Element]:
    """Numbers for ``ids`` in order and the numbered list, each linked to its source."""
    from antidep_cli.render.html.pages import reference

    order = {r: n for n, r in enumerate(dict.fromkeys(ids), start=1)}
    refs = query.references(ix, order)
    items = (h("li", {"id": anchor(r), "value": str(n)}, *reference(refs[r])) for r, n in order.items())
    return order, h("section", None, h("h2", None, "References"), h("ol", {"class": "references"}, *items))


def _marks(order: dict[str, int], refs: Sequence[str]) -> ET.Element:
    out = h("span", {"class": "refs"}, "[")
    joined(out, (h("a", {"href": f"#{anchor(r)}"}, str(order[r])) for r in refs), ",")
    return add(out, "]")


def term_page(ix: query.Index, t: Term) -> Page:
    """A glossary term: its one or two cited sentences and the related terms."""
    order, listing = _references(ix, t.references)
    body: list[ET.Element] = [add(h("p", None, t.definition + " "), _marks(order, t.references))]
    if t.synonyms:
        body.append(h("p", None, f"Also written: {', '.join(t.synonyms)}."))
    if t.related:
        related = h("p", None, "Related: ")
        joined(related, (h("a", {"href": page_name("term", r)}, r) for r in t.related))
        body.append(related)
    return Page(page_name("term", t.id), t.name, (*body, listing))


def _statements(title: str, items: Sequence[Statement], order: dict[str, int]) -> ET.Element:
    """A titled list, as the class and drug pages show statements; a status other than established is named."""
    entries = (
        h(
            "li",
            None,
            *([h("em", None, f"{s.status}: ")] if s.status.value != "established" else []),
            s.text + " ",
            _marks(order, s.references),
        )
        for s in items
    )
    return h("section", None, h("h2", None, title), h("ul", None, *entries))


def treatment_page(ix: query.Index, n: Neuromodulation) -> Page:
    """A neuromodulation treatment: what is stimulated, what may adapt, evidence and milestones."""
    order, listing = _references(ix, query.neuromodulation_citations(n))
    body: list[ET.Element] = [
        h("p", {"class": "facts"}, "Neuromodulation, not a drug."),
        h("p", None, f"Stimulates: {n.stimulates}"),
        h("p", None, n.summary),
    ]
    if n.adaptations:
        body.append(_statements("What is hypothesised to adapt", n.adaptations, order))
    if n.evidence:
        body.append(_statements("Evidence", n.evidence, order))
    if n.milestones:
        rows: list[list[ET.Element | str]] = [
            [str(m.year), m.country, add(h("span"), m.event + " ", _marks(order, m.references))] for m in n.milestones
        ]
        body.append(table("Regulatory and guideline milestones", ["Year", "Where", "Milestone"], rows))
    return Page(page_name("treatment", n.id), n.name, (*body, listing))


def trd_page(ix: query.Index, catalog: Catalog) -> Page:
    """The treatment-resistant-depression overview, each point linked to the entries it names."""
    from antidep_cli.render.html.pages import Linker

    links = Linker(catalog)
    order, listing = _references(ix, [r for t in catalog.trd for i in t.items for r in i.references])
    body: list[ET.Element] = [h("p", None, "Descriptive, cited content for learning; not advice for any patient.")]
    if not catalog.trd:
        body.append(h("p", None, "This knowledge file has no treatment-resistant-depression topics."))
    for topic in catalog.trd:
        entries = []
        for item in topic.items:
            li = h("li", None, item.text + " ", _marks(order, item.references))
            if item.links:
                add(li, " See: ")
                joined(li, (links.to(x) for x in item.links))
                add(li, ".")
            entries.append(li)
        body.append(h("section", None, h("h2", None, topic.title), h("ul", None, *entries)))
    return Page("trd.html", "Treatment-resistant depression", (*body, listing))


def context_pages(ix: query.Index, catalog: Catalog) -> Iterator[Page]:
    """Every glossary, treatment and TRD page, and the glossary listing."""
    yield from (term_page(ix, t) for t in catalog.glossary)
    yield from (treatment_page(ix, n) for n in catalog.neuromodulation)
    yield trd_page(ix, catalog)  # always written: the navigation links to it
    glossary = sorted(catalog.glossary, key=lambda t: t.name.casefold())
    order, listing = _references(ix, [r for t in glossary for r in t.references])
    terms = []
    for t in glossary:
        name = h("a", {"href": page_name("term", t.id)}, t.name)
        terms.append(h("li", None, name, f": {t.definition} ", _marks(order, t.references)))
    yield Page("glossary.html", "Glossary", (h("ul", None, *terms), listing))
