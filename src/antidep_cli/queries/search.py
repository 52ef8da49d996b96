"""Full-text search and reverse citation lookup over the compiled knowledge."""

from __future__ import annotations

from dataclasses import dataclass

from antidep_cli.errors import UnknownNameError
from antidep_cli.knowledge import names, text
from antidep_cli.knowledge.model import REFERENCES, Reference
from antidep_cli.queries.query import Index


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    id: str
    field: str
    text: str
    start: int
    end: int
    score: int

    def snippet(self, radius: int = 50) -> tuple[str, int, int]:
        """The whole words around the match, and the match's span within them."""
        lo = max(0, self.start - radius)
        hi = min(len(self.text), self.end + radius)
        if lo and not self.text[lo - 1].isspace():  # drop a cut word, or take all of it
            space = self.text.find(" ", lo, self.start)
            lo = space + 1 if space >= 0 else self.text.rfind(" ", 0, lo) + 1
        if hi < len(self.text) and not self.text[hi].isspace():
            space = self.text.rfind(" ", self.end, hi)
            after = self.text.find(" ", hi)
            hi = space if space >= 0 else after if after >= 0 else len(self.text)
        prefix = "…" if lo else ""
        suffix = "…" if hi < len(self.text) else ""
        snippet = prefix + self.text[lo:hi] + suffix
        return snippet, self.start - lo + len(prefix), self.end - lo + len(prefix)


_NAMES = frozenset({"id", "name", "abbreviation", "synonyms", "gene"})
# Kinds searched unless every section is asked for.
ENTRY_KINDS = tuple(text.kind(section) for section in text.ENTRIES)


def search(ix: Index, text: str, limit: int = 50, *, everything: bool = False) -> tuple[Hit, ...]:
    """Entries matching ``text`` (case-insensitive), best first: one hit per entry field.

    SQLite's FTS5 trigram index finds the candidate fields; the match is then
    confirmed as a plain substring, names are weighted above prose, an exact
    match above a partial one, and file order breaks ties.
    """
    needle = " ".join(text.casefold().split())
    if not needle:
        return ()
    hits: dict[tuple[str, str, str], Hit] = {}
    for kind, ident, field, weight, value in ix.db.text(needle, None if everything else ENTRY_KINDS):
        start = value.casefold().find(needle)
        if start < 0:
            continue
        score = weight * 10 + (500 if value.casefold() == needle else 0)
        # One hit per entry for its names (id, name, synonyms...), one per prose field.
        key = (kind, ident, "names" if field in _NAMES else field.split("[")[0])
        if key not in hits or hits[key].score < score:
            hits[key] = Hit(kind, ident, field, value, start, start + len(needle), score)
    return tuple(sorted(hits.values(), key=lambda h: -h.score)[:limit])  # stable: file order breaks ties


def cited_by(ix: Index, refs: tuple[Reference, ...]) -> dict[str, list[str]]:
    """For each reference, the entries citing it (``class:ssri``, ``drug:sertraline``), in file order."""
    found: dict[str, list[str]] = {r.id: [] for r in refs}
    for ref, label in ix.db.citing(refs[0].id if len(refs) == 1 else None):
        if ref in found:
            found[ref].append(label)
    return found


def reference(ix: Index, ident: str) -> Reference:
    """One reference by id, case-insensitively, with suggestions when unknown."""
    found = ix.db.find((names.key(ident),), ("references",))
    if found is None:
        raise UnknownNameError("reference", ident, names.suggest(ident, ix.db.keys(("references",))))
    ref = ix.one(REFERENCES, found[1])
    assert ref is not None  # found in the names table of this index
    return ref


def matching_references(ix: Index, text: str) -> tuple[Reference, ...]:
    """References by id (any case), else by id prefix, else by words of the citation (an author, a year)."""
    wanted = names.key(text)
    refs = ix.all(REFERENCES)
    keys = [names.key(r.id) for r in refs]
    for found in (
        tuple(r for r, k in zip(refs, keys, strict=True) if k == wanted),
        tuple(r for r, k in zip(refs, keys, strict=True) if k.startswith(wanted)),
        tuple(r for r in refs if text.casefold() in r.citation.casefold()),
    ):
        if wanted and found:
            return found
    raise UnknownNameError("reference", text, names.suggest(text, ix.db.keys(("references",))))
