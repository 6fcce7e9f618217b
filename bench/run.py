"""Time balikg as whole processes on the seed: build, validate, export, viz and every stored query.

Each stored query runs on both embedded engines (--engine oxigraph, --engine rdflib) and on a real
Oxigraph server (--endpoint). Median wall time of several runs and the peak resident memory of each
process (os.wait4), written to bench/results/seed.json and printed as a Markdown table, with the
rdflib/Oxigraph ratio per query. Figures, not assertions.

    python bench/run.py [--runs 5]
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PARAMS = {"obligations-of": ["--param", "actor=IOM"], "actor": ["--param", "actor=IOM"]}


def measure(argv: list[str], runs: int) -> dict:
    """Median wall seconds and max peak RSS (MiB) over `runs` runs of one command."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise SystemExit(f"{' '.join(argv)}: exit {code}: {process.stderr.read().decode()[:500]}")
        peaks.append(usage.ru_maxrss / 1024)
    return {
        "command": " ".join(Path(a).name if a == sys.executable else a for a in argv),
        "runs": runs,
        "median_s": round(statistics.median(times), 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
        "peak_rss_mib": round(max(peaks), 1),
    }


def stored_queries() -> list[str]:
    """Names of queries/*.rq."""
    return sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def main() -> None:
    """Run the benchmark and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per command (median reported)")
    args = parser.parse_args()
    balikg = [sys.executable, "-m", "balikg"]
    rows = []
    sys.path.insert(0, str(ROOT))
    from balikg.serve import start

    server = start(ROOT / "graph.ttl", 0, False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / "graph.ttl")
            rows.append({"task": "build (seed)", **measure([*balikg, "build", "-o", out], args.runs)})
            rows.append({"task": "build --check (seed)", **measure([*balikg, "build", "--check"], args.runs)})
            rows.append({"task": "validate graph.ttl", **measure([*balikg, "validate"], args.runs)})
            for fmt in ("jsonld", "trig", "graphml"):
                target = str(Path(tmp) / f"graph.{fmt}")
                rows.append(
                    {"task": f"export {fmt}", **measure([*balikg, "export", "--format", fmt, "-o", target], args.runs)}
                )
            html = str(Path(tmp) / "graph.html")
            rows.append({"task": "viz (html)", **measure([*balikg, "viz", "-o", html], args.runs)})
            for name in stored_queries():
                base = [*balikg, "query", name, "--format", "csv", *PARAMS.get(name, [])]
                for engine in ("oxigraph", "rdflib"):
                    rows.append(
                        {"task": f"query {name} --engine {engine}", **measure([*base, "--engine", engine], args.runs)}
                    )
                remote = [*base, "--endpoint", server.query_url]
                rows.append({"task": f"query {name} --endpoint (Oxigraph server)", **measure(remote, args.runs)})
            rows.append({"task": "python -c pass (floor)", **measure([sys.executable, "-c", "pass"], args.runs)})
    finally:
        server.stop()
    document = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "results": rows,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "seed.json").write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print("| task | median (s) | min–max (s) | peak RSS (MiB) |\n|---|---|---|---|")
    for r in rows:
        print(f"| {r['task']} | {r['median_s']:.3f} | {r['min_s']:.3f}–{r['max_s']:.3f} | {r['peak_rss_mib']:.0f} |")


if __name__ == "__main__":
    main()
