"""JSON records of strategies and residual symptoms: every field of the file, and the page's references."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from antidep_cli.knowledge import strength
from antidep_cli.queries import query, strategies
from antidep_cli.queries.binding import Ranked, Strength
from antidep_cli.render.page import Page
from antidep_cli.render.records import affinity, references

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Evidence, Strategy, Symptom

Record = dict[str, Any]


def evidence(e: Evidence) -> Record:
    """One study or guideline statement, with the source's own numbers."""
    return {
        "study": e.study,
        "kind": str(e.kind),
        "design": e.design,
        "n": e.n,
        "result": e.result,
        "finding": str(e.outcome),
        "limits": e.limits,
        "references": list(e.references),
    }


def strategy_summary(s: Strategy) -> Record:
    """What ``strategies`` lists of one strategy."""
    return {"id": s.id, "name": s.name, "kind": str(s.kind), "status": str(s.status), "summary": s.summary}


def strategy(ix: query.Index, s: Strategy, page: Page) -> Record:
    """The ``strategy`` record."""
    return strategy_summary(s) | {
        "synonyms": list(s.synonyms),
        "between": [{"classes": list(sel.classes), "drugs": list(sel.drugs)} for sel in s.between],
        "mechanism": [
            {"side": m.side, "item": m.item, "target": m.action.target, "action": query.action_label(m.action)}
            | {"references": list(m.action.references)}
            for m in strategies.mechanism(ix, s)
        ],
        "rationale": s.rationale,
        "evidence": [evidence(e) for e in s.evidence],
        "statuses": [
            {"drug": d.id, "country": r.country, "status": str(r.status), "references": list(r.references)}
            for d in strategies.named_drugs(ix, s)
            for r in d.regulatory
        ],
        "symptoms": [x.id for x in strategies.citing(ix, s)],
        "references": references(page),
    }


def symptom(ix: query.Index, sym: Symptom, page: Page) -> Record:
    """The ``symptom`` record: each link with its evidence level, and the drugs acting at its targets."""
    return {
        "id": sym.id,
        "name": sym.name,
        "synonyms": list(sym.synonyms),
        "summary": sym.summary,
        "effects": list(sym.effects),
        "links": [
            {
                "text": link.text,
                "bearing": str(link.bearing),
                "evidence": str(link.evidence),
                "targets": list(link.targets),
                "classes": list(link.classes),
                "drugs": list(link.drugs),
                "strategies": list(link.strategies),
                "result": link.result,
                "limits": link.limits,
                "status": str(link.status),
                "references": list(link.references),
            }
            for link in sym.links
        ],
        "drugs_at_targets": [
            {
                "target": at.target,
                "drugs": [
                    {
                        "drug": r.drug.id,
                        "action": query.action_label(r.action) if r.action else None,
                        "affinity": affinity(_strength(r)),
                    }
                    for r in at.drugs
                ],
            }
            for at in strategies.acting(ix, sym)
        ],
        "references": references(page),
    }


def _strength(r: Ranked) -> Strength:
    """The value a ranking shows for a drug: its chosen measurement, else the level a source states."""
    if r.binding is not None:
        return Strength(strength.level(r.binding), r.binding, r.binding.reference)
    stated = r.action.affinity if r.action else None
    return Strength(stated.level, None, stated.reference) if stated else Strength(None, None, None)


def symptoms(found: Sequence[Symptom]) -> list[Record]:
    """What ``symptom`` lists without a name."""
    return [{"id": s.id, "name": s.name, "synonyms": list(s.synonyms)} for s in found]
