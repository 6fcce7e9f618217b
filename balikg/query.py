"""Run a stored query locally (Oxigraph or rdflib) or on a SPARQL endpoint, parameters bound as VALUES."""

from pathlib import Path

from balikg.bindings import bind
from balikg.results import Results
from balikg.storedqueries import StoredQuery


def bound_text(query: StoredQuery, params: dict[str, str]) -> str:
    """The query text with its parameters bound (the same text locally and remotely)."""
    return bind(query.text, {query.variable(name): value for name, value in params.items()})


def execute(graph, query: StoredQuery, params: dict[str, str]) -> Results:
    """Evaluate on an rdflib Graph already in memory."""
    from balikg.engines import run_rdflib

    return run_rdflib(graph, bound_text(query, params), str(query.path))


def run_local(query: StoredQuery, params: dict[str, str], graph_path: Path, engine: str = "oxigraph") -> Results:
    """Load the graph file into an embedded engine and evaluate the query."""
    from balikg.engines import run_file

    return run_file(engine, graph_path, bound_text(query, params), str(query.path))
