"""What pages are made of: references, actions with their affinity, cited statements, side effects."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.vocab import (
    CITES,
    ActionKind,
    AffinityLevel,
    Direction,
    Liability,
    Role,
    Site,
    Status,
    refers,
)


@dataclass(frozen=True, slots=True)
class Reference:
    """A cited work: ``url`` is where the work itself lives; ``read_at`` a copy it was read on, where that differs."""

    id: str
    citation: str
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None
    accessed: str | None = None  # ISO date on which it was read (at read_at where given, else at url)
    read_at: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    neurotransmitter: str = field(metadata=refers("neurotransmitters"))
    direction: Direction


@dataclass(frozen=True, slots=True)
class Affinity:
    """A strength in words from a cited source, for an action with no measured constant (``binding`` holds those)."""

    level: AffinityLevel
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
    """A side effect and the action that explains it; ``liability: low`` where the class is known for little of it."""

    effect: str
    mechanism: str
    via: str = field(metadata=refers("targets"))  # the target of the action that explains it
    references: tuple[str, ...] = field(metadata=CITES)
    liability: Liability = Liability.CAUSES
