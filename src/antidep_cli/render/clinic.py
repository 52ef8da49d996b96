"""Records for clinical context: regulatory status, pharmacogenomics, neuromodulation and TRD."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Drug, Neuromodulation, Statement, TrdTopic


Record = dict[str, Any]
PGX_NOTE = "Guideline content for learning how genes change exposure; not dosing advice."


def _statement(s: Statement) -> Record:
    record: Record = {"text": s.text, "status": str(s.status), "references": list(s.references)}
    return record | ({"regions": list(s.regions)} if s.regions else {})


def regulatory(d: Drug) -> list[Record]:
    """Status for depression by country."""
    return [
        {
            "country": r.country,
            "status": str(r.status),
            "year": r.year,
            "detail": r.detail,
            "references": list(r.references),
        }
        for r in d.regulatory
    ]


def pharmacogenomics(d: Drug) -> list[Record]:
    """Guideline content by gene: each phenotype's effect and the guideline's own recommendation."""
    return [
        {
            "gene": p.gene,
            "guideline": p.guideline,
            "phenotypes": [
                {
                    "phenotype": ph.phenotype,
                    "effect": ph.effect,
                    "recommendation": ph.recommendation,
                    "strength": ph.strength,
                }
                for ph in p.phenotypes
            ],
            "references": list(p.references),
        }
        for p in d.pharmacogenomics
    ]


def neuromodulation(n: Neuromodulation) -> Record:
    """A neuromodulation treatment: what is stimulated, what adapts, milestones and evidence."""
    return {
        "id": n.id,
        "name": n.name,
        "synonyms": list(n.synonyms),
        "stimulates": n.stimulates,
        "summary": n.summary,
        "adaptations": [_statement(s) for s in n.adaptations],
        "evidence": [_statement(s) for s in n.evidence],
        "milestones": [
            {"year": m.year, "country": m.country, "event": m.event, "references": list(m.references)}
            for m in n.milestones
        ],
        "references": list(n.references),
    }


def trd(topics: tuple[TrdTopic, ...]) -> list[Record]:
    """The treatment-resistant-depression overview, topic by topic."""
    return [
        {
            "id": t.id,
            "title": t.title,
            "items": [
                {"text": i.text, "status": str(i.status), "links": list(i.links), "references": list(i.references)}
                for i in t.items
            ],
        }
        for t in topics
    ]
