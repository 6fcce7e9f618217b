"""The build as a prov:Activity (with the software version as its plan), kept beside graph.ttl, not in it.

graph.ttl stays byte-identical across builds; FILE.prov.ttl records when, from which sources (by sha256)
and with which balikg version it was built.
"""

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from balikg import __version__
from balikg.atomic import write_text

BASE = "https://w3id.org/balikg/id/"


def provenance_path(output: Path) -> Path:
    """graph.ttl → graph.prov.ttl."""
    return output.with_name(output.stem + ".prov.ttl")


def record_build(output: Path, turtle: str, documents: list[tuple[str, str]], started: datetime) -> Path:
    """Write the build activity: started/ended, the statements used, the software plan, the graph produced."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import PROV, RDF, RDFS, XSD

    schema = Namespace("https://schema.org/")
    digest = hashlib.sha256(turtle.encode("utf-8")).hexdigest()
    activity = URIRef(f"{BASE}build/{digest[:16]}")
    software = URIRef(f"{BASE}software/balikg")
    plan = URIRef(f"{BASE}software/balikg/{__version__}")
    produced = URIRef(f"{BASE}graph/{digest}")
    out = Graph()
    out.bind("prov", PROV)
    out.bind("schema", schema)
    out.add((activity, RDF.type, PROV.Activity))
    out.add((activity, RDFS.label, Literal(f"balikg build {__version__}")))
    out.add((activity, PROV.startedAtTime, Literal(started.isoformat(), datatype=XSD.dateTime)))
    out.add((activity, PROV.endedAtTime, Literal(datetime.now(UTC).isoformat(), datatype=XSD.dateTime)))
    association = URIRef(f"{activity}/association")
    out.add((activity, PROV.qualifiedAssociation, association))
    out.add((association, RDF.type, PROV.Association))
    out.add((association, PROV.agent, software))
    out.add((association, PROV.hadPlan, plan))
    out.add((software, RDF.type, PROV.SoftwareAgent))
    out.add((software, RDFS.label, Literal("balikg")))
    out.add((plan, RDF.type, PROV.Plan))
    out.add((plan, RDF.type, schema.SoftwareApplication))
    out.add((plan, schema.softwareVersion, Literal(__version__)))
    for stem, sha256 in documents:
        doc = URIRef(f"{BASE}doc/{stem}")
        out.add((activity, PROV.used, doc))
        out.add((doc, schema.sha256, Literal(sha256)))
    out.add((produced, RDF.type, PROV.Entity))
    out.add((produced, RDFS.label, Literal(f"{output.name} (sha256 {digest})")))
    out.add((produced, schema.sha256, Literal(digest)))
    out.add((produced, PROV.wasGeneratedBy, activity))
    path = provenance_path(output)
    write_text(path, out.serialize(format="turtle"))
    return path
