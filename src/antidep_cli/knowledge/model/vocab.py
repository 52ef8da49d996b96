"""Closed vocabularies of the knowledge file, and the field metadata that marks ids of other entries."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


def refers(*shelves: str, key: str | None = None) -> dict[str, Any]:
    """Field metadata: the field holds the id (or a tuple of ids) of entries in these sections of the file."""
    return {"refers": shelves} | ({"key": key} if key else {})


CITES = {"refers": ("references",), "least": 1}  # field metadata: reference ids, at least one


class ActionKind(StrEnum):
    INHIBITOR = "inhibitor"
    ANTAGONIST = "antagonist"
    UNCOMPETITIVE_ANTAGONIST = "uncompetitive antagonist"
    AGONIST = "agonist"
    PARTIAL_AGONIST = "partial agonist"
    PAM = "positive allosteric modulator"
    CHANNEL_BLOCKER = "channel blocker"


class Site(StrEnum):
    TRANSPORTER = "transporter"
    ENZYME = "enzyme"
    PRESYNAPTIC_AUTORECEPTOR = "presynaptic autoreceptor"
    SOMATODENDRITIC_AUTORECEPTOR = "somatodendritic autoreceptor"
    HETERORECEPTOR = "presynaptic heteroreceptor"
    POSTSYNAPTIC_RECEPTOR = "postsynaptic receptor"
    RECEPTOR = "receptor"
    ION_CHANNEL = "ion channel"
    CHAPERONE = "intracellular chaperone"
    NUCLEAR = "nuclear receptor"
    INTRACELLULAR_ENZYME = "intracellular enzyme"


class Role(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


class Direction(StrEnum):
    """How an action changes a neurotransmitter's signalling."""

    RAISES = "raises"  # more transmitter in the synapse (reuptake, breakdown, release)
    ENHANCES = "enhances"  # its receptor is activated or potentiated
    BLOCKS = "blocks"  # its receptor is blocked


class TargetKind(StrEnum):
    TRANSPORTER = "transporter"
    ENZYME = "enzyme"
    GPCR = "GPCR"
    LIGAND_GATED = "ligand-gated ion channel"
    VOLTAGE_GATED = "voltage-gated ion channel"
    CHAPERONE = "chaperone"
    NUCLEAR_RECEPTOR = "nuclear receptor"


class PkValue(StrEnum):
    """The values of a pharmacokinetics block, by their key in the file."""

    HALF_LIFE = "half_life_h"
    TMAX = "tmax_h"
    METABOLITES = "active_metabolites"
    CLEARED_BY = "cleared_by"
    MAIN_CYP = "main_cyp"
    NOTE = "note"


class Status(StrEnum):
    ESTABLISHED = "established"
    HYPOTHESIS = "hypothesis"
    CONTESTED = "contested"


class AffinityLevel(StrEnum):
    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"
    NEGLIGIBLE = "negligible"


class Severity(StrEnum):
    CONTRAINDICATED = "contraindicated"
    MAJOR = "major"
    MODERATE = "moderate"
    MINOR = "minor"


class Approval(StrEnum):
    """A product's regulatory status for depression in one country (or EU member state)."""

    APPROVED = "approved"  # for depression
    ADJUNCT = "approved adjunct"  # as an add-on to an antidepressant
    OTHER = "other indications only"  # authorised there, but not for depression
    INVESTIGATIONAL = "investigational"
    NEVER = "never approved"  # not authorised there for any use
    WITHDRAWN = "withdrawn"


class Basis(StrEnum):
    """Where a rule's interval or grade comes from."""

    LABEL = "label"  # a drug's own prescribing information states it
    GUIDANCE = "guidance"  # a drug-specific rule from a formulary or review, used where no label rule is recorded
    CLASS = "class"  # a class generalisation, used only where no drug-specific rule is recorded
    EDITORIAL = "editorial"  # antidep's own grading, from the cited mechanism


class Property(StrEnum):
    """Mechanism-relevant properties of an interaction partner."""

    SEROTONERGIC = "serotonergic"
    OPIOID = "opioid"
    TRIPTAN = "triptan"
    SYMPATHOMIMETIC = "sympathomimetic"
    MAO_INHIBITOR = "MAO inhibitor"
    TYRAMINE = "tyramine source"
    CYP2D6_SUBSTRATE = "CYP2D6 substrate"
    CYP2D6_PRODRUG = "CYP2D6-activated prodrug"
    CYP1A2_SUBSTRATE = "CYP1A2 substrate"
    CYP3A4_SUBSTRATE = "CYP3A4 substrate"
    CYP_INDUCER = "CYP inducer"
    QT_PROLONGING = "QT-prolonging"
    ANTIPLATELET = "antiplatelet"
    ANTICOAGULANT = "anticoagulant"


class Liability(StrEnum):
    """Whether a side-effect entry says the action causes the effect, or that the class is known for little of it."""

    CAUSES = "causes"
    LOW = "low"


class Measure(StrEnum):
    """What a binding or inhibition constant measures."""

    KI = "Ki"
    KD = "Kd"
    IC50 = "IC50"


class Relation(StrEnum):
    """Whether a constant is the value itself or a bound (``> 10000``: no displacement at that concentration)."""

    EQ = "="
    GT = ">"
    LT = "<"


class Finding(StrEnum):
    """How a drug action compares with GtoPdb's interaction rows."""

    KIND = "kind differs"
    AFFINITY = "affinity differs"
    MISSING = "not in GtoPdb"


class StrategyKind(StrEnum):
    """How a strategy changes treatment: two antidepressants together, an added non-antidepressant, or a switch."""

    COMBINATION = "combination"
    AUGMENTATION = "augmentation"
    SWITCH = "switch"


class Standing(StrEnum):
    """How the evidence for a strategy stands, taken as a whole."""

    ESTABLISHED = "established"
    MIXED = "mixed"
    CONTESTED = "contested"


class EvidenceKind(StrEnum):
    """What kind of evidence a study or statement is."""

    TRIAL = "trial"
    META_ANALYSIS = "meta-analysis"
    OBSERVATIONAL = "observational"
    GUIDELINE = "guideline"
    MECHANISTIC = "mechanistic reasoning"


class Outcome(StrEnum):
    """What a study found for the question it is cited on."""

    POSITIVE = "positive"
    NULL = "null"
    MIXED = "mixed"
    NEGATIVE = "negative"
    RATES_ONLY = "rates only"  # rates reported, the source's test between arms not recorded here


class Bearing(StrEnum):
    """How a mechanism or drug bears on a symptom."""

    IMPROVES = "improves"
    CAUSES = "causes"
    SPARES = "spares"
