"""The stored queries answer the questions exactly, against the hand-made reading in tests/gold."""

import pytest

from balikg.core import iris
from balikg.core.errors import UserError
from balikg.core.rdffile import load_graph
from balikg.query.answers import execute
from balikg.query.stored import list_queries, load_query, parse_params


@pytest.fixture(scope="module")
def graph(graph_file):
    return load_graph(graph_file)


def rows(graph, name, **params):
    results = execute(graph, load_query(name), params)
    return [{v: (t.value if t else None) for v, t in zip(results.variables, row, strict=True)} for row in results.rows]


def test_every_query_has_a_title_and_runs(graph):
    queries = list_queries()
    assert {q.name for q in queries} >= {"participants", "coordinators", "obligations", "obligations-of", "provenance"}
    for q in queries:
        assert q.title
        if not q.params:
            assert rows(graph, q.name), q.name


def test_participants_by_role(graph, gold):
    everything = rows(graph, "participants")
    got = [r for r in everything if r["event"] == gold["event"]["iri"]]
    others = {(r["iso3"], r["role"], iris.local(r["event"]).removeprefix("event/")) for r in everything if r not in got}
    assert others == {
        (a.removeprefix("state/"), role, event) for a, role, event, _ in gold["roles"] if role == "co-chair"
    }
    assert {r["role"] for r in got} == {"co-chair", "participant", "observer"}
    for role in ("co-chair", "participant", "observer"):
        states = {r["iso3"] for r in got if r["role"] == role and r["actorType"] == "state"}
        others = {iris.local(r["actor"]) for r in got if r["role"] == role and r["actorType"] != "state"}
        assert states == set(gold[role]["states"]), role
        assert others == set(gold[role]["others"]), role
    assert len(got) == sum(
        len(gold[r]["states"]) + len(gold[r]["others"]) for r in ("co-chair", "participant", "observer")
    )
    for r in got:
        assert r["event"] == gold["event"]["iri"] and r["eventLabel"] == gold["event"]["label"]
        if r["actorType"] == "state":
            assert r["wikidata"].startswith("http://www.wikidata.org/entity/Q"), r


def test_the_two_koreas_and_new_caledonia(graph):
    got = {r["iso3"]: r for r in rows(graph, "participants") if r["iso3"]}
    assert got["PRK"]["wikidata"].endswith("/Q423") and got["KOR"]["wikidata"].endswith("/Q884")
    assert got["FRA"]["onBehalfOf"] == iris.actor("territory/NCL")
    assert got["FRA"]["onBehalfOfLabel"] == "New Caledonia"
    assert got["FRA"]["quote"] == "France (New Caledonia)"
    assert "NCL" not in got  # France attended, for New Caledonia


def test_coordinators(graph, gold):
    got = rows(graph, "coordinators")
    assert {(iris.local(r["coordinator"]), iris.local(r["coordinated"])) for r in got} == {
        tuple(p) for p in gold["coordinators"]
    }
    by_group = {
        r["coordinatedLabel"]: (r["coordinatorLabel"], r["iso3"], r["statements"])
        for r in got
        if r["iso3"] in ("NZL", "THA")
    }
    assert by_group == {
        "Ad Hoc Experts' Group I": ("New Zealand", "NZL", "2"),
        "Ad Hoc Experts' Group II": ("Thailand", "THA", "2"),
    }


def test_obligations(graph, gold):
    got = rows(graph, "obligations")
    expected = [(c, m, p, a) for c, m, p, addressees in gold["obligations"] for a in addressees]
    expected += [(c, m, p, a) for c, m, p, bearers, _, _ in gold["commitments"] for a in bearers]
    assert sorted((r["code"], r["modality"], r["paragraph"], iris.local(r["addressee"])) for r in got) == sorted(
        expected
    )
    assert [r["code"] for r in got][:3] == ["5.1", "5.2", "10"]  # paragraphs in order, then items
    texts = {r["code"]: r["text"] for r in got}
    assert texts["F"] == "The Bali Process be continued."
    assert texts["H"] == "IOM be invited to create a funding appeal to support the Bali Process."


@pytest.mark.parametrize(
    "key",
    [
        "IOM",
        "iom",
        "International Organization for Migration",
        "International Organisation for Migration",
        iris.actor("org/iom"),
    ],
)
def test_obligations_of_iom(graph, key):
    assert {r["code"] for r in rows(graph, "obligations-of", actor=key)} == {"E", "H"}


def test_obligations_of_officials_and_states(graph):
    assert {r["code"] for r in rows(graph, "obligations-of", actor="Officials")} == {"J"}
    assert {r["code"] for r in rows(graph, "obligations-of", actor="States")} == set("ABCDGK")


@pytest.mark.parametrize(
    "value",
    ['IOM" ) } UNION { ?s ?p ?o } #', "' OR 1=1 --", "} ; DROP ALL ; {", 'x" || true || "', "?actor", ""],
)
def test_injection_shaped_parameters_match_nothing(graph, value):
    assert rows(graph, "obligations-of", actor=value) == []


def test_provenance_quotes_are_the_source_text(graph, seed_text):
    got = rows(graph, "provenance")
    assert {r["kind"] for r in got} == {
        "participation",
        "coordination",
        "addressing",
        "obligation",
        "dated reading",
        "meeting",
        "event",
        "instrument",
        "post",
    }
    for r in got:
        assert r["source"] == "sources/bali-2003-cochairs-statement.txt"
        assert seed_text[int(r["begin"]) : int(r["end"])] == r["quote"], r
    kinds = [r["kind"] for r in got]
    assert kinds.count("participation") == 64 and kinds.count("coordination") == 6
    assert kinds.count("addressing") == 31 and kinds.count("obligation") == 23
    assert kinds.count("meeting") == 11 and kinds.count("event") == 1 and kinds.count("instrument") == 8


def test_the_query_path_imports_neither_rdflib_nor_pyshacl_nor_networkx_nor_ingestion(graph_file):
    """An analyst's `balikg query` loads only what answering needs (Oxigraph, the stored queries)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from balikg.cli import main\n"
        f"code = main(['query', 'obligations-of', '--param', 'actor=IOM', '--graph', {str(graph_file)!r}])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'pyshacl', 'networkx', 'ingest'})\n"
        "print('IMPORTED', code, heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "IMPORTED 0 []"


def test_a_parameter_given_twice_is_refused():
    query = load_query("actor")
    assert parse_params(query, ["actor=IOM"]) == {"actor": "IOM"}
    with pytest.raises(UserError) as refused:
        parse_params(query, ["actor=IOM", "actor=IOM"])
    assert str(refused.value) == "--param actor given twice ('IOM' and 'IOM'): actor takes one value"


def test_unreadable_query_files_are_one_line_errors(tmp_path):
    (tmp_path / "latin.rq").write_bytes(b"# title: caf\xe9\nSELECT * WHERE { ?s ?p ?o }\n")
    with pytest.raises(UserError) as refused:
        load_query("latin", tmp_path)
    assert str(refused.value) == f"{tmp_path / 'latin.rq'}: not valid UTF-8 (byte 12: invalid continuation byte)"
    with pytest.raises(UserError) as refused:
        load_query("nothing", tmp_path / "empty")
    assert str(refused.value) == f"{tmp_path / 'empty' / 'nothing.rq'}: no stored query named 'nothing' (known: none)"
