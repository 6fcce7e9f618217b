"""The balikg command line: parse the arguments and dispatch to the package that does the work.

Each command imports only what it uses (a query does not import rdflib, pySHACL or the ingestion).
"""

import argparse
import sys
from pathlib import Path

from balikg import __version__
from balikg.core.errors import UserError
from balikg.core.paths import GRAPH
from balikg.core.stdout import guard as guard_stdout
from balikg.query.engines import ENGINES

DESCRIPTION = """\
balikg: a knowledge graph of the actors and obligations in ministerial statements.

  build     read sources/*.txt, validate, write graph.ttl (canonical Turtle)
  coverage  what each statement's reading covers, and what it could not relate
  validate  check a graph against the SHACL shapes and the violation queries
  query     run a stored question (queries/NAME.rq) on graph.ttl or a SPARQL endpoint
  export    write the graph as Turtle, JSON-LD, N-Triples, RDF/XML, TriG, GraphML, GEXF or CSV
  viz       draw the network as one self-contained HTML page (or SVG)
  stats     counts, centralities and the co-participation network
  docs      write the ontology's HTML documentation and the dataset's VoID description
  eval      precision, recall and F1 against a hand-made reading of each statement
  serve     serve the graph with the Oxigraph SPARQL server on 127.0.0.1
  push      load the graph into any SPARQL server (Graph Store protocol) and verify
"""
MAX_TIMEOUT = 86400  # seconds: a longer wait is a mistake, and sockets and threads cannot wait for ever


def _cache(args: argparse.Namespace):
    """The build cache the arguments ask for."""
    from balikg.runtime.cachedir import Cache, default_directory

    if args.no_cache:
        return Cache(None)
    return Cache(Path(args.cache_dir) if getattr(args, "cache_dir", None) else default_directory())


def cmd_build(args: argparse.Namespace) -> int:
    """balikg build."""
    from balikg.build.pipeline import build_command
    from balikg.build.sources import default_sources

    paths = [Path(p) for p in args.sources] or default_sources()
    return build_command(
        paths, Path(args.output), args.check, args.engine, _cache(args), args.jobs, args.timings, args.keep_going
    )


def cmd_coverage(args: argparse.Namespace) -> int:
    """balikg coverage."""
    from balikg.build.coverage import coverage_command
    from balikg.build.sources import default_sources

    paths = [Path(p) for p in args.sources] or default_sources()
    return coverage_command(paths, args.format, _cache(args))


def cmd_validate(args: argparse.Namespace) -> int:
    """balikg validate."""
    from balikg.validation.findings import format_json, format_text, summary
    from balikg.validation.verdict import validate_file

    findings = validate_file(Path(args.graph), args.engine, _cache(args), args.jobs)
    formatter = format_json if args.format == "json" else format_text
    print(formatter(findings, str(args.graph)))
    return 1 if summary(findings)["Violation"] else 0


def cmd_query(args: argparse.Namespace) -> int:
    """balikg query."""
    from balikg.query.answers import answer_local, listing, remote_answer
    from balikg.query.stored import load_query, parse_params

    if args.list:
        sys.stdout.write(listing())
        return 0
    if not args.name:
        raise UserError("query: name a stored query (see 'balikg query --list')")
    query = load_query(args.name)
    params = parse_params(query, args.param)
    if args.endpoint:
        answer = remote_answer(query, params, args.endpoint, args.timeout, args.format)
    else:
        answer = answer_local(query, params, Path(args.graph), args.engine, args.format)
    sys.stdout.write(answer)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """balikg export."""
    from balikg.publish.export import export

    text = export(Path(args.graph), args.format, Path(args.output) if args.output else None)
    if text is not None:
        sys.stdout.write(text)
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    """balikg viz."""
    from balikg.network.viz import viz

    output = Path(args.output or ("graph.svg" if args.format == "svg" else "graph.html"))
    nodes, edges = viz(Path(args.graph), output, args.format, args.focus, args.role)
    print(f"{output}: {nodes} nodes, {edges} edges")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """balikg stats."""
    from balikg.network.stats import compute, format_json, format_table

    report = compute(Path(args.graph), args.top)
    sys.stdout.write(format_json(report) if args.format == "json" else format_table(report))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """balikg eval."""
    from balikg.validation.evaluation import eval_command

    return eval_command(Path(args.graph), [Path(p) for p in args.gold], args.format, args.strict)


def cmd_serve(args: argparse.Namespace) -> int:
    """balikg serve."""
    from balikg.publish.serve import serve

    location = Path(args.location) if args.location else None
    return serve(Path(args.graph), args.port, args.writable, location, args.timeout)


def cmd_push(args: argparse.Namespace) -> int:
    """balikg push."""
    from balikg.publish.push import push
    from balikg.runtime.http import checked

    for url in (args.store, args.endpoint, args.update_endpoint):
        if url:
            checked(url)
    report = push(
        Path(args.graph),
        args.store,
        args.graph_iri,
        args.replace,
        args.endpoint,
        args.timeout,
        args.update_endpoint,
        args.resume,
        args.into,
    )
    for label, sent, held in report:
        print(f"{label}: {sent} triples sent, {held} held by the server")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    """balikg docs."""
    from balikg.core.rdffile import load_graph
    from balikg.publish.docs import write_docs
    from balikg.runtime.http import checked, safe_url

    endpoint = safe_url(checked(args.endpoint)) if args.endpoint else None
    written = write_docs(Path(args.output), load_graph(Path(args.graph)), endpoint)
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def _seconds(text: str) -> float:
    """A timeout (argparse type): a finite number of seconds above zero, at most a day."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value < float("inf"):  # NaN fails every comparison
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive finite number of seconds")
    if value > MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"{text!r} is more than a day ({MAX_TIMEOUT} s)")
    return value


def _sources_and_cache(command: argparse.ArgumentParser) -> None:
    """The statement files a command reads, and the per-source cache it may use."""
    command.add_argument("sources", nargs="*", metavar="SOURCE", help="statement text files (default: sources/*.txt)")
    command.add_argument(
        "--cache-dir", metavar="DIR", help="per-source cache (default: $BALIKG_CACHE, else .balikg-cache/)"
    )
    command.add_argument("--no-cache", action="store_true", help="read and check every statement afresh")


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
        "validate against the shapes, and write canonical Turtle. Prints what each statement's reading "
        "covers. A fact that does not conform to the shapes is left out with a warning; an invalid graph is "
        "never written: with --keep-going, the statements that still do not conform are left out and named.",
    )
    _sources_and_cache(build)
    build.add_argument("-o", "--output", default=str(GRAPH), metavar="FILE", help="output file (default: graph.ttl)")
    build.add_argument("--check", action="store_true", help="rebuild in memory; exit 1 if FILE differs")
    build.add_argument("--engine", choices=ENGINES, default="oxigraph", help="embedded engine for the SPARQL checks")
    build.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="validation worker processes (default: $BALIKG_JOBS, else cores)"
    )
    build.add_argument(
        "--timings", action="store_true", help="print the time of each phase and the cache counts (JSON, stderr)"
    )
    build.add_argument(
        "--keep-going",
        action="store_true",
        help="if some statements do not conform, write the others, name the ones left out and exit 1",
    )
    build.set_defaults(func=cmd_build)

    coverage = sub.add_parser(
        "coverage",
        help="what each statement's reading covers and what it could not relate",
        description="For each statement (default: sources/*.txt): the facts read by kind, the actor names that "
        "stand in no fact, the sentences with a commitment cue that gave no commitment, and the meetings "
        "without a date or a place, each with its offsets. A statement that gives no attendance, no co-chairs "
        "and no commitments is flagged.",
    )
    _sources_and_cache(coverage)
    coverage.add_argument("--format", choices=["text", "json"], default="text", help="output format")
    coverage.set_defaults(func=cmd_coverage)

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
    query.add_argument("--timeout", type=_seconds, default=30.0, metavar="S", help="whole-request timeout (--endpoint)")
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
        help="precision, recall and F1 per category against a hand-made reading (sources/gold/)",
        description="Compare the graph's facts for each statement with a hand-made reading of it: participation, "
        "coordination, obligations (bearers, auxiliaries, beneficiaries, conditions, time frames), meetings, "
        "instruments, posts and groups; print precision, recall and F1 per category and what was missed or extra.",
    )
    evaluation.add_argument(
        "--gold", action="append", default=[], metavar="FILE", help="gold file (default: sources/gold/*.json)"
    )
    evaluation.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    evaluation.add_argument("--format", choices=["table", "json"], default="table", help="output format")
    evaluation.add_argument("--strict", action="store_true", help="exit 1 unless every category scores 1.0")
    evaluation.set_defaults(func=cmd_eval)

    serve = sub.add_parser(
        "serve",
        help="serve the graph with the Oxigraph SPARQL server on 127.0.0.1",
        description="Load the graph into Oxigraph and serve it on 127.0.0.1 (read-only unless --writable); "
        "prints the query endpoint and the query page. Refuses SERVICE and LOAD (the server fetches no URL), "
        "requests naming another Host and requests from other sites' pages. Ctrl-C, SIGTERM or SIGHUP stops it.",
    )
    serve.add_argument("--port", type=int, default=7878, help="TCP port (default 7878; 0 for any free port)")
    serve.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    serve.add_argument("--writable", action="store_true", help="also accept updates and Graph Store writes")
    serve.add_argument("--location", metavar="DIR", help="data directory to keep (default: a temporary one)")
    serve.add_argument("--timeout", type=float, default=60.0, metavar="S", help="stop a query after S s (default 60)")
    serve.set_defaults(func=cmd_serve)

    push = sub.add_parser(
        "push",
        help="load the graph into a SPARQL server (Graph Store HTTP Protocol) and verify",
        description="Send the graph to a server's Graph Store endpoint (default graph, or one named graph per "
        "source document under --graph-iri) into a staging graph (the target's IRI + /push-staging), retrying on "
        "connection errors and 5xx, count the triples there with a query, then swap it into place with one "
        "SPARQL Update: a failed or interrupted push leaves the target unchanged, and --resume finishes it. "
        "Credentials come from the URL (user:password@), BALIKG_USER/BALIKG_PASSWORD or ~/.netrc, and go only "
        "to that URL's origin.",
    )
    push.add_argument("--store", required=True, metavar="URL", help="Graph Store endpoint, e.g. http://host:7878/store")
    push.add_argument("--graph", default=str(GRAPH), metavar="FILE", help="graph file (default: graph.ttl)")
    target = push.add_mutually_exclusive_group()
    target.add_argument("--graph-iri", metavar="IRI", help="base IRI: one named graph per document, plus the ontology")
    target.add_argument(
        "--into",
        metavar="IRI",
        help="one named graph for the whole graph (for a store with no writable default graph, e.g. Virtuoso; "
        "query it with the endpoint URL's ?default-graph-uri=IRI)",
    )
    push.add_argument("--replace", action="store_true", help="replace the target graph(s) instead of adding")
    push.add_argument("--endpoint", metavar="URL", help="query endpoint for the count check (default: …/query)")
    push.add_argument(
        "--update-endpoint", metavar="URL", help="SPARQL Update endpoint for the swap (default: …/update)"
    )
    push.add_argument(
        "--resume", action="store_true", help="finish an interrupted push: send only what the staging graph lacks"
    )
    push.add_argument("--timeout", type=_seconds, default=60.0, metavar="S", help="per-request timeout")
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


def _stopping_on_signals(entry):
    """Wrap the entry point: SIGINT, SIGTERM and SIGHUP stop any command but serve (which handles its own)
    with one line and 128 + the signal's number (balikg.runtime.signals), never a traceback."""
    import functools

    @functools.wraps(entry)
    def wrapped(argv: list[str] | None = None) -> int:
        from contextlib import nullcontext

        from balikg.runtime.signals import Stopped, first_report, stopping

        words = [word for word in (sys.argv[1:] if argv is None else argv) if not word.startswith("-")]
        prefix = f"balikg {words[0]}" if words else "balikg"
        try:  # called as the program (no argv), the process ends after the command: keep the handlers
            with nullcontext() if words[:1] == ["serve"] else stopping(prefix, keep=argv is None):
                return entry(argv)
        except Stopped as exc:
            if first_report():
                print(f"{prefix}: {exc}", file=sys.stderr)
            return exc.exit_code

    return wrapped


@_stopping_on_signals
def main(argv: list[str] | None = None) -> int:
    """Entry point: one line on stderr and a non-zero exit for any user error, never a traceback."""
    args = parser().parse_args(argv)
    if not getattr(args, "func", None):
        parser().print_help()
        return 2
    guard_stdout()
    try:
        return args.func(args)
    except UserError as exc:
        from balikg.runtime.http import safe_url  # no URL's user:password@ part is ever printed

        print(f"balikg {args.command}: {safe_url(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"balikg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
