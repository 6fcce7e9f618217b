"""Work beside the caller: values come back, failures become one-line errors, and a large build's Turtle
and violation queries computed in forked processes equal those computed in place."""

import pytest

from balikg.build.pipeline import build
from balikg.core.errors import UserError
from balikg.core.iris import actor
from balikg.core.paths import GRAPH, SOURCES
from balikg.core.vocab import RDFS
from balikg.runtime import policy
from balikg.runtime.forked import beside, now


def _square_then_fail(n: int) -> int:
    if n < 0:
        raise ValueError("negative")
    return n * n


def test_values_and_failures_come_back():
    assert beside(_square_then_fail, 7, label="squaring")() == 49
    assert now(_square_then_fail, 7)() == 49
    with pytest.raises(UserError, match=r"^squaring failed: ValueError: negative$"):
        beside(_square_then_fail, -1, label="squaring")()


def test_a_build_with_turtle_and_checks_beside_gives_the_same_graph_and_findings(monkeypatch):
    monkeypatch.setattr(policy, "FORK_BESIDE_ABOVE", 0)
    monkeypatch.setenv("BALIKG_JOBS", "2")
    result = build(sorted(SOURCES.glob("*.txt")))
    assert result.turtle == GRAPH.read_text(encoding="utf-8")
    assert result.findings == []
    assert (result.counts["units"], result.counts["workers"]) == (2, 2)  # checked in two processes


def test_violation_queries_beside_find_what_they_find_in_place(monkeypatch):
    from balikg.core.rdffile import load_triples
    from balikg.validation.verdict import validate_triples

    thailand = actor("state/THA")
    triples = [t for t in load_triples(GRAPH) if not (t[0] == thailand and t[1] == RDFS.label)]
    in_place = validate_triples(triples, jobs_=2).findings
    monkeypatch.setattr(policy, "FORK_BESIDE_ABOVE", 0)
    monkeypatch.setenv("BALIKG_JOBS", "2")
    forked = validate_triples(triples, jobs_=2).findings
    assert forked == in_place
    assert ("missing-label-violation", thailand) in {(f.check, f.focus) for f in forked}
