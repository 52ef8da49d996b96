"""Which glossary terms an entry's text uses, so a page can point to ``antidep define``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.shelves import GLOSSARY
from antidep_cli.queries.query import Index, Item

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Term


def terms_in(ix: Index, entry: Item) -> tuple[Term, ...]:
    """The glossary terms that an entry's text mentions, in glossary order (found when the file was indexed)."""
    return ix.some(GLOSSARY, ix.db.uses(entry.id))
