"""Typed names for the list sections of the knowledge file: ``ix.all(DRUGS)`` is a tuple of Drug.

A shelf names the model module that defines its entries, so reading one section
imports only the dataclasses that section needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from antidep_cli.knowledge.model.base import Reference
    from antidep_cli.knowledge.model.classes import DrugClass
    from antidep_cli.knowledge.model.context import KnownDifference, Neuromodulation, TrdTopic
    from antidep_cli.knowledge.model.drugs import Agent, Drug
    from antidep_cli.knowledge.model.panels import Panel
    from antidep_cli.knowledge.model.rules import Interaction, Washout
    from antidep_cli.knowledge.model.strategies import Strategy, Symptom
    from antidep_cli.knowledge.model.targets import Target
    from antidep_cli.knowledge.model.vocabulary import EffectTerm, Neurotransmitter, Region, Term

E_co = TypeVar("E_co", covariant=True)


class Shelf(NamedTuple, Generic[E_co]):
    """One list section of the knowledge file, and where the type of its entries is defined."""

    name: str
    module: str
    type_name: str

    def type(self) -> type[E_co]:
        """The dataclass of this section's entries (its module is imported now, if it was not yet)."""
        found: Any = getattr(importlib.import_module(f"antidep_cli.knowledge.model.{self.module}"), self.type_name)
        return found  # type: ignore[no-any-return]


NEUROTRANSMITTERS: Shelf[Neurotransmitter] = Shelf("neurotransmitters", "vocabulary", "Neurotransmitter")
TARGETS: Shelf[Target] = Shelf("targets", "targets", "Target")
REFERENCES: Shelf[Reference] = Shelf("references", "base", "Reference")
CLASSES: Shelf[DrugClass] = Shelf("classes", "classes", "DrugClass")
DRUGS: Shelf[Drug] = Shelf("drugs", "drugs", "Drug")
AGENTS: Shelf[Agent] = Shelf("agents", "drugs", "Agent")
INTERACTIONS: Shelf[Interaction] = Shelf("interactions", "rules", "Interaction")
STRATEGIES: Shelf[Strategy] = Shelf("strategies", "strategies", "Strategy")
WASHOUTS: Shelf[Washout] = Shelf("washouts", "rules", "Washout")
GTOPDB_DIFFERENCES: Shelf[KnownDifference] = Shelf("gtopdb_differences", "context", "KnownDifference")
REGIONS: Shelf[Region] = Shelf("regions", "vocabulary", "Region")
NEUROMODULATION: Shelf[Neuromodulation] = Shelf("neuromodulation", "context", "Neuromodulation")
TRD: Shelf[TrdTopic] = Shelf("trd", "context", "TrdTopic")
GLOSSARY: Shelf[Term] = Shelf("glossary", "vocabulary", "Term")
PANELS: Shelf[Panel] = Shelf("panels", "panels", "Panel")
EFFECT_TERMS: Shelf[EffectTerm] = Shelf("effect_terms", "vocabulary", "EffectTerm")
SYMPTOMS: Shelf[Symptom] = Shelf("symptoms", "strategies", "Symptom")
# In the order of the Catalog's fields (a test checks it).
SHELVES: tuple[Shelf[Any], ...] = (
    NEUROTRANSMITTERS,
    TARGETS,
    REFERENCES,
    CLASSES,
    DRUGS,
    AGENTS,
    INTERACTIONS,
    STRATEGIES,
    WASHOUTS,
    GTOPDB_DIFFERENCES,
    REGIONS,
    NEUROMODULATION,
    TRD,
    GLOSSARY,
    PANELS,
    EFFECT_TERMS,
    SYMPTOMS,
)
BY_NAME = {s.name: s for s in SHELVES}
