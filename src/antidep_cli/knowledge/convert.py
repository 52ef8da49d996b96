"""Convert plain parsed data into the model's dataclasses, collecting every problem.

One converter per type, compiled once from the dataclass fields and their type
hints: required and unknown keys, exact types (a YAML ``no`` is not a string,
``true`` is not a number), closed vocabularies, and no control characters in text.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

from antidep_cli.errors import Problem
from antidep_cli.knowledge import model

Path = tuple[str | int, ...]
Converter = Callable[[object, Path, list[Problem]], Any]
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FAILED: Any = object()


def to_catalog(raw: object) -> tuple[model.Catalog | None, list[Problem]]:
    """Convert ``raw`` into a Catalog; on any problem return None and the problems."""
    problems: list[Problem] = []
    catalog = converter(model.Catalog)(raw, (), problems)
    return (None, problems) if problems or catalog is FAILED else (catalog, problems)


def _describe(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) < 40 else text[:37] + '...'}"


_CACHE: dict[Any, Converter] = {}


def converter(tp: Any) -> Converter:
    """The converter for a type hint, built on first use."""
    if tp not in _CACHE:
        _CACHE[tp] = _build(tp)
    return _CACHE[tp]


@functools.cache
def keys(tp: type) -> frozenset[str]:
    """The keys a dataclass reads from a mapping (its fields' names, or ``metadata["key"]``)."""
    return frozenset(f.metadata.get("key", f.name) for f in dataclasses.fields(tp))


def _build(tp: Any) -> Converter:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _optional(converter(inner))
    if origin is tuple:
        return _sequence(converter(typing.get_args(tp)[0]))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _record(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum(tp)
    return _scalar(tp)


def _optional(inner: Converter) -> Converter:
    def convert(value: object, path: Path, problems: list[Problem]) -> Any:
        return None if value is None else inner(value, path, problems)

    return convert


def _sequence(item: Converter) -> Converter:
    def convert(value: object, path: Path, problems: list[Problem]) -> Any:
        if not isinstance(value, list):
            problems.append(Problem(path, f"expected a list; got {_describe(value)}"))
            return FAILED
        items = [item(v, (*path, i), problems) for i, v in enumerate(value)]
        return FAILED if any(v is FAILED for v in items) else tuple(items)

    return convert


def _enum(tp: type[Enum]) -> Converter:
    members = tp._value2member_map_
    allowed = ", ".join(repr(m.value) for m in tp)

    def convert(value: object, path: Path, problems: list[Problem]) -> Any:
        if isinstance(value, str) and value in members:
            return members[value]
        problems.append(Problem(path, f"expected one of {allowed}; got {_describe(value)}"))
        return FAILED

    return convert


def _scalar(tp: type) -> Converter:
    def convert(value: object, path: Path, problems: list[Problem]) -> Any:
        if tp is float and type(value) is int:
            return float(value)
        if type(value) is not tp:
            problems.append(Problem(path, f"expected {tp.__name__}; got {_describe(value)}"))
            return FAILED
        if isinstance(value, str):
            if not value.strip():
                problems.append(Problem(path, "must not be empty"))
                return FAILED
            if not value.isprintable() and (match := _CONTROL.search(value)):  # isprintable: the fast common case
                problems.append(Problem(path, f"control character {match.group()!r} not allowed"))
                return FAILED
        return value

    return convert


def _record(tp: type) -> Converter:
    hints = typing.get_type_hints(tp)
    fields = [
        (
            f.metadata.get("key", f.name),
            f.name,
            converter(hints[f.name]),
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(tp)
    ]
    known = {key for key, *_ in fields}
    expected = ", ".join(sorted(known))

    def convert(value: object, path: Path, problems: list[Problem]) -> Any:
        if not isinstance(value, dict):
            problems.append(Problem(path, f"expected a mapping; got {_describe(value)}"))
            return FAILED
        failed = False
        if not value.keys() <= known:
            for key in sorted(value.keys() - known, key=str):
                problems.append(Problem((*path, str(key)), f"unknown key; expected one of {expected}"))
            failed = True
        kwargs: dict[str, Any] = {}
        for key, attr, convert_field, required in fields:
            if key in value:
                found = kwargs[attr] = convert_field(value[key], (*path, key), problems)
                if found is FAILED:
                    failed = True
            elif required:
                problems.append(Problem(path, f"missing required key '{key}'"))
                failed = True
        return FAILED if failed else tp(**kwargs)

    return convert
