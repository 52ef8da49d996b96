"""A class of antidepressants."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.base import Action, SideEffect, Statement
from antidep_cli.knowledge.model.vocab import CITES


@dataclass(frozen=True, slots=True)
class DrugClass:
    id: str
    abbreviation: str
    name: str
    mode_of_action: str
    summary: str
    actions: tuple[Action, ...]
    references: tuple[str, ...] = field(metadata=CITES)
    onset: Statement | None = None
    atc: str | None = None
    synonyms: tuple[str, ...] = ()
    consequences: tuple[Statement, ...] = ()  # what follows the primary actions within hours or days
    adaptations: tuple[Statement, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    notes: tuple[Statement, ...] = ()

    def timeline(self) -> tuple[Statement, ...]:
        """Acute consequences, onset, then the adaptations of the following weeks."""
        return self.consequences + ((self.onset,) if self.onset else ()) + self.adaptations
