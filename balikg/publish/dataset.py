"""The VoID/DCAT description of the dataset: title, licence, sources with sha256, counts per class."""

from rdflib import Graph

from balikg.core import iris
from balikg.core.terms import from_rdflib, link, rdflib_graph, text
from balikg.core.vocab import BKG, DCAT, DCTERMS, EXTERNAL, RDF, RDFS, SCHEMA, VOID, XSD

TITLE = "balikg: actors and obligations in ministerial statements"
DESCRIPTION = (
    "Who attended the Bali Process ministerial meetings and as what, who coordinates what, and who was "
    "asked to do what, each fact traced to the span of the statement it was read from."
)
PREFIXES = {"void": VOID.NS, "dcat": DCAT.NS, "dcterms": DCTERMS.NS, "schema": SCHEMA.NS, "bkg": BKG.NS}


def describe(graph: Graph, endpoint: str | None = None) -> Graph:
    """A VoID/DCAT graph describing `graph` (no timestamps: the same graph gives the same description)."""
    triples = [from_rdflib(*t) for t in graph]
    dataset = iris.dataset()
    out = [
        link(dataset, RDF.type, VOID.Dataset),
        link(dataset, RDF.type, DCAT.Dataset),
        (dataset, DCTERMS.title, TITLE, "@en"),
        text(dataset, RDFS.label, "balikg knowledge graph"),
        (dataset, DCTERMS.description, DESCRIPTION, "@en"),
        link(dataset, DCTERMS.license, EXTERNAL.CC_BY_4),
        text(dataset, VOID.uriSpace, iris.ID),
        (dataset, VOID.triples, str(len(triples)), XSD.integer),
    ]
    out += [link(dataset, VOID.vocabulary, v) for v in sorted({_namespace(p) for _, p, _, _ in triples})]
    if endpoint:
        out.append(link(dataset, VOID.sparqlEndpoint, endpoint))
    distribution = iris.distribution("graph.ttl")
    out += [
        link(dataset, DCAT.distribution, distribution),
        link(distribution, RDF.type, DCAT.Distribution),
        text(distribution, RDFS.label, "graph.ttl (canonical Turtle)"),
        link(distribution, DCAT.mediaType, EXTERNAL.TURTLE_MEDIA_TYPE),
    ]
    statements = sorted(s for s, p, o, _ in triples if p == RDF.type and o == BKG.Statement)
    described = {RDFS.label, BKG.sourcePath, SCHEMA.sha256}
    for doc in statements:
        out.append(link(dataset, DCTERMS.source, doc))
        out += [t for t in triples if t[0] == doc and t[1] in described]
    counts: dict[str, int] = {}
    for _, p, o, _ in triples:
        if p == RDF.type:
            counts[o] = counts.get(o, 0) + 1
    names = Graph()
    for prefix, namespace in graph.namespaces():
        names.bind(prefix, namespace)
    for cls, count in sorted(counts.items()):
        partition = iris.class_partition(_slug(names, cls))
        out += [
            link(dataset, VOID.classPartition, partition),
            link(partition, VOID.class_, cls),
            (partition, VOID.entities, str(count), XSD.integer),
        ]
    return rdflib_graph(out, PREFIXES)


def _namespace(iri: str) -> str:
    """The namespace part of an IRI (up to the last # or /)."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def _slug(names: Graph, iri: str) -> str:
    """A readable segment for a class partition IRI: its prefixed name, 'prov-Role'."""
    from balikg.core.terms import iri_node

    try:
        prefix, _, local = names.namespace_manager.compute_qname(iri_node(iri), generate=False)
    except (KeyError, ValueError):
        return iri.rstrip("/#").rsplit("/", 1)[-1].replace("#", "-")
    return f"{prefix}-{local}"
