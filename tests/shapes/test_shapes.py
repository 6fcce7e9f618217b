"""Every shape and every violation query, tested both ways (the pattern of pySHACL's own suite).

valid/*.ttl must conform. invalid/*.ru are SPARQL updates applied to valid/minimal.ttl; each must make
validation fail with the message in its '# expect:' header, from the shape or check in '# shape:' (or,
with '# severity: Warning', warn with it: what could not be read is a warning, never a failure).
The ontology is added to every graph, as `balikg build` adds it to graph.ttl.
"""

import re
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from balikg.core.paths import CHECKS, ONTOLOGY, SHAPES
from balikg.validation.shapes import inverse_paths, load_shapes
from balikg.validation.verdict import validate_graph

HERE = Path(__file__).resolve().parent
VALID = sorted((HERE / "valid").glob("*.ttl"))
INVALID = sorted((HERE / "invalid").glob("*.ru"))


@cache
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def with_ontology(path: Path) -> Graph:
    graph = Graph().parse(path, format="turtle")
    for triple in ontology():
        graph.add(triple)
    return graph


def header(path: Path, key: str) -> str:
    match = re.search(rf"^# {key}: (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{path.name} has no '# {key}:' line"
    return match.group(1).strip()


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_graphs_conform(path):
    assert [f for f in validate_graph(with_ontology(path)) if f.severity == "Violation"] == []


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_graphs_fail_with_the_expected_message(path):
    graph = with_ontology(HERE / "valid" / "minimal.ttl")
    before = len(graph)
    graph.update(path.read_text(encoding="utf-8"))
    assert len(graph) != before or "DELETE" in path.read_text(encoding="utf-8"), f"{path.name} changed nothing"
    expect, source = header(path, "expect"), header(path, "shape")
    severity = header(path, "severity") if "# severity:" in path.read_text(encoding="utf-8") else "Violation"
    findings = [f for f in validate_graph(graph) if f.severity == severity]
    matching = [f for f in findings if expect in f.message]
    assert matching, f"{path.name}: no finding says {expect!r}; got {[f.message for f in findings]}"
    shared = {"LabelProperty", "SpanSourceProperty"}  # property shapes several node shapes reuse
    assert any(f.check == source or f.check in shared for f in matching), [f.check for f in matching]
    for f in findings:
        assert f.label and f.message


def test_every_shape_and_check_is_exercised():
    shapes = load_shapes().full
    named = {
        str(s).rsplit("#", 1)[-1]
        for s in shapes.subjects(RDF.type, SH.NodeShape)
        if (s, SH.targetClass, None) in shapes or (s, SH.targetSubjectsOf, None) in shapes
    }
    checks = {p.stem for p in CHECKS.glob("*-violation.rq")}
    exercised = {header(p, "shape") for p in INVALID}
    assert named - exercised == set()
    assert checks - exercised == set()


def test_every_shape_has_a_message_and_a_severity():
    shapes = load_shapes().full
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape))
    shape_nodes |= set(shapes.subjects(RDF.type, SH.PropertyShape))
    shape_nodes |= set(shapes.objects(None, SH.property))
    shape_nodes |= set(shapes.subjects(SH.path, None))
    assert len(shape_nodes) > 60
    for shape in shape_nodes:
        assert (shape, SH.message, None) in shapes, shape
        assert (shape, SH.severity, None) in shapes, shape
    for constraint in shapes.objects(None, SH.sparql):
        assert (constraint, SH.message, None) in shapes
        assert (constraint, SH.severity, None) in shapes


def test_shapes_conform_to_shacl_shacl():
    import pyshacl

    shapes = Graph()
    for path in SHAPES.glob("*.ttl"):
        shapes.parse(path, format="turtle")
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True, advanced=True)
    assert conforms, text


def test_split_validation_gives_pyshacl_s_verdicts():
    """Our one-query evaluation of SPARQL constraints agrees with pySHACL's own, on a failing graph."""
    import pyshacl

    graph = with_ontology(HERE / "valid" / "minimal.ttl")
    graph.update((HERE / "invalid" / "span-quote-differs.ru").read_text(encoding="utf-8"))
    graph.update((HERE / "invalid" / "meeting-starts-after-it-ends.ru").read_text(encoding="utf-8"))
    _, report, _ = pyshacl.validate(graph, shacl_graph=load_shapes().full, advanced=True, inference="none")
    reference = {
        (str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultMessage)))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }
    ours = {(f.focus, f.message) for f in validate_graph(graph) if not f.check.endswith("-violation")}
    assert ours == reference


def test_inverse_paths_read_without_rdflib_are_those_of_the_shapes_graph():
    full = load_shapes().full
    expected = {str(p) for p in full.objects(None, SH.inversePath) if isinstance(p, URIRef)}
    assert inverse_paths() == frozenset(expected) == {"http://www.w3.org/ns/prov#qualifiedAssociation"}


def test_a_broken_shapes_file_is_named(tmp_path):
    from balikg.core.errors import UserError

    (tmp_path / "broken.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:a sh:b", encoding="utf-8")
    with pytest.raises(UserError, match=r"broken\.ttl: not valid Turtle"):
        inverse_paths(tmp_path)
