"""The searchable text of an entry: (kind, field, text, weight) for every text field.

Classes, drugs, targets and neurotransmitters keep the field names and weights
that ``search`` has always reported; every other section (rules, washouts,
references, any section added later) is walked field by field, ranked below them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any

from antidep_cli.knowledge import model

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Term

    pass

Field = tuple[str, str, int]  # field, text, weight
# How much a match in each kind of field counts; names beat prose, other sections come last.
_WEIGHTS = {"id": 100, "name": 100, "abbreviation": 100, "synonyms": 90, "gene": 70, "note": 40}
PROSE = 20
OTHER_NAME, OTHER_PROSE = 15, 10
# Sections searched by default, in the order their hits have always been listed.
ENTRIES = (
    "classes",
    "drugs",
    "agents",
    "neuromodulation",
    "targets",
    "neurotransmitters",
    "regions",
    "glossary",
    "effect_terms",
    "strategies",
    "symptoms",
)
# Fields that hold ids of other entries or closed-vocabulary values, not text.
_LINKS = frozenset(
    {"references", "reference", "classes", "drugs", "targets", "target", "via", "neurotransmitter"}
    | {"neurotransmitters", "components", "drug_class"}
)


def kind(section: str) -> str:
    """A section's entries in the singular: ``classes`` -> ``class``, ``strategies`` -> ``strategy``."""
    if section == "effect_terms":
        return "effect"
    if section.endswith("ies"):
        return section[:-3] + "y"
    return section[:-2] if section.endswith("sses") else section.removesuffix("s")


def fields(entry: object) -> Iterator[Field]:
    """Every searchable string of one entry, in the order ``search`` lists ties."""
    if isinstance(entry, model.DrugClass):
        yield from _named({"id": entry.id, "abbreviation": entry.abbreviation, "name": entry.name}, entry.synonyms)
        yield "mode_of_action", entry.mode_of_action, PROSE
        yield "summary", entry.summary, PROSE
        yield from _item_prose(entry)
    elif model.is_drug(entry):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
        yield "note", entry.note, _WEIGHTS["note"]
        yield from _item_prose(entry)
        for p in entry.pharmacogenomics:
            for ph in p.phenotypes:
                yield f"pharmacogenomics ({p.gene})", f"{p.gene} {ph.phenotype}: {ph.effect} {ph.recommendation}", PROSE
        for r in entry.regulatory:
            yield f"status ({r.country})", f"{r.status}: {r.detail}", PROSE
    elif isinstance(entry, model.Neuromodulation):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
        yield "stimulates", entry.stimulates, PROSE
        yield "summary", entry.summary, PROSE
        for group in ("adaptations", "evidence"):
            for i, s in enumerate(getattr(entry, group)):
                yield f"{group}[{i}]", s.text, PROSE
    elif isinstance(entry, model.Region):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
        yield "description", entry.description, PROSE
    elif isinstance(entry, model.Agent):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
        yield "group", entry.group, PROSE
        yield "note", entry.note, _WEIGHTS["note"]
        for trait in entry.traits:
            yield f"property: {trait.property}", trait.text, PROSE
    elif isinstance(entry, model.Target):
        yield from _named({"id": entry.id, "name": entry.name, "gene": entry.gene}, entry.synonyms)
        yield "description", entry.description, PROSE
    elif isinstance(entry, model.Neurotransmitter):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
    elif isinstance(entry, model.Term):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
        yield "definition", entry.definition, PROSE
    elif isinstance(entry, model.EffectTerm):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
    elif isinstance(entry, model.Strategy):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
        yield "rationale", entry.rationale, PROSE
        yield "summary", entry.summary, PROSE
        for i, e in enumerate(entry.evidence):
            yield f"evidence[{i}]", f"{e.study}: {e.result}", PROSE
    elif isinstance(entry, model.Symptom):
        yield from _named({"id": entry.id, "name": entry.name}, entry.synonyms)
        yield "summary", entry.summary, PROSE
        for i, link in enumerate(entry.links):
            yield f"links[{i}]", link.text, PROSE
    else:
        for name, text in _walk(entry, ""):
            yield name, text, OTHER_NAME if name in ("id", "name") else OTHER_PROSE


def _named(names: dict[str, str], synonyms: tuple[str, ...]) -> Iterator[Field]:
    for field, text in names.items():
        yield field, text, _WEIGHTS[field]
    for synonym in synonyms:
        yield "synonyms", synonym, _WEIGHTS["synonyms"]


def _item_prose(entry: model.DrugClass | model.Drug) -> Iterator[Field]:
    for i, a in enumerate(entry.actions):
        if a.effect:
            yield f"actions[{i}].effect", a.effect, PROSE
    groups = (
        {"consequences": entry.consequences, "adaptations": entry.adaptations, "notes": entry.notes}
        if isinstance(entry, model.DrugClass)
        else {"notes": entry.notes, "metabolism": entry.metabolism}
    )
    for group, statements in groups.items():
        for i, s in enumerate(statements):
            yield f"{group}[{i}]", s.text, PROSE
        if group == "consequences" and isinstance(entry, model.DrugClass) and entry.onset:
            yield "onset", entry.onset.text, PROSE
    if isinstance(entry, model.DrugClass):
        for i, se in enumerate(entry.side_effects):
            yield f"side_effects[{i}]", f"{se.effect}: {se.mechanism}", PROSE


def _walk(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """(path, text) for every string in a dataclass, skipping links and vocabularies."""
    for f in dataclasses.fields(value):
        if f.name in _LINKS:
            continue
        name = f.metadata.get("key", f.name)
        where = f"{path}.{name}" if path else name
        inner = getattr(value, f.name)
        for i, item in enumerate(inner if isinstance(inner, tuple) else (inner,)):
            if isinstance(item, Enum) or item is None:
                continue
            if isinstance(item, str):
                yield where, item
            elif dataclasses.is_dataclass(item):
                yield from _walk(item, f"{where}[{i}]" if isinstance(inner, tuple) else where)


def _pattern(spelling: str) -> re.Pattern[str]:
    """Short spellings (Ki, Kd, PAM) match as whole words in their own case; longer ones as word starts, any case."""
    if len(spelling) <= 3:
        return re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)")
    return re.compile(rf"\b{re.escape(spelling)}", re.IGNORECASE)


def terms_used(entry: Any, glossary: tuple[Term, ...]) -> list[str]:
    """The ids of the glossary terms an entry's text mentions, in glossary order (computed when indexing)."""
    prose = [t for field, t, _ in fields(entry) if field not in ("id", "name", "abbreviation")]
    body = "\n".join([*prose, *(f"{a.action} at {a.site}" for a in getattr(entry, "actions", ()))])
    found = []
    for term in glossary:
        # A spelling inside another term's name ("autoreceptor") would claim that term's mentions too.
        others = [o.name.casefold() for o in glossary if o is not term]
        spellings = [s for s in (term.name, *term.synonyms) if not any(s.casefold() in o for o in others)]
        if any(_pattern(s).search(body) for s in spellings):
            found.append(term.id)
    return found


def folded(text: str) -> tuple[str, list[int]]:
    """The text case-folded, and for each folded character the offset of the character it came from.

    Folding can change the length (ß -> ss, the ligature ﬁ -> fi, İ -> i̇), so a match
    found in the folded text is mapped back through these offsets to highlight the text shown.
    """
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = ch.casefold()
        out.append(f)
        origin += [i] * len(f)
    return "".join(out), origin
