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


def answer_local(query: StoredQuery, params: dict[str, str], graph_path: Path, engine: str, fmt: str) -> str:
    """A stored query's answer on a graph file, formatted; on the Oxigraph engine a large file's answers
    are kept beside its on-disk store (balikg.storecache) and reused while nothing they depend on changes."""
    from balikg.results import FORMATS

    if engine != "oxigraph":
        return FORMATS[fmt](run_local(query, params, graph_path, engine))
    from balikg.engines import run_oxigraph
    from balikg.storecache import answer_for

    text = bound_text(query, params)
    return answer_for(
        graph_path, f"{fmt}\0{text}", lambda store: FORMATS[fmt](run_oxigraph(store, text, str(query.path)))
    )
