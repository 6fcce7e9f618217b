"""Every RDF export parses back to a graph isomorphic to graph.ttl; network exports carry the facts."""

import csv
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from balikg.cli import main
from balikg.core import iris
from balikg.core.terms import iri_node
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
