"""The knowledge model: closed vocabularies and frozen, slotted dataclasses (standard library only).

Field names match the keys of ``data/classes.yaml`` (``metadata["key"]`` where a key is a Python
keyword). The names live in small modules that are imported on first use, so a command pays only
for the dataclasses its answer needs: ``from antidep_cli.knowledge.model import Drug`` imports
``model/drugs.py`` and what it uses, not the rules or the context sections.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import TypeIs

    from antidep_cli.knowledge.model.base import (
        Action as Action,
        Affinity as Affinity,
        Change as Change,
        Reference as Reference,
        SideEffect as SideEffect,
        Statement as Statement,
    )
    from antidep_cli.knowledge.model.catalog import (
        Catalog as Catalog,
        Entry as Entry,
        spellings as spellings,
    )
    from antidep_cli.knowledge.model.classes import (
        DrugClass as DrugClass,
    )
    from antidep_cli.knowledge.model.context import (
        KnownDifference as KnownDifference,
        Milestone as Milestone,
        Neuromodulation as Neuromodulation,
        TrdItem as TrdItem,
        TrdTopic as TrdTopic,
    )
    from antidep_cli.knowledge.model.drugs import (
        Agent as Agent,
        Brand as Brand,
        CypInhibition as CypInhibition,
        Drug as Drug,
        LigandXrefs as LigandXrefs,
        Metabolite as Metabolite,
        Pharmacogenomics as Pharmacogenomics,
        Pharmacokinetics as Pharmacokinetics,
        Phenotype as Phenotype,
        Regulatory as Regulatory,
        Trait as Trait,
        ValueSource as ValueSource,
        properties as properties,
    )
    from antidep_cli.knowledge.model.measured import (
        Binding as Binding,
        ClassEffects as ClassEffects,
        DrugEffects as DrugEffects,
        DrugMeasures as DrugMeasures,
        DrugSideEffect as DrugSideEffect,
        Frequency as Frequency,
    )
    from antidep_cli.knowledge.model.panels import Panel as Panel, PanelTarget as PanelTarget
    from antidep_cli.knowledge.model.rules import (
        ActingOn as ActingOn,
        Interaction as Interaction,
        Selector as Selector,
        Washout as Washout,
    )
    from antidep_cli.knowledge.model.shelves import (
        AGENTS as AGENTS,
        BY_NAME as BY_NAME,
        CLASSES as CLASSES,
        DRUGS as DRUGS,
        EFFECT_TERMS as EFFECT_TERMS,
        GLOSSARY as GLOSSARY,
        GTOPDB_DIFFERENCES as GTOPDB_DIFFERENCES,
        INTERACTIONS as INTERACTIONS,
        NEUROMODULATION as NEUROMODULATION,
        NEUROTRANSMITTERS as NEUROTRANSMITTERS,
        PANELS as PANELS,
        REFERENCES as REFERENCES,
        REGIONS as REGIONS,
        SHELVES as SHELVES,
        STRATEGIES as STRATEGIES,
        SYMPTOMS as SYMPTOMS,
        TARGETS as TARGETS,
        TRD as TRD,
        WASHOUTS as WASHOUTS,
        Shelf as Shelf,
    )
    from antidep_cli.knowledge.model.strategies import (
        Evidence as Evidence,
        Strategy as Strategy,
        Symptom as Symptom,
        SymptomLink as SymptomLink,
    )
    from antidep_cli.knowledge.model.targets import (
        Target as Target,
        TargetMember as TargetMember,
        TargetXrefs as TargetXrefs,
    )
    from antidep_cli.knowledge.model.vocab import (
        CITES as CITES,
        ActionKind as ActionKind,
        AffinityLevel as AffinityLevel,
        Approval as Approval,
        Basis as Basis,
        Bearing as Bearing,
        Direction as Direction,
        EvidenceKind as EvidenceKind,
        Finding as Finding,
        Liability as Liability,
        Measure as Measure,
        Outcome as Outcome,
        Property as Property,
        Relation as Relation,
        Role as Role,
        Severity as Severity,
        Site as Site,
        Standing as Standing,
        Status as Status,
        StrategyKind as StrategyKind,
        TargetKind as TargetKind,
        refers as refers,
    )
    from antidep_cli.knowledge.model.vocabulary import (
        EffectTerm as EffectTerm,
        Neurotransmitter as Neurotransmitter,
        Region as Region,
        Term as Term,
    )

_WHERE = {
    "refers": "vocab",
    "CITES": "vocab",
    "ActionKind": "vocab",
    "Site": "vocab",
    "Role": "vocab",
    "Direction": "vocab",
    "TargetKind": "vocab",
    "Status": "vocab",
    "AffinityLevel": "vocab",
    "Severity": "vocab",
    "Approval": "vocab",
    "Basis": "vocab",
    "Property": "vocab",
    "Measure": "vocab",
    "Finding": "vocab",
    "Reference": "base",
    "Change": "base",
    "Affinity": "base",
    "Action": "base",
    "Statement": "base",
    "SideEffect": "base",
    "DrugClass": "classes",
    "Brand": "drugs",
    "LigandXrefs": "drugs",
    "Regulatory": "drugs",
    "Phenotype": "drugs",
    "Pharmacogenomics": "drugs",
    "Trait": "drugs",
    "Drug": "drugs",
    "Agent": "drugs",
    "Binding": "measured",
    "DrugMeasures": "measured",
    "Frequency": "measured",
    "DrugSideEffect": "measured",
    "DrugEffects": "measured",
    "ClassEffects": "measured",
    "Metabolite": "drugs",
    "CypInhibition": "drugs",
    "Pharmacokinetics": "drugs",
    "ValueSource": "drugs",
    "Panel": "panels",
    "PanelTarget": "panels",
    "PANELS": "shelves",
    "Relation": "vocab",
    "properties": "drugs",
    "Neurotransmitter": "vocabulary",
    "Region": "vocabulary",
    "Term": "vocabulary",
    "EffectTerm": "vocabulary",
    "Liability": "vocab",
    "EFFECT_TERMS": "shelves",
    "TargetMember": "targets",
    "TargetXrefs": "targets",
    "Target": "targets",
    "ActingOn": "rules",
    "Selector": "rules",
    "Interaction": "rules",
    "Strategy": "strategies",
    "Evidence": "strategies",
    "Symptom": "strategies",
    "SymptomLink": "strategies",
    "StrategyKind": "vocab",
    "Standing": "vocab",
    "EvidenceKind": "vocab",
    "Outcome": "vocab",
    "Bearing": "vocab",
    "SYMPTOMS": "shelves",
    "Washout": "rules",
    "Milestone": "context",
    "Neuromodulation": "context",
    "TrdItem": "context",
    "TrdTopic": "context",
    "KnownDifference": "context",
    "Entry": "catalog",
    "spellings": "catalog",
    "Catalog": "catalog",
    "Shelf": "shelves",
    "SHELVES": "shelves",
    "BY_NAME": "shelves",
    "NEUROTRANSMITTERS": "shelves",
    "TARGETS": "shelves",
    "REFERENCES": "shelves",
    "CLASSES": "shelves",
    "DRUGS": "shelves",
    "AGENTS": "shelves",
    "INTERACTIONS": "shelves",
    "STRATEGIES": "shelves",
    "WASHOUTS": "shelves",
    "GTOPDB_DIFFERENCES": "shelves",
    "REGIONS": "shelves",
    "NEUROMODULATION": "shelves",
    "TRD": "shelves",
    "GLOSSARY": "shelves",
}


def is_drug(entry: object) -> TypeIs[Drug]:
    """``isinstance(entry, Drug)``, without defining the drug dataclasses while no drug has been built."""
    drugs = sys.modules.get(f"{__name__}.drugs")
    return drugs is not None and isinstance(entry, drugs.Drug)


def __getattr__(name: str) -> Any:
    """A model name, from the module that defines it (imported now if it was not yet)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


__all__ = sorted(_WHERE)
