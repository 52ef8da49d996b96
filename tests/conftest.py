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


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the whole session, so the shipped knowledge file is compiled once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> Iterator[None]:
    """Fixed width, no colour variables, the session's cache, the shipped knowledge file."""
    for name in ("NO_COLOR", "FORCE_COLOR", "ANTIDEP_DATA", "ANTIDEP_NO_CACHE", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("ANTIDEP_CACHE_DIR", str(shared_cache))
    yield


@pytest.fixture
def own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A cache of the test's own, for tests that damage, lock or count what is in it."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("ANTIDEP_CACHE_DIR", str(folder))
    return folder


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
