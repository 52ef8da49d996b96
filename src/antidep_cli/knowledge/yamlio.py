"""The only module that imports PyYAML: a strict safe load and line lookup.

libyaml's ``CSafeLoader`` is used where present. Aliases and anchors are refused
(a few bytes of aliases can expand into millions of nodes), and so are duplicate
mapping keys, which PyYAML would otherwise resolve silently to the last one.
"""

from __future__ import annotations

from typing import Any

import yaml

from antidep_cli.errors import Problem

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_Base):  # type: ignore[misc]
    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = key_node.value
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> tuple[object, list[Problem]]:
    """Parse ``text`` safely; return the data or the problems that stopped it."""
    try:
        for event in yaml.parse(text, Loader=_Base):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                start: Any = event.start_mark
                msg = "aliases and anchors are not allowed"
                return None, [Problem((), msg, start.line + 1, start.column + 1)]
        return yaml.load(text, Loader=_StrictLoader), []
    except yaml.MarkedYAMLError as exc:
        mark: Any = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return None, [Problem((), f"invalid YAML: {exc.problem or exc.context}", line, col)]
    except yaml.YAMLError as exc:
        return None, [Problem((), f"invalid YAML: {exc}")]


def locate(text: str, problems: list[Problem]) -> list[Problem]:
    """Attach line and column to each problem by walking its path in the YAML."""
    try:
        root = yaml.compose(text, Loader=_Base)
    except yaml.YAMLError:
        return problems
    return [_locate_one(root, p) for p in problems]


def _locate_one(root: Any, problem: Problem) -> Problem:
    node = root
    for part in problem.path:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
            if child is None:  # an unknown key: point at the key itself
                child = next((k for k, _ in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            child = node.value[part] if part < len(node.value) else None
        if child is None:
            break
        node = child
    if node is None:
        return problem
    mark = node.start_mark
    return Problem(problem.path, problem.message, mark.line + 1, mark.column + 1)
