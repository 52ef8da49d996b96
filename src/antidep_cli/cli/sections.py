"""``--section``: which parts of a page to print."""

from __future__ import annotations

from typing import Annotated

import typer

from antidep_cli.errors import UsageError

PAGE_SECTIONS = {
    "class": ("summary", "actions", "timeline", "side-effects", "notes", "drugs", "strategies", "terms", "references"),
    "drug": (
        "summary",
        "notes",
        "actions",
        "side-effects",
        "pharmacokinetics",
        "binding",
        "properties",
        "pharmacogenomics",
        "strategies",
        "terms",
        "references",
    ),
    "target": ("summary", "classes", "drugs", "side-effects", "references"),
    "effect": ("summary", "causes", "drugs", "labels", "low-liability", "references"),
    "strategy": ("summary", "mechanism", "evidence", "status", "symptoms", "combine", "references"),
    "symptom": ("summary", "links", "drugs", "references"),
}

SectionOption = Annotated[
    list[str] | None,
    typer.Option(
        "--section",
        "-s",
        metavar="NAME",
        help="Only these parts (repeat or comma-separate), e.g. summary,actions; a wrong name lists the page's parts.",
    ),
]


def sections_of(page: str, given: list[str] | None) -> tuple[str, ...] | None:
    """The sections asked for, in page order, or None for the whole page; an unknown name is a usage error."""
    if not given:
        return None
    known = PAGE_SECTIONS[page]
    asked = [s.strip().casefold().replace("_", "-").replace(" ", "-") for g in given for s in g.split(",")]
    aliases = {"side-effect": "side-effects", "reference": "references", "refs": "references"}
    aliases |= (
        {"pgx": "pharmacogenomics", "metabolism": "pharmacokinetics", "pk": "pharmacokinetics"}
        if page == "drug"
        else {}
    )
    asked = [aliases.get(a, a) for a in asked]
    unknown = [a for a in asked if a not in known]
    if unknown:
        raise UsageError(f"no section {unknown[0]!r} on a {page} page; choose from {', '.join(known)}")
    return tuple(s for s in known if s in asked)
