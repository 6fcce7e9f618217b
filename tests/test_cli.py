"""Bad input: one clear line naming the file and the problem, a non-zero exit, nothing clobbered."""

import os
import subprocess
import sys

import pytest

from balikg.cli import main
from balikg.core import iris
from balikg.core.paths import SOURCES
from balikg.core.vocab import XSD

SEED = SOURCES / "bali-2003-cochairs-statement.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "balikg", *args], capture_output=True, text=True, timeout=120)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9\n1. x", "not valid UTF-8")],
)
def test_bad_sources_leave_the_output_alone(tmp_path, capsys, content, problem):
    source = tmp_path / "bad.txt"
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "graph.ttl"
    out.write_text("previous content\n", encoding="utf-8")
    assert main(["build", str(source), "-o", str(out)]) == 2
    line = one_line(capsys.readouterr().err)
    assert str(source) in line and problem in line
    assert out.read_text(encoding="utf-8") == "previous content\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph.ttl")] == []


def test_a_text_that_yields_nothing_builds_with_a_loud_warning(tmp_path, capsys):
    source = tmp_path / "notes.txt"
    source.write_text("Shopping list\n\nmilk, eggs\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert main(["build", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "notes.txt: warning: NOTHING READ: no attendance, no co-chairs and no commitments" in err
    assert out.exists()


def test_keep_going_writes_the_statements_that_conform(tmp_path, capsys, monkeypatch):
    from balikg.validation import verdict
    from balikg.validation.findings import Finding

    other = tmp_path / "other.txt"
    other.write_text("Senior Officials Meeting\nBangkok, 5 May 2015\n\n1. Fiji attended.\n", encoding="utf-8")
    bad = iris.document("other")
    checked = verdict.validate_triples

    def only_other_fails(triples, *args, **kwargs):
        """A violation on the second statement's document node, as long as it is in the graph."""
        if any(t[0] == bad for t in triples):
            return verdict.Checked([Finding("Violation", bad, "other", "source path", "broken", "StatementShape")])
        return checked(triples, *args, **kwargs)

    monkeypatch.setattr(verdict, "validate_triples", only_other_fails)
    out = tmp_path / "graph.ttl"
    assert main(["build", str(SEED), str(other), "-o", str(out), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "not written" in err and "other.txt" in err and "--keep-going" in err and not out.exists()
    assert main(["build", str(SEED), str(other), "-o", str(out), "--no-cache", "--keep-going"]) == 1
    captured = capsys.readouterr()
    assert "other.txt: left out: its triples do not conform" in captured.err
    assert "1 source(s) left out" in captured.out
    written = out.read_text(encoding="utf-8")
    assert '"sources/bali-2003-cochairs-statement.txt"' in written and "other.txt" not in written


def test_an_invalid_graph_is_never_written(tmp_path, capsys, monkeypatch):
    from balikg.validation import verdict
    from balikg.validation.findings import Finding

    finding = Finding("Violation", "x", "Japan", "label", "needs a label", "StateShape")
    monkeypatch.setattr(verdict, "validate_triples", lambda *a, **k: verdict.Checked([finding]))
    out = tmp_path / "graph.ttl"
    assert main(["build", str(SEED), "-o", str(out), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "Violation: Japan [label]: needs a label" in err and "not written" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"<a> <b> .\n@@@ not turtle", "not a valid RDF file"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_bad_graph_files(tmp_path, capsys, content, problem):
    graph = tmp_path / "broken.ttl"
    if content is not None:
        graph.write_bytes(content)
    for argv in (["validate", str(graph)], ["query", "participants", "--graph", str(graph)]):
        assert main(argv) == 2
        line = one_line(capsys.readouterr().err)
        assert str(graph) in line and problem in line


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("directory", "not a regular file"),
        (b"", "the file is empty"),
        (b"<a> <b> .\n@@@ not turtle", "not a valid RDF file (SyntaxError: "),
        (b"\xff\xfe", "not valid UTF-8"),
    ],
)
def test_bad_graph_files_meant_for_an_on_disk_store(tmp_path, capsys, monkeypatch, content, problem):
    from balikg.runtime import policy

    monkeypatch.setattr(policy, "PERSIST_STORE_ABOVE", 0)
    monkeypatch.setenv("BALIKG_CACHE", str(tmp_path / "cache"))
    graph = tmp_path / "broken.ttl"
    if content == "directory":
        graph.mkdir()
    else:
        graph.write_bytes(content)
    for fmt in ("table", "csv", "json"):
        assert main(["query", "participants", "--graph", str(graph), "--format", fmt]) == 2
        assert one_line(capsys.readouterr().err).startswith(f"balikg query: {graph}: {problem}")
    assert list((tmp_path / "cache" / "stores").glob("*")) == []


@pytest.mark.parametrize("name", ["nope", "../graph", "checks/blank-node-violation", "/etc/passwd", "Participants"])
def test_unknown_or_path_like_query_names(capsys, graph_file, name):
    assert main(["query", name, "--graph", str(graph_file)]) == 2
    line = one_line(capsys.readouterr().err)
    assert name in line


def test_parameters_are_checked(capsys, graph_file):
    assert main(["query", "obligations-of", "--graph", str(graph_file)]) == 2
    assert "missing parameter 'actor'" in one_line(capsys.readouterr().err)
    assert main(["query", "obligations-of", "--param", "who=IOM", "--graph", str(graph_file)]) == 2
    assert "unknown parameter 'who'" in one_line(capsys.readouterr().err)
    assert main(["query", "participants", "--param", "actor", "--graph", str(graph_file)]) == 2
    assert "KEY=VALUE" in one_line(capsys.readouterr().err)
    twice = ["--param", "actor=IOM", "--param", "actor=Thailand"]
    assert main(["query", "obligations-of", *twice, "--graph", str(graph_file)]) == 2
    assert one_line(capsys.readouterr().err) == (
        "balikg query: --param actor given twice ('IOM' and 'Thailand'): obligations-of takes one value"
    )


def test_query_formats(capsys, graph_file):
    import csv
    import io
    import json

    assert main(["query", "obligations-of", "--param", "actor=IOM", "--graph", str(graph_file), "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][:3] == ["obligation", "code", "modality"]
    assert [(r[1], r[2]) for r in table[1:]] == [("E", "recommend"), ("H", "agree")]
    assert main(["query", "coordinators", "--graph", str(graph_file), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["head"]["vars"][:2] == ["coordinator", "coordinatorLabel"]
    first = doc["results"]["bindings"][0]
    assert first["coordinator"] == {"type": "uri", "value": iris.actor("state/NZL")}
    assert first["statements"]["datatype"] == XSD.integer
    assert main(["query", "coordinators", "--graph", str(graph_file)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == doc["head"]["vars"] and out.rstrip().endswith("(4 rows)")


def test_list_and_help():
    listing = run("query", "--list")
    assert listing.returncode == 0
    assert "participants" in listing.stdout and "--param actor=" in listing.stdout
    helped = run("--help")
    for command in ("build", "validate", "query"):
        assert command in helped.stdout


@pytest.mark.parametrize(
    ("folder", "problem"),
    [(True, "no stored queries (NAME.rq files) in this folder"), (False, "no folder of stored queries here")],
)
def test_a_list_without_stored_queries_is_one_line(tmp_path, folder, problem):
    if folder:
        (tmp_path / "queries").mkdir()
    argv = [sys.executable, "-m", "balikg", "query", "--list"]
    done = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, "BALIKG_HOME": str(tmp_path)})
    assert (done.returncode, done.stdout) == (2, "")
    assert one_line(done.stderr) == f"balikg query: {tmp_path / 'queries'}: {problem}"


def test_real_process_reports_one_line(tmp_path):
    done = run("validate", str(tmp_path / "missing.ttl"))
    assert done.returncode == 2 and done.stdout == ""
    assert one_line(done.stderr).startswith("balikg validate: ")
