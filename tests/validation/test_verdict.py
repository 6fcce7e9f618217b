"""Validation: the built graph conforms; mutated graphs fail with a readable finding."""

import json

import pytest
from rdflib import BNode, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SH, XSD

from balikg.cli import main
from balikg.core import iris
from balikg.core.terms import iri_node
from balikg.core.vocab import BKG, NIF, SCHEMA, SCHEMES, SKOS
from balikg.validation.findings import format_json, format_text, summary
from balikg.validation.verdict import validate_graph

MEETING = "second-regional-ministerial-conference-2003"
EVENT = iri_node(iris.event(MEETING))
JAPAN = iri_node(iris.actor("state/JPN"))
JAPAN_AT = iri_node(iris.participation(MEETING, "participant", "state/JPN"))


@pytest.fixture
def graph(built) -> Graph:
    copy = Graph()
    for triple in built.graph:
        copy.add(triple)
    return copy


def violations(graph):
    return [f for f in validate_graph(graph) if f.severity == "Violation"]


def test_the_built_graph_conforms(built):
    assert violations(built.graph) == []


def test_cli_validate_on_the_built_graph(graph_file, capsys):
    assert main(["validate", str(graph_file)]) == 0
    assert capsys.readouterr().out.strip().endswith("conforms (0 violations, 0 warnings, 0 infos)")


def test_missing_iso_code(graph):
    graph.remove((JAPAN, iri_node(BKG.iso3166Alpha3), None))
    (finding,) = violations(graph)
    assert (finding.label, finding.property) == ("Japan", "ISO 3166-1 alpha-3 code")
    assert "alpha-3" in finding.message


def test_malformed_iso_code_and_qid(graph):
    graph.set((JAPAN, iri_node(BKG.iso3166Alpha3), Literal("JP")))
    graph.set((JAPAN, iri_node(SKOS.exactMatch), iri_node("http://example.org/Japan")))
    assert {f.property for f in violations(graph) if f.label == "Japan"} == {"ISO 3166-1 alpha-3 code", "exact match"}


def test_wrong_quote_is_caught_with_its_sentence(graph):
    span = graph.value(JAPAN_AT, DCTERMS.source)
    graph.set((span, iri_node(NIF.anchorOf), Literal("Japon")))
    found = violations(graph)
    (finding,) = [f for f in found if f.focus == str(span)]
    assert finding.message.startswith("the quote is not the source text")
    assert finding.paragraph == "1" and "attended by Afghanistan" in finding.quote
    (holder,) = [f for f in found if f.focus == str(JAPAN_AT)]
    assert holder.property == "source" and holder.label == "Japan: participant at " + holder.label.split(" at ", 1)[1]


def test_agent_replaced_by_a_literal(graph):
    graph.set((JAPAN_AT, PROV.agent, Literal("Japan")))
    found = violations(graph)
    assert any(f.label.startswith("Japan: participant") and f.property == "agent" for f in found)


def test_participation_stripped_to_its_type(graph):
    for p, o in list(graph.predicate_objects(JAPAN_AT)):
        if p != RDF.type:
            graph.remove((JAPAN_AT, p, o))
    found = {(f.check, f.property) for f in violations(graph) if f.focus == str(JAPAN_AT)}
    assert ("ParticipationShape", "label") in found or ("LabelProperty", "label") in found
    assert any(prop == "source" for _, prop in found)


def test_event_that_ends_before_it_starts(graph):
    graph.set((EVENT, iri_node(SCHEMA.startDate), Literal("2003-05-02", datatype=XSD.date)))
    assert [f.message for f in violations(graph)] == ["the meeting starts after it ends"]


def test_blank_node_and_unlabelled_node(graph):
    graph.add((BNode("x"), RDFS.label, Literal("anonymous")))
    graph.remove((iri_node(iris.place("Bali")), RDFS.label, None))
    checks = {f.check for f in violations(graph)}
    assert "blank-node-violation" in checks and "missing-label-violation" in checks


def test_obligation_without_addressee(graph):
    obligation = iri_node(iris.obligation("bali-2003-cochairs-statement", "F"))
    graph.remove((obligation, iri_node(SCHEMA.agent), None))
    checks = {f.check for f in violations(graph) if f.focus == str(obligation)}
    assert "obligation-without-bearer-violation" in checks
    assert any(f.property == "agent" for f in violations(graph) if f.focus == str(obligation))


def test_report_formats(graph):
    graph.remove((JAPAN, RDFS.label, None))
    findings = validate_graph(graph)
    text = format_text(findings, "g.ttl")
    assert text.splitlines()[-1] == "g.ttl: does not conform (2 violations, 0 warnings, 0 infos)"
    doc = json.loads(format_json(findings, "g.ttl"))
    assert doc["conforms"] is False and doc["summary"]["Violation"] == 2 == summary(findings)["Violation"]
    assert {f["check"] for f in doc["findings"]} == {"LabelProperty", "missing-label-violation"}


def test_a_unit_keeps_only_the_targets_of_shapes_it_has_focus_nodes_for(graph_file):
    from balikg.core.rdffile import load_triples
    from balikg.core.terms import rdflib_graph
    from balikg.validation.shacl import _shapes_for
    from balikg.validation.shapes import inverse_paths
    from balikg.validation.units import TripleIndex, make_units
    from balikg.validation.verdict import SUPPORT

    index = TripleIndex(load_triples(graph_file))
    vocabulary = {s for s in index.by_subject if iris.is_vocabulary(s)}
    support = [t for s in vocabulary for t in index.by_subject[s] if t[1] in SUPPORT]
    statement, shared = make_units(index, vocabulary, support, inverse_paths())

    def targeted(unit) -> set[str]:
        graph = _shapes_for(rdflib_graph(unit.triples), unit.focus)
        return {str(s).removeprefix(SCHEMES.SHAPES) for s in graph.subjects(SH.targetClass, None)}

    in_statement, in_shared = targeted(statement), targeted(shared)
    assert {"ParticipationShape", "ObligationShape", "SpanShape"} <= in_statement
    assert not {"StateShape", "ConceptShape", "OntologyTermShape"} & in_statement  # shared nodes, types only
    assert {"StateShape", "ConceptShape"} <= in_shared and "ParticipationShape" not in in_shared
