"""`balikg docs`: the HTML documents every local term with a real example; void.ttl describes the data."""

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import VOID, XSD

from balikg.cli import main


def test_docs(tmp_path, graph_file, built):
    out = tmp_path / "site"
    assert main(["docs", "-o", str(out), "--graph", str(graph_file), "--endpoint", "http://127.0.0.1:7878/query"]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    for term in ("Participation", "Coordination", "Obligation", "iso3166Alpha3", "modalities", "topics"):
        assert term in html
    assert "https://w3id.org/balikg/id/state/" in html  # a real example from the graph
    assert "http" not in html.split("<style>")[1].split("</style>")[0]  # no remote styles
    void = Graph().parse(out / "void.ttl", format="turtle")
    dataset = URIRef("https://w3id.org/balikg/id/dataset")
    assert void.value(dataset, VOID.triples) == Literal(len(built.graph), datatype=XSD.integer)
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef("http://127.0.0.1:7878/query")
    doc = URIRef("https://w3id.org/balikg/id/doc/bali-2003-cochairs-statement")
    assert len(str(void.value(doc, URIRef("https://schema.org/sha256")))) == 64
    partition = URIRef("https://w3id.org/balikg/id/dataset/class/bkg-Participation")
    assert void.value(partition, VOID.entities) == Literal(64, datatype=XSD.integer)
