"""Which glossary terms an entry's text uses, so a page can point to ``antidep define``."""

from __future__ import annotations

import re

from antidep_cli.knowledge import text
from antidep_cli.knowledge.model import GLOSSARY, Term
from antidep_cli.queries.query import Index, Item


def _pattern(spelling: str) -> re.Pattern[str]:
    """Short spellings (Ki, Kd, PAM) match as whole words in their own case; longer ones as word starts, any case."""
    if len(spelling) <= 3:
        return re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)")
    return re.compile(rf"\b{re.escape(spelling)}", re.IGNORECASE)


def terms_in(ix: Index, entry: Item) -> tuple[Term, ...]:
    """The glossary terms that an entry's text mentions, in glossary order."""
    prose = [t for field, t, _ in text.fields(entry) if field not in ("id", "name", "abbreviation")]
    body = "\n".join([*prose, *(f"{a.action} at {a.site}" for a in entry.actions)])
    terms = ix.all(GLOSSARY)
    # A spelling inside another term's name ("autoreceptor") would claim that term's mentions too.
    found = []
    for term in terms:
        others = [o.name.casefold() for o in terms if o is not term]
        spellings = [s for s in (term.name, *term.synonyms) if not any(s.casefold() in o for o in others)]
        if any(_pattern(s).search(body) for s in spellings):
            found.append(term)
    return tuple(found)
