"""What the compiled index holds, and how a validated catalog fills it.

Tables: ``meta`` (key, stamp, schema, whether FTS5 is there); ``entries`` with
each entry's validated data as JSON; ``names`` with every folded spelling;
``members`` of each class; ``touches``, the targets and neurotransmitters each
entry's actions reach and the targets where a drug was measured; ``cites``, what
each entry cites; ``uses``, the glossary terms each entry's text uses; and
``search``, an FTS5 trigram table over every text field (a plain table where
SQLite lacks FTS5). Sections come from the Catalog's fields, so a new section is
stored, named and searched with no change here.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

from antidep_cli.knowledge import links, names, text
from antidep_cli.knowledge.model import SHELVES, Catalog

if TYPE_CHECKING:
    import sqlite3

Report = Callable[[str, int, int], None]  # stage, steps done, steps in all
_TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries(section TEXT, id TEXT, ord INTEGER, record TEXT NOT NULL, PRIMARY KEY(section, id)) WITHOUT ROWID;
CREATE TABLE names(section TEXT, key TEXT, id TEXT);
CREATE INDEX names_key ON names(key);
CREATE TABLE members(class TEXT, drug TEXT, ord INTEGER, synonyms TEXT, note TEXT);
CREATE TABLE uses(id TEXT, term TEXT, ord INTEGER);
CREATE INDEX uses_id ON uses(id, ord);
CREATE INDEX members_class ON members(class, ord);
CREATE TABLE touches(key TEXT, section TEXT, id TEXT, ord INTEGER);
CREATE INDEX touches_key ON touches(key, section, ord);
CREATE TABLE cites(reference TEXT, label TEXT);
CREATE INDEX cites_reference ON cites(reference);
"""
# ``folded`` is the text case-folded as Python folds it (ß -> ss), so indexing, querying and highlighting agree.
_FTS = "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, id UNINDEXED, field UNINDEXED, weight UNINDEXED, "
_FTS += "text UNINDEXED, folded, tokenize='trigram')"
_SCAN = "CREATE TABLE search(kind, id, field, weight, text, folded)"


def plain(value: Any) -> Any:
    """A dataclass as the plain data it was converted from (defaults omitted)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if not dataclasses.is_dataclass(value):
        return value
    record = {}
    for f in dataclasses.fields(value):
        inner = getattr(value, f.name)
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if inner != default or default is dataclasses.MISSING:
            record[f.metadata.get("key", f.name)] = plain(inner)
    return record


def _spellings(entry: Any) -> Iterator[str]:
    """Whichever of id, name, synonyms, abbreviation, gene and brand names an entry has, in that order."""
    for attr in ("id", "name", "synonyms", "abbreviation", "gene"):
        value = getattr(entry, attr, None)
        yield from value if isinstance(value, tuple) else [value] if isinstance(value, str) else []
    yield from (brand.name for brand in getattr(entry, "brands", ()))


def build(conn: sqlite3.Connection, meta: dict[str, str], catalog: Catalog, report: Report | None = None) -> None:
    """Write every table of the index for a validated catalog."""
    conn.executescript(_TABLES)
    try:
        conn.execute(_FTS)
        fts = "1"
    except conn.OperationalError:  # this SQLite has no FTS5, or no trigram tokenizer (before 3.34)
        conn.execute(_SCAN)
        fts = ""
    meta = meta | {"schema": str(catalog.schema), "fts": fts}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
    order = [*text.ENTRIES, *(s.name for s in SHELVES if s.name not in text.ENTRIES)]
    stems: dict[tuple[str, str], set[str]] = {}  # (section, folded stem) -> ids: a brand without its release suffix
    for done, section in enumerate(order):
        if report:
            report(f"indexing {section}", done, len(order))
        entries = getattr(catalog, section)
        rows = [(section, e.id, i, json.dumps(plain(e), ensure_ascii=False)) for i, e in enumerate(entries)]
        conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?)", rows)
        found: dict[str, str] = {}
        for e in entries:
            for spelling in _spellings(e):
                found.setdefault(names.key(spelling), e.id)
                if (stem := names.without_release_suffix(spelling)) is not None:
                    stems.setdefault((section, names.key(stem)), set()).add(e.id)
        conn.executemany("INSERT INTO names VALUES (?, ?, ?)", [(section, k, i) for k, i in found.items() if k])
        kind = text.kind(section)
        search = [(kind, e.id, f, w, t, t.casefold()) for e in entries for f, t, w in text.fields(e)]
        conn.executemany("INSERT INTO search VALUES (?, ?, ?, ?, ?, ?)", search)
        _links(conn, catalog, section, entries)
    taken = {k for (k,) in conn.execute("SELECT key FROM names")}
    unambiguous = [
        (section, k, ids.pop()) for (section, k), ids in stems.items() if len(ids) == 1 and k and k not in taken
    ]
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", unambiguous)
    conn.commit()


def _links(conn: sqlite3.Connection, catalog: Catalog, section: str, entries: tuple[Any, ...]) -> None:
    """Side tables: class members, what each entry's actions touch, what each cites, which terms it uses."""
    by_target = {t.id: t.neurotransmitters for t in catalog.targets}
    members, touches, cites, uses = [], [], [], []
    for i, e in enumerate(entries):
        cites += [(ref, f"{text.kind(section)}:{e.id}") for ref in dict.fromkeys(links.cited(e))]
        if getattr(e, "drug_class", None):
            members.append((e.drug_class, e.id, i, json.dumps(list(e.synonyms), ensure_ascii=False), e.note))
        if section in ("classes", "drugs", "agents"):
            uses += [(e.id, term, j) for j, term in enumerate(text.terms_used(e, catalog.glossary))]
        keys: dict[str, None] = {}
        for a in getattr(e, "actions", ()):
            keys[f"target:{a.target}"] = None
            keys.update(
                {f"nt:{n}": None for n in (*by_target.get(a.target, ()), *(c.neurotransmitter for c in a.changes))}
            )
        keys.update({f"measured:{b.target}": None for b in getattr(e, "binding", ())})
        if section == "strategies":  # the classes and drugs a strategy names, for their pages
            keys.update({f"names:{i}": None for sel in e.between for i in (*sel.classes, *sel.drugs)})
        touches += [(k, section, e.id, i) for k in keys]
    conn.executemany("INSERT INTO members VALUES (?, ?, ?, ?, ?)", members)
    conn.executemany("INSERT INTO uses VALUES (?, ?, ?)", uses)
    conn.executemany("INSERT INTO touches VALUES (?, ?, ?, ?)", touches)
    conn.executemany("INSERT INTO cites VALUES (?, ?)", cites)
