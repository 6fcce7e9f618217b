"""Virtuoso at scale: load a generated corpus's graph into Debian's Virtuoso and time every stored query there.

The graph (built from N generated statements, or given with --graph) is exported as N-Triples with
`balikg export --format nt` and loaded two ways into a fresh Virtuoso (tests/publish/virtuoso.py starts
it): Virtuoso's bulk loader (ld_dir, rdf_loader_run, checkpoint), and `balikg push --into` through its
Digest-protected Graph Store, in chunks. Then every stored query runs through `balikg query --endpoint`
with the graph as the default graph (?default-graph-uri=), the first time and then --runs times (median),
and its rows are compared with embedded Oxigraph's. Figures, not assertions.

    python bench/virtuoso.py [--size 1000] [--graph FILE] [--runs 3] [--buffers 170000]
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "publish"))

import virtuoso as launcher  # noqa: E402

from bench.run import BALIKG, PARAMS, RESULTS, corpus, csv_rows  # noqa: E402

GRAPH_IRI = "https://example.org/balikg/bench"


def timed(argv: list[str], env: dict | None = None) -> tuple[float, str]:
    """Run a command to completion; its wall time and standard output (a failure stops the bench)."""
    began = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - began
    if done.returncode:
        raise SystemExit(f"{' '.join(argv[:4])} …: exit {done.returncode}: {done.stderr.strip()[-400:]}")
    return elapsed, done.stdout


def build_graph(size: str, work: Path) -> Path:
    """N generated statements built into work/graph.ttl."""
    sources = corpus(size, work)
    graph = work / "graph.ttl"
    elapsed, _ = timed([*BALIKG, "build", "--no-cache", *map(str, sources), "-o", str(graph)])
    print(f"built {len(sources)} statements in {elapsed:.1f} s", file=sys.stderr)
    return graph


def triples(server: launcher.Virtuoso) -> int:
    """How many triples the bench graph holds in Virtuoso."""
    out = server.isql(f"SPARQL SELECT COUNT(*) FROM <{GRAPH_IRI}> WHERE {{ ?s ?p ?o }};")
    return int(next(line.strip() for line in out.splitlines() if line.strip().isdigit()))


def main() -> None:
    """Load, query, compare; write bench/results/virtuoso.json and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1000")
    parser.add_argument("--graph", type=Path, help="a built graph.ttl (default: build --size statements)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--buffers", type=int, default=170_000, help="Virtuoso's NumberOfBuffers (8 KiB each)")
    args = parser.parse_args()
    why = launcher.missing()
    if why:
        raise SystemExit(why)
    work = Path(tempfile.mkdtemp(prefix="balikg-bench-virtuoso-"))
    server = None
    try:
        graph = args.graph or build_graph(args.size, work)
        nt = work / "load" / "graph.nt"
        nt.parent.mkdir()
        export_s, _ = timed([*BALIKG, "export", "--graph", str(graph), "--format", "nt", "-o", str(nt)])
        lines = sum(1 for _ in nt.open(encoding="utf-8"))
        server = launcher.start(work / "db", buffers=args.buffers, allowed=(nt.parent,))
        began = time.perf_counter()
        server.bulk_load(nt.parent, "*.nt", GRAPH_IRI)
        bulk_s = time.perf_counter() - began
        loaded = triples(server)
        server.isql(f"SPARQL CLEAR GRAPH <{GRAPH_IRI}>;")
        env = {**launcher.environment(), "BALIKG_CACHE": str(work / "cache")}
        push_argv = [*BALIKG, "push", "--store", server.store_url, "--into", GRAPH_IRI, "--graph", str(graph)]
        push_s, push_out = timed([*push_argv, "--replace", "--timeout", "600"], env)
        endpoint = f"{server.query_url}?default-graph-uri={quote(GRAPH_IRI, safe='')}"
        rows = []
        for name in sorted(p.stem for p in (ROOT / "queries").glob("*.rq")):
            base = [*BALIKG, "query", name, "--format", "csv", *PARAMS.get(name, [])]
            remote = [*base, "--endpoint", endpoint, "--timeout", "600"]
            first_s, remote_out = timed(remote, env)
            times = [timed(remote, env)[0] for _ in range(args.runs)]
            _, local_out = timed([*base, "--graph", str(graph)], env)
            rows.append(
                {
                    "query": name,
                    "first_s": round(first_s, 3),
                    "median_s": round(statistics.median(times), 3),
                    "rows": len(csv_rows(remote_out)) - 1,
                    "same_as_embedded_oxigraph": remote_out == local_out,
                }
            )
            print(rows[-1], file=sys.stderr)
        document = {
            "size": args.size if not args.graph else str(args.graph),
            "triples": lines,
            "virtuoso": launcher.version(),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores",
            "export_nt_s": round(export_s, 2),
            "bulk_load_s": round(bulk_s, 2),
            "bulk_loaded_triples": loaded,
            "push_s": round(push_s, 2),
            "push_report": push_out.strip(),
            "queries": rows,
        }
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "virtuoso.json").write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"| {lines:,} triples | export nt {export_s:.1f} s | bulk load {bulk_s:.1f} s | push {push_s:.1f} s |")
        print("| query | first | median | rows | same as embedded |\n|---|---|---|---|---|")
        for row in rows:
            same = "yes" if row["same_as_embedded_oxigraph"] else "NO"
            print(f"| {row['query']} | {row['first_s']} s | {row['median_s']} s | {row['rows']} | {same} |")
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
