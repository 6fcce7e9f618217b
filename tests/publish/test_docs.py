"""`balikg docs`: the HTML documents every local term with a real example; void.ttl describes the data."""

from rdflib import Graph, Literal
from rdflib.namespace import VOID, XSD

from balikg.cli import main
from balikg.core import iris
from balikg.core.terms import iri_node
from balikg.core.vocab import SCHEMA


def test_docs(tmp_path, graph_file, built):
    out = tmp_path / "site"
    endpoint = "http://bob:SECRETPW@127.0.0.1:7878/query"  # the user part is not written out
    assert main(["docs", "-o", str(out), "--graph", str(graph_file), "--endpoint", endpoint]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    for term in ("Participation", "Coordination", "Obligation", "iso3166Alpha3", "modalities", "topics"):
        assert term in html
    assert iris.actor("state/") in html  # a real example from the graph
    assert "http" not in html.split("<style>")[1].split("</style>")[0]  # no remote styles
    assert "SECRETPW" not in (out / "void.ttl").read_text(encoding="utf-8")
    void = Graph().parse(out / "void.ttl", format="turtle")
    dataset = iri_node(iris.dataset())
    assert void.value(dataset, VOID.triples) == Literal(len(built.graph), datatype=XSD.integer)
    assert void.value(dataset, VOID.sparqlEndpoint) == iri_node("http://127.0.0.1:7878/query")
    doc = iri_node(iris.document("bali-2003-cochairs-statement"))
    assert len(str(void.value(doc, iri_node(SCHEMA.sha256)))) == 64
    partition = iri_node(iris.class_partition("bkg-Participation"))
    assert void.value(partition, VOID.entities) == Literal(64, datatype=XSD.integer)
