"""Find, read and validate the knowledge file. Nothing here ever writes it."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from antidep_cli.errors import DataError, Problem
from antidep_cli.knowledge import cache, convert
from antidep_cli.knowledge.model import Action, Catalog

MAX_BYTES = 2 * 1024 * 1024


def _unreadable(path: Path, reason: object) -> DataError:
    return DataError(str(path), [Problem((), f"cannot read knowledge file: {reason}")])


def _stat(path: Path) -> os.stat_result:
    try:
        stat = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc.strerror) from None
    if stat.st_size > MAX_BYTES:
        raise DataError(str(path), [Problem((), f"file is larger than {MAX_BYTES} bytes")])
    return stat


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(path, exc) from None


def load_catalog(path: Path) -> Catalog:
    """Load and validate ``path``, through the cache when it is fresh."""
    stat = _stat(path)
    resolved = path.resolve()
    cached = cache.read(resolved, stat)
    if cached is not None:
        catalog, _ = _validate(cached, checked=True)
        if catalog is not None:
            return catalog
    raw, catalog = parse_text(_read(path), str(path))
    cache.write(resolved, stat, raw)
    return catalog


def check_file(path: Path) -> Catalog:
    """Validate ``path`` from its YAML, bypassing the cache."""
    _stat(path)
    return parse_text(_read(path), str(path))[1]


def parse_text(text: str, source: str) -> tuple[object, Catalog]:
    """Parse and validate YAML text; raise DataError listing every located problem."""
    from antidep_cli.knowledge import yamlio

    raw, problems = yamlio.load_yaml(text)
    if problems:
        raise DataError(source, problems)
    catalog, problems = _validate(raw)
    if catalog is None:
        raise DataError(source, yamlio.locate(text, problems))
    return raw, catalog


def _validate(raw: object, checked: bool = False) -> tuple[Catalog | None, list[Problem]]:
    """Convert with type checks; run the whole-file checks unless they already passed."""
    catalog, problems = convert.to_catalog(raw)
    if catalog is None:
        return None, problems
    if not checked:
        from antidep_cli.knowledge import integrity

        problems = integrity.check(catalog)
    return (None, problems) if problems else (_inherit(catalog), [])


def _inherit(cat: Catalog) -> Catalog:
    """Fill a drug action's omitted effect and changes from its class's action on that target."""
    by_class = {c.id: c.actions for c in cat.classes}
    drugs = tuple(
        dataclasses.replace(d, actions=tuple(_filled(a, by_class.get(d.drug_class or "", ())) for a in d.actions))
        for d in cat.drugs
    )
    return dataclasses.replace(cat, drugs=drugs)


def _filled(action: Action, class_actions: tuple[Action, ...]) -> Action:
    if action.effect and action.changes:
        return action
    same = [c for c in class_actions if c.target == action.target]
    match = next((c for c in same if c.site == action.site), same[0] if same else None)
    if match is None:
        return action
    return dataclasses.replace(action, effect=action.effect or match.effect, changes=action.changes or match.changes)
