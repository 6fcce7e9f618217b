"""Bad input: one clear line naming the file and the problem, a non-zero exit, nothing clobbered."""

import os
import re
import subprocess
import sys

import pytest

from balikg.cli import main
from balikg.core import iris
from balikg.core.paths import SOURCES
from balikg.core.vocab import BKG, XSD

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
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9\n1. x", "not valid UTF-8"),
        ("Senior Officials Meeting\r\n".encode("utf-16"), "UTF-16, not UTF-8; save it as UTF-8"),
    ],
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
    "argv",
    [
        ["build", str(SEED), "--no-cache"],
        ["export", "--format", "nt", "--graph", "unread.ttl"],
        ["viz", "--graph", "unread.ttl"],
    ],
)
def test_an_output_that_is_a_directory_is_refused_before_the_work(tmp_path, capsys, argv):
    (tmp_path / "kept.txt").write_text("kept", encoding="utf-8")
    assert main([*argv, "-o", str(tmp_path)]) == 2
    assert one_line(capsys.readouterr().err) == f"balikg {argv[0]}: {tmp_path}: is a directory (give a file name)"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_a_build_whose_provenance_name_is_too_long_is_refused_before_the_work(tmp_path, capsys):
    out = tmp_path / ("g" * 247 + ".ttl")  # fits; FILE.prov.ttl does not
    assert main(["build", str(SEED), "-o", str(out), "--no-cache"]) == 2
    prov = tmp_path / ("g" * 247 + ".prov.ttl")
    assert one_line(capsys.readouterr().err) == f"balikg build: {prov}: cannot write (File name too long)"
    assert list(tmp_path.iterdir()) == []


def test_a_build_that_leaves_every_statement_out_writes_nothing(tmp_path, capsys, monkeypatch):
    from balikg.validation import verdict
    from balikg.validation.findings import Finding

    source = tmp_path / "only.txt"
    source.write_text("Senior Officials Meeting\nBangkok, 5 May 2015\n\n1. Fiji attended.\n", encoding="utf-8")
    only = iris.document("only")

    def only_fails(triples, *args, **kwargs):
        """A violation on the statement's document node while it is in the graph; the rest conforms."""
        found = [Finding("Violation", only, "only", "source path", "broken", "StatementShape")]
        return verdict.Checked(found if any(t[0] == only for t in triples) else [])

    monkeypatch.setattr(verdict, "validate_triples", only_fails)
    out = tmp_path / "graph.ttl"
    assert main(["build", str(source), "-o", str(out), "--no-cache", "--keep-going", "-j", "1"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-2].endswith("only.txt: left out: its triples do not conform to the shapes (see above)")
    assert err[-1] == f"{out}: not written: every statement was left out"
    assert [p.name for p in tmp_path.iterdir()] == ["only.txt"]


def test_a_graph_without_triples_does_not_conform(tmp_path, capsys):
    graph = tmp_path / "empty.ttl"
    graph.write_text(f"@prefix bkg: <{BKG.NS}> .\n# nothing else\n", encoding="utf-8")
    assert main(["validate", str(graph)]) == 2
    assert one_line(capsys.readouterr().err) == (
        f"balikg validate: {graph}: no triples: an empty graph is not a balikg graph"
    )


ILL_TYPED = f"""\
@prefix bkg: <{BKG.NS}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{iris.event("meeting-2003")}> a bkg:Meeting ; rdfs:label "Meeting" ;
    schema:startDate "2003-13-45"^^xsd:date ; schema:endDate "2003-04-03"^^xsd:date .
"""


def test_an_ill_typed_literal_is_a_violation_without_rdflib_s_traceback(tmp_path):
    graph = tmp_path / "ill-typed.ttl"
    graph.write_text(ILL_TYPED, encoding="utf-8")
    done = run("validate", str(graph), "--no-cache", "-j", "1")
    assert (done.returncode, done.stderr) == (1, "")
    assert (
        "Violation: Meeting [start date]: a meeting has at most one start date, an xsd:date, xsd:gYearMonth or "
        "xsd:gYear" in done.stdout.splitlines()
    )


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
        (b"caf\xe9 <a> <b> .", "not valid UTF-8"),
        (b"\xff\xfe", "UTF-16, not UTF-8"),
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


def test_push_and_docs_take_http_and_https_urls_only(capsys, graph_file, tmp_path):
    for argv in (
        ["push", "--store", "file:///x", "--graph", str(graph_file)],
        ["push", "--store", "http://127.0.0.1:9/store", "--endpoint", "file:///x", "--graph", str(graph_file)],
        ["docs", "-o", str(tmp_path / "docs"), "--graph", str(graph_file), "--endpoint", "file:///x"],
    ):
        assert main(argv) == 2
        assert capsys.readouterr().err == f"balikg {argv[0]}: file:///x: only http and https endpoints are accepted\n"
    with pytest.raises(SystemExit) as caught:
        main(["push", "--store", "http://127.0.0.1:9/store", "--timeout=nan"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "balikg push: error: argument --timeout: 'nan' is not a positive finite number of seconds"
    )


@pytest.mark.parametrize(
    "text",
    [
        # items before any paragraph, one name read both as the meeting's chair and as the process's
        "REGIONAL CONFERENCE ON MIGRATION\nVice-Ministerial Meeting\nPanama City, November 28th-29th, 2018\n\n"
        "i) The Vice-Ministerial Meeting took place in Panama City on November 28 and 29, 2018, under the "
        "Presidency Pro Tempore of Panama. The delegations of Belize and Canada took part.\n\n"
        "ii) The Vice-Ministers instructed the RCGM to prepare its first operating plan.\n",
        # a bullet read whole for attendance and by its sentences for commitments
        "THREE MEETINGS IN BANGKOK\nPosted 10 June 2019\n\nBangkok, 3-5 June 2019 - The RSO hosted three meetings. "
        "Officials from Fiji, Nepal and Palau took part.\n\n"
        "* Monday 3 June - Working Group on Trafficking. Members agreed to pilot a guide.\n\n"
        "* Tuesday 4 June - Working Group on Disruption. Co-chaired by New Zealand and Viet Nam, the group heard "
        "cases. Participants recommended that members nominate contacts and asked the RSO to keep the list.\n",
    ],
)
def test_a_name_two_readings_place_in_different_sentences_still_conforms(tmp_path, capsys, text):
    source = tmp_path / "statement.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert main(["build", "--no-cache", str(source), "-o", str(out)]) == 0
    assert "conforms to the shapes" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("body", "suffix", "kind", "kept"),
    [
        ("1. Fiji and Nepal attended.\n", "/participant/state-FJI", BKG.Participation, "participant/state-NPL"),
        ("The Officials:\n\n(a) invited Fiji to attend.\n", "/item/a", BKG.LetteredItem, "Senior Officials Meeting"),
    ],
)
def test_a_node_that_does_not_conform_is_left_out_not_its_statement(
    tmp_path, capsys, monkeypatch, body, suffix, kind, kept
):
    from balikg.validation import verdict
    from balikg.validation.findings import Finding

    other = tmp_path / "other.txt"
    other.write_text(f"Senior Officials Meeting\nBangkok, 5 May 2015\n\n{body}", encoding="utf-8")
    checked = verdict.validate_triples

    def one_node_fails(triples, *args, **kwargs):
        """A violation on one fact's or part's node, as long as it is in the graph."""
        nodes = [t[0] for t in triples if t[0].endswith(suffix) and t[2] == kind]
        if nodes:
            return verdict.Checked([Finding("Violation", nodes[0], "node", "source", "needs a span", "Shape")])
        return checked(triples, *args, **kwargs)

    monkeypatch.setattr(verdict, "validate_triples", one_node_fails)
    out = tmp_path / "graph.ttl"
    assert main(["build", str(other), "-o", str(out), "--no-cache"]) == 0
    captured = capsys.readouterr()
    assert re.search(r"other\.txt: warning: left out \d+ node\(s\) whose triples did not conform", captured.err)
    assert suffix in captured.err and "conforms to the shapes" in captured.out
    written = out.read_text(encoding="utf-8")
    assert kept in written and suffix.lstrip("/") not in written  # what depended on it goes with it
