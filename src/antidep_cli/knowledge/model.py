"""The knowledge model: closed vocabularies and frozen, slotted dataclasses.

Standard library only. Field names match the keys of ``data/classes.yaml``
(``metadata["key"]`` where a key is a Python keyword).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar


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
    """A product's regulatory status for depression in one country."""

    APPROVED = "approved"
    ADJUNCT = "approved adjunct"
    OFF_LABEL = "off-label"
    INVESTIGATIONAL = "investigational"
    NOT_APPROVED = "not approved"
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


class Measure(StrEnum):
    KI = "Ki"
    KD = "Kd"


@dataclass(frozen=True, slots=True)
class Neurotransmitter:
    id: str
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TargetMember:
    """One gene product of a target that antidep treats as a family (alpha1, GABA-A, Nav)."""

    gtopdb_target: str
    gene: str | None = None
    uniprot: str | None = None
    hgnc: str | None = None


@dataclass(frozen=True, slots=True)
class TargetXrefs:
    """A target's identifiers in GtoPdb, UniProt (human) and HGNC; a family lists its members."""

    references: tuple[str, ...] = field(metadata=CITES)
    gtopdb_target: str | None = None
    uniprot: str | None = None
    hgnc: str | None = None
    gtopdb_family: str | None = None
    members: tuple[TargetMember, ...] = ()


@dataclass(frozen=True, slots=True)
class Target:
    id: str
    name: str
    gene: str
    kind: TargetKind
    description: str
    neurotransmitters: tuple[str, ...] = field(default=(), metadata=refers("neurotransmitters"))
    synonyms: tuple[str, ...] = ()
    xrefs: TargetXrefs | None = None


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
    neurotransmitter: str = field(metadata=refers("neurotransmitters"))
    direction: Direction


@dataclass(frozen=True, slots=True)
class Affinity:
    level: AffinityLevel
    value_nm: float | None = None
    measure: Measure | None = None
    species: str | None = None
    reference: str | None = field(default=None, metadata=refers("references"))


@dataclass(frozen=True, slots=True)
class Action:
    target: str = field(metadata=refers("targets"))
    action: ActionKind
    site: Site
    role: Role
    references: tuple[str, ...] = field(metadata=CITES)
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
    references: tuple[str, ...] = field(metadata=CITES)
    status: Status = Status.ESTABLISHED
    timescale: str | None = None
    regions: tuple[str, ...] = field(default=(), metadata=refers("regions"))  # where it is observed


@dataclass(frozen=True, slots=True)
class SideEffect:
    effect: str
    mechanism: str
    via: str = field(metadata=refers("targets"))  # the target of the action that explains it
    references: tuple[str, ...] = field(metadata=CITES)


@dataclass(frozen=True, slots=True)
class Region:
    """A brain region that adaptations and consequences can name."""

    id: str
    name: str
    description: str
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Regulatory:
    """A product's status for depression in one country, with its year where known."""

    country: str
    status: Approval
    detail: str
    references: tuple[str, ...] = field(metadata=CITES)
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Phenotype:
    """What one metabolizer phenotype does to exposure, and a guideline's recommendation in its own words."""

    phenotype: str
    effect: str
    recommendation: str
    strength: str | None = None


@dataclass(frozen=True, slots=True)
class Pharmacogenomics:
    """A drug-gene pair from a pharmacogenomic guideline (learning content, not dosing advice)."""

    gene: str
    guideline: str = field(metadata=refers("references"))
    phenotypes: tuple[Phenotype, ...]
    references: tuple[str, ...] = field(metadata=CITES)


@dataclass(frozen=True, slots=True)
class LigandXrefs:
    """A substance's identifiers in GtoPdb, PubChem, ChEMBL and DrugBank."""

    references: tuple[str, ...] = field(metadata=CITES)
    gtopdb_ligand: str | None = None
    pubchem_cid: str | None = None
    chembl: str | None = None
    drugbank: str | None = None


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand name in one country (``member_states`` narrows an EU national brand), with where it was seen."""

    name: str
    country: str
    url: str
    accessed: str
    member_states: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DrugClass:
    id: str
    abbreviation: str
    name: str
    mode_of_action: str
    summary: str
    actions: tuple[Action, ...]
    references: tuple[str, ...] = field(metadata=CITES)
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
    note: str
    actions: tuple[Action, ...]
    references: tuple[str, ...] = field(metadata=CITES)
    atc: str | None = None  # None only where no source shows a WHO code (gepirone)
    drug_class: str | None = field(default=None, metadata=refers("classes", key="class"))
    components: tuple[str, ...] = field(default=(), metadata=refers("drugs", "agents"))
    synonyms: tuple[str, ...] = ()
    notes: tuple[Statement, ...] = ()
    metabolism: tuple[Statement, ...] = ()
    brands: tuple[Brand, ...] = ()
    xrefs: LigandXrefs | None = None
    regulatory: tuple[Regulatory, ...] = ()
    pharmacogenomics: tuple[Pharmacogenomics, ...] = ()
    traits: tuple[Trait, ...] = ()


@dataclass(frozen=True, slots=True)
class Trait:
    """One cited property of an interaction partner."""

    property: Property
    text: str
    references: tuple[str, ...] = field(metadata=CITES)


@dataclass(frozen=True, slots=True)
class Agent:
    """A non-antidepressant that labels name as an interaction partner."""

    id: str
    name: str
    group: str
    note: str
    traits: tuple[Trait, ...]
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    xrefs: LigandXrefs | None = None

    @property
    def properties(self) -> frozenset[Property]:
        """The properties its traits record."""
        return frozenset(t.property for t in self.traits)


def properties(entry: object) -> frozenset[Property]:
    """The properties an agent's or drug's traits record (none for other entries)."""
    return frozenset(t.property for t in getattr(entry, "traits", ()))


@dataclass(frozen=True, slots=True)
class Milestone:
    """A regulatory or guideline milestone, with its year."""

    year: int
    country: str
    event: str
    references: tuple[str, ...] = field(metadata=CITES)


@dataclass(frozen=True, slots=True)
class Neuromodulation:
    """A non-drug treatment: what is stimulated, what is hypothesised to adapt, and its milestones."""

    id: str
    name: str
    stimulates: str
    summary: str
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()
    adaptations: tuple[Statement, ...] = ()
    evidence: tuple[Statement, ...] = ()
    milestones: tuple[Milestone, ...] = ()


@dataclass(frozen=True, slots=True)
class TrdItem:
    """One cited point of a treatment-resistant-depression topic, linked to the entries it names."""

    text: str
    references: tuple[str, ...] = field(metadata=CITES)
    links: tuple[str, ...] = field(default=(), metadata=refers("classes", "drugs", "agents", "neuromodulation"))
    status: Status = Status.ESTABLISHED


@dataclass(frozen=True, slots=True)
class TrdTopic:
    """A part of the treatment-resistant-depression overview: definition, confounders, stages, STAR*D."""

    id: str
    title: str
    items: tuple[TrdItem, ...]


@dataclass(frozen=True, slots=True)
class ActingOn:
    """Matches entries with an action at one of ``targets`` (optionally of a kind, reversibility, role)."""

    targets: tuple[str, ...] = field(metadata=refers("targets"))
    action: ActionKind | None = None
    reversible: bool | None = None
    role: Role | None = None


@dataclass(frozen=True, slots=True)
class Selector:
    """Which classes or drugs a rule concerns. A class matches ``drugs`` through its members."""

    classes: tuple[str, ...] = field(default=(), metadata=refers("classes"))
    drugs: tuple[str, ...] = field(default=(), metadata=refers("drugs"))
    acting: tuple[ActingOn, ...] = ()
    agents: tuple[str, ...] = field(default=(), metadata=refers("agents"))
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
    references: tuple[str, ...] = field(metadata=CITES)
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
    references: tuple[str, ...] = field(metadata=CITES)


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
    references: tuple[str, ...] = field(metadata=CITES)
    label_of: str | None = field(default=None, metadata=refers("drugs", "agents"))
    country: str | None = None
    section: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry: a term the pages use, explained in one or two cited sentences."""

    id: str
    name: str
    definition: str
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()
    related: tuple[str, ...] = field(default=(), metadata=refers("glossary"))


class Finding(StrEnum):
    """How a drug action compares with GtoPdb's interaction rows."""

    KIND = "kind differs"
    AFFINITY = "affinity differs"
    MISSING = "not in GtoPdb"


@dataclass(frozen=True, slots=True)
class KnownDifference:
    """A disagreement with GtoPdb that was checked and explained rather than 'fixed'."""

    id: str
    drug: str = field(metadata=refers("drugs"))
    target: str = field(metadata=refers("targets"))
    finding: Finding
    reason: str
    references: tuple[str, ...] = field(metadata=CITES)


Entry = Neurotransmitter | Target | DrugClass | Drug | Agent | Neuromodulation


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


E_co = TypeVar("E_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Shelf(Generic[E_co]):
    """One list section of the knowledge file and the type of its entries: ``ix.all(DRUGS)`` is Drugs."""

    name: str
    of: type[E_co]


NEUROTRANSMITTERS = Shelf("neurotransmitters", Neurotransmitter)
TARGETS = Shelf("targets", Target)
REFERENCES = Shelf("references", Reference)
CLASSES = Shelf("classes", DrugClass)
DRUGS = Shelf("drugs", Drug)
AGENTS = Shelf("agents", Agent)
INTERACTIONS = Shelf("interactions", Interaction)
STRATEGIES = Shelf("strategies", Strategy)
WASHOUTS = Shelf("washouts", Washout)
GTOPDB_DIFFERENCES = Shelf("gtopdb_differences", KnownDifference)
REGIONS = Shelf("regions", Region)
NEUROMODULATION = Shelf("neuromodulation", Neuromodulation)
TRD = Shelf("trd", TrdTopic)
GLOSSARY = Shelf("glossary", Term)
