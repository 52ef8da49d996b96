"""Clinical and data context: neuromodulation treatments, the TRD overview, checked GtoPdb differences."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.base import Statement
from antidep_cli.knowledge.model.vocab import CITES, Finding, Status, refers


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
class KnownDifference:
    """A disagreement with GtoPdb that was checked and explained rather than 'fixed'."""

    id: str
    drug: str = field(metadata=refers("drugs"))
    target: str = field(metadata=refers("targets"))
    finding: Finding
    reason: str
    references: tuple[str, ...] = field(metadata=CITES)
