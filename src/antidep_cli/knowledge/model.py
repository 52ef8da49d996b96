"""The knowledge model: closed vocabularies and frozen, slotted dataclasses.

Standard library only. Field names match the keys of ``data/classes.yaml``
(``metadata["key"]`` where a key is a Python keyword).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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


class Measure(StrEnum):
    KI = "Ki"
    KD = "Kd"


@dataclass(frozen=True, slots=True)
class Neurotransmitter:
    id: str
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Target:
    id: str
    name: str
    gene: str
    kind: TargetKind
    description: str
    neurotransmitters: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reference:
    id: str
    citation: str
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None
    accessed: str | None = None  # ISO date on which the URL was read


@dataclass(frozen=True, slots=True)
class Change:
    neurotransmitter: str
    direction: Direction


@dataclass(frozen=True, slots=True)
class Affinity:
    level: AffinityLevel
    value_nm: float | None = None
    measure: Measure | None = None
    species: str | None = None
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Action:
    target: str
    action: ActionKind
    site: Site
    role: Role
    references: tuple[str, ...]
    effect: str = ""
    changes: tuple[Change, ...] = ()
    reversible: bool | None = None
    affinity: Affinity | None = None
    status: Status = Status.ESTABLISHED
    component: str | None = None  # which ingredient of a combination product acts


@dataclass(frozen=True, slots=True)
class Statement:
    """A cited sentence: an adaptation, a note, a metabolism fact."""

    text: str
    references: tuple[str, ...]
    status: Status = Status.ESTABLISHED
    timescale: str | None = None


@dataclass(frozen=True, slots=True)
class SideEffect:
    effect: str
    mechanism: str
    via: str  # the target of the action that explains it
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DrugClass:
    id: str
    abbreviation: str
    name: str
    mode_of_action: str
    summary: str
    actions: tuple[Action, ...]
    references: tuple[str, ...]
    onset: Statement | None = None
    atc: str | None = None
    synonyms: tuple[str, ...] = ()
    consequences: tuple[Statement, ...] = ()  # what follows the primary actions within hours or days
    adaptations: tuple[Statement, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    notes: tuple[Statement, ...] = ()

    def timeline(self) -> tuple[Statement, ...]:
        """Acute consequences, onset, then the adaptations of the following weeks."""
        return self.consequences + ((self.onset,) if self.onset else ()) + self.adaptations


@dataclass(frozen=True, slots=True)
class Drug:
    id: str
    name: str
    atc: str
    note: str
    actions: tuple[Action, ...]
    references: tuple[str, ...]
    drug_class: str | None = field(default=None, metadata={"key": "class"})
    components: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    notes: tuple[Statement, ...] = ()
    metabolism: tuple[Statement, ...] = ()


@dataclass(frozen=True, slots=True)
class Trait:
    """One cited property of an interaction partner."""

    property: Property
    text: str
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Agent:
    """A non-antidepressant that labels name as an interaction partner."""

    id: str
    name: str
    group: str
    note: str
    traits: tuple[Trait, ...]
    references: tuple[str, ...]
    synonyms: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()

    @property
    def properties(self) -> frozenset[Property]:
        """The properties its traits record."""
        return frozenset(t.property for t in self.traits)


@dataclass(frozen=True, slots=True)
class ActingOn:
    """Matches entries with an action at one of ``targets`` (optionally of a kind, reversibility, role)."""

    targets: tuple[str, ...]
    action: ActionKind | None = None
    reversible: bool | None = None
    role: Role | None = None


@dataclass(frozen=True, slots=True)
class Selector:
    """Which classes or drugs a rule concerns. A class matches ``drugs`` through its members."""

    classes: tuple[str, ...] = ()
    drugs: tuple[str, ...] = ()
    acting: tuple[ActingOn, ...] = ()
    agents: tuple[str, ...] = ()
    properties: tuple[Property, ...] = ()


@dataclass(frozen=True, slots=True)
class Interaction:
    """A mechanism-based hazard between items matching each selector (or one item, with one).

    ``basis`` says whether a label states the pair (``wording`` then quotes its verb:
    "contraindicated", "avoid") or the grade is antidep's editorial one.
    """

    id: str
    kind: str
    severity: Severity
    basis: Basis
    mechanism: str
    between: tuple[Selector, ...]
    references: tuple[str, ...]
    wording: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Strategy:
    """A combination described in reviews or trials, with its evidence status."""

    id: str
    name: str
    between: tuple[Selector, ...]
    rationale: str
    evidence: str
    status: Status
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Washout:
    """An interval between stopping one item and starting another.

    A label rule records what one product's label states (``label_of``, ``country``,
    ``section``); ``days`` is None where that label names the switch but gives no
    interval. A guidance rule (a formulary or review on one drug) stands in where no
    label rule covers a pair, and a class rule only where neither does.
    """

    id: str
    source: Selector = field(metadata={"key": "from"})
    target: Selector = field(metadata={"key": "to"})
    days: int | None
    basis: Basis
    reason: str
    references: tuple[str, ...]
    label_of: str | None = None
    country: str | None = None
    section: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry: a term the pages use, explained in one or two cited sentences."""

    id: str
    name: str
    definition: str
    references: tuple[str, ...]
    synonyms: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # ids of other terms


Entry = Neurotransmitter | Target | DrugClass | Drug | Agent


def spellings(entry: Entry) -> tuple[str, ...]:
    """Every name an entry answers to: id, name, synonyms, and abbreviation or gene."""
    if isinstance(entry, DrugClass):
        return (entry.id, entry.name, *entry.synonyms, entry.abbreviation)
    if isinstance(entry, Target):
        return (entry.id, entry.name, *entry.synonyms, entry.gene)
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
    glossary: tuple[Term, ...] = ()
