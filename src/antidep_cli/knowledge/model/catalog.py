"""The whole knowledge file as one value, and the spellings an entry answers to."""

from __future__ import annotations

from dataclasses import dataclass

from antidep_cli.knowledge.model.base import Reference
from antidep_cli.knowledge.model.classes import DrugClass
from antidep_cli.knowledge.model.context import KnownDifference, Neuromodulation, TrdTopic
from antidep_cli.knowledge.model.drugs import Agent, Drug
from antidep_cli.knowledge.model.panels import Panel
from antidep_cli.knowledge.model.rules import Interaction, Washout
from antidep_cli.knowledge.model.strategies import Strategy, Symptom
from antidep_cli.knowledge.model.targets import Target
from antidep_cli.knowledge.model.vocabulary import EffectTerm, Neurotransmitter, Region, Term

Entry = Neurotransmitter | Target | DrugClass | Drug | Agent | Neuromodulation | EffectTerm | Strategy | Symptom


def spellings(entry: Entry) -> tuple[str, ...]:
    """Every name an entry answers to: id, name, synonyms, and abbreviation or gene."""
    if isinstance(entry, DrugClass):
        return (entry.id, entry.name, *entry.synonyms, entry.abbreviation)
    if isinstance(entry, Target):
        return (entry.id, entry.name, *entry.synonyms, entry.gene)
    if isinstance(entry, Drug):
        return (entry.id, entry.name, *entry.synonyms, *(b.name for b in entry.brands))
    return (entry.id, entry.name, *entry.synonyms)


@dataclass(frozen=True, slots=True)
class Catalog:
    schema: int
    neurotransmitters: tuple[Neurotransmitter, ...]
    targets: tuple[Target, ...]
    references: tuple[Reference, ...]
    classes: tuple[DrugClass, ...]
    drugs: tuple[Drug, ...] = ()
    agents: tuple[Agent, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    strategies: tuple[Strategy, ...] = ()
    washouts: tuple[Washout, ...] = ()
    gtopdb_differences: tuple[KnownDifference, ...] = ()
    regions: tuple[Region, ...] = ()
    neuromodulation: tuple[Neuromodulation, ...] = ()
    trd: tuple[TrdTopic, ...] = ()
    glossary: tuple[Term, ...] = ()
    panels: tuple[Panel, ...] = ()
    effect_terms: tuple[EffectTerm, ...] = ()
    symptoms: tuple[Symptom, ...] = ()
