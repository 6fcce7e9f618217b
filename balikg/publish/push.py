"""`balikg push`: load the graph into any SPARQL server through the Graph Store HTTP Protocol, then verify.

A push never leaves a target graph half-replaced. Each part (the whole graph, or one named graph per
statement) is sent in chunks into its own staging graph (`iris.push_staging`) and counted there; then one
SPARQL Update request puts every part in place (MOVE for --replace, else ADD and DROP), which a
transactional server such as Oxigraph applies whole or not at all. A failed or interrupted upload leaves
the targets as they were and the partial upload in the staging graphs: --resume counts what a staging
graph holds and sends only the rest (the lines are sorted, so what was sent is always their beginning).
"""

import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from balikg.core import iris
from balikg.core.errors import UserError
from balikg.query.remote import run_remote
from balikg.runtime.http import RETRIES, Refused, send
from balikg.runtime.policy import push_chunk
from balikg.runtime.signals import Stopped

NTRIPLES = "application/n-triples"
SPARQL_UPDATE = "application/sparql-update"
INTERRUPTED = 130  # the exit status of a command stopped by Ctrl-C


class StaleStaging(UserError):
    """A staging graph that does not hold the beginning of the graph being pushed: start afresh."""


@dataclass
class Part:
    """One graph to push: its label, target (None: the default graph), staging graph, lines, and how many of
    the lines the staging graph holds so far."""

    label: str
    graph: str | None
    staging: str
    lines: list[str]
    staged: int = 0

    @property
    def name(self) -> str:
        """The target as messages name it."""
        return "the default graph" if self.graph is None else f"<{self.graph}>"


# The query and update endpoints beside a Graph Store endpoint, by the store path's last segment: Oxigraph's
# …/store, and Virtuoso's …/sparql-graph-crud-auth (Digest) and …/sparql-graph-crud (no login).
BESIDE_STORE = {
    "store": ("query", "update"),
    "sparql-graph-crud-auth": ("sparql-auth", "sparql-auth"),
    "sparql-graph-crud": ("sparql", "sparql"),
}


def _beside_store(store_url: str, which: int, option: str, purpose: str) -> str:
    """The endpoint a known server layout has beside its Graph Store endpoint; others need the option."""
    base = store_url.split("?", 1)[0].rstrip("/")
    head, _, last = base.rpartition("/")
    if last in BESIDE_STORE and head:
        return f"{head}/{BESIDE_STORE[last][which]}"
    raise UserError(f"{store_url}: cannot guess the {purpose}; pass {option} URL")


def query_endpoint_for(store_url: str) -> str:
    """The query endpoint for the count checks, beside a known Graph Store endpoint."""
    return _beside_store(store_url, 0, "--endpoint", "query endpoint for the count check")


def update_endpoint_for(store_url: str) -> str:
    """The SPARQL Update endpoint for the swap, beside a known Graph Store endpoint."""
    return _beside_store(store_url, 1, "--update-endpoint", "update endpoint for the swap")


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


def in_graph(graph_iri: str | None, triples: str = "?s ?p ?o") -> str:
    """A graph pattern over the default graph or one named graph."""
    return triples if graph_iri is None else f"GRAPH <{graph_iri}> {{ {triples} }}"


def count(endpoint: str, pattern: str, timeout: float) -> int:
    """How many solutions the server finds for a graph pattern; one line naming the endpoint when the answer
    is not a count."""
    results = run_remote(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", timeout)
    term = results.rows[0][0] if results.rows and results.rows[0] else None
    if term is None:
        raise UserError(f"{endpoint}: the count query gave no rows")
    value = term.value.strip()
    if not (value.isascii() and value.isdigit()):
        raise UserError(f"{endpoint}: the count query gave {value[:40]!r}, not a number of triples")
    return int(value)


def update(endpoint: str, text: str, timeout: float, retries: int = RETRIES) -> None:
    """Send one SPARQL Update request."""
    send("POST", endpoint, text.encode("utf-8"), {"Content-Type": SPARQL_UPDATE}, timeout, retries)


def resume_point(part: Part, endpoint: str, timeout: float) -> int:
    """How many lines the part's staging graph holds already; they must be the first ones."""
    held = count(endpoint, in_graph(part.staging), timeout)
    if held == 0:
        return 0
    if held > len(part.lines) or count(endpoint, in_graph(part.staging, part.lines[held - 1]), timeout) == 0:
        raise StaleStaging(
            f"{endpoint}: the staging graph <{part.staging}> holds {held} triples that are not the first {held} "
            f"of {part.name}; rerun without --resume to start afresh"
        )
    return held


def upload(store_url: str, part: Part, timeout: float) -> None:
    """Add the lines the staging graph lacks, in chunks (POST); progress on stderr."""
    chunk, total = push_chunk(), len(part.lines)
    url = target(store_url, part.staging)
    if part.staged:
        print(f"push: {part.label}: resuming at {part.staged}/{total} triples", file=sys.stderr, flush=True)
    while part.staged < total:
        body = ("\n".join(part.lines[part.staged : part.staged + chunk]) + "\n").encode("utf-8")
        send("POST", url, body, {"Content-Type": NTRIPLES}, timeout)
        part.staged = min(part.staged + chunk, total)
        if total > chunk:
            print(f"push: {part.label}: {part.staged}/{total} triples", file=sys.stderr, flush=True)


def stage(parts: list[Part], store_url: str, endpoint: str, update_url: str, resume: bool, timeout: float) -> None:
    """Load every part into its staging graph (afresh, or after what it holds with `resume`) and check the
    counts there."""
    if resume:
        for part in parts:
            part.staged = resume_point(part, endpoint, timeout)
    else:
        update(update_url, " ;\n".join(f"DROP SILENT GRAPH <{part.staging}>" for part in parts), timeout)
    for part in parts:
        upload(store_url, part, timeout)
    for part in parts:
        held = count(endpoint, in_graph(part.staging), timeout)
        if held != len(part.lines):
            raise StaleStaging(
                f"{endpoint}: the staging graph <{part.staging}> holds {held} triples after the upload, expected "
                f"{len(part.lines)}; {unchanged(parts, store_url)}; rerun without --resume to start afresh"
            )


def swap_update(parts: list[Part], replace: bool) -> str:
    """One SPARQL Update that puts every staged part in place: MOVE replaces the target and drops the
    staging graph; ADD then DROP adds to it."""
    operations = []
    for part in parts:
        into = "DEFAULT" if part.graph is None else f"GRAPH <{part.graph}>"
        if not part.lines:  # nothing staged: an empty graph replaces by clearing
            operations += [f"DROP SILENT {into}"] if replace else []
        elif replace:
            operations.append(f"MOVE GRAPH <{part.staging}> TO {into}")
        else:
            # SILENT: Virtuoso refuses to DROP a graph that was never CREATEd, even one that holds triples
            operations += [f"ADD GRAPH <{part.staging}> TO {into}", f"DROP SILENT GRAPH <{part.staging}>"]
    return " ;\n".join(operations)


def unchanged(parts: list[Part], store_url: str) -> str:
    """The clause that says the targets are as they were."""
    if len(parts) > 1:
        return f"no target graph of {store_url} has changed"
    return f"{parts[0].name} of {store_url} is unchanged"


def undecided(parts: list[Part], store_url: str) -> str:
    """The clause for a swap that was sent but not confirmed, and how to finish it."""
    if len(parts) == 1:
        state = f"{parts[0].name} of {store_url} is either as it was or fully pushed"
    else:
        state = f"the target graphs of {store_url} are either all as they were or all pushed"
    return f"the server applies it whole or not at all, so {state}; rerun with --resume to finish it"


def unfinished(cause: str, parts: list[Part], store_url: str) -> str:
    """One line for an upload that stopped: how far it got, that the targets are unchanged, how to resume."""
    current = next((part for part in parts if part.staged < len(part.lines)), parts[-1])
    line = f"{cause} after {current.staged}/{len(current.lines)} triples of {current.name}"
    line += f"; {unchanged(parts, store_url)}"
    if any(part.staged for part in parts):
        where = f"<{current.staging}>" if len(parts) == 1 else "the staging graphs (each target's IRI/push-staging)"
        line += f"; the partial upload is in {where}; rerun with --resume to finish it"
    return line


def refused_swap(error: str, parts: list[Part], store_url: str) -> str:
    """One line for a swap the server refused (4xx: not applied): the targets as they were, the upload staged."""
    line = f"{error}; the server refused the swap, so {unchanged(parts, store_url)}"
    line += "; the upload stays in the staging graph" + ("s" if len(parts) > 1 else f" <{parts[0].staging}>")
    if any(part.graph is None for part in parts):
        line += "; a server with no writable default graph (a quad store such as Virtuoso) takes --into IRI"
    return line


def _stopped_by(stop: BaseException) -> tuple[str, int]:
    """What stopped a push ('interrupted', 'terminated', 'hung up') and the exit code it calls for."""
    return (str(stop), stop.exit_code) if isinstance(stop, Stopped) else ("interrupted", INTERRUPTED)


def push(
    graph_path: Path,
    store_url: str,
    graph_iri: str | None,
    replace: bool,
    endpoint: str | None,
    timeout: float,
    update_url: str | None = None,
    resume: bool = False,
    into: str | None = None,
) -> list[tuple[str, int, int]]:
    """Push graph.ttl (into the default graph, into the named graph `into`, or one named graph per document
    under `graph_iri`) through staging graphs and one swap; verify the counts."""
    from balikg.core.rdffile import load_graph

    graph_iri = graph_iri and iris.graph_iri_given(graph_iri, "--graph-iri")
    into = into and iris.graph_iri_given(into, "--into")
    endpoint = endpoint or query_endpoint_for(store_url)
    update_url = update_url or update_endpoint_for(store_url)
    graph = load_graph(graph_path)
    if graph_iri is None:
        graphs = {into: graph}
    else:
        from balikg.publish.namedgraphs import partition

        graphs = {iris.named_graph(name, graph_iri): part for name, part in partition(graph).items()}
    parts = [
        Part(name or "default graph", name, iris.push_staging(name), ntriples_lines(g)) for name, g in graphs.items()
    ]
    try:
        stage(parts, store_url, endpoint, update_url, resume, timeout)
    except StaleStaging:
        raise
    except (KeyboardInterrupt, Stopped) as stop:  # Ctrl-C, or SIGINT/SIGTERM/SIGHUP under the CLI
        cause, code = _stopped_by(stop)
        raise UserError(unfinished(cause, parts, store_url), code) from None
    except UserError as error:
        raise UserError(unfinished(f"{error}; stopped", parts, store_url), error.exit_code) from None
    swap = swap_update(parts, replace)
    try:
        if swap:
            update(update_url, swap, timeout, retries=0)  # a swap that may have been applied is not repeated
    except (KeyboardInterrupt, Stopped) as stop:
        cause, code = _stopped_by(stop)
        raise UserError(f"{cause} during the swap; {undecided(parts, store_url)}", code) from None
    except Refused as error:
        raise Refused(refused_swap(str(error), parts, store_url), error.exit_code) from None
    except UserError as error:
        raise UserError(f"{error}; the swap is not confirmed; {undecided(parts, store_url)}", error.exit_code) from None
    report = []
    for part in parts:
        held = count(endpoint, in_graph(part.graph), timeout)
        if held < len(part.lines) or (replace and held != len(part.lines)):
            raise UserError(
                f"{store_url}: {part.label} holds {held} triples after the push, expected {len(part.lines)}"
            )
        report.append((part.label, len(part.lines), held))
    return report
