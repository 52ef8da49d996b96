"""Records for ``combine`` and ``switch``: what cited rules say, and on what basis."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from antidep_cli.knowledge.model import Basis, Interaction, Strategy, Washout

if TYPE_CHECKING:
    from antidep_cli.queries.reasoning import Combination, Leg, Switch

Record = dict[str, Any]


def grade(rule: Interaction) -> str:
    """A flag's severity with its basis: the label's own wording, or antidep's editorial grade."""
    if rule.basis is Basis.LABEL and rule.wording:
        return f"{rule.wording} (label)"
    return f"{rule.severity} (editorial)"


def combination(c: Combination) -> Record:
    """The ``combine`` record. Flags and strategies come from cited rules; none says 'safe'."""
    return {
        "items": [e.id for e in c.items],
        "coverage": {
            "neurotransmitters": {k: list(v) for k, v in c.neurotransmitters.items()},
            "targets": {k: list(v) for k, v in c.targets.items()},
        },
        "flags": [
            {
                "id": m.rule.id,
                "kind": m.rule.kind,
                "severity": str(m.rule.severity),
                "basis": str(m.rule.basis),
                "wording": m.rule.wording,
                "mechanism": m.rule.mechanism,
                "between": list(m.between),
                "through": list(m.through),
                "note": m.rule.note,
                "references": list(m.rule.references),
            }
            for m in c.flags
            if isinstance(m.rule, Interaction)
        ],
        "strategies": [
            {
                "id": m.rule.id,
                "name": m.rule.name,
                "kind": str(m.rule.kind),
                "between": list(m.between),
                "rationale": m.rule.rationale,
                "summary": m.rule.summary,
                "status": str(m.rule.status),
                "references": list(m.rule.cited),
            }
            for m in c.strategies
            if isinstance(m.rule, Strategy)
        ],
    }


NO_RULE = {
    True: "No label or class rule in the knowledge file gives an interval for this switch; none is inferred.",
    False: "No label gives an interval between these; antidep does not invent one or a cross-taper schedule.",
}


def washout(w: Washout) -> Record:
    """One rule: its interval, whose label states it (or that it is a class rule), and why."""
    return {
        "id": w.id,
        "washout_days": w.days,
        "basis": str(w.basis),
        "label_of": w.label_of,
        "country": w.country,
        "section": w.section,
        "reason": w.reason,
        "references": list(w.references),
    }


UNANSWERED = "no rule recorded"


def answer(leg: Leg) -> str:
    """One line on which kind of rule answered a leg."""
    if leg.basis is Basis.LABEL:
        countries: dict[str | None, list[str]] = {}
        for w in leg.rules:
            seen = countries.setdefault(w.label_of, [])
            seen += [] if w.country in seen or w.country is None else [w.country]
        owners = "; ".join(f"{o}'s label{'s' if len(c) > 1 else ''} ({', '.join(c)})" for o, c in countries.items())
        differ = "; the labels differ" if leg.labels_differ else ""
        return f"{owners}{differ}"
    if leg.basis is Basis.GUIDANCE:
        return "guidance, not a label: no label rule is recorded for these drugs"
    if leg.basis is Basis.CLASS:
        return "class rule: no drug-specific rule is recorded"
    return UNANSWERED


def switching(s: Switch) -> Record:
    """The ``switch`` record: one leg per group of drug pairs that the same rules answer."""
    return {
        "from": s.source.id,
        "to": s.target.id,
        "legs": [
            {
                "from": list(leg.sources),
                "to": list(leg.targets),
                "basis": str(leg.basis) if leg.basis else None,
                "answered_by": answer(leg),
                "labels_differ": leg.labels_differ,
                "rules": [washout(w) for w in leg.rules],
                "note": None if leg.rules else NO_RULE[s.involves_maoi],
            }
            for leg in s.legs
        ],
    }
