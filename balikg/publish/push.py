"""`balikg push`: load the graph into any SPARQL server through the Graph Store HTTP Protocol, then verify."""

import sys
from pathlib import Path
from urllib.parse import quote

from balikg.core import iris
from balikg.core.errors import UserError
from balikg.query.remote import run_remote
from balikg.runtime.http import send
from balikg.runtime.policy import PUSH_CHUNK

NTRIPLES = "application/n-triples"


def query_endpoint_for(store_url: str) -> str:
    """Oxigraph-style servers answer queries at …/query beside …/store; others need --endpoint."""
    base = store_url.split("?", 1)[0].rstrip("/")
    if base.endswith("/store"):
        return base[: -len("store")] + "query"
    raise UserError(f"{store_url}: cannot guess the query endpoint for the count check; pass --endpoint URL")


def target(store_url: str, graph_iri: str | None) -> str:
    """The Graph Store URL for the default graph or one named graph."""
    joiner = "&" if "?" in store_url else "?"
    return (
        f"{store_url}{joiner}default" if graph_iri is None else f"{store_url}{joiner}graph={quote(graph_iri, safe='')}"
    )


def ntriples_lines(graph) -> list[str]:
    """The graph as sorted N-Triples lines."""
    from balikg.core.terms import from_rdflib, nt_lines

    return nt_lines(from_rdflib(*t) for t in graph)


def _count(endpoint: str, graph_iri: str | None, timeout: float) -> int:
    """How many triples the server holds in the default graph or one named graph."""
    pattern = "?s ?p ?o" if graph_iri is None else f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}"
    results = run_remote(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", timeout)
    return int(results.rows[0][0].value)


def upload(url: str, lines: list[str], replace: bool, timeout: float, label: str) -> None:
    """Send the lines in chunks: the first replaces (PUT) or adds (POST), the rest add; progress on stderr."""
    total = len(lines)
    for start in range(0, max(total, 1), PUSH_CHUNK):
        body = ("\n".join(lines[start : start + PUSH_CHUNK]) + "\n").encode("utf-8")
        method = "PUT" if replace and start == 0 else "POST"
        send(method, url, body, {"Content-Type": NTRIPLES}, timeout)
        if total > PUSH_CHUNK:
            done = min(start + PUSH_CHUNK, total)
            print(f"push: {label}: {done}/{total} triples", file=sys.stderr, flush=True)


def push(
    graph_path: Path,
    store_url: str,
    graph_iri: str | None,
    replace: bool,
    endpoint: str | None,
    timeout: float,
) -> list[tuple[str, int, int]]:
    """Push graph.ttl (whole, or one named graph per document under `graph_iri`); verify the counts."""
    from balikg.core.rdffile import load_graph

    graph = load_graph(graph_path)
    endpoint = endpoint or query_endpoint_for(store_url)
    if graph_iri is None:
        parts = {None: graph}
    else:
        from balikg.publish.namedgraphs import partition

        parts = {iris.named_graph(name, graph_iri): part for name, part in partition(graph).items()}
    report = []
    for name, part in parts.items():
        lines = ntriples_lines(part)
        label = name or "default graph"
        upload(target(store_url, name), lines, replace, timeout, label)
        held = _count(endpoint, name, timeout)
        if held < len(lines) or (replace and held != len(lines)):
            raise UserError(f"{store_url}: {label} holds {held} triples after the push, expected {len(lines)}")
        report.append((label, len(lines), held))
    return report
