"""Shared fixtures: the seed statement read once, and its graph built once, per test session."""

import json
from pathlib import Path

import pytest

from balikg.core.paths import GAZETTEER, GOLD, ROOT, SOURCES
from ingest.gazetteer import load_gazetteer
from ingest.read import read_file

SEED = SOURCES / "bali-2003-cochairs-statement.txt"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Builds in tests use a cache of their own, never the project's .balikg-cache/."""
    import os

    previous = os.environ.get("BALIKG_CACHE")
    os.environ["BALIKG_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("BALIKG_CACHE", None)
    else:
        os.environ["BALIKG_CACHE"] = previous


@pytest.fixture(scope="session")
def gold() -> dict:
    """The hand-made reading of the seed statement."""
    return json.loads((GOLD / "bali-2003-cochairs-statement.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gazetteer():
    """The project gazetteer."""
    return load_gazetteer(GAZETTEER)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed statement exactly as offsets count it."""
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_record(gazetteer):
    """The seed statement read into records."""
    return read_file(SEED, ROOT, gazetteer)


@pytest.fixture(scope="session")
def built():
    """The seed built in memory (graph and canonical Turtle)."""
    from balikg.build.pipeline import build

    return build([SEED])


@pytest.fixture(scope="session")
def graph_file(built, tmp_path_factory) -> Path:
    """The built graph written to a temporary file."""
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    path.write_text(built.turtle, encoding="utf-8")
    return path
