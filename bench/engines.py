"""Query engines alone: each stored query evaluated on a graph already in memory, rdflib against Oxigraph.

Whole processes (bench/run.py) also count parsing, imports and printing; this measures only evaluating the
query and reading its rows, with the graph loaded once per engine, and checks both engines give the same
rows. rdflib runs in a child process so that a query still running after the timeout can be stopped.

    python bench/engines.py GRAPH [--runs 3] [--timeout 150]   # prints JSON rows
"""

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PARAMS = {name: {"actor": "IOM"} for name in ("obligations-of", "actor", "actors-named")}

CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from bench.engines import digest, query_texts
from balikg.query.engines import run_rdflib
from balikg.core.rdffile import load_graph
graph = load_graph(sys.argv[2])
texts = query_texts()
name = sys.argv[3]
start = time.perf_counter()
results = run_rdflib(graph, texts[name], name)
print(json.dumps({"seconds": time.perf_counter() - start, "rows": len(results.rows), "digest": digest(results)}))
"""


def query_texts() -> dict[str, str]:
    """Every stored query with the bench's parameters bound."""
    from balikg.query.answers import bound_text
    from balikg.query.stored import list_queries

    return {q.name: bound_text(q, PARAMS.get(q.name, {})) for q in list_queries()}


def digest(results) -> str:
    """The rows as a set (order aside), hashed."""
    rows = sorted(json.dumps([list(t) if t else None for t in row]) for row in results.rows)
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def main() -> None:
    from balikg.core.rdffile import load_store
    from balikg.query.engines import run_oxigraph

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=150)
    args = parser.parse_args()
    store = load_store(Path(args.graph))
    out = []
    for name, text in sorted(query_texts().items()):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            results = run_oxigraph(store, text, name)
            times.append(time.perf_counter() - start)
        row = {"query": name, "oxigraph_s": round(statistics.median(times), 4), "rows": len(results.rows)}
        try:
            child = subprocess.run(
                [sys.executable, "-c", CHILD, str(ROOT), args.graph, name],
                capture_output=True,
                text=True,
                timeout=args.timeout,
                check=True,
            )
            answer = json.loads(child.stdout)
            row |= {"rdflib_s": round(answer["seconds"], 3), "same_rows": answer["digest"] == digest(results)}
            row["ratio"] = round(answer["seconds"] / row["oxigraph_s"], 1)
        except subprocess.TimeoutExpired:
            row |= {"rdflib_s": None, "timed_out": True, "ratio": round(args.timeout / row["oxigraph_s"], 1)}
        print(json.dumps(row), flush=True)
        out.append(row)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
