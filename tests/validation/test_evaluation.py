"""`balikg eval`: the seed scores 1.0 in every category against sources/gold; a wrong graph does not."""

import json

from rdflib import Graph

from balikg.cli import main
from balikg.core import iris
from balikg.core.paths import GOLD as GOLD_DIR
from balikg.core.terms import iri_node
from balikg.validation.evaluation import corpus_expected, cue_holder, evaluate

GOLD = GOLD_DIR / "bali-2003-cochairs-statement.json"


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
    coordination = iris.coordination("group/ad-hoc-experts-group-ii", "state/THA")
    graph.remove((iri_node(coordination), None, None))
    broken = tmp_path / "broken.ttl"
    broken.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert main(["eval", "--graph", str(broken), "--gold", str(GOLD), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "missing coordinator: ('state/THA', 'group/ad-hoc-experts-group-ii')" in out
    assert main(["eval", "--graph", str(broken), "--gold", str(GOLD), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    coordinator = next(r for r in report["sources/bali-2003-cochairs-statement.txt"] if r["category"] == "coordinator")
    assert coordinator["recall"] == 0.75 and coordinator["precision"] == 1.0


def test_a_gold_cue_points_to_the_commitment_it_overlaps():
    obligations = {
        "ob/b": {"modality": "encourage", "begin": 103, "end": 150},
        "ob/c": {"modality": "agree", "begin": 155, "end": 200},
    }
    # 'b) Encourage members …': the cue takes in the item's label, before the span
    assert cue_holder(100, 130, "encourage", obligations, set()) == "ob/b"
    assert cue_holder(100, 130, "encourage", obligations, {"ob/b"}) is None
    assert cue_holder(140, 170, "agree", obligations, set()) == "ob/c"  # same modality first
    assert cue_holder(140, 170, "support", obligations, set()) == "ob/b"  # else the one the cue starts in
    assert cue_holder(10, 40, "agree", obligations, set()) is None


def test_a_place_is_the_same_with_or_without_its_diacritics():
    assert corpus_expected({"meeting": {"place": "Hà Nội"}, "attendance": [], "coordination": []})["meeting"] == {
        ("place", "Ha Noi")
    }
