"""balikg.build.coverage: each statement's coverage as a build line, a table and JSON."""

import json

from balikg.cli import main
from balikg.core.paths import SOURCES

SEED = SOURCES / "bali-2003-cochairs-statement.txt"


def test_the_build_prints_each_statements_coverage(tmp_path, capsys):
    assert main(["build", str(SEED), "-o", str(tmp_path / "g.ttl")]) == 0
    line = next(x for x in capsys.readouterr().err.splitlines() if x.startswith("sources/bali-2003"))
    assert line.startswith(
        "sources/bali-2003-cochairs-statement.txt: read 60 attendance (2 co-chairs, 1 hosts, 25 observers), "
        "6 coordination, 23 commitments, 11 other meetings; not related: "
    )
    assert "sentences with a commitment cue and no commitment" in line


def test_coverage_as_a_table_and_as_json(capsys):
    assert main(["coverage", str(SEED), "--format", "json"]) == 0
    (seed,) = json.loads(capsys.readouterr().out)
    assert seed["source"] == "sources/bali-2003-cochairs-statement.txt" and seed["nothing_read"] is False
    assert seed["counts"]["co-chairs"] == 2 and seed["counts"]["commitments"] == 23
    assert seed["meetings_incomplete"] == []
    noted = [s["quote"] for s in seed["uncommitted_sentences"]]
    assert any(q.startswith("Ministers noted that") for q in noted)  # 'note' is a cue: said, not committed
    assert all(s["quote"] for s in seed["unrelated_names"])
    assert main(["coverage", str(SEED)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:6] == ["source", "attendance", "co-chairs", "coordination", "commitments", "other"]
    assert table[2].split()[:6] == ["sources/bali-2003-cochairs-statement.txt", "60", "2", "6", "23", "11"]
