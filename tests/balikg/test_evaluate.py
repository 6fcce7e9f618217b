"""`balikg eval`: the seed scores 1.0 in every category against tests/gold; a wrong graph does not."""

import json

from rdflib import Graph, URIRef

from balikg.cli import main
from balikg.evaluate import evaluate
from balikg.paths import ROOT

GOLD = ROOT / "tests" / "gold" / "bali-2003-cochairs-statement.json"


def test_seed_scores_one_everywhere(graph_file):
    (rows,) = evaluate(graph_file, [GOLD]).values()
    categories = {r["category"]: r for r in rows}
    assert set(categories) == {
        "participation",
        "coordinator",
        "obligation",
        "auxiliary",
        "beneficiary",
        "condition",
        "time frame",
        "meeting",
        "instrument",
        "post",
        "group",
    }
    for row in rows:
        assert (row["precision"], row["recall"], row["f1"]) == (1.0, 1.0, 1.0), row


def test_a_missing_fact_lowers_recall(graph_file, tmp_path, capsys):
    graph = Graph().parse(graph_file, format="turtle")
    graph.remove((URIRef("https://w3id.org/balikg/id/group/ad-hoc-experts-group-ii/coordinator/state-THA"), None, None))
    broken = tmp_path / "broken.ttl"
    broken.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert main(["eval", "--graph", str(broken), "--gold", str(GOLD), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "missing coordinator: ('state/THA', 'group/ad-hoc-experts-group-ii')" in out
    assert main(["eval", "--graph", str(broken), "--gold", str(GOLD), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    coordinator = next(r for r in report["sources/bali-2003-cochairs-statement.txt"] if r["category"] == "coordinator")
    assert coordinator["recall"] == 0.75 and coordinator["precision"] == 1.0
