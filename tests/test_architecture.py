"""Imports flow one way: model <- loader <- queries <- renderers <- CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "antidep_cli"
LAYERS = {
    "base": {"__init__", "model", "errors", "names", "location"},
    "loader": {"yamlio", "convert", "integrity", "cache", "loader"},
    "queries": {"query", "analysis", "reasoning", "explain", "search"},
    "renderers": {"records", "markdown", "richtext", "pages", "tables", "figures"},
    "cli": {"cliutil", "commands", "commands_discovery", "commands_reasoning", "cli", "launch", "outcache", "__main__"},
}
ORDER = list(LAYERS)
LAYER_OF = {module: ORDER.index(layer) for layer, modules in LAYERS.items() for module in modules}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("antidep_cli"):
            parts = node.module.split(".")
            found |= {parts[1]} if len(parts) > 1 else {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("antidep_cli.")}
    return found


def test_every_module_has_a_layer() -> None:
    assert {p.stem for p in PACKAGE.glob("*.py")} == set(LAYER_OF)


@pytest.mark.parametrize("module", sorted(LAYER_OF))
def test_imports_point_inward(module: str) -> None:
    upward = {m for m in _imports(PACKAGE / f"{module}.py") if m in LAYER_OF and LAYER_OF[m] > LAYER_OF[module]}
    assert not upward, f"{module} imports from an outer layer: {sorted(upward)}"
