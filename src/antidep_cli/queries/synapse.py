"""The synapse figure as data: which target goes where, with which mark. Pure; no drawing.

An entry's actions are sorted into panels, one per neurotransmitter system, because a
synapse has one presynaptic transmitter: SERT sits on serotonergic terminals and NET on
noradrenergic ones. A system gets its own panel where the entry acts on its presynaptic
neuron or has a primary action there; secondary receptor blockades of the other systems
(the H1, M1 and alpha1 side effects of tricyclics) share one "other targets" panel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from antidep_cli.knowledge.model import NEUROTRANSMITTERS, TARGETS, Action, ActionKind, Direction, Role, Site, Target
from antidep_cli.queries import query


class Mark(StrEnum):
    """What an action does to its target, as the figure marks it."""

    BLOCKED = "blocked"
    INHIBITED = "inhibited"
    ACTIVATED = "activated"
    PARTIAL = "partially activated"
    MODULATED = "modulated"


MARKS = {
    ActionKind.INHIBITOR: Mark.INHIBITED,
    ActionKind.ANTAGONIST: Mark.BLOCKED,
    ActionKind.UNCOMPETITIVE_ANTAGONIST: Mark.BLOCKED,
    ActionKind.CHANNEL_BLOCKER: Mark.BLOCKED,
    ActionKind.AGONIST: Mark.ACTIVATED,
    ActionKind.PARTIAL_AGONIST: Mark.PARTIAL,
    ActionKind.PAM: Mark.MODULATED,
}


class Zone(StrEnum):
    """Where on the synapse a target is drawn, from the cell body down to the postsynaptic cell."""

    SOMA = "cell body"
    HETERO = "heteroreceptors"
    TERMINAL = "presynaptic membrane"
    INSIDE = "inside the terminal"
    POST = "postsynaptic membrane"
    POST_INSIDE = "inside the postsynaptic cell"


ZONES = {
    Site.SOMATODENDRITIC_AUTORECEPTOR: Zone.SOMA,
    Site.HETERORECEPTOR: Zone.HETERO,
    Site.TRANSPORTER: Zone.TERMINAL,
    Site.PRESYNAPTIC_AUTORECEPTOR: Zone.TERMINAL,
    Site.ENZYME: Zone.INSIDE,
    Site.POSTSYNAPTIC_RECEPTOR: Zone.POST,
    Site.RECEPTOR: Zone.POST,
    Site.ION_CHANNEL: Zone.POST,
    Site.CHAPERONE: Zone.POST_INSIDE,
}
INSIDE_DEFAULT = Zone.POST_INSIDE  # a site added to the vocabulary later is drawn inside the receiving cell
PRESYNAPTIC = frozenset({Zone.SOMA, Zone.HETERO, Zone.TERMINAL, Zone.INSIDE})
OTHER = "other"  # the panel of targets without a system of their own


def zone_of(site: Site) -> Zone:
    """Where a site is drawn; intracellular sites without a place of their own go inside the receiving cell."""
    return ZONES.get(site, INSIDE_DEFAULT)


@dataclass(frozen=True, slots=True)
class Spot:
    """One target drawn once, with the mark of one action at it."""

    target: str
    name: str
    mark: Mark
    action: str  # antidep's action label: "inhibitor", "irreversible inhibitor"
    site: Site
    primary: bool
    refs: tuple[int, ...]  # reference numbers, as `antidep show` numbers them
    effect: str
    ligand: str | None  # the transmitter the target answers to (a heteroreceptor's neighbour)
    site_stated: bool  # False where the file says only "receptor"


@dataclass(frozen=True, slots=True)
class Panel:
    system: str  # a neurotransmitter id, or OTHER
    name: str  # the neurotransmitter's name
    title: str
    raised: bool  # a primary action raises this transmitter in the cleft
    spots: tuple[tuple[Zone, Spot], ...]

    def zone(self, zone: Zone) -> tuple[Spot, ...]:
        """The spots drawn in one zone, in file order."""
        return tuple(s for z, s in self.spots if z is zone)

    @property
    def presynaptic(self) -> bool:
        """Whether this panel has a presynaptic neuron to draw."""
        return self.system != OTHER


@dataclass(frozen=True, slots=True)
class Figure:
    entry: str
    title: str
    panels: tuple[Panel, ...]
    references: dict[int, str]  # the reference id of each number the marks use
    unmeasured: tuple[str, ...] = ()  # a drug's class action targets with no action or value for the drug


def _systems(action: Action, target: Target) -> tuple[str, ...]:
    """The systems whose panel shows an action: the terminal it raises, or the receptor's ligand."""
    if zone_of(action.site) in PRESYNAPTIC:
        raised = [c.neurotransmitter for c in action.changes if c.direction is Direction.RAISES]
        return tuple(dict.fromkeys(raised)) or target.neurotransmitters[:1] or (OTHER,)
    return target.neurotransmitters[:1] or (OTHER,)


def figure(ix: query.Index, entry: query.Item, number: Mapping[str, int]) -> Figure:
    """The synapse figure of a class, drug or agent with actions, its references numbered as its page numbers them."""
    targets = {t.id: t for t in ix.some(TARGETS, [a.target for a in entry.actions])}
    raised = {
        c.neurotransmitter for a in query.primary(entry.actions) for c in a.changes if c.direction is Direction.RAISES
    }
    placed: dict[str, list[tuple[Zone, Spot]]] = {}
    for a in entry.actions:
        t = targets[a.target]
        spot = Spot(
            target=t.id,
            name=t.name,
            mark=MARKS[a.action],
            action=query.action_label(a),
            site=a.site,
            primary=a.role is Role.PRIMARY,
            refs=tuple(sorted({number[r] for r in a.references})),
            effect=a.effect,
            ligand=t.neurotransmitters[0] if t.neurotransmitters else None,
            site_stated=a.site is not Site.RECEPTOR,
        )
        for system in _systems(a, t):
            placed.setdefault(system, []).append((zone_of(a.site), spot))
    own = {
        s
        for s, spots in placed.items()
        if s != OTHER and (s in raised or any(z in PRESYNAPTIC or sp.primary for z, sp in spots))
    }
    order = ix.ids(NEUROTRANSMITTERS)
    panels = [_panel(ix, s, s in raised, placed[s]) for s in sorted(own, key=order.index)]
    rest = [spot for s, spots in placed.items() if s not in own for spot in spots]
    if rest:
        panels.append(Panel(OTHER, "other transmitters", "Other targets", False, tuple(rest)))
    used = {n for p in panels for _, spot in p.spots for n in spot.refs}
    from antidep_cli.knowledge import model
    from antidep_cli.queries.binding import class_actions_not_measured

    quiet = class_actions_not_measured(ix, entry) if model.is_drug(entry) else ()
    unmeasured = tuple(dict.fromkeys(a.target for a in quiet))
    return Figure(entry.id, _title(entry), tuple(panels), {n: r for r, n in number.items() if n in used}, unmeasured)


def unmeasured_note(fig: Figure) -> str:
    """The sentence a drug's figure adds where its class acts at targets the drug has no value for."""
    if not fig.unmeasured:
        return ""
    return (
        f"Not drawn: its class acts at {', '.join(fig.unmeasured)}, but this file has no action or value "
        "there for this drug."
    )


def _panel(ix: query.Index, system: str, raised: bool, spots: list[tuple[Zone, Spot]]) -> Panel:
    name = ix.neurotransmitters[system].name
    return Panel(system, name, f"{name[:1].upper()}{name[1:]} synapse", raised, tuple(spots))


def _title(entry: query.Item) -> str:
    abbreviation = getattr(entry, "abbreviation", "")
    return f"{abbreviation} — {entry.name}" if abbreviation else entry.name


def citations(ix: query.Index, fig: Figure) -> dict[str, str]:
    """Each reference id of a figure with its citation, PMID and DOI."""
    found = query.references(ix, fig.references.values())
    return {
        r.id: " ".join(filter(None, [r.citation, f"PMID {r.pmid}" if r.pmid else "", f"DOI {r.doi}" if r.doi else ""]))
        for r in found.values()
    }
