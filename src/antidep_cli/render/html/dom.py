"""HTML built as an element tree (xml.etree), so every text and attribute is escaped by construction."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

DISCLAIMER = "antidep is an educational reference for learning pharmacology, not medical advice."
NAV = (
    ("index.html", "Home"),
    ("classes.html", "Classes"),
    ("drugs.html", "Drugs"),
    ("targets.html", "Targets"),
    ("agents.html", "Interaction partners"),
    ("matrix.html", "Matrix"),
    ("profile.html", "Profile"),
    ("effects.html", "Side effects"),
    ("strategies.html", "Strategies"),
    ("symptoms.html", "Symptoms"),
    ("glossary.html", "Glossary"),
    ("trd.html", "TRD"),
    ("references.html", "References"),
)


def h(tag: str, attrs: dict[str, str] | None = None, *children: ET.Element | str | None) -> ET.Element:
    """An element with attributes and children; strings become text, None is skipped."""
    node = ET.Element(tag, attrs or {})
    add(node, *children)
    return node


def add(node: ET.Element, *children: ET.Element | str | None) -> ET.Element:
    """Append children to ``node`` (strings as text) and return it."""
    for child in children:
        if child is None:
            continue
        if isinstance(child, str):
            if len(node):
                node[-1].tail = (node[-1].tail or "") + child
            else:
                node.text = (node.text or "") + child
        else:
            node.append(child)
    return node


def page_name(kind: str, ident: str) -> str:
    """The file of an entry's page: ``class-ssri.html``; characters unsafe in a file name become ``_XX``."""
    safe = re.sub(r"[^A-Za-z0-9.-]", lambda m: "".join(f"_{b:02X}" for b in m.group().encode()), ident)
    return f"{kind}-{safe}.html"


def anchor(ident: str) -> str:
    """An id usable as a fragment: ``ref-Tatsumi1997``."""
    return "ref-" + re.sub(r"[^A-Za-z0-9-]", "_", ident)


def link(kind: str, ident: str, text: str | None = None) -> ET.Element:
    """A link to an entry's page."""
    return h("a", {"href": page_name(kind, ident)}, text or ident)


def joined(parent: ET.Element, parts: Iterable[ET.Element | str], sep: str = ", ") -> ET.Element:
    """Children separated by ``sep``."""
    for i, part in enumerate(parts):
        add(parent, *([sep] if i else []), part)
    return parent


PHRASE = 40  # characters: a first cell longer than this is a phrase, not a name


def table(caption: str, headers: Iterable[str], rows: Iterable[Iterable[ET.Element | str]]) -> ET.Element:
    """A data table with a caption and column headers, scrollable on narrow screens.

    A first column of names stays on one line; one holding phrases (a class's side effects) wraps.
    """
    headers = list(headers)
    head = h("tr", None, *(h("th", {"scope": "col"}, c) for c in headers))
    trs = [h("tr", None, *(h("td", {"data-label": t}, c) for t, c in zip(headers, row, strict=True))) for row in rows]
    phrases = any(len("".join(tr[0].itertext())) > PHRASE for tr in trs if len(tr))
    body = h("tbody", None, *trs)
    wrapper = h("div", {"class": "scroll", "role": "region", "aria-label": caption, "tabindex": "0"})
    return add(
        wrapper,
        h(
            "table",
            {"class": "phrases"} if phrases else None,
            h("caption", None, caption),
            h("thead", None, head),
            body,
        ),
    )


@dataclass(frozen=True, slots=True)
class Page:
    """One file of the site."""

    name: str
    title: str
    body: tuple[ET.Element, ...]
    scripts: tuple[str, ...] = ()  # script files of the site, loaded at the end of the body


def document(page: Page, site_title: str) -> str:
    """A whole HTML5 page: head, skip link, navigation, main, the footer with the disclaimer."""
    head = h(
        "head",
        None,
        h("meta", {"charset": "utf-8"}),
        h("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        h("title", None, f"{page.title} — {site_title}" if page.name != "index.html" else site_title),
        h("link", {"rel": "stylesheet", "href": "style.css"}),
    )
    nav = h("nav", {"aria-label": "Sections"}, h("ul", None, *(_nav_item(href, text, page.name) for href, text in NAV)))
    body = h(
        "body",
        None,
        h("a", {"class": "skip", "href": "#main"}, "Skip to content"),
        h("header", None, h("p", {"class": "brand"}, h("a", {"href": "index.html"}, site_title)), nav),
        h("main", {"id": "main"}, h("h1", None, page.title), *page.body),
        h("footer", None, h("p", None, DISCLAIMER)),
    )
    body.extend(h("script", {"src": src}, "") for src in page.scripts)
    root = h("html", {"lang": "en"}, head, body)
    return "<!DOCTYPE html>\n" + ET.tostring(root, encoding="unicode", method="html") + "\n"


def _nav_item(href: str, text: str, current: str) -> ET.Element:
    attrs = {"href": href} | ({"aria-current": "page"} if href == current else {})
    return h("li", None, h("a", attrs, text))
