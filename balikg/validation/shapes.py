"""The project's SHACL shapes, loaded once and split into core constraints and SPARQL constraints.

pySHACL runs a SPARQL-based constraint once per focus node, which is slow on thousands of spans.
The same SELECT, run once over the whole graph with $this as an ordinary variable and its answers
kept where they are targets of the shape, gives the same verdicts in one query.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from balikg.core.errors import UserError
from balikg.core.paths import SHAPES
from balikg.core.terms import rdflib_terms
from balikg.core.vocab import SH


@dataclass(frozen=True)
class SparqlConstraint:
    """One sh:sparql constraint: its shape, query (with ?this), message and severity."""

    shape: object
    query: str
    message: str
    severity: object


@dataclass(frozen=True)
class Shapes:
    """The shapes graph for pySHACL (without SPARQL constraints) and the SPARQL constraints."""

    core: object
    full: object
    sparql: tuple[SparqlConstraint, ...]


def _prefix_block(graph, constraint) -> str:
    """PREFIX lines for a constraint's sh:prefixes declarations."""
    sh = rdflib_terms(SH)
    lines = []
    for owner in graph.objects(constraint, sh.prefixes):
        for decl in graph.objects(owner, sh.declare):
            prefix = graph.value(decl, sh.prefix)
            namespace = graph.value(decl, sh.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


def _not_turtle(path: Path, exc: Exception) -> UserError:
    """The one-line error for a shapes file that does not parse."""
    return UserError(f"{path}: not valid Turtle ({' '.join(str(exc).split())[:200]})")


def shape_files(directory: Path = SHAPES) -> list[Path]:
    """The shapes files (*.ttl) of a folder; a UserError when the folder is missing or holds none."""
    files = sorted(Path(directory).glob("*.ttl"))
    if not files:
        raise UserError(f"{directory}: no shapes files (*.ttl)")
    return files


@cache
def inverse_paths(directory: Path = SHAPES) -> frozenset[str]:
    """The predicates the shapes walk backwards (IRIs under sh:inversePath), read with Oxigraph's parser:
    the process that cuts the graph into units needs no rdflib for them. Reading them checks the shapes
    in the process that forks the workers: missing, empty or broken shapes are a UserError here."""
    import pyoxigraph

    found = set()
    triples = 0
    for path in shape_files(directory):
        try:
            for triple in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
                triples += 1
                if triple.predicate.value == SH.inversePath and isinstance(triple.object, pyoxigraph.NamedNode):
                    found.add(triple.object.value)
        except (SyntaxError, ValueError, OSError) as exc:
            raise _not_turtle(path, exc) from None
    if not triples:
        raise UserError(f"{directory}: no shapes in its shapes files")
    return frozenset(found)


@cache
def load_shapes(directory: Path = SHAPES) -> Shapes:
    """Parse every shapes/*.ttl once per process."""
    from rdflib import Graph

    sh = rdflib_terms(SH)
    full = Graph()
    for path in shape_files(directory):
        try:
            full.parse(path, format="turtle")
        except Exception as exc:
            raise _not_turtle(path, exc) from None
    core = Graph()
    constraints = []
    for triple in full:
        if triple[1] == sh.sparql:
            shape, _, node = triple
            select = str(full.value(node, sh.select))
            query = _prefix_block(full, node) + "\n" + select.replace("$this", "?this")
            constraints.append(
                SparqlConstraint(
                    shape,
                    query,
                    str(full.value(node, sh.message)),
                    full.value(node, sh.severity) or sh.Violation,
                )
            )
        else:
            core.add(triple)
    for prefix, namespace in full.namespaces():
        core.bind(prefix, namespace)
    return Shapes(core, full, tuple(sorted(constraints, key=lambda c: (str(c.shape), c.message))))


def shape_name(shapes_graph, shape) -> str:
    """A shape's name; an anonymous property shape is named after the node shape that holds it."""
    from rdflib import BNode

    if isinstance(shape, BNode):
        owner = next(shapes_graph.subjects(rdflib_terms(SH).property, shape), None)
        return local_name(owner)
    return local_name(shape)


def local_name(node) -> str:
    """The local name of a shape IRI (blank shapes have none)."""
    import re

    from rdflib import BNode

    return "" if node is None or isinstance(node, BNode) else re.split(r"[#/]", str(node))[-1]


TARGETS = ("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode")


def targets(shapes_graph, data, shape) -> set:
    """The focus nodes a shape targets in the data (classes include their subclasses)."""
    from balikg.core.vocab import RDF, RDFS

    sh = rdflib_terms(SH)
    nodes = set()
    type_, subclass = rdflib_terms(RDF).type, rdflib_terms(RDFS).subClassOf
    for cls in shapes_graph.objects(shape, sh.targetClass):
        for c in set(data.transitive_subjects(subclass, cls)):
            nodes.update(data.subjects(type_, c))
    for prop in shapes_graph.objects(shape, sh.targetSubjectsOf):
        nodes.update(data.subjects(prop, None))
    for prop in shapes_graph.objects(shape, sh.targetObjectsOf):
        nodes.update(data.objects(None, prop))
    nodes.update(shapes_graph.objects(shape, sh.targetNode))
    return nodes


def is_target(shapes_graph, data, shape, node) -> bool:
    """Whether a node is a target of a shape (classes include their subclasses); `data` may be an rdflib
    Graph or anything with its objects/subjects/value methods."""
    from balikg.core.vocab import RDF, RDFS

    sh = rdflib_terms(SH)
    type_, subclass = rdflib_terms(RDF).type, rdflib_terms(RDFS).subClassOf
    if node in set(shapes_graph.objects(shape, sh.targetNode)):
        return True
    for cls in shapes_graph.objects(shape, sh.targetClass):
        types = list(data.objects(node, type_))
        seen = set()
        while types:
            t = types.pop()
            if t == cls:
                return True
            if t not in seen:
                seen.add(t)
                types += list(data.objects(t, subclass))
    for prop in shapes_graph.objects(shape, sh.targetSubjectsOf):
        if data.value(node, prop) is not None:
            return True
    return any(list(data.subjects(prop, node)) for prop in shapes_graph.objects(shape, sh.targetObjectsOf))
