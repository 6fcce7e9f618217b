"""The build as a prov:Activity (with the software version as its plan), kept beside graph.ttl, not in it.

graph.ttl stays byte-identical across builds; FILE.prov.ttl records when, from which sources (by sha256)
and with which balikg version it was built.
"""

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from balikg import __version__
from balikg.core import iris
from balikg.core.atomic import write_text
from balikg.core.terms import link, rdflib_graph, text, typed
from balikg.core.vocab import PROV, RDF, RDFS, SCHEMA, XSD


def provenance_path(output: Path) -> Path:
    """graph.ttl → graph.prov.ttl."""
    return output.with_name(output.stem + ".prov.ttl")


def record_build(output: Path, turtle: str, documents: list[tuple[str, str]], started: datetime) -> Path:
    """Write the build activity: started/ended, the statements used, the software plan, the graph produced."""
    digest = hashlib.sha256(turtle.encode("utf-8")).hexdigest()
    activity, association = iris.build_activity(digest), iris.build_association(digest)
    software, plan, produced = iris.software(), iris.software_release(__version__), iris.graph_version(digest)
    triples = [
        link(activity, RDF.type, PROV.Activity),
        text(activity, RDFS.label, f"balikg build {__version__}"),
        typed(activity, PROV.startedAtTime, started.isoformat(), XSD.dateTime),
        typed(activity, PROV.endedAtTime, datetime.now(UTC).isoformat(), XSD.dateTime),
        link(activity, PROV.qualifiedAssociation, association),
        link(association, RDF.type, PROV.Association),
        link(association, PROV.agent, software),
        link(association, PROV.hadPlan, plan),
        link(software, RDF.type, PROV.SoftwareAgent),
        text(software, RDFS.label, "balikg"),
        link(plan, RDF.type, PROV.Plan),
        link(plan, RDF.type, SCHEMA.SoftwareApplication),
        text(plan, SCHEMA.softwareVersion, __version__),
        link(produced, RDF.type, PROV.Entity),
        text(produced, RDFS.label, f"{output.name} (sha256 {digest})"),
        text(produced, SCHEMA.sha256, digest),
        link(produced, PROV.wasGeneratedBy, activity),
    ]
    for stem, sha256 in documents:
        doc = iris.document(stem)
        triples += [link(activity, PROV.used, doc), text(doc, SCHEMA.sha256, sha256)]
    graph = rdflib_graph(triples, {"prov": PROV.NS, "schema": SCHEMA.NS})
    path = provenance_path(output)
    write_text(path, graph.serialize(format="turtle"))
    return path
