"""Run a stored query on a graph file; parameters are bound as RDF literals, never pasted in."""

from pathlib import Path

from balikg.errors import UserError
from balikg.results import Results, from_rdflib
from balikg.storedqueries import StoredQuery


def run_local(query: StoredQuery, params: dict[str, str], graph_path: Path) -> Results:
    """Evaluate the query on the graph file with rdflib, binding each parameter with initBindings."""
    from rdflib import Literal

    from balikg.graphfile import load_graph

    graph = load_graph(graph_path)
    bindings = {name: Literal(value) for name, value in params.items()}
    try:
        result = graph.query(query.text, initBindings=bindings)
    except Exception as exc:  # a malformed stored query
        raise UserError(
            f"{query.path}: query failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
        ) from None
    return from_rdflib(result)
