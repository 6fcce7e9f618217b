"""The fixture corpus of the genre (this folder, README.md): every statement builds, and the graph recovers
its hand-made readings with F1 ≥ 0.95 in each category."""

from balikg.validation.evaluation import evaluate, totals

HERE = __import__("pathlib").Path(__file__).resolve().parent
TEXTS = sorted(HERE.glob("*.txt"))
GOLD = sorted(HERE.glob("*.gold.json"))


def test_the_corpus_is_the_genre():
    assert len(TEXTS) >= 15 and len(GOLD) == len(TEXTS)


def test_every_statement_reads_something(corpus_graph):
    _, result = corpus_graph
    assert [r.source for r in result.records if r.coverage.empty] == []


def test_each_category_scores_at_least_095(corpus_graph):
    path, _ = corpus_graph
    scores = {row["category"]: row for row in totals(evaluate(path, GOLD))}
    assert sorted(scores) == ["attendance", "commitment", "coordination", "meeting", "other meeting"]
    low = {c: (r["precision"], r["recall"], r["f1"]) for c, r in scores.items() if r["f1"] < 0.95}
    assert low == {}


def test_the_gold_readings_are_well_formed():
    import subprocess
    import sys

    checked = subprocess.run([sys.executable, str(HERE / "check_gold.py")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
