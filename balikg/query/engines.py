"""Embedded query engines: Oxigraph (pyoxigraph, the default) and rdflib's in-memory graph."""

from pathlib import Path

from balikg.core.errors import UserError
from balikg.core.terms import term_from_oxigraph
from balikg.query.results import Results

ENGINES = ("oxigraph", "rdflib")  # the embedded engines; oxigraph is the default


def run_oxigraph(store, text: str, label: str) -> Results:
    """Evaluate a SELECT on a pyoxigraph Store (each distinct term converted once)."""
    try:
        return _solutions(store, text)
    except SyntaxError as exc:
        raise UserError(f"{label}: query failed (SyntaxError: {' '.join(str(exc).split())[:200]})") from None
    except (OSError, RuntimeError) as exc:  # a store that cannot be read (an on-disk one names its folder)
        where = f" on the store {store.directory}" if hasattr(store, "directory") else ""
        reason = " ".join(str(exc).split())[:200]
        raise UserError(f"{label}: query failed{where} ({type(exc).__name__}: {reason})") from None


def _solutions(store, text: str) -> Results:
    """The SELECT's variables and rows of Terms."""
    solutions = store.query(text)
    variables = [v.value for v in solutions.variables]
    known: dict = {}
    rows = []
    for solution in solutions:
        row = []
        for value in solution:
            if value is None:
                row.append(None)
                continue
            term = known.get(value)
            if term is None:
                term = known[value] = term_from_oxigraph(value)
            row.append(term)
        rows.append(tuple(row))
    return Results(variables, rows)


def run_rdflib(graph, text: str, label: str) -> Results:
    """Evaluate a SELECT on an rdflib Graph."""
    from balikg.core.terms import term_from_rdflib

    try:
        result = graph.query(text)
    except Exception as exc:  # rdflib raises parser- and evaluator-specific types
        raise UserError(f"{label}: query failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})") from None
    rows = [tuple(term_from_rdflib(value) for value in row) for row in result]
    return Results([str(v) for v in result.vars], rows)


def run_file(engine: str, graph_path: Path, text: str, label: str) -> Results:
    """Load the graph file into the chosen engine and evaluate the query."""
    from balikg.core.rdffile import load_graph
    from balikg.runtime.stores import store_for

    if engine == "oxigraph":
        return run_oxigraph(store_for(graph_path), text, label)
    if engine == "rdflib":
        return run_rdflib(load_graph(graph_path), text, label)
    raise UserError(f"unknown engine {engine!r} (choose {', '.join(ENGINES)})")


def select_rows(data, engine: str):
    """A function running a SELECT on `data` with the chosen engine, rows as dicts of rdflib terms (for
    code that reads answers against the graph: validation). `data` is an rdflib Graph, a list of tuple
    triples (balikg.core.terms) or N-Triples text."""
    from balikg.core.terms import from_rdflib, nt_line, rdflib_from_term, rdflib_graph, to_ntriples

    if engine == "rdflib":
        if isinstance(data, str):
            from rdflib import Graph

            data = Graph().parse(data=data, format="nt")
        graph = data if hasattr(data, "query") else rdflib_graph(data)
        return lambda text: [row.asdict() for row in graph.query(text)]
    import pyoxigraph

    store = pyoxigraph.Store()
    if hasattr(data, "serialize"):
        data = to_ntriples(from_rdflib(*t) for t in data)
    elif not isinstance(data, str):
        data = "".join(nt_line(t) + "\n" for t in data)  # a store does not need them sorted
    store.bulk_load(data.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)

    def run(text: str) -> list[dict]:
        solutions = store.query(text)
        names = [v.value for v in solutions.variables]
        return [
            {n: rdflib_from_term(term_from_oxigraph(s[i])) for i, n in enumerate(names) if s[i] is not None}
            for s in solutions
        ]

    return run
