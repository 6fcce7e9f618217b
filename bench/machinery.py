"""What each piece of performance machinery gains, side by side with it switched off, in one run.

The pieces are balikg.runtime.policy's switches ($BALIKG_OFF): the validation worker pool (with units cut
into parts and workers forked early), work forked beside the units (Turtle writer, violation queries),
on-disk query stores and kept query answers. (Two pieces measured by the first run of this script, the
statements' pre-rendered Turtle blocks and the paused cycle collector, did not gain 20 % at any size and
were removed: bench/results/machinery.json holds that run.) For each corpus size, each task is run with
everything on and with one piece off, the runs of the configurations interleaved (so that drift on the
machine hits them alike); medians of whole processes.

    python bench/machinery.py [--sizes seed,100,1000] [--runs 3] [--long-runs 1] [--tasks builds,queries]

Writes bench/results/machinery.json and prints a Markdown table: piece, size, task, on, off, gain
(the share of the time saved with the piece on: (off - on) / off).
"""

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.run import BALIKG, RESULTS, corpus, run_once, toggle_edit  # noqa: E402

BUILD_PIECES = ("pool", "forks")
QUERY_PIECES = ("stores", "answers")
LARGE = {"100", "1000"}  # sizes whose graph file is above the on-disk store threshold


def timed(argv: list[str], env: dict, before=None) -> tuple[float, float, str]:
    """One run: wall seconds, peak tree PSS (MiB), stderr."""
    if before:
        before()
    elapsed, peak, _, err = run_once(argv, env)
    return elapsed, peak, err


def interleaved(configs: dict[str, dict], argv_of, runs: int, before_of=None) -> dict[str, dict]:
    """Each configuration's median over `runs` runs, the configurations taking turns."""
    seen: dict[str, list[tuple[float, float]]] = {name: [] for name in configs}
    for _ in range(runs):
        for name, env in configs.items():
            before = before_of(name) if before_of else None
            elapsed, peak, _ = timed(argv_of(name), env, before)
            seen[name].append((elapsed, peak))
    return {
        name: {
            "median_s": round(statistics.median(t for t, _ in values), 3),
            "runs_s": [round(t, 3) for t, _ in values],
            "peak_pss_mib": round(max(p for _, p in values), 1),
        }
        for name, values in seen.items()
    }


def configurations(pieces: tuple[str, ...]) -> dict[str, dict]:
    """'on' (everything) and one configuration per piece switched off."""
    return {"on": {"BALIKG_OFF": ""}, **{f"{p} off": {"BALIKG_OFF": p} for p in pieces}}


def bench_builds(size: str, sources: list[Path], work: Path, runs: int, cold_runs: int) -> list[dict]:
    """Cold builds and rebuilds after editing one statement, per configuration (each with its own cache)."""
    configs = configurations(BUILD_PIECES)

    def argv(name: str) -> list[str]:
        cache = work / "cache" / name.replace(" ", "-")
        return [*BALIKG, "build", *map(str, sources), "-o", str(work / "graph.ttl"), "--cache-dir", str(cache)]

    def emptied(name: str):
        return lambda: shutil.rmtree(work / "cache" / name.replace(" ", "-"), ignore_errors=True)

    cold = interleaved(configs, argv, cold_runs, before_of=emptied)
    edited = sources[len(sources) // 2]
    rebuild = interleaved(configs, argv, runs, before_of=lambda name: lambda: toggle_edit(edited))
    rows = [{"size": size, "task": "build, empty cache", "runs": cold_runs, **{k: v for k, v in cold.items()}}]
    rows.append({"size": size, "task": "rebuild after editing one statement", "runs": runs, **rebuild})
    if size in LARGE:
        export = interleaved(
            {"on": {"BALIKG_OFF": ""}, "collector off": {"BALIKG_OFF": "collector"}},
            lambda name: [
                *BALIKG,
                "export",
                "--format",
                "jsonld",
                "--graph",
                str(work / "graph.ttl"),
                "-o",
                str(work / "g.jsonld"),
            ],
            runs,
        )
        rows.append({"size": size, "task": "export --format jsonld", "runs": runs, **export})
    return rows


def bench_queries(size: str, work: Path, runs: int) -> list[dict]:
    """The longest listing and a short question, each asked for the first time (the store already built by
    another question) and asked again."""
    graph = work / "graph.ttl"
    if not graph.exists():
        run_once([*BALIKG, "build", *map(str, sorted((work / "corpus").glob("*.txt"))), "-o", str(graph)], {})
    configs = {
        name: {**env, "BALIKG_CACHE": str(work / "qcache")} for name, env in configurations(QUERY_PIECES).items()
    }
    for env in configs.values():  # the store is built once, by another question
        run_once([*BALIKG, "query", "groups", "--graph", str(graph)], env)

    def forget(name: str):
        return lambda: [shutil.rmtree(p, ignore_errors=True) for p in (work / "qcache").glob("stores/*/answers")]

    rows = []
    for name in ("participants", "coordinators"):
        argv = [*BALIKG, "query", name, "--graph", str(graph), "--format", "csv"]
        first = interleaved(configs, lambda config, argv=argv: argv, runs, before_of=forget)
        again = interleaved(configs, lambda config, argv=argv: argv, runs)
        rows.append({"size": size, "task": f"query {name}, asked for the first time", "runs": runs, **first})
        rows.append({"size": size, "task": f"query {name}, asked again", "runs": runs, **again})
    return rows


def gain(row: dict, off: str) -> float | None:
    """The share of the time the piece saves: (off - on) / off."""
    if off not in row:
        return None
    return round((row[off]["median_s"] - row["on"]["median_s"]) / row[off]["median_s"], 3)


def table(rows: list[dict]) -> str:
    """One line per piece, size and task it affects."""
    lines = ["| piece | size | task | on (s) | off (s) | gain |", "|---|---|---|---|---|---|"]
    for piece in (*BUILD_PIECES, *QUERY_PIECES):
        for row in rows:
            share = gain(row, f"{piece} off")
            if share is None:
                continue
            on, off = row["on"]["median_s"], row[f"{piece} off"]["median_s"]
            lines.append(f"| {piece} | {row['size']} | {row['task']} | {on:g} | {off:g} | {share:+.0%} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="seed,100,1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--long-runs", type=int, default=1, help="cold builds of 1,000 statements")
    parser.add_argument("--tasks", default="builds,queries", help="builds, queries or both")
    parser.add_argument("--out", default=str(RESULTS / "machinery.json"))
    args = parser.parse_args()
    rows: list[dict] = []
    for size in args.sizes.split(","):
        with tempfile.TemporaryDirectory(prefix=f"balikg-machinery-{size}-") as tmp:
            work = Path(tmp)
            sources = corpus(size, work)
            cold_runs = args.long_runs if size == "1000" else args.runs
            if "builds" in args.tasks:
                rows += bench_builds(size, sources, work, args.runs, cold_runs)
            if size in LARGE and "queries" in args.tasks:
                rows += bench_queries(size, work, args.runs)
            print(table(rows), file=sys.stderr, flush=True)
            Path(args.out).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
