"""Embedded query engines: Oxigraph (pyoxigraph, the default) and rdflib's in-memory graph."""

from pathlib import Path

from balikg.errors import UserError
from balikg.results import Results, Term

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
ENGINES = ("oxigraph", "rdflib")


def run_oxigraph(store, text: str, label: str) -> Results:
    """Evaluate a SELECT on a pyoxigraph Store."""
    import pyoxigraph

    try:
        solutions = store.query(text)
    except SyntaxError as exc:
        raise UserError(f"{label}: query failed (SyntaxError: {' '.join(str(exc).split())[:200]})") from None
    variables = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = []
        for index in range(len(variables)):
            value = solution[index]
            if value is None:
                row.append(None)
            elif isinstance(value, pyoxigraph.Literal):
                datatype = value.datatype.value if value.datatype is not None else ""
                datatype = "" if value.language or datatype == XSD_STRING else datatype
                row.append(Term("literal", value.value, datatype, value.language or ""))
            elif isinstance(value, pyoxigraph.BlankNode):
                row.append(Term("bnode", value.value))
            else:
                row.append(Term("uri", value.value))
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
