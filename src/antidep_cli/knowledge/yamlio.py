"""The only module that imports PyYAML: a strict safe load and line lookup.

libyaml's ``CSafeLoader`` parser is used where present, and values are built
straight from its events with the safe loader's scalar rules. Aliases and
anchors are refused (a few bytes of aliases can expand into millions of nodes),
and so are explicit tags, multiple documents and duplicate mapping keys, which
PyYAML would otherwise resolve silently to the last one.
"""

from __future__ import annotations

from typing import Any

import yaml

from antidep_cli.errors import Problem

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DEFAULT_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def load_yaml(text: str) -> tuple[object, list[Problem]]:
    """Parse ``text`` safely; return the data or the problems that stopped it."""
    try:
        return _build(yaml.parse(text, Loader=_Base)), []
    except yaml.MarkedYAMLError as exc:
        mark: Any = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return None, [Problem((), f"invalid YAML: {exc.problem or exc.context}", line, col)]
    except yaml.YAMLError as exc:
        return None, [Problem((), f"invalid YAML: {exc}")]


def _refuse(message: str, mark: Any) -> yaml.MarkedYAMLError:
    return yaml.constructor.ConstructorError(None, None, message, mark)


def _build(events: Any) -> object:
    """Plain data from parser events, one value at a time: no node graph is kept, so a large
    file costs little more than its data. Scalars resolve exactly as the safe loader's do."""
    scalars = _Base("")  # the safe loader's resolver and scalar constructors
    stack: list[tuple[Any, list[Any]]] = []  # (container, [pending key, its mark]) per open collection
    root: object = None
    documents = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _refuse("aliases and anchors are not allowed", event.start_mark)
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _refuse("expected a single document in the stream", event.start_mark)
            continue
        if isinstance(event, yaml.CollectionStartEvent):
            if event.tag not in _DEFAULT_TAGS:
                raise _refuse(f"could not determine a constructor for the tag {event.tag!r}", event.start_mark)
            stack.append(({} if isinstance(event, yaml.MappingStartEvent) else [], []))
            continue
        if isinstance(event, yaml.ScalarEvent):
            tag = event.tag
            if tag is None or tag == "!":
                tag = scalars.resolve(yaml.ScalarNode, event.value, event.implicit)
            marks: tuple[Any, Any] = (event.start_mark, event.end_mark)
            node = yaml.ScalarNode(tag, event.value, *marks, event.style)
            value = event.value if tag == "tag:yaml.org,2002:str" else scalars.construct_document(node)
        elif isinstance(event, yaml.CollectionEndEvent):
            value = stack.pop()[0]
        else:
            continue
        if not stack:
            root = value
            continue
        container, pending = stack[-1]
        if isinstance(container, list):
            container.append(value)
        elif not pending:
            pending += [value, event.start_mark]
        else:
            key, mark = pending
            pending.clear()
            try:
                if key in container:
                    raise _refuse(f"duplicate key {key!r}", mark)
                container[key] = value
            except TypeError:
                raise _refuse("found an unhashable key", mark) from None
    return root


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
