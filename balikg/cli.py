"""The balikg command line: build, validate, query. Each command imports only what it uses."""

import argparse
import json
import sys
from pathlib import Path

from balikg import __version__
from balikg.errors import UserError
from balikg.paths import GRAPH

ENGINES = ("oxigraph", "rdflib")

DESCRIPTION = """\
balikg: a knowledge graph of the actors and obligations in ministerial statements.

  build     read sources/*.txt, validate, write graph.ttl (canonical Turtle)
  validate  check a graph against the SHACL shapes and the violation queries
  query     run a stored question (queries/NAME.rq) on graph.ttl
  docs      write the ontology's HTML documentation and the dataset's VoID description
  export    write the graph as Turtle, JSON-LD, N-Triples, RDF/XML, TriG, GraphML, GEXF or CSV
  viz       draw the network as one self-contained HTML page (or SVG)
  stats     counts, centralities and the co-participation network
  eval      precision, recall and F1 against a hand-made reading of each statement
  serve     serve the graph with the Oxigraph SPARQL server on 127.0.0.1
  push      load the graph into any SPARQL server (Graph Store protocol) and verify
"""


def cmd_build(args: argparse.Namespace) -> int:
    """Build the graph; refuse to write an invalid one; --check compares with the file."""
    from datetime import UTC, datetime

    from balikg.atomic import write_text
    from balikg.build import build, default_sources, print_warnings
    from balikg.cache import Cache, default_directory
    from balikg.validate import format_text, summary

    started = datetime.now(UTC)
    paths = [Path(p) for p in args.sources] or default_sources()
    cache = Cache(None if args.no_cache else Path(args.cache_dir) if args.cache_dir else default_directory())
    result = build(paths, cache=cache, engine=args.engine, jobs=args.jobs)
    print_warnings(result.warnings)
    if args.timings:
        print(json.dumps({"timings": result.timings, "counts": result.counts}), file=sys.stderr)
    findings = result.findings
    if summary(findings)["Violation"]:
        print(format_text(findings, "built graph"), file=sys.stderr)
        print(f"{args.output}: not written: the built graph does not conform to the shapes", file=sys.stderr)
        return 1
    output = Path(args.output)
    count = len(result.triples)
    if args.check:
        current = output.read_bytes() if output.is_file() else None
        if current != result.turtle.encode("utf-8"):
            state = "missing" if current is None else "stale"
            print(f"{output}: {state}: it differs from a fresh build; run 'balikg build'", file=sys.stderr)
            return 1
        print(f"{output}: up to date ({count} triples from {len(paths)} source(s))")
        return 0
    write_text(output, result.turtle)
    from balikg.provenance import record_build

    record_build(output, result.turtle, result.documents, started)
    print(
        f"{output}: {count} triples from {len(paths)} source(s), "
        f"{len(result.warnings)} warning(s), conforms to the shapes"
    )
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate a graph file and print the report (text or JSON)."""
    from balikg.cache import Cache, default_directory
    from balikg.checking import Workers, validate_triples
    from balikg.collector import paused
    from balikg.graphfile import load_triples

    cache = Cache(None if args.no_cache else default_directory())
    # Without a cache every unit is checked: fork the workers first, to get ready while the graph is read.
    # With one, most units usually come from it, and validation makes a pool only if it needs one.
    with paused(), Workers(args.jobs if args.no_cache else 1) as workers:
        triples = load_triples(Path(args.graph))
        findings = validate_triples(triples, args.engine, cache, args.jobs, workers=workers).findings
    from balikg.validate import format_json, format_text, summary

    formatter = format_json if args.format == "json" else format_text
    print(formatter(findings, str(args.graph)))
    return 1 if summary(findings)["Violation"] else 0


def cmd_query(args: argparse.Namespace) -> int:
    """Run a stored query, or list them."""
    from balikg.storedqueries import list_queries, load_query, parse_params

    if args.list:
        queries = list_queries()
        width = max(len(q.name) for q in queries)
        for q in queries:
            params = " ".join(f"--param {p}=…" for p in q.params)
            print(f"{q.name.ljust(width)}  {q.title}{'  (' + params + ')' if params else ''}")
        return 0
    if not args.name:
        raise UserError("query: name a stored query (see 'balikg query --list')")
    from balikg.query import answer_local, bound_text
    from balikg.results import FORMATS

    query = load_query(args.name)
    params = parse_params(query, args.param)
    if args.endpoint:
        from balikg.remote import run_remote

        answer = FORMATS[args.format](run_remote(args.endpoint, bound_text(query, params), args.timeout))
    else:
        answer = answer_local(query, params, Path(args.graph), args.engine, args.format)
    sys.stdout.write(answer)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export the graph in one format, to a file (or directory for csv) or stdout."""
    from balikg.collector import paused
    from balikg.export import export

    with paused():  # rdflib holds every triple as objects: no cycles among them worth walking
        text = export(Path(args.graph), args.format, Path(args.output) if args.output else None)
    if text is not None:
        sys.stdout.write(text)
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    """Draw the network as HTML (interactive, offline) or SVG."""
    from balikg.viz import viz

    output = Path(args.output or ("graph.svg" if args.format == "svg" else "graph.html"))
    nodes, edges = viz(Path(args.graph), output, args.format, args.focus, args.role)
    print(f"{output}: {nodes} nodes, {edges} edges")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Counts and network measures, as a table or JSON."""
    from balikg.stats import compute, format_json, format_table

    report = compute(Path(args.graph), args.top)
    sys.stdout.write(format_json(report) if args.format == "json" else format_table(report))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the graph against hand-made readings; exit 1 unless every category is perfect with --strict."""
    import json as json_module

    from balikg.evaluate import evaluate, format_table
    from balikg.paths import ROOT

    golds = [Path(p) for p in args.gold] or sorted((ROOT / "tests" / "gold").glob("*.json"))
    if not golds:
        raise UserError("eval: no gold files (tests/gold/*.json); pass --gold FILE")
    report = evaluate(Path(args.graph), golds)
    if args.format == "json":
        print(json_module.dumps(report, indent=2, ensure_ascii=False, default=list))
    else:
        sys.stdout.write(format_table(report))
    perfect = all(r["f1"] == 1.0 for rows in report.values() for r in rows)
    return 0 if perfect or not args.strict else 1


def cmd_serve(args: argparse.Namespace) -> int:
    """Start the Oxigraph server with the graph loaded."""
    from balikg.serve import serve

    return serve(Path(args.graph), args.port, args.writable, Path(args.location) if args.location else None)


def cmd_push(args: argparse.Namespace) -> int:
    """Push the graph to a Graph Store endpoint and verify it arrived."""
    from balikg.push import push

    report = push(Path(args.graph), args.store, args.graph_iri, args.replace, args.endpoint, args.timeout)
    for label, sent, held in report:
        print(f"{label}: {sent} triples sent, {held} held by the server")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    """Write the ontology's HTML documentation and the dataset's VoID/DCAT description."""
    from balikg.docs import write_docs
    from balikg.graphfile import load_graph

    written = write_docs(Path(args.output), load_graph(Path(args.graph)), args.endpoint)
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser, with help for each command."""
    top = argparse.ArgumentParser(
        prog="balikg", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    top.add_argument("--version", action="version", version=f"balikg {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="build graph.ttl from the statement texts",
        description="Read every statement (default: sources/*.txt), map it to RDF with the ontology, "
        "validate against the shapes, and write canonical Turtle. An invalid graph is never written.",
    )
    build.add_argument("sources", nargs="*", metavar="SOURCE", help="statement text files (default: sources/*.txt)")
    build.add_argument("-o", "--output", default=str(GRAPH), metavar="FILE", help="output file (default: graph.ttl)")
    build.add_argument("--check", action="store_true", help="rebuild in memory; exit 1 if FILE differs")
    build.add_argument("--engine", choices=ENGINES, default="oxigraph", help="embedded engine for the SPARQL checks")
    build.add_argument(
        "--cache-dir", metavar="DIR", help="per-source cache (default: $BALIKG_CACHE, else .balikg-cache/)"
    )
    build.add_argument("--no-cache", action="store_true", help="read and validate every statement afresh")
    build.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="validation worker processes (default: $BALIKG_JOBS, else cores)"
    )
    build.add_argument(
        "--timings", action="store_true", help="print the time of each phase and the cache counts (JSON, stderr)"
    )
    build.set_defaults(func=cmd_build)

    validate = sub.add_parser(
        "validate",
        help="check a graph against the shapes and violation queries",
        description="Run the SHACL shapes (shapes/) and the violation queries (queries/checks/) and report "
        "each problem with the node's label, the property, the message and the source sentence.",
    )
    validate.add_argument(
        "graph", nargs="?", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)"
    )
    validate.add_argument("--format", choices=["text", "json"], default="text", help="report format")
    validate.add_argument("--engine", choices=ENGINES, default="oxigraph", help="embedded engine for SPARQL checks")
    validate.add_argument("--no-cache", action="store_true", help="check every unit afresh (see 'build --cache-dir')")
    validate.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (default: cores)")
    validate.set_defaults(func=cmd_validate)

    query = sub.add_parser(
        "query",
        help="run a stored query (queries/NAME.rq)",
        description="Run a stored question on the graph. Parameters are bound as RDF literals, never "
        "pasted into the query text.",
    )
    query.add_argument("name", nargs="?", metavar="NAME", help="stored query name (see --list)")
    query.add_argument("--list", action="store_true", help="list the stored queries with their titles")
    query.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="query parameter")
    query.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format")
    query.add_argument("--engine", choices=ENGINES, default="oxigraph", help="embedded engine (default: oxigraph)")
    query.add_argument("--endpoint", metavar="URL", help="run on this SPARQL 1.1 endpoint instead of the local graph")
    query.add_argument("--timeout", type=float, default=30.0, metavar="S", help="whole-request timeout (--endpoint)")
    query.set_defaults(func=cmd_query)

    export = sub.add_parser(
        "export",
        help="export the graph as linked data or as a network",
        description="RDF: turtle, jsonld (compacted with ontology/context.jsonld, inlined), nt (sorted), xml, "
        "trig (one named graph per statement, plus the ontology and the dataset description). Network: graphml, "
        "gexf (for Gephi, Cytoscape), csv (nodes.csv and edges.csv in the -o directory).",
    )
    export.add_argument(
        "--format", required=True, choices=["turtle", "jsonld", "nt", "xml", "trig", "graphml", "gexf", "csv"]
    )
    export.add_argument("-o", "--output", metavar="FILE", help="output file (a directory for csv; default: stdout)")
    export.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    export.set_defaults(func=cmd_export)

    viz = sub.add_parser(
        "viz",
        help="draw the network as a self-contained HTML page (or --format svg)",
        description="Write one HTML file that works offline (vis-network inlined): actors coloured by type, "
        "edges by role or modality, search, filters, and a side panel with each node's facts and the quoted "
        "sentences. --format svg draws a static picture with matplotlib.",
    )
    viz.add_argument("-o", "--output", metavar="FILE", help="output file (default: graph.html or graph.svg)")
    viz.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    viz.add_argument("--focus", metavar="ACTOR", help="only this actor's neighbourhood (label, acronym, ISO code, IRI)")
    viz.add_argument("--role", metavar="ROLE", help="only edges of this role or modality (e.g. observer, agree)")
    viz.add_argument("--format", choices=["html", "svg"], default="html", help="output format")
    viz.set_defaults(func=cmd_viz)

    stats = sub.add_parser(
        "stats",
        help="counts per class and role, centralities, bridging actors, co-participation",
        description="Counts per class and per role, and networkx measures over the actor–meeting–obligation "
        "network: degree and betweenness centrality, the actors that bridge communities, and the "
        "co-participation network (actors linked by the meetings they share).",
    )
    stats.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    stats.add_argument("--format", choices=["table", "json"], default="table", help="output format")
    stats.add_argument("--top", type=int, default=10, help="rows in each ranking (default 10)")
    stats.set_defaults(func=cmd_stats)

    evaluation = sub.add_parser(
        "eval",
        help="precision, recall and F1 per category against a hand-made reading (tests/gold/)",
        description="Compare the graph's facts for each statement with a hand-made reading of it: participation, "
        "coordination, obligations (bearers, auxiliaries, beneficiaries, conditions, time frames), meetings, "
        "instruments, posts and groups; print precision, recall and F1 per category and what was missed or extra.",
    )
    evaluation.add_argument(
        "--gold", action="append", default=[], metavar="FILE", help="gold file (default: tests/gold/*.json)"
    )
    evaluation.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    evaluation.add_argument("--format", choices=["table", "json"], default="table", help="output format")
    evaluation.add_argument("--strict", action="store_true", help="exit 1 unless every category scores 1.0")
    evaluation.set_defaults(func=cmd_eval)

    serve = sub.add_parser(
        "serve",
        help="serve the graph with the Oxigraph SPARQL server on 127.0.0.1",
        description="Load the graph into Oxigraph and serve it on 127.0.0.1 (read-only unless --writable); "
        "prints the query endpoint and the query page. Ctrl-C stops it.",
    )
    serve.add_argument("--port", type=int, default=7878, help="TCP port (default 7878; 0 for any free port)")
    serve.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    serve.add_argument("--writable", action="store_true", help="also accept updates and Graph Store writes")
    serve.add_argument("--location", metavar="DIR", help="data directory to keep (default: a temporary one)")
    serve.set_defaults(func=cmd_serve)

    push = sub.add_parser(
        "push",
        help="load the graph into a SPARQL server (Graph Store HTTP Protocol) and verify",
        description="Send the graph to a server's Graph Store endpoint (default graph, or one named graph per "
        "source document under --graph-iri), retrying on connection errors and 5xx, then count the "
        "triples with a query. Credentials come from BALIKG_USER/BALIKG_PASSWORD or ~/.netrc.",
    )
    push.add_argument("--store", required=True, metavar="URL", help="Graph Store endpoint, e.g. http://host:7878/store")
    push.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    push.add_argument("--graph-iri", metavar="IRI", help="base IRI: one named graph per document, plus the ontology")
    push.add_argument("--replace", action="store_true", help="replace the target graph(s) instead of adding")
    push.add_argument("--endpoint", metavar="URL", help="query endpoint for the count check (default: …/query)")
    push.add_argument("--timeout", type=float, default=60.0, metavar="S", help="per-request timeout")
    push.set_defaults(func=cmd_push)

    docs = sub.add_parser(
        "docs",
        help="write HTML documentation of the ontology and a VoID/DCAT description",
        description="Write DIR/index.html (classes, properties and concept schemes, each with its definition and "
        "a real example from the graph) and DIR/void.ttl (title, licence, sources with sha256, counts per class).",
    )
    docs.add_argument("-o", "--output", required=True, metavar="DIR", help="output directory")
    docs.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    docs.add_argument("--endpoint", metavar="URL", help="SPARQL endpoint to name in the dataset description")
    docs.set_defaults(func=cmd_docs)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point: one line on stderr and a non-zero exit for any user error, never a traceback."""
    args = parser().parse_args(argv)
    if not getattr(args, "func", None):
        parser().print_help()
        return 2
    try:
        return args.func(args)
    except UserError as exc:
        print(f"balikg {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"balikg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
