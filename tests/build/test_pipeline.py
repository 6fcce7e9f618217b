"""Building: canonical, byte-identical, no blank nodes, validated before it is written."""

from rdflib import BNode

from balikg.build.pipeline import build
from balikg.cli import main
from balikg.core.paths import GRAPH, SOURCES

SEED = SOURCES / "bali-2003-cochairs-statement.txt"


def test_two_builds_are_byte_identical(built):
    again = build([SEED])
    assert again.turtle == built.turtle


def test_no_blank_nodes(built):
    assert not [t for t in built.graph if any(isinstance(x, BNode) for x in t)]


def test_committed_graph_is_current(built):
    assert GRAPH.read_bytes() == built.turtle.encode("utf-8")


def test_build_writes_and_check_compares(tmp_path, capsys):
    out = tmp_path / "g.ttl"
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    assert main(["build", str(SEED), "-o", str(out), "--check"]) == 0
    out.write_text(out.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert main(["build", str(SEED), "-o", str(out), "--check"]) == 1
    assert "stale" in capsys.readouterr().err


def test_check_reports_a_missing_file(tmp_path, capsys):
    assert main(["build", str(SEED), "-o", str(tmp_path / "none.ttl"), "--check"]) == 1
    assert "missing" in capsys.readouterr().err
    assert not (tmp_path / "none.ttl").exists()


def test_ontology_is_in_the_graph(built):
    from rdflib.namespace import OWL, RDF

    from balikg.core.terms import iri_node
    from balikg.core.vocab import BKG

    assert (iri_node(BKG.ONTOLOGY), RDF.type, OWL.Ontology) in built.graph


def test_the_build_activity_is_kept_beside_the_graph(tmp_path):
    from rdflib import Graph
    from rdflib.namespace import PROV, RDF

    from balikg import __version__
    from balikg.core import iris
    from balikg.core.terms import iri_node

    out = tmp_path / "graph.ttl"
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    first = out.read_bytes()
    prov = Graph().parse(tmp_path / "graph.prov.ttl", format="turtle")
    (activity,) = prov.subjects(RDF.type, PROV.Activity)
    assert (activity, PROV.used, iri_node(iris.document("bali-2003-cochairs-statement"))) in prov
    plan = iri_node(iris.software_release(__version__))
    assert (plan, RDF.type, PROV.Plan) in prov
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    assert out.read_bytes() == first  # the timestamps live only in graph.prov.ttl
    assert b"startedAtTime" not in first
