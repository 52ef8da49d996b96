"""A drug's measured constants, and the projection of a drug that ranking it at a target needs.

``DrugMeasures`` holds the fields of ``Drug`` that measured strength is computed from, read
from the index without the rest of the drug (side effects, pharmacokinetics, labels), so a
target page or the binding profile defines and fills only these. A test keeps its fields
identical to ``Drug``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.base import Action
from antidep_cli.knowledge.model.vocab import Measure, Relation, refers


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
class DrugMeasures:
    """A drug as ranking it needs it: its actions and measured values, with its id, name and class."""

    id: str
    name: str
    actions: tuple[Action, ...]
    drug_class: str | None = field(default=None, metadata=refers("classes", key="class"))
    binding: tuple[Binding, ...] = ()
