"""Embedded query engines: Oxigraph (pyoxigraph, the default) and rdflib's in-memory graph."""

from pathlib import Path

from balikg.errors import UserError
from balikg.results import Results, Term

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
ENGINES = ("oxigraph", "rdflib")


def _term(value) -> Term:
    """A pyoxigraph term as a Term."""
    import pyoxigraph

    if isinstance(value, pyoxigraph.Literal):
        datatype, language = value.datatype.value, value.language or ""
        return Term("literal", value.value, "" if language or datatype == XSD_STRING else datatype, language)
    if isinstance(value, pyoxigraph.BlankNode):
        return Term("bnode", value.value)
    return Term("uri", value.value)


def run_oxigraph(store, text: str, label: str) -> Results:
    """Evaluate a SELECT on a pyoxigraph Store (each distinct term converted once)."""
    try:
        solutions = store.query(text)
    except SyntaxError as exc:
        raise UserError(f"{label}: query failed (SyntaxError: {' '.join(str(exc).split())[:200]})") from None
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
                term = known[value] = _term(value)
            row.append(term)
        rows.append(tuple(row))
    return Results(variables, rows)


def run_rdflib(graph, text: str, label: str) -> Results:
    """Evaluate a SELECT on an rdflib Graph."""
    from balikg.results import from_rdflib

    try:
        result = graph.query(text)
    except Exception as exc:  # rdflib raises parser- and evaluator-specific types
        raise UserError(f"{label}: query failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})") from None
    return from_rdflib(result)


def run_file(engine: str, graph_path: Path, text: str, label: str) -> Results:
    """Load the graph file into the chosen engine and evaluate the query."""
    from balikg.graphfile import load_graph
    from balikg.storecache import store_for

    if engine == "oxigraph":
        return run_oxigraph(store_for(graph_path), text, label)
    if engine == "rdflib":
        return run_rdflib(load_graph(graph_path), text, label)
    raise UserError(f"unknown engine {engine!r} (choose {', '.join(ENGINES)})")
