"""Treatment strategies with their trial evidence, and the residual symptoms the literature links to mechanisms."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.rules import Selector
from antidep_cli.knowledge.model.vocab import (
    CITES,
    Bearing,
    EvidenceKind,
    Outcome,
    Standing,
    Status,
    StrategyKind,
    refers,
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One study or guideline statement: its design, size and result in the source's own numbers."""

    study: str
    kind: EvidenceKind
    design: str
    result: str
    outcome: Outcome
    references: tuple[str, ...] = field(metadata=CITES)
    n: str | None = None
    limits: str | None = None


@dataclass(frozen=True, slots=True)
class Strategy:
    """A combination, augmentation or switch that trials and guidelines describe, with its evidence.

    ``between`` selects the items it concerns (``combine`` matches them; a page shows the primary
    actions of each side, in antidep's target vocabulary); ``summary`` is its evidence in one line.
    """

    id: str
    name: str
    kind: StrategyKind
    between: tuple[Selector, ...]
    rationale: str
    summary: str
    status: Standing
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    @property
    def cited(self) -> tuple[str, ...]:
        """Every reference the strategy cites: its own, then each study's."""
        return tuple(dict.fromkeys([*self.references, *(r for e in self.evidence for r in e.references)]))


@dataclass(frozen=True, slots=True)
class SymptomLink:
    """What the literature associates with a symptom: a mechanism, who has it, and the kind of evidence."""

    text: str
    bearing: Bearing
    evidence: EvidenceKind
    references: tuple[str, ...] = field(metadata=CITES)
    targets: tuple[str, ...] = field(default=(), metadata=refers("targets"))
    classes: tuple[str, ...] = field(default=(), metadata=refers("classes"))
    drugs: tuple[str, ...] = field(default=(), metadata=refers("drugs"))
    strategies: tuple[str, ...] = field(default=(), metadata=refers("strategies"))
    result: str | None = None
    limits: str | None = None
    status: Status = Status.ESTABLISHED


@dataclass(frozen=True, slots=True)
class Symptom:
    """A residual symptom of depression, and the mechanisms the literature links to improving or causing it."""

    id: str
    name: str
    summary: str
    links: tuple[SymptomLink, ...]
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()
    effects: tuple[str, ...] = field(default=(), metadata=refers("effect_terms"))
