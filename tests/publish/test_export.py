"""Every RDF export parses back to a graph isomorphic to graph.ttl; network exports carry the facts; every
format parses back whatever characters a statement holds."""

import csv
import json

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from balikg.cli import main
from balikg.core import iris
from balikg.core.escapes import xml_safe
from balikg.core.rdffile import load_triples
from balikg.core.terms import from_oxigraph, from_rdflib, iri_node
from balikg.core.vocab import NIF
from balikg.publish.export import export

THA = iris.actor("state/THA")


@pytest.fixture(scope="module")
def reference(graph_file):
    return Graph().parse(graph_file, format="turtle")


@pytest.mark.parametrize(
    ("fmt", "parse_as"), [("turtle", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"), ("xml", "xml")]
)
def test_rdf_exports_round_trip(tmp_path, graph_file, reference, fmt, parse_as):
    out = tmp_path / f"graph.{fmt}"
    assert main(["export", "--format", fmt, "--graph", str(graph_file), "-o", str(out)]) == 0
    assert isomorphic(Graph().parse(out, format=parse_as), reference)


def test_trig_has_a_graph_per_document_plus_ontology_and_description(tmp_path, graph_file, reference):
    out = tmp_path / "graph.trig"
    export(graph_file, "trig", out)
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    named = {name: iris.named_graph(name) for name in ("bali-2003-cochairs-statement", "ontology", "dataset")}
    assert names == set(named.values())
    union = Graph()
    for g in dataset.graphs():
        if str(g.identifier) != named["dataset"] and len(g):
            for triple in g:
                union.add(triple)
    assert isomorphic(union, reference)
    description = dataset.graph(iri_node(named["dataset"]))
    assert (iri_node(iris.dataset()), None, None) in description


def test_jsonld_uses_the_project_context_with_readable_keys(graph_file):
    document = json.loads(export(graph_file, "jsonld", None))
    assert document["@context"]["iso3"] == "bkg:iso3166Alpha3"
    thailand = next(n for n in document["@graph"] if n["@id"] == THA)
    assert thailand["iso3"] == "THA" and thailand["label"] == "Thailand" and thailand["wikidata"] == "wd:Q869"
    assert "http" not in json.dumps(document["@context"]).split('"@version"')[0]  # no remote context reference


def test_nt_is_sorted_and_exports_are_stable(graph_file):
    text = export(graph_file, "nt", None)
    lines = text.splitlines()
    assert lines == sorted(lines)
    assert export(graph_file, "jsonld", None) == export(graph_file, "jsonld", None)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports(tmp_path, graph_file, fmt):
    out = tmp_path / f"graph.{fmt}"
    export(graph_file, fmt, out)
    network = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert network.number_of_nodes() == 108
    assert network.nodes[THA]["label"] == "Thailand" and network.nodes[THA]["iso3"] == "THA"
    assert network.nodes[THA]["type"] == "state"
    roles = {d.get("role") for u, v, d in network.edges(data=True) if u == THA}
    assert roles == {"participant", "coordinator", "reporter"}
    coordination = next(d for u, v, d in network.edges(data=True) if u == THA and d.get("role") == "coordinator")
    assert "New Zealand and Thailand respectively" in coordination["sentence"]


def test_csv_directory(tmp_path, graph_file, capsys):
    out = tmp_path / "csv"
    assert main(["export", "--format", "csv", "--graph", str(graph_file), "-o", str(out)]) == 0
    nodes = list(csv.DictReader((out / "nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((out / "edges.csv").open(encoding="utf-8")))
    assert len(nodes) == 108 and {n["type"] for n in nodes if n["iso3"] == "KOR"} == {"state"}
    observers = [e for e in edges if e["role"] == "observer"]
    assert len(observers) == 25
    iom = [e for e in edges if e["target"].endswith("/org/iom") and e["kind"] == "addressing"]
    assert {(e["role"], e["modality"]) for e in iom} == {
        ("addressee", "recommend"),
        ("addressee", "agree"),
        ("auxiliary", "recommend"),
    }
    assert main(["export", "--format", "csv", "--graph", str(graph_file)]) == 2
    assert "-o DIR" in capsys.readouterr().err


# ---------------------------------------------------------------- a statement full of awkward characters

AWKWARD_CHARACTERS = "\x0c\x0b\u2028\u2029\x85\x1c\x7f\x02\x08"  # tests/conftest.py: AWKWARD
AWKWARD_DOC = iris.document("officials-2004-awkward")
OXIGRAPH_FORMATS = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "xml": pyoxigraph.RdfFormat.RDF_XML,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
}
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "xml": "xml", "trig": "trig", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def awkward_triples(awkward_graph, awkward_source):
    """graph.ttl of the awkward statement as tuple triples; its text holds every awkward character."""
    triples = set(load_triples(awkward_graph))
    (text,) = [o for s, p, o, _ in triples if s == AWKWARD_DOC and p == NIF.isString]
    assert text == awkward_source.read_bytes()[3:].decode("utf-8")
    assert all(c in text for c in AWKWARD_CHARACTERS)
    return triples


def _by_oxigraph(data: bytes, fmt: str) -> set:
    """The triples of an export as Oxigraph parses them (TriG: every graph but the dataset description)."""
    skip = f"<{iris.named_graph('dataset')}>"
    return {from_oxigraph(q) for q in pyoxigraph.parse(data, format=OXIGRAPH_FORMATS[fmt]) if str(q.graph_name) != skip}


def _by_rdflib(data: bytes, fmt: str) -> set:
    """The triples of an export as rdflib parses them (TriG: every graph but the dataset description)."""
    if fmt == "trig":
        dataset = Dataset()
        dataset.parse(data=data.decode("utf-8"), format="trig")
        skip = iris.named_graph("dataset")
        return {from_rdflib(*t) for g in dataset.graphs() if str(g.identifier) != skip for t in g}
    return {from_rdflib(*t) for t in Graph().parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])}


@pytest.mark.parametrize("fmt", sorted(OXIGRAPH_FORMATS))
def test_awkward_characters_survive_every_rdf_export(tmp_path, awkward_graph, awkward_triples, fmt):
    out = tmp_path / f"graph.{fmt}"
    assert main(["export", "--format", fmt, "--graph", str(awkward_graph), "-o", str(out)]) == 0
    data = out.read_bytes()
    if fmt == "xml":  # XML cannot hold C0 controls: each becomes U+FFFD, one for one
        expected = {(s, p, o if k is None else xml_safe(o), k) for s, p, o, k in awkward_triples}
        assert not any(c in data.decode("utf-8") for c in "\x0c\x0b\x1c\x02\x08")
    else:  # the Turtle family and JSON: \uXXXX escapes, and nothing a line-based reader would split on
        expected = awkward_triples
        assert not any(c in data.decode("utf-8") for c in AWKWARD_CHARACTERS)
    assert _by_oxigraph(data, fmt) == expected
    assert _by_rdflib(data, fmt) == expected
    if fmt == "nt":
        assert len(data.decode("utf-8").splitlines()) == len(expected)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_awkward_characters_survive_the_network_exports(tmp_path, awkward_graph, fmt):
    from balikg.network.graph import load_network

    network = load_network(awkward_graph)
    edges = sorted((d.get("quote", ""), d.get("sentence", "")) for *_, d in network.edges(data=True))
    labels = {n: d.get("label", "") for n, d in network.nodes(data=True)}
    assert {"Republic of\x0bKorea", "Pacific Islands\u2028Forum Secretariat (PIFS)"} <= {q for q, _ in edges}
    assert "States ratify the Protocols to the\x02Convention\x08, as appropriate." in {s for _, s in edges}
    out = tmp_path / fmt
    assert main(["export", "--format", fmt, "--graph", str(awkward_graph), "-o", str(out)]) == 0
    if fmt == "csv":  # CSV keeps every character as it is
        with (out / "edges.csv").open(encoding="utf-8", newline="") as handle:
            assert sorted((row["quote"], row["sentence"]) for row in csv.DictReader(handle)) == edges
        with (out / "nodes.csv").open(encoding="utf-8", newline="") as handle:
            assert {row["id"]: row["label"] for row in csv.DictReader(handle)} == labels
        return
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    safe = sorted((xml_safe(q), xml_safe(s)) for q, s in edges)  # STX and backspace become U+FFFD
    assert sorted((d.get("quote", ""), d.get("sentence", "")) for *_, d in back.edges(data=True)) == safe
    assert {n: d.get("label", "") for n, d in back.nodes(data=True)} == {n: xml_safe(v) for n, v in labels.items()}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_keep_carriage_returns_and_replace_what_xml_cannot_hold(fmt):
    import io

    from balikg.publish.export import network_text

    network = nx.MultiDiGraph()
    network.add_node("a", label="line\r\nbreak\rand\x0cfeed\u2028")
    network.add_node("b", label="b")
    network.add_edge("a", "b", key="e", quote="q\r\n\x00q")
    text = network_text(network, fmt)
    back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(text.encode("utf-8")))
    assert back.nodes["a"]["label"] == "line\r\nbreak\rand\ufffdfeed\u2028"
    assert [d["quote"] for *_, d in back.edges(data=True)] == ["q\r\n\ufffdq"]
    assert network.nodes["a"]["label"] == "line\r\nbreak\rand\x0cfeed\u2028"  # the caller's network is unchanged
