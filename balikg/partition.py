"""Split graph.ttl into named graphs: one per source document, plus the ontology.

A node belongs to the documents its evidence comes from: nodes under a document's IRI, and nodes whose
dcterms:source spans lie in it. Nodes without spans of their own (actors, places, gazetteer files)
follow the nodes that refer to them. The ontology's triples form their own graph. Every triple of the
input is in at least one part, so the union of the parts is the input.
"""

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF

from balikg.paths import ONTOLOGY

ID = "https://w3id.org/balikg/id/"
DOC = ID + "doc/"
NIF_CONTEXT = URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext")
STATEMENT = URIRef("https://w3id.org/balikg/ontology#Statement")


def _stem(iri) -> str | None:
    """The document stem of an IRI under id/doc/, if any."""
    text = str(iri)
    if not text.startswith(DOC):
        return None
    return text[len(DOC) :].split("/", 1)[0].split("#", 1)[0]


def partition(graph: Graph) -> dict[str, Graph]:
    """{'ontology': …, '<stem>': …} covering every triple of `graph`."""
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    stems = {_stem(d) for d in graph.subjects(RDF.type, STATEMENT)}
    owners: dict = {}
    for subject in set(graph.subjects()):
        found = {_stem(subject)} if _stem(subject) in stems else set()
        for source in graph.objects(subject, DCTERMS.source):
            context = graph.value(source, NIF_CONTEXT)
            if context is not None and _stem(context) in stems:
                found.add(_stem(context))
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
