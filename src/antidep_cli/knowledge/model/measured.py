"""What a drug was measured or seen to do, and the projections answers read instead of whole entries.

``Binding`` is a measured constant and ``DrugSideEffect`` a side effect a source lists. The
projections hold some of an entry's fields, read from the index without the rest (a drug's
labels, pharmacokinetics, pharmacogenomics; a class's actions and timeline), so an answer
defines and fills only these: ``DrugMeasures`` for ranking drugs at a target (target pages,
the profile), ``DrugEffects`` and ``ClassEffects`` for finding drugs and classes by a side
effect. A test keeps their fields identical to ``Drug``'s and ``DrugClass``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.base import Action, SideEffect
from antidep_cli.knowledge.model.vocab import CITES, Measure, Relation, refers


@dataclass(frozen=True, slots=True)
class Binding:
    """One measured constant of a drug at a target, as its source reports it.

    ``value_nm`` is the constant in nM (with ``relation`` for a bound); where the source
    gives only a negative logarithm, ``pvalue`` holds it instead (pKi, pKd or pIC50).
    ``subtype`` names the receptor subtype or channel isoform measured within a target
    antidep treats as a family (``m1``, ``α1A``, ``Nav1.5``); ``molecule`` names the active
    metabolite measured, where it was not the drug itself.
    """

    target: str = field(metadata=refers("targets"))
    measure: Measure
    species: str
    reference: str = field(metadata=refers("references"))
    tissue: str | None = None  # tissue, cell line, radioligand or assay, as the source describes it
    value_nm: float | None = None
    pvalue: float | None = None
    relation: Relation = Relation.EQ
    subtype: str | None = None
    molecule: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Frequency:
    """How often a side effect occurred in a label's trials, with the rule its table uses."""

    threshold: str  # the table's own inclusion rule: "incidence >=5% and at least twice placebo"
    percent: float | None = None
    placebo: float | None = None
    population: str | None = None
    category: str | None = None  # how often in the source's terms, with no percentage: an SmPC band, an odds ratio


@dataclass(frozen=True, slots=True)
class DrugSideEffect:
    """A side effect of one drug and the drug's own action that explains it (None where no mechanism is known)."""

    effect: str
    references: tuple[str, ...] = field(metadata=CITES)
    target: str | None = field(default=None, metadata=refers("targets"))
    mechanism: str | None = None
    frequency: Frequency | None = None


@dataclass(frozen=True, slots=True)
class DrugMeasures:
    """A drug as ranking it needs it: its actions and measured values, with its id, name and class."""

    id: str
    name: str
    actions: tuple[Action, ...]
    drug_class: str | None = field(default=None, metadata=refers("classes", key="class"))
    binding: tuple[Binding, ...] = ()


@dataclass(frozen=True, slots=True)
class DrugEffects(DrugMeasures):
    """A drug as finding it by a side effect needs it: its measurements, and its side effects."""

    side_effects: tuple[DrugSideEffect, ...] = ()


@dataclass(frozen=True, slots=True)
class ClassEffects:
    """A class as finding it by a side effect needs it: its id and side effects."""

    id: str
    side_effects: tuple[SideEffect, ...] = ()
