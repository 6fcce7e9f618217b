"""The project's SHACL shapes, loaded once and split into core constraints and SPARQL constraints.

pySHACL runs a SPARQL-based constraint once per focus node, which is slow on thousands of spans.
The same SELECT, run once over the whole graph with $this as an ordinary variable and its answers
kept where they are targets of the shape, gives the same verdicts in one query.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from balikg.errors import UserError
from balikg.paths import SHAPES

SH = "http://www.w3.org/ns/shacl#"


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
    from rdflib import URIRef

    lines = []
    for owner in graph.objects(constraint, URIRef(SH + "prefixes")):
        for decl in graph.objects(owner, URIRef(SH + "declare")):
            prefix = graph.value(decl, URIRef(SH + "prefix"))
            namespace = graph.value(decl, URIRef(SH + "namespace"))
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


def _not_turtle(path: Path, exc: Exception) -> UserError:
    """The one-line error for a shapes file that does not parse."""
    return UserError(f"{path}: not valid Turtle ({' '.join(str(exc).split())[:200]})")


@cache
def inverse_paths(directory: Path = SHAPES) -> frozenset[str]:
    """The predicates the shapes walk backwards (IRIs under sh:inversePath), read with Oxigraph's parser:
    the process that cuts the graph into units needs no rdflib for them."""
    import pyoxigraph

    found = set()
    for path in sorted(Path(directory).glob("*.ttl")):
        try:
            for triple in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
                if triple.predicate.value == SH + "inversePath" and isinstance(triple.object, pyoxigraph.NamedNode):
                    found.add(triple.object.value)
        except (SyntaxError, ValueError, OSError) as exc:
            raise _not_turtle(path, exc) from None
    return frozenset(found)


@cache
def load_shapes(directory: Path = SHAPES) -> Shapes:
    """Parse every shapes/*.ttl once per process."""
    from rdflib import Graph, URIRef

    full = Graph()
    files = sorted(Path(directory).glob("*.ttl"))
    if not files:
        raise UserError(f"{directory}: no shapes (*.ttl) found")
    for path in files:
        try:
            full.parse(path, format="turtle")
        except Exception as exc:
            raise _not_turtle(path, exc) from None
    core = Graph()
    sparql_predicate = URIRef(SH + "sparql")
    constraints = []
    for triple in full:
        if triple[1] == sparql_predicate:
            shape, _, node = triple
            select = str(full.value(node, URIRef(SH + "select")))
            query = _prefix_block(full, node) + "\n" + select.replace("$this", "?this")
            constraints.append(
                SparqlConstraint(
                    shape,
                    query,
                    str(full.value(node, URIRef(SH + "message"))),
                    full.value(node, URIRef(SH + "severity")) or URIRef(SH + "Violation"),
                )
            )
        else:
            core.add(triple)
    for prefix, namespace in full.namespaces():
        core.bind(prefix, namespace)
    return Shapes(core, full, tuple(sorted(constraints, key=lambda c: (str(c.shape), c.message))))
