"""The causal chain of an item, from its first action to the changes weeks later."""

from __future__ import annotations

from dataclasses import dataclass

from antidep_cli.knowledge.model import Action, Neuromodulation, Role, Statement, Status
from antidep_cli.queries import query
from antidep_cli.queries.query import Index, Item


@dataclass(frozen=True, slots=True)
class Step:
    text: str
    status: Status
    references: tuple[str, ...]
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Stage:
    title: str
    steps: tuple[Step, ...]


def _action_step(a: Action) -> Step:
    changes = ", ".join(f"{c.direction} {c.neurotransmitter}" for c in a.changes)
    head = f"{a.target} {query.action_label(a)} ({a.site})" + (f" → {changes}" if changes else "")
    if a.component:
        head = f"{a.component}: {head}"
    return Step(head, a.status, a.references, a.effect)


def _statement_step(ix: Index, s: Statement) -> Step:
    where = f"In: {query.region_names(ix, s.regions)}" if s.regions else ""
    detail = [f"Timescale: {s.timescale}" if s.timescale else "", where]
    return Step(s.text, s.status, s.references, "; ".join(filter(None, detail)))


def treatment_chain(ix: Index, n: Neuromodulation) -> tuple[Stage, ...]:
    """A neuromodulation treatment's chain: what is stimulated, what is hypothesised to adapt, the evidence."""
    stages = [Stage("What is stimulated", (Step(n.stimulates, Status.ESTABLISHED, n.references, n.summary),))]
    if n.adaptations:
        stages.append(Stage("What is hypothesised to adapt", tuple(_statement_step(ix, s) for s in n.adaptations)))
    if n.evidence:
        stages.append(Stage("Evidence", tuple(_statement_step(ix, s) for s in n.evidence)))
    return tuple(stages)


def chain(ix: Index, entry: Item) -> tuple[Stage, ...]:
    """Stages in time order: primary actions, their consequences, side effects, onset, adaptations."""
    cls = query.class_of(ix, entry)
    stages = [Stage("Within hours: the primary actions", tuple(_action_step(a) for a in query.primary(entry.actions)))]
    if cls and cls.consequences:
        steps = tuple(_statement_step(ix, s) for s in cls.consequences)
        stages.append(Stage("Then: what the primary actions set off", steps))
    secondary = tuple(_action_step(a) for a in entry.actions if a.role is Role.SECONDARY)
    side = tuple(
        Step(f"{se.effect} — via {se.via}", Status.ESTABLISHED, se.references, se.mechanism)
        for se in (cls.side_effects if cls else ())
    )
    if secondary:
        stages.append(Stage("Secondary actions", secondary))
    if side:
        stages.append(Stage("Side effects, and the action that explains each", side))
    if cls and cls.onset:
        stages.append(Stage("Onset", (_statement_step(ix, cls.onset),)))
    if cls and cls.adaptations:
        steps = tuple(_statement_step(ix, s) for s in cls.adaptations)
        stages.append(Stage("Over the following weeks: adaptations (hypotheses marked)", steps))
    return tuple(stages)
