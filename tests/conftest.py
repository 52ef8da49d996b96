"""Shared fixtures: a clean environment, a runner, the real and a minimal catalog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from antidep_cli.cli.app import app
from antidep_cli.knowledge.loader import load_catalog
from antidep_cli.knowledge.location import data_path
from antidep_cli.knowledge.model import Catalog
from antidep_cli.queries.query import Index

TESTS = Path(__file__).parent
MINIMAL = TESTS / "data" / "minimal.yaml"
WIDTH = 80


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Fixed width, no colour variables, a private cache, the shipped knowledge file."""
    for name in ("NO_COLOR", "FORCE_COLOR", "ANTIDEP_DATA", "ANTIDEP_NO_CACHE", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("ANTIDEP_CACHE_DIR", str(tmp_path / "cache"))
    yield


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """Invoke the app as a user would, with stdout and stderr kept apart."""
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped knowledge file."""
    return load_catalog(data_path())


@pytest.fixture(scope="session")
def index(catalog: Catalog) -> Index:
    """The shipped knowledge file, indexed."""
    return Index.of(catalog)
