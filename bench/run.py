"""Time balikg as whole processes on the seed and on generated corpora of 10, 100 and 1,000 statements.

For each corpus: `balikg build` from a cold cache (split into ingest, assembly, validation and
serialisation by `--timings`), the rebuild after editing one statement, `balikg validate`, every stored
query on each embedded engine and on an Oxigraph server, `balikg export --format jsonld` and
`balikg viz`. Baselines in the same run, as ratios: the naive path (rdflib parse plus pySHACL over the
whole graph, every shape) against `balikg validate`, with both verdicts; rdflib's SPARQL engine against
Oxigraph's on every query, with both results compared; at the baseline size, also the two engines alone
(bench/engines.py). Queries on embedded Oxigraph are timed as asked for the first time and, where a
large graph's answers are kept, as asked again. Medians of whole processes; memory is the peak of the
process tree's proportional set size (PSS, so forked workers' shared pages count once), sampled every
50 ms while the tree is small and less often as it grows (a reading of a gigabyte tree costs 0.1 s of
CPU; the sampler pauses 20 times as long as its last reading took). Results go to
bench/results/*.json, a Markdown table (bench/results/summary.md) and plots
(bench/results/scale-time.png, scale-memory.png). Figures, not assertions.

    python bench/run.py [--runs 3] [--sizes seed,10,100,1000] [--baseline 110] [--long-runs 1]

The cold build and cold validation of 1,000 statements take minutes each; they run --long-runs times
(1 by default, marked "[1 run]" in the table) and everything else --runs times.
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
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PARAMS = {name: ["--param", "actor=IOM"] for name in ("obligations-of", "actor", "actors-named")}
RDFLIB_QUERY_LIMIT = 50_000  # triples: above this, rdflib's engine is measured only at the baseline size
RDFLIB_TIMEOUT = 300  # seconds: an rdflib query still running then is reported as "> 300 s"
BALIKG = [sys.executable, "-m", "balikg"]
SAMPLER_PAUSE = 20  # the memory sampler uses at most 1/21 of one core (see run_once)


def _tree(pid: int) -> list[int]:
    """A process and its descendants."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(c) for c in handle.read().split()]
        except OSError:
            continue
    return out


def _pss_kib(pid: int) -> int:
    """Proportional set size of one process (KiB), 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def run_once(argv: list[str], env: dict | None = None, timeout: float | None = None) -> tuple[float, float, str, str]:
    """Wall seconds, peak tree PSS (MiB), stdout and stderr of one run; exits on failure. After `timeout`
    seconds the process is killed and the wall time returned is None."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        # Reading the PSS of a gigabyte process tree takes the kernel 0.1-0.15 s of CPU (it walks the page
        # tables), which a 2-core machine would otherwise give to the process being timed: the sampler
        # waits SAMPLER_PAUSE times as long as its last reading took, and at least 50 ms.
        while not done.is_set():
            began = time.perf_counter()
            peak[0] = max(peak[0], sum(_pss_kib(p) for p in _tree(process.pid)))
            done.wait(max(0.05, SAMPLER_PAUSE * (time.perf_counter() - began)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        done.set()
        sampler.join()
        return None, peak[0] / 1024, "", ""
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)[:300]}: exit {process.returncode}: {err.decode()[-800:]}")
    return elapsed, peak[0] / 1024, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def summarise(task: str, argv: list[str], times: list[float], peaks: list[float], **extra) -> dict:
    """One result row."""
    shown = " ".join("python" if a == sys.executable else a for a in argv)
    return {
        "task": task,
        "command": shown if len(shown) < 300 else shown[:300] + " …",
        "runs": len(times),
        "median_s": round(statistics.median(times), 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
        "peak_pss_mib": round(max(peaks), 1),
        **extra,
    }


def measure(task: str, argv: list[str], runs: int, env: dict | None = None, before=None) -> dict:
    """Median of `runs` runs of a command (`before` runs ahead of each, untimed)."""
    times, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        elapsed, peak, _, _ = run_once(argv, env)
        times.append(elapsed)
        peaks.append(peak)
    return summarise(task, argv, times, peaks)


def corpus(size: str, work: Path) -> list[Path]:
    """The seed (a copy of sources/*.txt) or N generated statements, as files in `work`."""
    directory = work / "corpus"
    directory.mkdir(parents=True)
    if size == "seed":
        for path in sorted((ROOT / "sources").glob("*.txt")):
            shutil.copy(path, directory / path.name)
    else:
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen.py"), size, str(directory)], check=True)
    return sorted(directory.glob("*.txt"))


def toggle_edit(path: Path) -> None:
    """Edit one statement: qualify its last sentence, each time with one more word, so that every rebuild
    reads text it has not seen ("… without delay.", "… without delay again.", …; never an undo)."""
    text = path.read_text(encoding="utf-8")
    marker = " without delay"
    if marker in text:
        at = text.index(marker) + len(marker)
        text = text[:at] + " again" + text[at:]
    else:
        end = text.rstrip().rfind(".", 0, text.rstrip().rfind("\n"))
        text = text[:end] + marker + "." + text[end + 1 :]
    path.write_text(text, encoding="utf-8")


def phases(stderr: str) -> dict:
    """The `--timings` line of a build."""
    line = next(ln for ln in reversed(stderr.splitlines()) if ln.startswith('{"timings"'))
    return json.loads(line)


def bench_build(sources: list[Path], work: Path, runs: int, cold_runs: int) -> tuple[list[dict], dict]:
    """Cold builds (empty cache) with their phases, then rebuilds after editing one statement."""
    graph, cache = work / "graph.ttl", work / "cache"
    argv = [*BALIKG, "build", *map(str, sources), "-o", str(graph), "--cache-dir", str(cache), "--timings"]
    times, peaks, split = [], [], []
    for _ in range(cold_runs):
        shutil.rmtree(cache, ignore_errors=True)
        elapsed, peak, _, err = run_once(argv)
        times.append(elapsed)
        peaks.append(peak)
        split.append(phases(err))
    phase_medians = {k: round(statistics.median(s["timings"][k] for s in split), 3) for k in split[0]["timings"]}
    label = "build (cold cache)" + (f" [{cold_runs} run]" if cold_runs < runs else "")
    cold = summarise(label, argv, times, peaks, phases=phase_medians, counts=split[-1]["counts"])
    edited = sources[len(sources) // 2]
    times, peaks, split = [], [], []
    for _ in range(runs):
        toggle_edit(edited)
        elapsed, peak, _, err = run_once(argv)
        times.append(elapsed)
        peaks.append(peak)
        split.append(phases(err))
    phase_medians = {k: round(statistics.median(s["timings"][k] for s in split), 3) for k in split[0]["timings"]}
    warm = summarise(
        "rebuild after editing one statement", argv, times, peaks, phases=phase_medians, counts=split[-1]["counts"]
    )
    return [cold, warm], split[-1]["counts"]


def csv_rows(text: str) -> list[str]:
    """A CSV result as sorted lines (row order is not part of a SELECT's answer unless ORDER BY)."""
    lines = text.splitlines()
    return [lines[0], *sorted(lines[1:])] if lines else []


def forget_answers(cache: Path) -> None:
    """Remove the answers `balikg query` kept beside on-disk stores (the stores stay)."""
    for kept in cache.glob("stores/*/answers"):
        shutil.rmtree(kept, ignore_errors=True)


def bench_queries(graph: Path, work: Path, runs: int, rdflib_runs: int, server_url: str) -> list[dict]:
    """Every stored query: Oxigraph embedded (the very first run, which may build the on-disk store; a
    query asked for the first time on this graph; the same query asked again, when a large graph's
    answer is kept), rdflib embedded, and the Oxigraph server; results compared between engines."""
    rows = []
    cache = work / "cache"
    env = {"BALIKG_CACHE": str(cache)}
    for name in sorted(p.stem for p in (ROOT / "queries").glob("*.rq")):
        base = [*BALIKG, "query", name, "--graph", str(graph), "--format", "csv", *PARAMS.get(name, [])]
        first, first_peak, oxigraph_out, _ = run_once([*base, "--engine", "oxigraph"], env)
        row = measure(
            f"query {name} (Oxigraph, embedded)",
            [*base, "--engine", "oxigraph"],
            runs,
            env,
            before=lambda: forget_answers(cache),
        )
        row["first_run_s"] = round(first, 4)
        rows.append(row)
        again = measure(f"query {name} (Oxigraph, embedded, asked again)", [*base, "--engine", "oxigraph"], runs, env)
        if any(cache.glob("stores/*/answers/*")):
            rows.append(again)
        if rdflib_runs:
            times, peaks = [], []
            for _ in range(rdflib_runs):
                elapsed, peak, rdflib_out, _ = run_once([*base, "--engine", "rdflib"], env, RDFLIB_TIMEOUT)
                if elapsed is None:
                    break
                times.append(elapsed)
                peaks.append(peak)
            task = f"query {name} (rdflib, embedded)" + (f" [{rdflib_runs} run]" if rdflib_runs < runs else "")
            if times:
                rdflib_row = summarise(task, [*base, "--engine", "rdflib"], times, peaks)
                rdflib_row["same_rows_as_oxigraph"] = csv_rows(rdflib_out) == csv_rows(oxigraph_out)
                rdflib_row["ratio_to_oxigraph"] = round(rdflib_row["median_s"] / row["median_s"], 1)
            else:
                rdflib_row = summarise(task, [*base, "--engine", "rdflib"], [RDFLIB_TIMEOUT], [peak])
                rdflib_row["timed_out"] = True
                rdflib_row["ratio_to_oxigraph"] = round(RDFLIB_TIMEOUT / row["median_s"], 1)
            rows.append(rdflib_row)
        remote = [*BALIKG, "query", name, "--format", "csv", *PARAMS.get(name, []), "--endpoint", server_url]
        rows.append(measure(f"query {name} (Oxigraph server)", remote, runs))
    return rows


NAIVE = """
import sys, time
from rdflib import Graph
import pyshacl
from balikg.validation.shapes import load_shapes
start = time.perf_counter()
graph = Graph().parse(sys.argv[1])
conforms, report, _ = pyshacl.validate(graph, shacl_graph=load_shapes().full, advanced=True, inference="none")
print(conforms, len(report), round(time.perf_counter() - start, 2))
"""


def bench_baseline(graph: Path, work: Path, runs: int, naive_runs: int) -> list[dict]:
    """The naive path (rdflib parse + pySHACL, whole graph, every shape) against `balikg validate`."""
    argv = [sys.executable, "-c", NAIVE, str(graph)]
    times, peaks = [], []
    for _ in range(naive_runs):
        elapsed, peak, out, _ = run_once(argv)
        times.append(elapsed)
        peaks.append(peak)
    label = "naive: rdflib parse + pySHACL (whole graph)" + (f" [{naive_runs} run]" if naive_runs < runs else "")
    naive = summarise(label, argv, times, peaks)
    naive["conforms"] = out.split()[0] == "True"
    naive["results"] = int(out.split()[1])
    ours = measure("balikg validate --no-cache", [*BALIKG, "validate", str(graph), "--no-cache"], runs)
    _, _, report, _ = run_once([*BALIKG, "validate", str(graph), "--no-cache", "--format", "json"])
    ours["conforms"] = json.loads(report)["conforms"]
    ours["ratio_naive_to_ours"] = round(naive["median_s"] / ours["median_s"], 1)
    ours["same_verdict"] = ours["conforms"] == naive["conforms"]
    return [naive, ours]


def bench_size(size: str, runs: int, baseline: bool, long_runs: int) -> dict:
    """Every measurement for one corpus."""
    sys.path.insert(0, str(ROOT))
    from balikg.publish.serve import start

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = corpus(size, work)
        cold_runs = long_runs if size.isdigit() and int(size) >= 1000 else runs
        rows, counts = bench_build(sources, work, runs, cold_runs)
        graph = work / "graph.ttl"
        rows.append(
            measure(
                "validate (no cache)" + (f" [{cold_runs} run]" if cold_runs < runs else ""),
                [*BALIKG, "validate", str(graph), "--no-cache"],
                cold_runs,
            )
        )
        rows.append(
            measure(
                "validate (cache filled by the build)",
                [*BALIKG, "validate", str(graph)],
                runs,
                env={"BALIKG_CACHE": str(work / "cache")},
            )
        )
        rdflib_runs = runs if counts["triples"] <= RDFLIB_QUERY_LIMIT else long_runs if baseline else 0
        server = start(graph, 0, False)
        try:
            rows += bench_queries(graph, work, runs, rdflib_runs, server.query_url)
        finally:
            server.stop()
        export = [*BALIKG, "export", "--graph", str(graph), "--format", "jsonld", "-o", str(work / "g.jsonld")]
        viz = [*BALIKG, "viz", "--graph", str(graph), "-o", str(work / "g.html")]
        suffix = f" [{cold_runs} run]" if cold_runs < runs else ""
        rows.append(measure("export --format jsonld" + suffix, export, cold_runs))
        rows.append(measure("viz (html)" + suffix, viz, cold_runs))
        engines = []
        if baseline:
            rows += bench_baseline(graph, work, runs, long_runs)
            out = run_once([sys.executable, str(ROOT / "bench" / "engines.py"), str(graph), "--runs", str(runs)])[2]
            engines = json.loads(out.strip().splitlines()[-1])
    document = {"size": size, "statements": counts["sources"], "triples": counts["triples"], "results": rows}
    return document | ({"engines_alone": engines} if engines else {})


def markdown(documents: list[dict]) -> str:
    """One table per corpus."""
    out = []
    for doc in documents:
        out.append(f"### {doc['size']}: {doc['statements']} statement(s), {doc['triples']:,} triples\n")
        out.append("| task | median (s) | min–max (s) | peak PSS (MiB) | notes |\n|---|---|---|---|---|")
        for r in doc["results"]:
            notes = []
            if "phases" in r:
                notes.append(", ".join(f"{k} {v:.2f}" for k, v in r["phases"].items()))
            if "first_run_s" in r:
                notes.append(f"first run {r['first_run_s']:.2f} s")
            if r.get("timed_out"):
                notes.append(f"stopped after {RDFLIB_TIMEOUT} s: > {r['ratio_to_oxigraph']}× Oxigraph")
            elif "ratio_to_oxigraph" in r:
                same = "same rows" if r["same_rows_as_oxigraph"] else "ROWS DIFFER"
                notes.append(f"{r['ratio_to_oxigraph']}× Oxigraph, {same}")
            if "ratio_naive_to_ours" in r:
                verdict = "same verdict" if r["same_verdict"] else "VERDICTS DIFFER"
                notes.append(f"naive/ours {r['ratio_naive_to_ours']}×, {verdict}")
            out.append(
                f"| {r['task']} | {r['median_s']:.3f} | {r['min_s']:.3f}–{r['max_s']:.3f} | "
                f"{r['peak_pss_mib']:.0f} | {'; '.join(notes)} |"
            )
        out.append("")
        if doc.get("engines_alone"):
            out.append("Engines alone (bench/engines.py: evaluating each query and reading its rows, graph loaded):\n")
            out.append("| query | rows | Oxigraph (s) | rdflib (s) | rdflib / Oxigraph |\n|---|---|---|---|---|")
            for e in doc["engines_alone"]:
                rdflib = "stopped" if e.get("timed_out") else f"{e['rdflib_s']:.3f}"
                same = "" if e.get("timed_out") else (", same rows" if e["same_rows"] else ", ROWS DIFFER")
                ratio = ("> " if e.get("timed_out") else "") + f"{e['ratio']}×{same}"
                out.append(f"| {e['query']} | {e['rows']} | {e['oxigraph_s']:.4f} | {rdflib} | {ratio} |")
            out.append("")
    return "\n".join(out)


def plot(documents: list[dict]) -> None:
    """Time and memory against the number of triples (log-log)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = {
        "build (cold cache)": "build (cold cache)",
        "rebuild after one edit": "rebuild after editing one statement",
        "validate (cache filled by the build)": "validate (cache filled by the build)",
        "slowest embedded query (Oxigraph)": None,
    }
    docs = sorted(documents, key=lambda d: d["triples"])
    xs = [d["triples"] for d in docs]
    for metric, filename, label in (
        ("median_s", "scale-time.png", "median wall time (s)"),
        ("peak_pss_mib", "scale-memory.png", "peak PSS (MiB)"),
    ):
        figure, axes = plt.subplots(figsize=(7, 4.5))
        for name, task in series.items():
            points = []
            for x, d in zip(xs, docs, strict=True):
                if task is None:
                    rows = [r for r in d["results"] if r["task"].endswith("(Oxigraph, embedded)")]
                else:
                    rows = [r for r in d["results"] if r["task"].split(" [")[0] == task]
                if rows and all(metric in r for r in rows):
                    points.append((x, max(r[metric] for r in rows)))
            axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=name)
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xlabel("triples in the graph (seed, 10, 100, 1,000 statements)")
        axes.set_ylabel(label)
        axes.grid(True, which="both", alpha=0.3)
        axes.legend()
        figure.tight_layout()
        figure.savefig(RESULTS / filename, dpi=110, metadata={"Software": None})
        plt.close(figure)


def redraw() -> None:
    """Plots and summary.md again from the JSON results already in bench/results/."""
    names = ["seed", "10", "100", "1000", "110"]
    documents = [json.loads((RESULTS / f"{n}.json").read_text()) for n in names if (RESULTS / f"{n}.json").exists()]
    plot([d for d in documents if d["size"] != "110"])
    (RESULTS / "summary.md").write_text(markdown(documents) + "\n", encoding="utf-8")


def main() -> None:
    """Run the benchmark and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per command (median reported)")
    parser.add_argument("--sizes", default="seed,10,100,1000", help="corpora: seed and statement counts")
    parser.add_argument("--baseline", default="110", help="corpus (≥ 100,000 triples) for the naive baseline")
    parser.add_argument(
        "--long-runs", type=int, default=1, help="runs of the cold build and cold validate at 1,000 statements"
    )
    parser.add_argument("--redraw", action="store_true", help="only redraw plots and summary from bench/results")
    args = parser.parse_args()
    if args.redraw:
        redraw()
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    machine = {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()}
    documents = []
    sizes = args.sizes.split(",") + ([args.baseline] if args.baseline else [])
    for size in sizes:
        print(f"# {size}", file=sys.stderr, flush=True)
        doc = bench_size(size, args.runs, baseline=size == args.baseline, long_runs=args.long_runs)
        doc["machine"] = machine
        (RESULTS / f"{size}.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        documents.append(doc)
    scaled = [d for d in documents if d["size"] in args.sizes.split(",")]
    plot(scaled)
    table = markdown(documents)
    (RESULTS / "summary.md").write_text(table + "\n", encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
