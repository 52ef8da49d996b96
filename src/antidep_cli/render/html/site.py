"""The whole offline site: index, listings, entry pages, matrix, references and a search index."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from antidep_cli.knowledge.model import GLOSSARY, Catalog, DrugClass, Target
from antidep_cli.knowledge.text import fields
from antidep_cli.queries import effects, matrix, query, targets
from antidep_cli.render.html import pages
from antidep_cli.render.html.assets import SEARCH, STYLE
from antidep_cli.render.html.dom import Page, add, anchor, document, h, joined, link, page_name, table
from antidep_cli.render.page import Page as Model, Paragraph, Row, Section, Table, cell, finish
from antidep_cli.render.pages import context, effect, entries, lookup, strategies as evidence

KINDS = (
    ("classes", "class"),
    ("drugs", "drug"),
    ("targets", "target"),
    ("agents", "agent"),
    ("neuromodulation", "treatment"),
    ("glossary", "term"),
    ("effect_terms", "effect"),
    ("strategies", "strategy"),
    ("symptoms", "symptom"),
)

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
        h("label", {"for": "search"}, "Search every page: names, effects, notes (weight gain, sleepy, CYP2D6)"),
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
        ("profile.html", "the binding profile: drugs by receptor panel, measured values"),
        ("effects.html", f"{len(catalog.effect_terms)} side effects, from everyday words to drugs"),
        (
            "strategies.html",
            f"{len(catalog.strategies)} strategies: combining, augmenting, switching, with their trials",
        ),
        ("symptoms.html", f"{len(catalog.symptoms)} residual symptoms and the mechanisms linked to them"),
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
    m = matrix.matrix(ix)
    rows = [
        [links.span(getattr(e, "abbreviation", e.id), f"class:{e.id}"), *row]
        for e, row in zip(m.items, m.cells, strict=True)
    ]
    grid = table("Classes by target", ["Class", *m.targets], rows)
    for th, target in zip(grid.iter("th"), ["", *m.targets], strict=False):
        if target:
            th.text = None
            add(th, links.span(target, f"target:{target}"))
    grid.set("class", "scroll matrix")
    legend = "; ".join(f"{k}: {v}" for k, v in m.legend.items())
    note = f"Upper case: primary action; lower case: secondary. {legend}."
    cue = h("p", {"class": "scroll-cue"}, "The table scrolls sideways; the class column stays in view.")
    return Page("matrix.html", "The class × target matrix", (h("p", None, note), cue, grid))


def profile_page(ix: query.Index, links: pages.Linker) -> Page:
    """The binding-profile figure as a table: each cell a measured pK value, shaded by band, with a tooltip."""
    from antidep_cli.knowledge import strength
    from antidep_cli.queries import binding
    from antidep_cli.render import profile

    panel = binding.panel(ix)
    if panel is None:
        return Page("profile.html", "Binding profile", (h("p", None, "This knowledge file defines no panel."),))
    found = binding.profile(ix, panel, binding.panel_drugs(ix, panel))
    heads = profile.headings(found)
    rows: list[list[ET.Element | str]] = []
    for drug, cells in profile.grid(found):
        row: list[ET.Element | str] = [links.span(drug, f"drug:{drug}")]
        for head, c in zip(heads, cells, strict=True):
            tip = f"{drug} at {head}: " + (
                f"{strength.shown(c.binding)}, {c.binding.species} ({c.binding.reference})"
                if c.binding
                else "no value recorded"
            )
            row.append(h("span", {"class": f"heat heat-{c.level or 'none'}", "title": tip}, c.text))
        rows.append(row)
    grid = table(f"Binding profile: {panel.name}", ["Drug", *heads], rows)
    grid.set("class", "scroll matrix")
    cue = h("p", {"class": "scroll-cue"}, "The table scrolls sideways; the drug column stays in view.")
    intro = (
        "Each cell is the value a page shows for the drug at the target, as pKi, pKd or pIC50; hover for the "
        "constant, species and source, and see each drug's page for every value and the rule that chose this one."
    )
    legend = profile.coverage_line(found) + " " + profile.LEGEND
    return Page("profile.html", "Binding profile", (h("p", None, intro), cue, grid, h("p", None, legend)))


def references_page(ix: query.Index, catalog: Catalog, links: pages.Linker) -> Page:
    citing: dict[str, list[str]] = {}
    for cited, label in ix.db.citing():
        citing.setdefault(cited, []).append(label)
    items = []
    for ref in catalog.references:
        li = h("li", {"id": anchor(ref.id)}, h("strong", None, ref.id), ": ", *pages.reference(ref))
        if who := citing.get(ref.id):
            add(li, " Cited by: ")
            joined(li, (links.span(label.split(":", 1)[1], label) for label in who))
            add(li, ".")
        items.append(li)
    return Page("references.html", "References", (h("ol", {"class": "references"}, *items),))


def entry_pages(ix: query.Index, catalog: Catalog, links: pages.Linker) -> Iterator[Page]:
    for c in catalog.classes:
        model = entries.class_page(ix, c)
        yield pages.html_page(model, links, page_name("class", c.id), pages.figure(ix, c, model))
    for d in catalog.drugs:
        model = entries.drug_page(ix, d)
        yield pages.html_page(model, links, page_name("drug", d.id), pages.figure(ix, d, model))
    for a in catalog.agents:
        yield pages.html_page(entries.agent_page(ix, a), links, page_name("agent", a.id))
    for t in catalog.targets:
        yield pages.html_page(lookup.target_page(ix, targets.page(ix, t)), links, page_name("target", t.id))
    for term in catalog.glossary:
        model = lookup.term_page(ix, term, ix.some(GLOSSARY, term.related))
        yield pages.html_page(model, links, page_name("term", term.id))
    for n in catalog.neuromodulation:
        yield pages.html_page(context.treatment_page(ix, n), links, page_name("treatment", n.id))
    for e in catalog.effect_terms:
        yield pages.html_page(effect.effect_page(ix, effects.answer(ix, e)), links, page_name("effect", e.id))
    for s in catalog.strategies:
        yield pages.html_page(evidence.strategy_page(ix, s), links, page_name("strategy", s.id))
    yield pages.html_page(evidence.strategies_page(ix, catalog.strategies), links, "strategies.html")
    for sym in catalog.symptoms:
        yield pages.html_page(evidence.symptom_page(ix, sym), links, page_name("symptom", sym.id))
    yield pages.html_page(evidence.symptoms_page(ix, catalog.symptoms), links, "symptoms.html")
    trd = context.trd_page(ix, catalog.trd)
    if not catalog.trd:
        trd = trd._replace(head=(*trd.head, Paragraph(cell(NO_TRD))))
    yield pages.html_page(trd, links, "trd.html")


NO_TRD = "This knowledge file has no treatment-resistant-depression topics."


def listings(catalog: Catalog, links: pages.Linker) -> Iterator[Page]:
    yield listing(
        "effects.html",
        "Side effects",
        "Each side effect by the words people use for it; its page runs from the actions that explain it to the "
        "drugs acting there, ranked by measured affinity, with the classes known for little of it apart.",
        [[links.span(e.name, f"effect:{e.id}"), ", ".join(e.synonyms)] for e in catalog.effect_terms],
        ["Side effect", "Also"],
    )
    yield listing(
        "classes.html",
        "Classes",
        "Each class with its mode of action.",
        [[links.span(c.abbreviation, f"class:{c.id}"), c.name, c.mode_of_action] for c in catalog.classes],
        ["Class", "Name", "Mode of action"],
    )
    yield listing(
        "drugs.html",
        "Drugs",
        "Each drug with its class.",
        [
            [
                links.span(d.name, f"drug:{d.id}"),
                links.span(d.drug_class, f"class:{d.drug_class}") if d.drug_class else "combination",
                ", ".join(d.synonyms),
            ]
            for d in catalog.drugs
        ],
        ["Drug", "Class", "Also known as"],
    )
    yield listing(
        "targets.html",
        "Targets",
        "The molecular targets the classes and drugs act on.",
        [[links.span(t.id, f"target:{t.id}"), t.name, str(t.kind)] for t in catalog.targets],
        ["Target", "Name", "Kind"],
    )
    yield listing(
        "agents.html",
        "Interaction partners",
        "Medicines and substances that are not antidepressants but that labels name as interaction partners.",
        [
            [links.span(a.name, f"agent:{a.id}"), a.group, ", ".join(sorted(map(str, a.properties)))]
            for a in catalog.agents
        ],
        ["Agent", "Group", "Properties"],
    )


def _title(e: query.Item | Target) -> str:
    if isinstance(e, Target):
        return f"{e.id} — {e.name}"
    return f"{e.abbreviation} — {e.name}" if isinstance(e, DrugClass) else e.name


def search_index(catalog: Catalog) -> str:
    """The search index as a script defining ``ANTIDEP_INDEX``: names, and the prose of each page (no server)."""
    entries = [
        {
            "href": page_name(kind, e.id),
            "title": getattr(e, "abbreviation", "") or e.name,
            "kind": kind,
            "text": " ".join([e.id, e.name, *getattr(e, "synonyms", ()), getattr(e, "abbreviation", "")]),
            "body": " ".join(t for f, t, _ in fields(e) if f not in ("id", "name", "synonyms", "abbreviation")),
        }
        for section, kind in KINDS
        for e in getattr(catalog, section)
    ]
    return "window.ANTIDEP_INDEX = " + json.dumps(entries, ensure_ascii=False, separators=(",", ":")) + ";\n"


def linker(catalog: Catalog) -> pages.Linker:
    """Links to every entry page the site writes."""
    return pages.Linker(f"{kind}:{e.id}" for section, kind in KINDS for e in getattr(catalog, section))


def glossary_page(catalog: Catalog, ix: query.Index, links: pages.Linker) -> Page:
    """Every term, alphabetically, with its definition and references."""
    terms = sorted(catalog.glossary, key=lambda t: t.name.casefold())
    rows = tuple(Row((cell(t.name, link=f"term:{t.id}"), cell(t.definition)), t.references) for t in terms)
    model = Model(
        "glossary",
        "glossary",
        cell("Glossary"),
        (),
        (Section("terms", (Table("Glossary", ("Term", "Definition"), rows),)),),
    )
    return pages.html_page(finish(model, lambda ids: query.references(ix, ids)), links, "glossary.html")


def site_files(ix: query.Index) -> Iterator[tuple[str, str]]:
    """Every file of the site, as (name, text): pages first, then the style sheet and the scripts."""
    catalog = ix.catalog
    links = linker(catalog)
    all_pages = [
        index_page(catalog),
        *listings(catalog, links),
        matrix_page(ix, links),
        profile_page(ix, links),
        references_page(ix, catalog, links),
        *entry_pages(ix, catalog, links),
        glossary_page(catalog, ix, links),
    ]
    for page in all_pages:
        yield page.name, document(page, TITLE)
    yield "style.css", STYLE.lstrip()
    yield "search.js", SEARCH.lstrip()
    yield "search-index.js", search_index(catalog)
