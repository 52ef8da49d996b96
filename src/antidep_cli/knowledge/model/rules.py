"""The rules combine and switch match: interactions, washouts, and the selectors they (and strategies) use."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.vocab import CITES, ActionKind, Basis, Property, Role, Severity, refers


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
