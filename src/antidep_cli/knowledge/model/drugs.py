"""A drug (or combination product) and an interaction partner: identity, actions, status, pharmacogenomics."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.base import Action, Statement
from antidep_cli.knowledge.model.vocab import CITES, Approval, Property, refers


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand name in one country (``member_states`` narrows an EU national brand), with where it was seen."""

    name: str
    country: str
    url: str
    accessed: str
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
