"""From a side effect to the drugs: the actions explaining it, the drugs acting there by affinity, low liability.

A term (``sleepy``) names an effect; the effect is found in the side effects that
classes and drugs cite, each with the target whose action explains it. Statements
that a class is known for little of an effect are kept apart from causes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from antidep_cli.errors import UnknownNameError
from antidep_cli.knowledge import names, strength
from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS, EFFECT_TERMS
from antidep_cli.knowledge.model.vocab import AffinityLevel, Liability
from antidep_cli.queries import binding
from antidep_cli.queries.query import Index

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import ClassEffects, DrugEffects, DrugSideEffect, EffectTerm, SideEffect

STRONG = (AffinityLevel.HIGH, AffinityLevel.MODERATE)


class Cause(NamedTuple):
    """A class side effect matching the term, and the class that cites it."""

    cls: ClassEffects
    side_effect: SideEffect


class Listed(NamedTuple):
    """A drug whose own source lists the effect (a label's adverse-reaction table, say)."""

    drug: DrugEffects
    side_effect: DrugSideEffect


class Answer(NamedTuple):
    term: EffectTerm
    causes: tuple[Cause, ...]
    targets: tuple[str, ...]  # the targets whose actions explain the effect, in order of first cause
    drugs: tuple[tuple[str, binding.Ranked], ...]  # (target, drug there), strongest first within a target
    listed: tuple[Listed, ...]
    low: tuple[Cause, ...]


def term(ix: Index, text: str) -> EffectTerm:
    """The effect a word names (``sleepy`` is sedation), with suggestions when none does."""
    found = ix.db.find((names.key(text),), ("effect_terms",))
    if found is None:
        raise UnknownNameError("side effect", text, names.suggest(text, ix.db.keys(("effect_terms",))))
    entry = ix.one(EFFECT_TERMS, found[1])
    assert entry is not None  # found in the names table of this index
    return entry


def pattern(t: EffectTerm) -> re.Pattern[str]:
    """Any of a term's spellings as whole words, any case."""
    words = sorted({t.name, *t.synonyms}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def answer(ix: Index, t: EffectTerm) -> Answer:
    """What explains the effect and which drugs act there, strongest measured first; low liability apart."""
    from antidep_cli.knowledge.model.measured import ClassEffects, DrugEffects  # side effects, not whole entries

    said = pattern(t)
    classes = ix.some_as(CLASSES, ClassEffects, ix.ids(CLASSES))
    found = [Cause(c, se) for c in classes for se in c.side_effects if said.search(se.effect)]
    causes = tuple(f for f in found if f.side_effect.liability is Liability.CAUSES)
    low = tuple(f for f in found if f.side_effect.liability is Liability.LOW)
    drugs = ix.some_as(DRUGS, DrugEffects, ix.ids(DRUGS))
    listed = tuple(Listed(d, se) for d in drugs for se in d.side_effects if said.search(se.effect))
    targets = tuple(
        dict.fromkeys(
            [*(c.side_effect.via for c in causes), *(x.side_effect.target for x in listed if x.side_effect.target)]
        )
    )
    at: list[tuple[str, binding.Ranked]] = []
    for target in targets:
        _, ranked = binding.ranking(drugs, target)
        at += [(target, r) for r in ranked if r.action is not None or _strong(r)]
    return Answer(t, causes, targets, tuple(at), listed, low)


def _strong(r: binding.Ranked) -> bool:
    return r.binding is not None and strength.level(r.binding) in STRONG
