"""Run a stored query on a graph; parameters are bound as RDF literals, never pasted in."""

from pathlib import Path

from balikg.errors import UserError
from balikg.results import Results, from_rdflib
from balikg.storedqueries import StoredQuery


def execute(graph, query: StoredQuery, params: dict[str, str]) -> Results:
    """Evaluate the query on an rdflib graph, binding each parameter with initBindings."""
    from rdflib import Literal

    bindings = {name: Literal(value) for name, value in params.items()}
    try:
        result = graph.query(query.text, initBindings=bindings)
    except Exception as exc:  # a malformed stored query
        reason = " ".join(str(exc).split())[:200]
        raise UserError(f"{query.path}: query failed ({type(exc).__name__}: {reason})") from None
    return from_rdflib(result)


def run_local(query: StoredQuery, params: dict[str, str], graph_path: Path) -> Results:
    """Load the graph file and evaluate the query on it."""
    from balikg.graphfile import load_graph

    return execute(load_graph(graph_path), query, params)
