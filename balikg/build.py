"""Build: statements and gazetteer → records → RDF with the ontology → SHACL → canonical Turtle."""

import sys
from dataclasses import dataclass
from pathlib import Path

from balikg.errors import UserError
from balikg.paths import GAZETTEER, ONTOLOGY, ROOT, SOURCES


@dataclass
class BuildResult:
    """The canonical Turtle, the graph it serialises, and what ingestion warned about."""

    turtle: str
    graph: object
    warnings: list


def default_sources() -> list[Path]:
    """Every sources/*.txt, in name order."""
    found = sorted(SOURCES.glob("*.txt"))
    if not found:
        raise UserError(f"{SOURCES}: no statement texts (*.txt) found")
    return found


def assemble(paths: list[Path]):
    """Read every source and return (graph with ontology, warnings)."""
    from rdflib import Graph

    from ingest.errors import IngestError
    from ingest.gazetteer import load_gazetteer
    from ingest.rdf import records_to_graph
    from ingest.read import read_file

    try:
        gazetteer = load_gazetteer(GAZETTEER)
        records = [read_file(Path(p), ROOT, gazetteer) for p in paths]
    except IngestError as exc:
        raise UserError(str(exc)) from None
    stems = [r.stem for r in records]
    if len(set(stems)) != len(stems):
        duplicate = next(s for s in stems if stems.count(s) > 1)
        raise UserError(f"{duplicate}: two sources share this file name; document IRIs would collide")
    graph = records_to_graph(records, gazetteer)
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    for triple in ontology:
        graph.add(triple)
    warnings = [w for r in records for w in r.warnings]
    return graph, warnings


def canonical_turtle(graph) -> str:
    """Turtle with a stable order: byte-identical for the same triples (no blank nodes)."""
    return graph.serialize(format="longturtle", canon=True)


def build(paths: list[Path]) -> BuildResult:
    """Assemble and serialise; validation is the caller's next step."""
    graph, warnings = assemble(paths)
    return BuildResult(canonical_turtle(graph), graph, warnings)


def print_warnings(warnings: list) -> None:
    """One line per ingestion warning on stderr: file:begin-end: warning: message."""
    for w in warnings:
        print(f"{w.span.source}:{w.span.begin}-{w.span.end}: warning: {w.message}", file=sys.stderr)
