"""The per-source cache: a rebuild reads only what changed, and gives the bytes of a build without it."""

import subprocess
import sys

import pytest

from balikg.build.pipeline import build
from balikg.core.paths import ROOT
from balikg.runtime.cachedir import Cache


@pytest.fixture()
def corpus(tmp_path):
    """Three generated statements."""
    directory = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen.py"), "3", str(directory)], check=True)
    return sorted(directory.glob("*.txt"))


def test_a_second_build_takes_everything_from_the_cache(corpus, tmp_path):
    first = build(corpus, cache=Cache(tmp_path / "cache"))
    assert first.counts["cache_hits"] == 0
    again = build(corpus, cache=Cache(tmp_path / "cache"))
    assert again.turtle == first.turtle == build(corpus).turtle
    assert again.counts["cache_misses"] == 0
    assert again.counts["units_cached"] == again.counts["units"] == 4  # three statements and the shared unit


def test_editing_one_statement_reads_and_checks_only_that_statement(corpus, tmp_path):
    build(corpus, cache=Cache(tmp_path / "cache"))
    edited = next(p for p in corpus if "\nD.\n" in p.read_text(encoding="utf-8"))  # a statement with items
    text = edited.read_text(encoding="utf-8")
    item_text = text.rindex("\nD.\n") + len("\nD.\n")
    edited.write_text(text[:item_text] + text[item_text:].replace(".\n", " without delay.\n", 1), encoding="utf-8")
    rebuilt = build(corpus, cache=Cache(tmp_path / "cache"))
    assert rebuilt.counts["missed"] == {"records": 1, "triples": 1, "verdicts": 1}
    assert rebuilt.turtle == build(corpus).turtle
    assert "without delay" in rebuilt.turtle


def test_unreadable_entries_are_misses_not_errors(corpus, tmp_path):
    first = build(corpus, cache=Cache(tmp_path / "cache"))
    for entry in (tmp_path / "cache").rglob("*"):
        if entry.is_file():
            entry.write_bytes(b"\x00not what was stored")
    again = build(corpus, cache=Cache(tmp_path / "cache"))
    assert again.turtle == first.turtle
    assert again.counts["cache_hits"] == 0


def test_a_cache_off_build_writes_nothing(corpus, tmp_path):
    result = build(corpus, cache=Cache(None))
    assert result.counts["cache_hits"] == result.counts["cache_misses"] == 0
