"""Whole-file checks on clinical context that the generic links pass cannot see: where statuses apply."""

from __future__ import annotations

from collections.abc import Iterator

from antidep_cli.errors import Problem
from antidep_cli.knowledge.countries import COUNTRIES
from antidep_cli.knowledge.model import Catalog


def check(cat: Catalog) -> Iterator[Problem]:
    """Every regulatory status names a known country."""
    for i, drug in enumerate(cat.drugs):
        for j, reg in enumerate(drug.regulatory):
            if reg.country not in COUNTRIES:
                where = ("drugs", i, "regulatory", j, "country")
                yield Problem(where, f"expected one of {', '.join(sorted(COUNTRIES))}")
