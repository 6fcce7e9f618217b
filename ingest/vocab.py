"""Namespaces and IRI minting: stable, readable IRIs, never blank nodes."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from ingest.records import Actor, Span

BASE = "https://w3id.org/balikg/"
BKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
ROLE = Namespace(BASE + "role/")
MODALITY = Namespace(BASE + "modality/")
ACTOR_TYPE = Namespace(BASE + "actor-type/")
TOPIC = Namespace(BASE + "topic/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "bkg": BKG,
    "id": ID,
    "role": ROLE,
    "modality": MODALITY,
    "actortype": ACTOR_TYPE,
    "topic": TOPIC,
    "schema": SCHEMA,
    "nif": NIF,
    "wd": WD,
    "dcterms": DCTERMS,
    "org": ORG,
    "owl": OWL,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
}

ACTOR_CLASS = {
    "state": BKG.State,
    "territory": BKG.Territory,
    "organisation": BKG.InternationalOrganisation,
    "secretariat": BKG.Secretariat,
    "process": BKG.ConsultativeProcess,
    "group": BKG.ExpertsGroup,
    "collective": BKG.Collective,
}


def actor_iri(actor: Actor | str) -> URIRef:
    """id/state/AUS, id/org/iom, id/group/ad-hoc-experts-group-i, …"""
    return ID[actor if isinstance(actor, str) else actor.key]


def flat(key: str) -> str:
    """An actor key as one IRI segment: 'state/AUS' → 'state-AUS'."""
    return key.replace("/", "-")


def doc_iri(stem: str) -> URIRef:
    """id/doc/<file stem>."""
    return ID[f"doc/{stem}"]


def span_iri(stem: str, span: Span) -> URIRef:
    """A text span, named the NIF way: id/doc/<stem>#char=<begin>,<end>."""
    return URIRef(f"{doc_iri(stem)}#char={span.begin},{span.end}")
