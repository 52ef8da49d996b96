"""The whole offline site: index, listings, entry pages, matrix, references and a search index."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from antidep_cli.knowledge.model import Catalog, DrugClass, Target
from antidep_cli.queries import analysis, query
from antidep_cli.render.html import pages
from antidep_cli.render.html.assets import SEARCH, STYLE
from antidep_cli.render.html.context import context_pages
from antidep_cli.render.html.dom import Page, add, anchor, document, h, joined, link, page_name, table

TITLE = "antidep — how antidepressants work"


def listing(name: str, title: str, intro: str, rows: list[list[ET.Element | str]], headers: list[str]) -> Page:
    return Page(name, title, (h("p", None, intro), table(title, headers, rows)))


def index_page(catalog: Catalog) -> Page:
    intro = (
        "Which molecular targets each class and drug of antidepressants acts on, with which action, which "
        "neurotransmitters that raises, what adapts over the following weeks, and where each fact comes from. "
        "Every page works offline."
    )
    search = h(
        "form",
        {"role": "search", "action": "index.html"},
        h("label", {"for": "search"}, "Search classes, drugs, targets and interaction partners"),
        h("br"),
        h("input", {"id": "search", "name": "q", "type": "search", "autocomplete": "off"}),
    )
    results = (h("p", {"id": "status", "role": "status", "aria-live": "polite"}, ""), h("ul", {"id": "results"}, ""))
    counts = [
        ("classes.html", f"{len(catalog.classes)} classes"),
        ("drugs.html", f"{len(catalog.drugs)} drugs"),
        ("targets.html", f"{len(catalog.targets)} targets"),
        ("agents.html", f"{len(catalog.agents)} interaction partners"),
        *([("trd.html", "treatment-resistant depression")] if catalog.trd else []),
        *(("glossary.html", f"{len(catalog.glossary)} glossary terms"),),
        ("matrix.html", "the class × target matrix"),
        ("references.html", f"{len(catalog.references)} references"),
    ]
    overview = h("ul", None, *(h("li", None, h("a", {"href": href}, text)) for href, text in counts))
    classes = h(
        "ul", None, *(h("li", None, link("class", c.id, f"{c.abbreviation} — {c.name}")) for c in catalog.classes)
    )
    body = (
        h("p", None, intro),
        search,
        *results,
        h("h2", None, "Contents"),
        overview,
        h("h2", None, "Classes"),
        classes,
    )
    return Page("index.html", TITLE, body, scripts=("search-index.js", "search.js"))


def matrix_page(ix: query.Index, links: pages.Linker) -> Page:
    m = analysis.matrix(ix)
    rows = [[links.to(e.id, getattr(e, "abbreviation", e.id)), *row] for e, row in zip(m.items, m.cells, strict=True)]
    grid = table("Classes by target", ["Class", *m.targets], rows)
    for th, target in zip(grid.iter("th"), ["", *m.targets], strict=False):
        if target:
            th.text = None
            add(th, links.to(target))
    grid.set("class", "scroll matrix")
    legend = "; ".join(f"{k}: {v}" for k, v in analysis.LEGEND.items())
    note = f"Upper case: primary action; lower case: secondary. {legend}."
    return Page("matrix.html", "The class × target matrix", (h("p", None, note), grid))


def references_page(catalog: Catalog, links: pages.Linker) -> Page:
    citing: dict[str, list[str]] = {}
    for e in pages.everyone(catalog):
        for r in query.citations(e):
            citing.setdefault(r, []).append(e.id)
    items = []
    for ident, refs in [(t.id, t.references) for t in catalog.glossary] + [
        (n.id, query.neuromodulation_citations(n)) for n in catalog.neuromodulation
    ]:
        for r in refs:
            citing.setdefault(r, []).append(ident)
    for ref in catalog.references:
        li = h("li", {"id": anchor(ref.id)}, h("strong", None, ref.id), ": ", *pages.reference(ref))
        if who := citing.get(ref.id):
            add(li, " Cited by: ")
            joined(li, (links.to(i) for i in who))
            add(li, ".")
        items.append(li)
    return Page("references.html", "References", (h("ol", {"class": "references"}, *items),))


def entry_pages(ix: query.Index, catalog: Catalog, links: pages.Linker) -> Iterator[Page]:
    yield from (pages.class_page(ix, c, links) for c in catalog.classes)
    yield from (pages.drug_page(ix, d, links) for d in catalog.drugs)
    yield from (pages.target_page(t, catalog, links) for t in catalog.targets)
    yield from (pages.agent_page(ix, a, links) for a in catalog.agents)


def listings(catalog: Catalog, links: pages.Linker) -> Iterator[Page]:
    yield listing(
        "classes.html",
        "Classes",
        "Each class with its mode of action.",
        [[links.to(c.id, c.abbreviation), c.name, c.mode_of_action] for c in catalog.classes],
        ["Class", "Name", "Mode of action"],
    )
    yield listing(
        "drugs.html",
        "Drugs",
        "Each drug with its class.",
        [
            [links.to(d.id, d.name), links.to(d.drug_class) if d.drug_class else "combination", ", ".join(d.synonyms)]
            for d in catalog.drugs
        ],
        ["Drug", "Class", "Also known as"],
    )
    yield listing(
        "targets.html",
        "Targets",
        "The molecular targets the classes and drugs act on.",
        [[links.to(t.id), t.name, str(t.kind)] for t in catalog.targets],
        ["Target", "Name", "Kind"],
    )
    yield listing(
        "agents.html",
        "Interaction partners",
        "Medicines and substances that are not antidepressants but that labels name as interaction partners.",
        [[links.to(a.id, a.name), a.group, ", ".join(sorted(map(str, a.properties)))] for a in catalog.agents],
        ["Agent", "Group", "Properties"],
    )


def _title(e: query.Item | Target) -> str:
    if isinstance(e, Target):
        return f"{e.id} — {e.name}"
    return f"{e.abbreviation} — {e.name}" if isinstance(e, DrugClass) else e.name


def search_index(catalog: Catalog) -> str:
    """The search index as a script defining ``ANTIDEP_INDEX``: names and synonyms only, to stay small."""
    entries = [
        {
            "href": page_name(kind, e.id),
            "title": getattr(e, "abbreviation", "") or e.name,
            "kind": kind,
            "text": " ".join([e.id, e.name, *getattr(e, "synonyms", ()), getattr(e, "abbreviation", "")]),
        }
        for section, kind in pages.KINDS
        for e in getattr(catalog, section)
    ]
    return "window.ANTIDEP_INDEX = " + json.dumps(entries, ensure_ascii=False, separators=(",", ":")) + ";\n"


def write_site(ix: query.Index, folder: Path) -> int:
    """Write every page and asset into ``folder``; the number of pages written."""
    catalog = ix.catalog
    links = pages.Linker(catalog)
    all_pages = [
        index_page(catalog),
        *listings(catalog, links),
        matrix_page(ix, links),
        references_page(catalog, links),
        *entry_pages(ix, catalog, links),
        *context_pages(ix, catalog),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    for page in all_pages:
        (folder / page.name).write_text(document(page, TITLE), encoding="utf-8")
    (folder / "style.css").write_text(STYLE.lstrip(), encoding="utf-8")
    (folder / "search.js").write_text(SEARCH.lstrip(), encoding="utf-8")
    (folder / "search-index.js").write_text(search_index(catalog), encoding="utf-8")
    return len(all_pages)
