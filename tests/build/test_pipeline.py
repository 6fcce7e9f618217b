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


def test_a_statement_saved_with_a_byte_order_mark(awkward_source, awkward_graph):
    """Offsets count after the mark, which is not part of the text; schema:sha256 is of the file's bytes,
    mark included; every quote is the text at its offsets, form feeds and line separators included."""
    import hashlib

    from balikg.core import iris
    from balikg.core.rdffile import load_triples
    from balikg.core.vocab import NIF, SCHEMA

    triples = load_triples(awkward_graph)
    doc = iris.document("officials-2004-awkward")
    value = {(s, p): o for s, p, o, _ in triples}  # every property read here has one value
    data = awkward_source.read_bytes()
    text = value[(doc, NIF.isString)]
    assert data.startswith(b"\xef\xbb\xbf") and text == data[3:].decode("utf-8")
    assert value[(doc, SCHEMA.sha256)] == hashlib.sha256(data).hexdigest()
    spans = {s for s, p, o, _ in triples if p == NIF.referenceContext and o == doc}
    quotes = [(int(value[(s, NIF.beginIndex)]), int(value[(s, NIF.endIndex)]), value[(s, NIF.anchorOf)]) for s in spans]
    assert all(text[begin:end] == quote for begin, end, quote in quotes)
    assert {c for *_, quote in quotes for c in quote} & set("\x0c\x0b\u2028\u2029\x85\x1c\x7f") == set(
        "\x0b\u2028\u2029\x85\x1c\x7f"
    )


def test_a_place_two_statements_spell_apart_is_one_place_with_one_label(tmp_path):
    from balikg.validation.findings import summary

    texts = {
        "first.txt": "Regional Conference\nPanama City, 14 November 2023\n\n1. The next plenary will be held in Bogotá "
        "in 2024.\n",
        "second.txt": "Regional Consultation\nManagua, 20 June 2014\n\n1. Officials will meet in Bogota in 2015.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = build(sorted(tmp_path.glob("*.txt")))
    assert summary(result.findings)["Violation"] == 0
    labels = {line for line in result.turtle.splitlines() if '"Bogot' in line and "rdfs:label" in line}
    assert labels == {'    rdfs:label "Bogotá" ;'}
