"""Binding-profile panels: the targets at which a group of classes' drugs are compared."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.vocab import CITES, refers


@dataclass(frozen=True, slots=True)
class PanelTarget:
    """One column of a panel; ``subtype`` is the subtype compared where a drug has only subtype values."""

    target: str = field(metadata=refers("targets"))
    subtype: str | None = None


@dataclass(frozen=True, slots=True)
class Panel:
    """A standard receptor panel, the classes whose drugs it profiles, and the sources that define it."""

    id: str
    name: str
    targets: tuple[PanelTarget, ...]
    classes: tuple[str, ...] = field(metadata=refers("classes"))
    references: tuple[str, ...] = field(metadata=CITES)
