"""The vocabulary constants are the ontology's own terms: every balikg term named in code is declared in
ontology/balikg.ttl, and every prefix is one graph.ttl is written with."""

from rdflib import Graph
from rdflib.namespace import RDF

from balikg.core import vocab
from balikg.core.paths import GRAPH, ONTOLOGY
from balikg.core.terms import iri_node


def terms(namespace: type) -> dict[str, str]:
    return {k: v for k, v in vars(namespace).items() if not k.startswith("_") and isinstance(v, str) and k != "NS"}


def test_every_bkg_constant_is_declared_in_the_ontology():
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    declared = set(ontology.subjects(RDF.type, None))
    missing = [name for name, iri in terms(vocab.BKG).items() if iri_node(iri) not in declared]
    assert missing == []


def test_each_constant_is_its_namespace_and_its_name():
    for namespace in (vocab.BKG, vocab.RDF, vocab.RDFS, vocab.SCHEMA, vocab.NIF, vocab.PROV, vocab.ORG, vocab.SH):
        for name, iri in terms(namespace).items():
            if name != "ONTOLOGY":
                assert iri == namespace.NS + name, name


def test_prefixes_are_those_of_graph_ttl():
    header = [line for line in GRAPH.read_text(encoding="utf-8").splitlines() if line.startswith("PREFIX ")]
    written = {line.split()[1].rstrip(":"): line.split()[2].strip("<>") for line in header}
    assert written.items() <= vocab.PREFIXES.items()
