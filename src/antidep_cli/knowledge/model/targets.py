"""Molecular targets and their identifiers."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.vocab import CITES, TargetKind, refers


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
