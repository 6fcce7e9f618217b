"""Answer a stored query on a graph file (embedded Oxigraph or rdflib), parameters bound as VALUES."""

from pathlib import Path

from balikg.query.bindings import bind
from balikg.query.results import Results
from balikg.query.stored import StoredQuery


def bound_text(query: StoredQuery, params: dict[str, str]) -> str:
    """The query text with its parameters bound (the same text locally and remotely)."""
    return bind(query.text, {query.variable(name): value for name, value in params.items()})


def execute(graph, query: StoredQuery, params: dict[str, str]) -> Results:
    """Evaluate on an rdflib Graph already in memory."""
    from balikg.query.engines import run_rdflib

    return run_rdflib(graph, bound_text(query, params), str(query.path))


def run_local(query: StoredQuery, params: dict[str, str], graph_path: Path, engine: str = "oxigraph") -> Results:
    """Load the graph file into an embedded engine and evaluate the query."""
    from balikg.query.engines import run_file

    return run_file(engine, graph_path, bound_text(query, params), str(query.path))


def answer_local(query: StoredQuery, params: dict[str, str], graph_path: Path, engine: str, fmt: str) -> str:
    """A stored query's answer on a graph file, formatted; on the Oxigraph engine a large file's answers
    are kept beside its on-disk store (balikg.runtime.stores) and reused while nothing they depend on
    changes."""
    from balikg.query.results import FORMATS

    if engine != "oxigraph":
        return FORMATS[fmt](run_local(query, params, graph_path, engine))
    from balikg.query.engines import run_oxigraph
    from balikg.runtime.stores import answer_for

    text = bound_text(query, params)
    return answer_for(
        graph_path, f"{fmt}\0{text}", lambda store: FORMATS[fmt](run_oxigraph(store, text, str(query.path)))
    )


def remote_answer(query: StoredQuery, params: dict[str, str], endpoint: str, timeout: float, fmt: str) -> str:
    """A stored query's answer from a SPARQL 1.1 endpoint, formatted as a local one."""
    from balikg.query.remote import run_remote
    from balikg.query.results import FORMATS

    return FORMATS[fmt](run_remote(endpoint, bound_text(query, params), timeout))


def listing(directory: Path | None = None) -> str:
    """The stored queries, one a line: name, title and parameters (a folder without any is an error)."""
    from balikg.core.errors import UserError
    from balikg.core.paths import QUERIES
    from balikg.query.stored import list_queries

    directory = directory or QUERIES
    if not directory.is_dir():
        raise UserError(f"{directory}: no folder of stored queries here")
    queries = list_queries(directory)
    if not queries:
        raise UserError(f"{directory}: no stored queries (NAME.rq files) in this folder")
    width = max(len(q.name) for q in queries)
    lines = []
    for q in queries:
        params = " ".join(f"--param {p}=…" for p in q.params)
        lines.append(f"{q.name.ljust(width)}  {q.title}{'  (' + params + ')' if params else ''}")
    return "\n".join(lines) + "\n"
