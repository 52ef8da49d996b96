"""A drug's measured affinities: the value a page shows for each target, profiles across a panel, rankings.

Where several measurements exist, the value shown is chosen by one rule, said on
every page that shows it: human before other species, a value before a bound,
Ki or Kd before IC50, the panel's subtype (or no subtype) before another, then
the order of the knowledge file. The others stay listed on the drug's page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS, PANELS
from antidep_cli.knowledge.model.vocab import AffinityLevel, Measure, Relation
from antidep_cli.queries.query import Index

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Binding, Drug, DrugMeasures, Panel


class Measured(Protocol):
    """A drug as measured strength needs it: a whole ``Drug``, or its ``DrugMeasures`` projection."""

    @property
    def id(self) -> str: ...

    @property
    def drug_class(self) -> str | None: ...

    @property
    def actions(self) -> tuple[Action, ...]: ...

    @property
    def binding(self) -> tuple[Binding, ...]: ...


RULE = "human before other species, a value before a bound, Ki or Kd before IC50, then file order"


def _rank(b: Binding, subtype: str | None, prefer: str | None) -> tuple[int, int, int, int, int]:
    return (
        0 if prefer is not None and b.reference == prefer else 1,
        0 if b.species.casefold() == "human" else 1,
        0 if b.relation is Relation.EQ else 1,
        0 if b.measure is not Measure.IC50 else 1,
        0 if b.subtype in (None, subtype) else 1,
    )


def measured(
    d: Measured, target: str, subtype: str | None = None, prefer: str | None = None, *, metabolites: bool = True
) -> tuple[Binding, ...]:
    """A drug's measurements at a target, the one to show first (see RULE; ``prefer`` names a study).

    Values of a metabolite come after the drug's own, and only with ``metabolites``.
    """
    found = [b for b in d.binding if b.target == target and (metabolites or b.molecule is None)]
    return tuple(sorted(found, key=lambda b: (b.molecule is not None, *_rank(b, subtype, prefer))))


def chosen(d: Measured, target: str, subtype: str | None = None, prefer: str | None = None) -> Binding | None:
    """The value a page shows for the drug itself at a target (never a metabolite's), or None."""
    found = measured(d, target, subtype, prefer, metabolites=False)
    return found[0] if found else None


class Strength(NamedTuple):
    """How strongly a drug acts at an action's target: measured, stated in words, or not stated."""

    level: AffinityLevel | None
    binding: Binding | None
    reference: str | None

    def text(self, *, short: bool = False) -> str:
        """``Kd 0.29 nM (high)`` (``Kd 0.29 nM`` when short), ``moderate`` or ``not stated``."""
        if self.binding is not None and short:
            return strength.shown(self.binding) + (f" ({self.binding.molecule})" if self.binding.molecule else "")
        if self.binding is not None:
            of = f"; {self.binding.molecule}" if self.binding.molecule else ""
            return f"{strength.shown(self.binding)} ({self.level}{of})"
        return str(self.level) if self.level is not None else "not stated"


def of_action(d: Measured, a: Action) -> Strength:
    """The strength of a drug's action: its measured constant there (its metabolite's, said so, where only that
    was measured), else the level a source states."""
    if found := measured(d, a.target):
        b = found[0]
        return Strength(strength.level(b), b, b.reference)
    if a.affinity is not None:
        return Strength(a.affinity.level, None, a.affinity.reference)
    return Strength(None, None, None)


class Cell(NamedTuple):
    """One drug at one panel target: the measurement shown, or None where none is recorded."""

    target: str
    binding: Binding | None


class Row(NamedTuple):
    drug: Measured
    cells: tuple[Cell, ...]


class Profile(NamedTuple):
    """Drugs by the targets of a panel: the textbook binding-profile figure."""

    panel: Panel
    rows: tuple[Row, ...]

    @property
    def targets(self) -> tuple[str, ...]:
        """The panel's targets, in order."""
        return tuple(t.target for t in self.panel.targets)

    def coverage(self) -> tuple[int, int]:
        """(cells with a measurement, cells in all)."""
        cells = [c for r in self.rows for c in r.cells]
        return sum(c.binding is not None for c in cells), len(cells)


def panel(ix: Index) -> Panel | None:
    """The knowledge file's first binding-profile panel, if it has one."""
    panels = ix.all(PANELS)
    return panels[0] if panels else None


def panel_drugs(ix: Index, p: Panel) -> tuple[DrugMeasures, ...]:
    """The drugs of the panel's classes, class by class in the panel's order, each class's in file order
    (read as their measurements alone)."""
    from antidep_cli.knowledge.model.measured import DrugMeasures

    return ix.some_as(DRUGS, DrugMeasures, [d for c in p.classes for d in ix.db.members(c)])


def profile(ix: Index, p: Panel, drugs: Sequence[Measured]) -> Profile:
    """Each drug's measurement at each panel target (the panel's subtype where only subtypes were measured)."""
    rows = tuple(Row(d, tuple(Cell(t.target, chosen(d, t.target, t.subtype)) for t in p.targets)) for d in drugs)
    return Profile(p, rows)


def drugs_of(ix: Index, names: Sequence[str]) -> tuple[Drug, ...]:
    """Drugs named directly, and the drugs of classes named, once each, in the order given."""
    from antidep_cli.errors import UnknownNameError
    from antidep_cli.knowledge import model
    from antidep_cli.queries import query

    found: list[Drug] = []
    for name in names:
        entry = query.item(ix, name, "drug or class")
        if isinstance(entry, model.DrugClass):
            found += query.members(ix, entry.id)
        elif model.is_drug(entry):
            found.append(entry)
        else:
            raise UnknownNameError("drug or class", name, elsewhere=("agent", entry.id))
    return tuple(dict.fromkeys(found))


class Ranked(NamedTuple):
    """A drug at a target, its measurement (None where none is recorded), and whether it acts there."""

    drug: Measured
    binding: Binding | None
    action: Action | None


def ranking(drugs: Sequence[Measured], target: str) -> tuple[str | None, tuple[Ranked, ...]]:
    """The drugs measured or acting at a target, strongest measurement first, and the study preferred.

    For each drug it covers, the value shown comes from the study that measured the most of these
    drugs there in humans, so that as many as possible are compared within one study; the others
    use the general rule. Drugs acting there without a measurement come last, in the order given.
    """
    studies = Counter(
        ref for d in drugs for ref in {b.reference for b in d.binding if b.target == target and b.species == "human"}
    )
    prefer = studies.most_common(1)[0][0] if studies else None
    found = [Ranked(d, chosen(d, target, prefer=prefer), _acts(d, target)) for d in drugs]
    measured_ = sorted((r for r in found if r.binding is not None), key=lambda r: -strength.p(_known(r.binding)))
    return prefer, (*measured_, *(r for r in found if r.binding is None))


def _known(b: Binding | None) -> Binding:
    assert b is not None
    return b


def _acts(d: Measured, target: str) -> Action | None:
    return next((a for a in d.actions if a.target == target), None)


def class_actions_not_measured(ix: Index, d: Measured) -> tuple[Action, ...]:
    """The class's actions at targets where this drug has neither an action of its own nor a measurement."""
    if d.drug_class is None:
        return ()
    cls = ix.one(CLASSES, d.drug_class)
    own = {a.target for a in d.actions} | {b.target for b in d.binding}
    return tuple(a for a in (cls.actions if cls else ()) if a.target not in own)
