"""Rich views for clinical context: a drug's status and pharmacogenomics, neuromodulation, and TRD."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from antidep_cli.knowledge.model import Drug, Neuromodulation, Statement, TrdTopic
from antidep_cli.render.clinic import PGX_NOTE
from antidep_cli.render.terminal.richtext import STATUS_STYLE, Citations, table


def regulatory_line(d: Drug) -> Text | None:
    """``Status for depression: US approved adjunct (2007) · EU not approved · …``."""
    if not d.regulatory:
        return None
    line = Text("Status for depression: ", style="dim")
    for i, r in enumerate(d.regulatory):
        if i:
            line.append(" · ", style="dim")
        line.append(f"{r.country} ", style="bold")
        line.append(str(r.status) + (f" ({r.year})" if r.year else ""))
    return line


def pharmacogenomics_table(d: Drug, cite: Citations) -> RenderableType | None:
    """Each gene's phenotypes: what they do to exposure and the guideline's recommendation."""
    if not d.pharmacogenomics:
        return None
    t = table("Gene", "Phenotype", "Effect", "Recommendation", "Refs", title="Pharmacogenomics (CPIC)")
    for p in d.pharmacogenomics:
        for ph in p.phenotypes:
            strength = f" ({ph.strength})" if ph.strength else ""
            t.add_row(
                Text(p.gene, style="bold"),
                Text(ph.phenotype),
                Text(ph.effect),
                Text(ph.recommendation + strength),
                cite.marks(tuple(dict.fromkeys((p.guideline, *p.references)))),
            )
    return Group(t, Text(PGX_NOTE, style="dim"))


def _statements(
    title: str, statements: tuple[Statement, ...], cite: Citations, where: Callable[[Sequence[str]], str]
) -> RenderableType:
    t = table("What", "Status", "Refs", title=title)
    for s in statements:
        text = Text(s.text)
        if s.regions:
            text.append(f" (in: {where(s.regions)})", style="dim")
        t.add_row(text, Text(str(s.status), style=STATUS_STYLE[s.status]), cite.marks(s.references))
    return t


def neuromodulation_page(
    n: Neuromodulation, cite: Citations, where: Callable[[Sequence[str]], str]
) -> list[RenderableType]:
    """A neuromodulation treatment: what is stimulated, what is hypothesised to adapt, milestones, evidence.

    ``where`` names the brain regions a statement names.
    """
    parts: list[RenderableType] = [
        Text.assemble((n.name, "bold"), " — neuromodulation (not a drug)"),
        Text.assemble(("Also known as: ", "dim"), ", ".join(n.synonyms) or "—"),
        Text.assemble(("Stimulates: ", "dim"), n.stimulates),
        Text(""),
        Text(n.summary),
    ]
    if n.adaptations:
        parts.append(_statements("What is hypothesised to adapt", n.adaptations, cite, where))
    if n.evidence:
        parts.append(_statements("Evidence", n.evidence, cite, where))
    if n.milestones:
        t = table("Year", "Where", "Milestone", "Refs", title="Regulatory and guideline milestones")
        for m in n.milestones:
            t.add_row(Text(str(m.year)), Text(m.country), Text(m.event), cite.marks(m.references))
        parts.append(t)
    return parts


def trd_view(topics: tuple[TrdTopic, ...], cite: Citations) -> list[RenderableType]:
    """The treatment-resistant-depression overview, topic by topic, each point linked to its entries."""
    parts: list[RenderableType] = [
        Text(
            "Treatment-resistant depression: definitions, confounders and the sequential schemes described",
            style="bold",
        ),
        Text("Descriptive, cited content for learning; not a recommendation for any patient.\n", style="dim"),
    ]
    for topic in topics:
        see = any(item.links for item in topic.items)  # a See column only where some point links to an entry
        t = table("What", *(["See"] if see else []), "Refs", title=topic.title)
        for item in topic.items:
            text = Text(item.text)
            if item.status.value != "established":
                text.append(f" [{item.status}]", style=STATUS_STYLE[item.status])
            t.add_row(text, *([Text(", ".join(item.links))] if see else []), cite.marks(item.references))
        parts.append(t)
    return parts
