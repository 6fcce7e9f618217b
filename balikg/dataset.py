"""The VoID/DCAT description of the dataset: title, licence, sources with sha256, counts per class."""

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, VOID, XSD

BASE = "https://w3id.org/balikg/"
DATASET = URIRef(BASE + "id/dataset")
SCHEMA = Namespace("https://schema.org/")
BKG = Namespace(BASE + "ontology#")
DATA_LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")


def describe(graph: Graph, endpoint: str | None = None) -> Graph:
    """A VoID/DCAT graph describing `graph` (no timestamps: the same graph gives the same description)."""
    out = Graph()
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("dcterms", DCTERMS), ("schema", SCHEMA), ("bkg", BKG)):
        out.bind(prefix, ns)
    out.add((DATASET, RDF.type, VOID.Dataset))
    out.add((DATASET, RDF.type, DCAT.Dataset))
    out.add((DATASET, DCTERMS.title, Literal("balikg: actors and obligations in ministerial statements", lang="en")))
    out.add((DATASET, RDFS.label, Literal("balikg knowledge graph")))
    out.add(
        (
            DATASET,
            DCTERMS.description,
            Literal(
                "Who attended the Bali Process ministerial meetings and as what, who coordinates what, and who was "
                "asked to do what, each fact traced to the span of the statement it was read from.",
                lang="en",
            ),
        )
    )
    out.add((DATASET, DCTERMS.license, DATA_LICENCE))
    out.add((DATASET, VOID.uriSpace, Literal(BASE + "id/")))
    out.add((DATASET, VOID.triples, Literal(len(graph), datatype=XSD.integer)))
    for vocabulary in sorted({_namespace(p) for p in graph.predicates()}):
        out.add((DATASET, VOID.vocabulary, URIRef(vocabulary)))
    if endpoint:
        out.add((DATASET, VOID.sparqlEndpoint, URIRef(endpoint)))
    distribution = URIRef(BASE + "id/dataset/graph.ttl")
    out.add((DATASET, DCAT.distribution, distribution))
    out.add((distribution, RDF.type, DCAT.Distribution))
    out.add((distribution, RDFS.label, Literal("graph.ttl (canonical Turtle)")))
    out.add((distribution, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/text/turtle")))
    for doc in sorted(graph.subjects(RDF.type, BKG.Statement)):
        out.add((DATASET, DCTERMS.source, doc))
        for prop in (RDFS.label, BKG.sourcePath, SCHEMA.sha256):
            value = graph.value(doc, prop)
            if value is not None:
                out.add((doc, prop, value))
    counts: dict[URIRef, int] = {}
    for _, cls in graph.subject_objects(RDF.type):
        counts[cls] = counts.get(cls, 0) + 1
    for cls, count in sorted(counts.items()):
        partition = URIRef(f"{DATASET}/class/{_slug(graph, cls)}")
        out.add((DATASET, VOID.classPartition, partition))
        out.add((partition, VOID["class"], cls))
        out.add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))
    return out


def _namespace(iri: URIRef) -> str:
    """The namespace part of an IRI (up to the last # or /)."""
    text = str(iri)
    cut = max(text.rfind("#"), text.rfind("/"))
    return text[: cut + 1]


def _slug(graph: Graph, iri: URIRef) -> str:
    """A readable segment for a class partition IRI: its prefixed name, 'prov-Role'."""
    try:
        prefix, _, local = graph.namespace_manager.compute_qname(iri, generate=False)
    except (KeyError, ValueError):
        return str(iri).rstrip("/#").rsplit("/", 1)[-1].replace("#", "-")
    return f"{prefix}-{local}"
