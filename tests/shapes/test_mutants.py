"""Mutation testing of the shapes: mutants of a valid graph must (nearly all) be rejected.

Mutants of valid/minimal.ttl, chosen deterministically: nodes stripped to their type, IRIs replaced by
literals, impossible or reversed dates, malformed codes. A mutant that validation lets through is listed.
"""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from balikg.core.paths import ONTOLOGY
from balikg.core.terms import iri_node
from balikg.core.vocab import BKG
from balikg.validation.verdict import validate_graph

MINIMAL = Path(__file__).resolve().parent / "valid" / "minimal.ttl"


def mutants(base: Graph):
    """(name, function that mutates a copy) for each mutant."""
    typed = sorted(set(base.subjects(RDF.type, None)))
    for subject in typed[::2]:
        yield (
            f"strip {subject}",
            lambda g, s=subject: [g.remove((s, p, o)) for p, o in list(g.predicate_objects(s)) if p != RDF.type],
        )
    links = sorted(t for t in base if isinstance(t[2], URIRef) and t[1] != RDF.type)
    for s, p, o in links[::5]:
        yield f"literal {s} {p}", lambda g, t=(s, p, o): (g.remove(t), g.add((t[0], t[1], Literal(str(t[2])))))
    for s, p, o in sorted(t for t in base if isinstance(t[2], Literal) and t[2].datatype in (XSD.date,)):
        yield (
            f"impossible date {s} {p}",
            lambda g, t=(s, p, o): (g.remove(t), g.add((t[0], t[1], Literal("2005-02-30", datatype=XSD.date)))),
        )
        yield f"date as text {s} {p}", lambda g, t=(s, p, o): (g.remove(t), g.add((t[0], t[1], Literal(str(t[2])))))
    for s, p, o in sorted(base.triples((None, iri_node(BKG.iso3166Alpha3), None))):
        yield (
            f"malformed code {s}",
            lambda g, t=(s, p, o): (g.remove(t), g.add((t[0], t[1], Literal(str(t[2]).lower())))),
        )
    for s, p, o in sorted(base.triples((None, SKOS.exactMatch, None)))[::2]:
        yield f"malformed QID {s}", lambda g, t=(s, p, o): (g.remove(t), g.add((t[0], t[1], iri_node(str(t[2]) + "x"))))


def test_nearly_all_mutants_are_rejected():
    base = Graph().parse(MINIMAL, format="turtle")
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    survivors, total = [], 0
    for name, mutate in mutants(base):
        graph = Graph()
        for triple in base:
            graph.add(triple)
        mutate(graph)
        for triple in ontology:
            graph.add(triple)
        total += 1
        if not [f for f in validate_graph(graph) if f.severity == "Violation"]:
            survivors.append(name)
    assert total >= 60
    assert len(survivors) <= total // 20, f"{len(survivors)} of {total} mutants survived: {survivors}"
    print(f"{total - len(survivors)} of {total} mutants rejected")


if __name__ == "__main__":
    pytest.main([__file__, "-s"])
