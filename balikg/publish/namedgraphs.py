"""Split graph.ttl into named graphs: one per source document, plus the ontology.

A node belongs to the documents its evidence comes from: nodes under a document's IRI, and nodes whose
dcterms:source spans lie in it. Nodes without spans of their own (actors, places, gazetteer files)
follow the nodes that refer to them. The ontology's triples form their own graph. Every triple of the
input is in at least one part, so the union of the parts is the input.
"""

from rdflib import Graph, URIRef

from balikg.core.iris import document_of
from balikg.core.paths import ONTOLOGY
from balikg.core.terms import iri_node
from balikg.core.vocab import BKG, DCTERMS, NIF, RDF


def _stem(iri) -> str | None:
    """The document stem of an IRI under id/doc/, if any."""
    return document_of(str(iri))


def partition(graph: Graph) -> dict[str, Graph]:
    """{'ontology': …, '<stem>': …} covering every triple of `graph`."""
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    source, context = iri_node(DCTERMS.source), iri_node(NIF.referenceContext)
    stems = {_stem(d) for d in graph.subjects(iri_node(RDF.type), iri_node(BKG.Statement))}
    owners: dict = {}
    for subject in set(graph.subjects()):
        found = {_stem(subject)} if _stem(subject) in stems else set()
        for span in graph.objects(subject, source):
            document = graph.value(span, context)
            if document is not None and _stem(document) in stems:
                found.add(_stem(document))
        if found:
            owners[subject] = found
    changed = True
    while changed:
        changed = False
        for subject, docs in list(owners.items()):
            for obj in graph.objects(subject, None):
                follows = isinstance(obj, URIRef) and _stem(obj) is None and (obj, None, None) in graph
                if follows and not owners.get(obj, set()) >= docs:
                    owners[obj] = owners.get(obj, set()) | docs
                    changed = True
    parts: dict[str, Graph] = {}
    for triple in graph:
        names = {"ontology"} if triple in ontology else owners.get(triple[0]) or {"shared"}
        for name in names:
            if name not in parts:
                parts[name] = Graph()
                for prefix, namespace in graph.namespaces():
                    parts[name].bind(prefix, namespace)
            parts[name].add(triple)
    return dict(sorted(parts.items()))
