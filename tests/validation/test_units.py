"""Validation in units gives pySHACL's verdicts on the whole graph: the same (focus node, message) pairs."""

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, XSD

from balikg.build.pipeline import build
from balikg.core import iris
from balikg.core.iris import is_vocabulary
from balikg.core.paths import ONTOLOGY, ROOT, SOURCES
from balikg.core.terms import from_rdflib, iri_node
from balikg.core.vocab import NIF, SCHEMA
from balikg.validation.shapes import load_shapes
from balikg.validation.units import SHARED, TripleIndex, homes
from balikg.validation.verdict import validate_triples

HERE = Path(__file__).resolve().parent.parent
SEED = SOURCES / "bali-2003-cochairs-statement.txt"
SCHEMA_START = iri_node(SCHEMA.startDate)
ANCHOR_OF = iri_node(NIF.anchorOf)


def naive(graph: Graph) -> set[tuple[str, str]]:
    """pySHACL over the whole graph with every shape, SPARQL constraints included."""
    import pyshacl

    _, report, _ = pyshacl.validate(graph, shacl_graph=load_shapes().full, advanced=True, inference="none")
    return {
        (str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultMessage)))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }


def ours(graph: Graph) -> set[tuple[str, str]]:
    """Units, without the whole-graph violation queries (pySHACL has no counterpart for them)."""
    findings = validate_triples([from_rdflib(*t) for t in graph]).findings
    return {(f.focus, f.message) for f in findings if not f.check.endswith("-violation")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Graph:
    """The seed, the fixtures and two generated statements: a meeting, actors, posts and a coordination
    named by several of them."""
    directory = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen.py"), "2", str(directory)], check=True)
    paths = [SEED, *sorted((HERE / "fixtures").glob("*.txt")), *sorted(directory.glob("*.txt"))]
    return build(paths).graph


def shared_subjects(graph: Graph) -> list:
    """Subjects validated in the shared unit (named by more than one statement, or by none)."""
    triples = [from_rdflib(*t) for t in graph]
    home = homes(TripleIndex(triples), {t[0] for t in triples if is_vocabulary(t[0])})
    return sorted(iri_node(s) for s, unit in home.items() if unit == SHARED and not is_vocabulary(s))


def copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


def test_a_conforming_corpus_conforms_both_ways(corpus):
    # one warning, no violation: the fixture's 'A workshop on document fraud be held in 2005' names no place
    workshop = (iris.event("workshop-2005"), "no place was found for this meeting")
    assert naive(corpus) == ours(corpus) == {workshop}


def cross_statement_mutants(graph: Graph):
    """Mutations of what statements share, and of statement nodes that point at shared ones."""
    shared = shared_subjects(graph)
    named_twice = [s for s in shared if len(list(graph.objects(s, DCTERMS.source))) > 1]
    meetings = [s for s in named_twice if (s, SCHEMA_START, None) in graph]
    actors = [s for s in shared if "/actor/" in str(s) or "/state/" in str(s) or (s, DCTERMS.type, None) in graph]
    assert meetings and actors, "the corpus must have meetings and actors named by several statements"
    meeting, actor = meetings[0], actors[0]

    def second_label(g):
        g.add((actor, RDFS.label, Literal("Another name")))

    def untyped_meeting(g):
        g.remove((meeting, RDF.type, None))

    def reversed_dates(g):
        g.set((meeting, SCHEMA_START, Literal("2099-01-01", datatype=XSD.date)))

    def wrong_quote(g):
        span = next(iter(sorted(g.objects(meeting, DCTERMS.source))))
        g.set((span, ANCHOR_OF, Literal("not what the text says")))

    def untyped_actor(g):
        g.remove((actor, RDF.type, None))

    def sourceless_actor(g):
        g.remove((actor, DCTERMS.source, None))

    return [second_label, untyped_meeting, reversed_dates, wrong_quote, untyped_actor, sourceless_actor]


def test_cross_statement_mutants_get_pyshacl_s_results(corpus):
    """All six mutations in one graph (whole-graph pySHACL once, not six times): the same results, and a
    result on each mutated node."""
    graph = copy(corpus)
    for mutate in cross_statement_mutants(corpus):
        mutate(graph)
    reference = naive(graph)
    assert ours(graph) == reference
    shared = shared_subjects(corpus)
    actor = next(s for s in shared if "/actor/" in str(s) or "/state/" in str(s) or (s, DCTERMS.type, None) in corpus)
    messages = {message for node, message in reference if node == str(actor)}
    assert len(reference) >= 4 and messages  # the relabelled, untyped, sourceless actor is found


def test_single_statement_mutants_get_pyshacl_s_results():
    """Every sixth mutant of the shapes' minimal valid graph (tests/shapes/test_mutants.py)."""
    sys.path.insert(0, str(HERE / "shapes"))
    from test_mutants import MINIMAL, mutants

    base = Graph().parse(MINIMAL, format="turtle")
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    checked = 0
    for name, mutate in list(mutants(base))[::6]:
        graph = copy(base)
        mutate(graph)
        graph += ontology
        assert ours(graph) == naive(graph), name
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize("parts", [2, 3])
def test_a_unit_cut_in_parts_gives_the_results_of_the_whole_unit(corpus, parts):
    from balikg.validation.shacl import unit_results
    from balikg.validation.shapes import inverse_paths
    from balikg.validation.units import make_units
    from balikg.validation.verdict import SUPPORT

    graph = copy(corpus)
    for mutate in cross_statement_mutants(corpus)[:3]:
        mutate(graph)
    triples = [from_rdflib(*t) for t in graph]
    index = TripleIndex(triples)
    vocabulary = {s for s in index.by_subject if is_vocabulary(s)}
    support = [t for s in vocabulary for t in index.by_subject[s] if t[1] in SUPPORT]
    failing = 0
    for unit in make_units(index, vocabulary, support, inverse_paths()):
        whole = unit_results(unit.triples, unit.focus)
        cut = [r for part in range(parts) for r in unit_results(unit.triples, unit.focus, "oxigraph", part, parts)]
        assert sorted(cut, key=repr) == sorted(whole, key=repr), unit.name
        failing += bool(whole)
    assert failing >= 2  # the mutants make results in more than one unit


def test_the_index_gives_the_subjects_pointing_at_a_node():
    a, b, c, p, q = (f"https://example.org/{n}" for n in "abcpq")
    index = TripleIndex([(b, p, a, None), (c, p, a, None), (c, q, a, None), (a, p, c, None), (c, p, a, "")])
    assert index.subjects(iri_node(p), iri_node(a)) == [iri_node(b), iri_node(c)]  # not the literal "…/a"
    assert index.subjects(iri_node(q), iri_node(a)) == [iri_node(c)]
    assert index.subjects(iri_node(p), iri_node(c)) == [iri_node(a)]
    assert index.subjects(iri_node(q), iri_node(b)) == []
