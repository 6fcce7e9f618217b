"""The canonical Turtle writer gives rdflib's longturtle bytes (the project's format since the start)."""

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS, XSD

from balikg.build.pipeline import build
from balikg.core.paths import ROOT
from balikg.core.terms import from_rdflib, iri_node
from balikg.core.turtle import canonical_turtle, write_turtle
from balikg.core.vocab import PREFIXES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NAMESPACES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def reference(triples) -> str:
    """rdflib's own canonical longturtle for the same triples, bound as a build binds them."""
    from balikg.core.terms import to_rdflib

    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(to_rdflib(triple))
    return graph.serialize(format="longturtle", canon=True)


def test_seed_build_is_rdflib_longturtle(built):
    assert built.turtle == reference(built.triples)
    assert built.turtle.encode("utf-8") == (ROOT / "graph.ttl").read_bytes()


def test_fixtures_and_a_generated_corpus_are_rdflib_longturtle(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen.py"), "4", str(tmp_path)], check=True)
    paths = sorted(tmp_path.glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
    result = build(paths)
    assert len(result.triples) > 5000
    assert result.turtle == reference(result.triples)


EX = Namespace("http://example.org/x/")


def awkward_graph() -> Graph:
    """Literals and IRIs that exercise every escaping and ordering rule of the writer."""
    g = Graph()
    for prefix, namespace in {**PREFIXES, "ex": EX, "unb": "http://example.org/unbound#"}.items():
        g.bind(prefix, namespace)
    bkg = PREFIXES["bkg"]
    s = iri_node(str(bkg) + "Thing")
    g.add((s, RDF.type, RDFS.Class))
    g.add((s, RDFS.label, Literal('ends with a quote"\nand a newline')))
    g.add((s, RDFS.label, Literal('back\\slash and "quotes" and \r return', lang="en")))
    g.add((s, RDFS.comment, Literal('three """ quotes\nhere')))
    g.add((s, EX["count"], Literal(3)))
    g.add((s, EX.flag, Literal(True)))
    g.add((s, EX.ratio, Literal("1.50", datatype=XSD.decimal)))
    g.add((s, EX.when, Literal("2003-04-30", datatype=XSD.date)))
    g.add((s, EX.many, Literal("b")))
    g.add((s, EX.many, Literal("a")))
    g.add((s, EX.many, iri_node("http://example.org/z")))
    g.add((s, EX.many, Literal("a", lang="fr")))
    target = iri_node("http://example.org/paren(1)")
    g.add((target, RDFS.seeAlso, s))
    g.add((iri_node(str(bkg) + "ends."), RDFS.seeAlso, target))
    g.add((iri_node(str(bkg) + "pct%zz"), iri_node("http://example.org/unbound#p"), s))
    return g


def test_awkward_literals_and_iris_match_rdflib():
    graph = awkward_graph()
    triples = [from_rdflib(*t) for t in graph]
    namespaces = {**NAMESPACES, "ex": str(EX), "unb": "http://example.org/unbound#"}
    assert write_turtle(triples, namespaces) == graph.serialize(format="longturtle", canon=True)


def test_predicates_outside_every_namespace_get_numbered_prefixes_in_a_fixed_order():
    """rdflib numbers generated prefixes in its store's order; this writer in subject order, so always alike."""
    from rdflib.compare import isomorphic

    graph = awkward_graph()
    triples = [from_rdflib(*t) for t in graph]
    first = write_turtle(triples, NAMESPACES)
    assert first == write_turtle(list(reversed(triples)), NAMESPACES)
    assert "PREFIX ns1: <http://example.org/" in first
    assert isomorphic(Graph().parse(data=first, format="turtle"), graph)


def test_same_triples_in_any_order_give_the_same_bytes(built):
    shuffled = list(reversed(built.triples))
    assert write_turtle(shuffled, NAMESPACES) == built.turtle


def test_where_rdflib_writes_what_parsers_refuse_this_writer_escapes():
    """rdflib's longturtle leaves controls and line separators raw and, after an escaped backslash, a closing
    quote unescaped (Oxigraph refuses that); this writer escapes both, and both parsers read the value back."""
    import pyoxigraph

    s = "http://example.org/s"
    cases = {
        'a\n\\"': '"""a\n' + '\\\\\\"' + '"""',
        "page\x0cbreak\u2028\x85": '"page\\u000Cbreak\\u2028\\u0085"',
    }
    for value, written in cases.items():
        text = write_turtle({(s, str(RDFS.label), value, "")}, NAMESPACES)
        assert text.endswith(f"\n<{s}>\n    rdfs:label {written} ;\n.\n")
        (parsed,) = pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
        assert parsed.object.value == value
        assert str(next(Graph().parse(data=text, format="turtle").objects())) == value


def test_graphs_with_blank_nodes_fall_back_to_rdflib():
    from rdflib import BNode

    graph = Graph()
    graph.add((BNode(), RDFS.label, Literal("anonymous")))
    assert canonical_turtle(graph) == graph.serialize(format="longturtle", canon=True)


if __name__ == "__main__":
    pytest.main([__file__])
