"""`balikg stats`: counts and network measures with the seed's real values."""

import json

from balikg.cli import main
from balikg.network.stats import compute


def test_counts_and_measures(graph_file):
    report = compute(graph_file, top=5)
    assert report["classes"]["bkg:Participation"] == 64
    assert report["classes"]["bkg:Obligation"] == 23
    assert report["roles"] == {
        "addressee": 23,
        "auxiliary": 3,
        "beneficiary": 5,
        "co-chair": 4,
        "coordinator": 4,
        "host": 1,
        "observer": 25,
        "on behalf of": 1,
        "part of": 5,
        "participant": 32,
        "reporter": 2,
    }
    assert report["modalities"] == {"agree": 12, "call-on": 2, "encourage": 2, "recommend": 8, "support": 4, "urge": 3}
    assert report["network"]["nodes"] == 108
    co = report["co_participation"]
    assert co["actors"] == 59 and co["links"] == 59 * 58 // 2 and co["density"] == 1.0
    bridging = {b["label"] for b in report["bridging_actors"]}
    assert "International Organization for Migration" in bridging  # at the meeting, and addressed by obligations
    assert co["top_pairs"][0] == {"a": "Australia", "b": "Indonesia", "shared_meetings": 2}
    assert report["betweenness_centrality"][0]["score"] >= report["betweenness_centrality"][-1]["score"]


def test_cli_json_and_table(graph_file, capsys):
    assert main(["stats", "--graph", str(graph_file), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["network"]["edges"] == 105
    assert main(["stats", "--graph", str(graph_file)]) == 0
    out = capsys.readouterr().out
    assert "Betweenness centrality" in out and "Co-participation: 59 actors, 1711 links" in out
