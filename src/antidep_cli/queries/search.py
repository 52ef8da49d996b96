"""Full-text search and reverse citation lookup over the compiled knowledge."""

from __future__ import annotations

import re
from dataclasses import dataclass

from antidep_cli.errors import UnknownNameError
from antidep_cli.knowledge import names, text
from antidep_cli.knowledge.model import EFFECT_TERMS, REFERENCES, Reference
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
# Words of a question that carry no subject ("which antidepressants cause weight gain").
STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "was",
        "be",
        "being",
        "been",
        "do",
        "does",
        "did",
        "why",
        "how",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "most",
        "more",
        "make",
        "makes",
        "made",
        "making",
        "you",
        "your",
        "me",
        "my",
        "i",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "can",
        "could",
        "would",
        "should",
        "will",
        "may",
        "might",
        "cause",
        "causes",
        "caused",
        "causing",
        "antidepressant",
        "antidepressants",
        "drug",
        "drugs",
        "medication",
        "medications",
        "give",
        "gives",
        "get",
        "gets",
    }
)
# A match inside one of these says the effect is absent or small: ranked below statements of cause.
_NEGATED = re.compile(r"\b(little|less|low liability|rarely|no|not|without|avoided|avoids|spares)\b", re.IGNORECASE)
CONCEPT, FIELD, EFFECT_NAME, NEGATED = 10_000, 2_000, 5_000, 3_000


def concepts(ix: Index, query: str) -> list[tuple[str, ...]]:
    """The question's subjects, each as the spellings that mean it: a side-effect phrase brings its synonyms."""
    rest = " ".join(query.casefold().split())
    found: list[tuple[str, ...]] = []
    for term in ix.all(EFFECT_TERMS):
        spellings = sorted({term.name.casefold(), *(w.casefold() for w in term.synonyms)}, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in spellings) + r")\b")
        if pattern.search(rest):
            found.append(tuple(spellings))
            rest = pattern.sub(" ", rest)
    words = [w.strip("?!.,;:'\"()") for w in rest.split()]
    kept = [w for w in words if w and w not in STOPWORDS]
    if not (kept or found):  # nothing but stopwords: search for them after all
        kept = [w for w in words if w]
    return found + [(w,) for w in dict.fromkeys(kept)]


def search(ix: Index, query: str, limit: int = 50, *, everything: bool = False) -> tuple[Hit, ...]:
    """Entries matching ``query`` (case-insensitive), best first: one hit per entry field.

    A question is cut to its subjects (stopwords dropped; a side-effect phrase such as
    "sleepy" stands for all its spellings). SQLite's FTS5 trigram index finds candidate
    fields for each spelling, confirmed as a plain substring. Entries matching every
    subject come first, then fields matching more of them; names beat prose, a
    negated statement ("little weight gain") ranks below a statement of cause, the
    exact phrase earns a bonus, and file order breaks ties.
    """
    needle = " ".join(query.casefold().split())
    if not needle:
        return ()
    groups = concepts(ix, needle)
    kinds = None if everything else ENTRY_KINDS
    Key = tuple[str, str, str, str]  # kind, id, field, text: fields of one name can repeat (pharmacogenomics)
    matched: dict[Key, dict[int, int]] = {}  # a field's matched subjects, with where each starts
    weights: dict[Key, int] = {}
    lengths: dict[tuple[Key, int], int] = {}
    for n, spellings in enumerate(groups):
        for spelling in spellings:
            for kind, ident, field, weight, value in ix.db.text(spelling, kinds):
                folded, origin = text.folded(value)
                at = folded.find(spelling)
                if at < 0:
                    continue
                key = (kind, ident, field, value)
                weights[key] = weight
                if n not in matched.setdefault(key, {}):
                    matched[key][n] = origin[at]  # offsets in the text shown, whatever folding did to its length
                    lengths[(key, n)] = origin[at + len(spelling) - 1] + 1 - origin[at]
    by_entry: dict[tuple[str, str], set[int]] = {}
    for (kind, ident, _, _), found in matched.items():
        by_entry.setdefault((kind, ident), set()).update(found)
    hits: dict[tuple[str, str, str], Hit] = {}
    for key, found in matched.items():
        kind, ident, field, value = key
        first = min(found, key=lambda n: found[n])
        start, end = found[first], found[first] + lengths[(key, first)]
        score = CONCEPT * len(by_entry[(kind, ident)]) + FIELD * len(found) + weights[key] * 10
        score += 500 if value.casefold() == needle else 0
        score += EFFECT_NAME if kind == "effect" else 0
        window = value[max(0, start - 40) : end]
        score -= NEGATED if _NEGATED.search(window) else 0
        group = (kind, ident, "names" if field in _NAMES else field.split("[")[0])
        if group not in hits or hits[group].score < score:
            hits[group] = Hit(kind, ident, field, value, start, end, score)
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
