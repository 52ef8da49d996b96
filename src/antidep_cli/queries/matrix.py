"""The textbook figure: classes or drugs by the targets they act at, one symbol per action."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.shelves import CLASSES, DRUGS, TARGETS
from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries.query import Index, Item

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action


SYMBOLS = {
    "inhibitor": "I",
    "antagonist": "B",
    "uncompetitive antagonist": "B",
    "channel blocker": "B",
    "agonist": "A",
    "partial agonist": "P",
    "positive allosteric modulator": "M",
}
LEGEND = {"I": "inhibits", "B": "blocks", "A": "activates", "P": "partial agonist", "M": "modulates (PAM)"}
NO_VALUE = "?"  # with --drugs: the drug's class acts there; this file has no action or value for the drug


def symbol(action: Action) -> str:
    """The matrix symbol: upper case for a primary action, lower case for a secondary one."""
    letter = SYMBOLS[action.action.value]
    return letter if action.role is Role.PRIMARY else letter.lower()


@dataclass(frozen=True, slots=True)
class Matrix:
    """Items by targets, the textbook figure; each cell holds the symbols of the actions there."""

    items: tuple[Item, ...]
    targets: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]

    @property
    def legend(self) -> dict[str, str]:
        """The symbols, with ``?`` where a drug's class acts at a target the drug has no value for."""
        quiet = any(NO_VALUE in row for row in self.cells)
        return LEGEND | ({NO_VALUE: "class action, no value for this drug"} if quiet else {})


def matrix(ix: Index, drugs: bool = False) -> Matrix:
    """Classes (or drugs) by the targets any of them act at, in file order."""
    from antidep_cli.queries.binding import class_actions_not_measured

    found = ix.all(DRUGS) if drugs else ()
    items: tuple[Item, ...] = found or ix.all(CLASSES)
    used = {a.target for e in items for a in e.actions}
    targets = tuple(t for t in ix.ids(TARGETS) if t in used)
    quiet = {d.id: {a.target for a in class_actions_not_measured(ix, d)} for d in found}
    cells = tuple(
        tuple(
            "".join(dict.fromkeys(symbol(a) for a in e.actions if a.target == t))
            or (NO_VALUE if t in quiet.get(e.id, ()) else "")
            for t in targets
        )
        for e in items
    )
    return Matrix(items, targets, cells)
