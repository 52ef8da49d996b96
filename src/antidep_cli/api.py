"""A small Python API for scripts: the knowledge file's entries as frozen dataclasses.

    >>> import antidep_cli
    >>> kb = antidep_cli.open()
    >>> kb.drug("Zoloft").drug_class
    'ssri'

Unknown names raise ``antidep_cli.errors.UnknownNameError`` (with suggestions);
an invalid knowledge file raises ``antidep_cli.errors.DataError``.
"""

from __future__ import annotations

import os
from pathlib import Path

from antidep_cli.knowledge.loader import open_index
from antidep_cli.knowledge.location import data_path
from antidep_cli.knowledge.model import Drug, DrugClass, Target
from antidep_cli.queries import analysis, query, reasoning, search
from antidep_cli.queries.query import Index, Item


class Knowledge:
    """An opened knowledge file. Entries are read from its compiled index when first asked for."""

    def __init__(self, ix: Index) -> None:
        self.index = ix

    def item(self, name: str) -> Item:
        """A class or drug by any of its names."""
        return query.item(self.index, name)

    def drug(self, name: str) -> Drug:
        """A drug by generic or brand name (``"Zoloft"``)."""
        return query.drug(self.index, name)

    def drug_class(self, name: str) -> DrugClass:
        """A class by id, abbreviation or name (``"SSRIs"``)."""
        return query.drug_class(self.index, name)

    def members(self, name: str) -> tuple[Drug, ...]:
        """The drugs of a class, in file order."""
        return query.members(self.index, self.drug_class(name).id)

    def target(self, name: str) -> Target:
        """A molecular target by id, name, gene or synonym."""
        return query.target(self.index, name)

    def compare(self, *names: str) -> analysis.Comparison:
        """Two or more classes or drugs side by side, by target and by neurotransmitter."""
        return analysis.compare(self.index, query.distinct_items(self.index, names))

    def combine(self, *names: str) -> reasoning.Combination:
        """What a combination covers, and which of the file's cited rules apply to it."""
        return reasoning.combine(self.index, query.distinct_items(self.index, names))

    def search(self, text: str, limit: int = 50, *, everything: bool = False) -> tuple[search.Hit, ...]:
        """Full-text search, best first; ``everything`` adds rules, washouts and references."""
        return search.search(self.index, text, limit, everything=everything)


def open(path: str | os.PathLike[str] | None = None) -> Knowledge:
    """Open a knowledge file (default: the one antidep uses), compiling its index if needed."""
    return Knowledge(Index(open_index(Path(path) if path is not None else data_path())))
