"""A drug (or combination product) and an interaction partner: identity, actions, status, pharmacogenomics."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.base import Action, Statement
from antidep_cli.knowledge.model.measured import Binding, DrugSideEffect
from antidep_cli.knowledge.model.vocab import CITES, Approval, PkValue, Property, refers


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand name in one country (``member_states`` narrows an EU national brand).

    ``url`` is the regulator's page or the product's label; ``read_at`` a copy the name was seen on.
    """

    name: str
    country: str
    accessed: str
    url: str | None = None
    read_at: str | None = None
    member_states: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LigandXrefs:
    """A substance's identifiers in GtoPdb, PubChem, ChEMBL and DrugBank."""

    references: tuple[str, ...] = field(metadata=CITES)
    gtopdb_ligand: str | None = None
    pubchem_cid: str | None = None
    chembl: str | None = None
    drugbank: str | None = None


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
class Trait:
    """One cited property of an interaction partner."""

    property: Property
    text: str
    references: tuple[str, ...] = field(metadata=CITES)


@dataclass(frozen=True, slots=True)
class Metabolite:
    """An active metabolite and its half-life range in hours."""

    name: str
    half_life_h: tuple[float, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CypInhibition:
    """A CYP enzyme the drug inhibits, with the strength its source gives (strong, moderate, weak)."""

    enzyme: str
    strength: str
    references: tuple[str, ...] = field(metadata=CITES)


@dataclass(frozen=True, slots=True)
class ValueSource:
    """Which of a pharmacokinetics block's references one of its values was read in."""

    value: PkValue
    references: tuple[str, ...] = field(metadata=CITES)


@dataclass(frozen=True, slots=True)
class Pharmacokinetics:
    """Half-life and time to peak (ranges in hours), clearance, the CYP enzymes that clear it, CYPs it inhibits."""

    references: tuple[str, ...] = field(metadata=CITES)
    half_life_h: tuple[float, ...] = ()
    tmax_h: tuple[float, ...] = ()
    active_metabolites: tuple[Metabolite, ...] = ()
    cleared_by: tuple[str, ...] = ()
    main_cyp: tuple[str, ...] = ()
    inhibits: tuple[CypInhibition, ...] = ()
    note: str | None = None
    read_in: tuple[ValueSource, ...] = ()  # where the block cites several sources: which value each gave

    def cited_for(self, value: PkValue) -> tuple[str, ...]:
        """The references one value was read in: its own, where ``read_in`` names them, else the block's."""
        return next((s.references for s in self.read_in if s.value is value), self.references)


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
    binding: tuple[Binding, ...] = ()
    side_effects: tuple[DrugSideEffect, ...] = ()
    pharmacokinetics: Pharmacokinetics | None = None


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
