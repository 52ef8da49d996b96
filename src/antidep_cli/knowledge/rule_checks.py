"""Whole-file checks on the rules: interactions, strategies and washouts, and their selectors."""

from __future__ import annotations

from collections.abc import Iterator

from antidep_cli.errors import Problem
from antidep_cli.knowledge.model import Basis, Catalog, Interaction, Selector, Severity, Strategy, Washout

Path = tuple[str | int, ...]


def check(cat: Catalog) -> Iterator[Problem]:
    """Every problem in the rule sections of ``cat`` that the generic links pass cannot see."""
    for section in ("interactions", "strategies", "washouts"):
        rules: tuple[Interaction | Strategy | Washout, ...] = getattr(cat, section)
        for i, rule in enumerate(rules):
            for key, selector in _selectors(rule):
                if not (
                    selector.classes or selector.drugs or selector.acting or selector.agents or selector.properties
                ):
                    yield Problem((section, i, *key), "a selector needs classes, drugs, acting, agents or properties")
    for i, interaction in enumerate(cat.interactions):
        yield from _check_grade(interaction, ("interactions", i))
    for i, washout in enumerate(cat.washouts):
        yield from _check_washout(washout, ("washouts", i))


def _selectors(rule: Interaction | Strategy | Washout) -> list[tuple[Path, Selector]]:
    if isinstance(rule, Washout):
        return [(("from",), rule.source), (("to",), rule.target)]
    return [(("between", j), s) for j, s in enumerate(rule.between)]


def _check_grade(rule: Interaction, path: Path) -> Iterator[Problem]:
    if rule.basis not in (Basis.LABEL, Basis.EDITORIAL):
        yield Problem((*path, "basis"), "an interaction's basis is 'label' or 'editorial'")
    if rule.basis is Basis.LABEL and rule.wording is None:
        yield Problem(path, "a label-based interaction needs the label's 'wording'")
    if rule.severity is Severity.CONTRAINDICATED and rule.basis is not Basis.LABEL:
        yield Problem((*path, "severity"), "'contraindicated' is used only where a label contraindicates the pair")


def _check_washout(rule: Washout, path: Path) -> Iterator[Problem]:
    if rule.basis is Basis.EDITORIAL:
        yield Problem((*path, "basis"), "a washout's basis is 'label' or 'class'")
    elif rule.basis is Basis.LABEL:
        if rule.label_of is None or rule.country is None:
            yield Problem(path, "a label rule needs 'label_of' and 'country'")
    elif rule.label_of or rule.country or rule.section:
        yield Problem(path, f"a {rule.basis} rule has no 'label_of', 'country' or 'section'")
    elif rule.days is None:
        yield Problem((*path, "days"), f"a {rule.basis} rule states an interval")
