"""JSON-ready records for finding things: search hits in words, target pages and glossary terms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from antidep_cli.knowledge import strength
from antidep_cli.queries import query
from antidep_cli.render.page import Page
from antidep_cli.render.records import NOT_RECORDED, Record, binding, frequency, references

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Term
    from antidep_cli.queries.binding import Ranked
    from antidep_cli.queries.effects import Answer, Cause
    from antidep_cli.queries.search import Hit
    from antidep_cli.queries.targets import TargetPage


def hit(ix: query.Index, h: Hit) -> Record:
    """A search result; ``where`` names its field in words ("action at 5-HT2A", "side effect")."""
    return {"kind": h.kind, "id": h.id, "field": h.field, "where": where(ix, h), "snippet": h.snippet()[0]}


_FIELDS = {
    "id": "name",
    "synonyms": "synonym",
    "mode_of_action": "mode of action",
    "side_effects": "side effect",
    "consequences": "consequence",
    "adaptations": "adaptation",
    "notes": "note",
    "abbreviation": "abbreviation",
}


def where(ix: query.Index, h: Hit) -> str:
    """A field path in words: ``actions[5].effect`` -> ``action at 5-HT2A``, ``notes[0]`` -> ``note``."""
    head = h.field.split("[")[0].split(".")[0]
    if head == "actions" and h.kind in ("class", "drug", "agent"):
        entry = ix.items.get(h.id)
        index = int(h.field.split("[")[1].split("]")[0])
        if entry is not None and index < len(entry.actions):
            return f"action at {entry.actions[index].target}"
    return _FIELDS.get(head, head.replace("_", " "))


def target_page(p: TargetPage) -> Record:
    """The ``target`` record: what the target is, who acts there (drugs by affinity), what it explains."""
    t = p.target
    return {
        "id": t.id,
        "name": t.name,
        "gene": t.gene,
        "kind": str(t.kind),
        "neurotransmitters": list(t.neurotransmitters),
        "description": t.description,
        "classes": [
            {"class": a.item.id, "action": str(a.action.action), "role": str(a.action.role)} for a in p.classes
        ],
        "study_preferred": p.study,
        "drugs": [_ranked(r) for r in p.drugs],
        "class_members_without_values": {cls: list(drugs) for cls, drugs in p.silent},
        "side_effects": [
            {"class": c.id, "effect": se.effect, "mechanism": se.mechanism, "references": list(se.references)}
            for c, se in p.side_effects
        ],
    }


def _ranked(r: Ranked) -> Record:
    """A drug at a target: its action there (None where it has none) and the value shown (or a status)."""
    action = {"action": str(r.action.action), "role": str(r.action.role)} if r.action else {"action": None}
    if r.binding is not None:
        value = {"level": str(strength.level(r.binding)), "source": "measured"} | binding(r.binding)
    elif r.action is not None and r.action.affinity is not None:
        words = r.action.affinity
        value = {"level": str(words.level), "source": "stated"}
        value |= {"reference": words.reference} if words.reference else {}
    else:
        value = {"status": NOT_RECORDED}
    return {"drug": r.drug.id, "class": r.drug.drug_class} | action | {"affinity": value}


def term(t: Term) -> Record:
    """A glossary entry."""
    return {
        "id": t.id,
        "name": t.name,
        "synonyms": list(t.synonyms),
        "definition": t.definition,
        "related": list(t.related),
        "references": list(t.references),
    }


def effect(a: Answer, page: Page) -> Record:
    """The ``effect`` record: what explains the effect, the drugs acting there, labels listing it, low liability."""
    t = a.term

    def side(c: Cause) -> Record:
        se = c.side_effect
        return {
            "class": c.cls.id,
            "effect": se.effect,
            "mechanism": se.mechanism,
            "via": se.via,
            "references": list(se.references),
        }

    drugs = []
    for target, r in a.drugs:
        refs = list(
            dict.fromkeys([*((r.binding.reference,) if r.binding else ()), *(r.action.references if r.action else ())])
        )
        value: Record = {"status": NOT_RECORDED}
        if r.binding is not None:
            value = {"level": str(strength.level(r.binding))} | {
                k: v for k, v in binding(r.binding).items() if k != "target"
            }
        drugs.append(
            {"drug": r.drug.id, "target": target, "action": str(r.action.action) if r.action else None}
            | value
            | {"references": refs}
        )
    labels = [
        {"drug": x.drug.id, "effect": x.side_effect.effect, "target": x.side_effect.target}
        | ({"frequency": frequency(x.side_effect.frequency)} if x.side_effect.frequency else {})
        | {"references": list(x.side_effect.references)}
        for x in a.listed
    ]
    return {
        "term": t.id,
        "name": t.name,
        "synonyms": list(t.synonyms),
        "causes": [side(c) for c in a.causes],
        "targets": list(a.targets),
        "drugs": drugs,
        "labels": labels,
        "low_liability": [side(c) for c in a.low],
        "references": references(page),
    }
