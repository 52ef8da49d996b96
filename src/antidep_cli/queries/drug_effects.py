"""A drug's side effects, each explained through an action the drug itself has, or said to be unexplained.

A label lists an effect; a class's side effect names the target whose action explains
that kind of effect (sedation through H1). The explanation applies to the drug only
if the drug has its own action, or a measured value of at least moderate strength, at
that target; otherwise the page says no mechanism is established here.

Where the file records no side effect from the drug's own sources, a combination's are
its components' (from their own entries), and any other drug's class's side effects
stand in, each only where the drug has the class's kind of action at that target (never
a reversible one where the class's is not said to be), or binds there at least
moderately, and said to be a class statement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from antidep_cli.knowledge import model, strength
from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS, EFFECT_TERMS
from antidep_cli.knowledge.model.vocab import AffinityLevel, Liability
from antidep_cli.queries import binding
from antidep_cli.queries.effects import pattern
from antidep_cli.queries.query import Index

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Drug, DrugClass, DrugSideEffect, SideEffect


class Explained(NamedTuple):
    """A side effect of the drug, the target and the drug's strength there, and the cited mechanism."""

    side_effect: DrugSideEffect
    target: str | None
    strength: binding.Strength | None
    mechanism: str | None
    references: tuple[str, ...]  # of the mechanism (the class side effect, or the drug's own source)
    via_class: str | None  # the class whose side effect gives the mechanism, where one does
    from_class: bool = False  # the effect itself is the class's, standing in for the drug's own sources
    component: str | None = None  # the ingredient of a combination whose own entry this comes from


def class_stand_ins(ix: Index, d: Drug) -> tuple[Explained, ...]:
    """The class's side effects standing in for a drug with none of its own (none for a combination)."""
    return () if d.side_effects or d.components else _class_stands_in(ix, d)


def explain(ix: Index, d: Drug) -> tuple[Explained, ...]:
    """Each of the drug's side effects with its explanation, in file order; where it has none, a combination's
    are its components' (each from the component's own entry), and any other drug's are its class's."""
    if not d.side_effects and d.components:
        return tuple(x._replace(component=c.id) for c in ix.some(DRUGS, d.components) for x in explain(ix, c))
    if not d.side_effects:
        return _class_stands_in(ix, d)
    terms = [(t, pattern(t)) for t in ix.all(EFFECT_TERMS)]
    classes = _classes(ix, d)
    found = []
    for se in d.side_effects:
        if se.target is not None:  # the drug's own source names the mechanism
            action = next((a for a in d.actions if a.target == se.target), None)
            s = binding.of_action(d, action) if action else None
            found.append(Explained(se, se.target, s, se.mechanism, se.references, None))
            continue
        words = [p for _, p in terms if p.search(se.effect)]
        found.append(_through_class(d, se, words, classes))
    return tuple(found)


def _classes(ix: Index, d: Drug) -> list[DrugClass]:
    """The drug's own class first, then the classes acting where the drug acts or was measured.

    A mechanism is pharmacology, not a class property, but only a class acting at one of
    the drug's targets can explain one of its effects; reading just those keeps a drug
    page's cost independent of the size of the file.
    """
    targets = {a.target for a in d.actions} | {b.target for b in d.binding}
    ids = ix.db.touching("classes", *(f"target:{t}" for t in sorted(targets))) if targets else []
    ordered = [d.drug_class] if d.drug_class in ids else []
    return list(ix.some(CLASSES, [*ordered, *(i for i in ids if i != d.drug_class)]))


def _through_class(d: Drug, se: DrugSideEffect, words: list[re.Pattern[str]], classes: list[DrugClass]) -> Explained:
    for c in classes:
        for cse in c.side_effects:
            if cse.liability is not Liability.CAUSES or not any(p.search(cse.effect) for p in words):
                continue
            if (s := _acts(d, cse)) is not None:
                return Explained(se, cse.via, s, cse.mechanism, cse.references, c.id)
    return Explained(se, None, None, None, (), None)


def _acts(d: Drug, cse: SideEffect) -> binding.Strength | None:
    """The drug's strength at the class side effect's target, if it acts there or binds at least moderately."""
    action = next((a for a in d.actions if a.target == cse.via), None)
    if action is not None:
        return binding.of_action(d, action)
    b = binding.chosen(d, cse.via)
    if b is not None and strength.level(b) in (AffinityLevel.HIGH, AffinityLevel.MODERATE):
        return binding.Strength(strength.level(b), b, b.reference)
    return None


def _class_stands_in(ix: Index, d: Drug) -> tuple[Explained, ...]:
    """The side effects of the drug's class whose explaining action the drug itself has."""
    c = ix.one(CLASSES, d.drug_class) if d.drug_class else None
    if c is None:
        return ()
    found = []
    for cse in c.side_effects:
        if cse.liability is Liability.CAUSES and _shares(d, c, cse) and (s := _acts(d, cse)) is not None:
            action = next((a for a in d.actions if a.target == cse.via), None)
            cited = action.references if action else ((s.reference,) if s.reference else ())
            stand_in = model.DrugSideEffect(cse.effect, cited)  # cited for the drug's own action there
            found.append(Explained(stand_in, cse.via, s, cse.mechanism, cse.references, c.id, from_class=True))
    return tuple(found)


def _shares(d: Drug, c: DrugClass, cse: SideEffect) -> bool:
    """Whether the drug's own action at the target, if it has one, is the class's: the same kind, and never a
    reversible action where the class's is not said to be (a reversible MAO-A inhibitor is not the class's case)."""
    mine = next((a for a in d.actions if a.target == cse.via), None)
    theirs = next((a for a in c.actions if a.target == cse.via), None)
    if mine is None or theirs is None:
        return True
    return mine.action == theirs.action and (mine.reversible is not True or theirs.reversible is True)
