"""Small checks shared by the whole-file passes, each yielding located problems."""

from __future__ import annotations

from collections.abc import Iterator

from antidep_cli.errors import Problem


def unique(section: str, ids: list[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            yield Problem((section, i, "id"), f"duplicate id {ident!r}")
        seen.add(ident)


def cites(refs: tuple[str, ...], path: tuple[str | int, ...], known: set[str]) -> Iterator[Problem]:
    if not refs:
        yield Problem((*path, "references"), "must cite at least one reference")
    for j, ref in enumerate(refs):
        if ref not in known:
            yield Problem((*path, "references", j), f"unknown reference {ref!r}")
