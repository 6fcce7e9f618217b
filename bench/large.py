"""Time `balikg build` on one large statement file, to hold its cost linear in the text and under a budget.

The inputs are written deterministically into a temporary directory:

    repeat-10, repeat-20, repeat-40   the seed statement (sources/*.txt) 10, 20 and 40 times in one file
    concat-50                         50 different statements in one file: tests/corpus/*.txt, then
                                      statements and event pages from bench/gen.py (its fixed seed)
    mixed-1mb                         the same kinds of statements, one after another, up to 1 MB: more
                                      triples than one statement may give, so the build refuses it (it
                                      must do so within the budget too)
    mixed-limit                       the same, up to the size limit for one statement's file

Each is built as a whole process, `balikg build FILE -o OUT --no-cache --timings`, --runs times; the
median wall time, its phases, the time per KB and the peak resident memory (wait4's ru_maxrss: the
largest of the build process and the workers it waited for) are written to bench/results/large.json,
with the ratio of time per KB between the largest and the smallest repetition of the seed (near 1 when
the cost is linear in the text, above it when it grows faster). Exits 1 when an input's median is over
the budget (or a run was stopped at the timeout), 2 when a build fails otherwise than by not conforming
or by refusing a file over a size limit (balikg/runtime/policy.py).

    python bench/large.py [--runs 3] [--budget 30] [--inputs repeat-10,…] [--timeout 600] [--code DIR]

`--code DIR` times another checkout's balikg on the same inputs (a "before" for a change) and writes
nothing unless --output is given.
"""

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
INPUTS = ("repeat-10", "repeat-20", "repeat-40", "concat-50", "mixed-1mb", "mixed-limit")
SEPARATOR = "\n\n"
LIMIT = "limit for one statement"  # in the one line of a build that refuses a file over a size limit


def seed_text() -> str:
    """The seed statement's text."""
    return sorted((ROOT / "sources").glob("*.txt"))[0].read_text(encoding="utf-8")


def statement_max_bytes() -> int:
    """The size limit for one statement's file (balikg/runtime/policy.py)."""
    sys.path.insert(0, str(ROOT))
    from balikg.runtime.policy import STATEMENT_MAX_BYTES

    return STATEMENT_MAX_BYTES


def different_statements():
    """Statements of the genre, none the same: the test corpus's, then generated ones (bench/gen.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import gen

    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
        yield path.read_text(encoding="utf-8").strip("\n")
    rng = random.Random(20030430)
    names = gen.states()
    n = 0
    while True:
        yield (gen.event_page(n, rng, names) if n % 3 == 2 else gen.statement(n, rng, names)).strip("\n")
        n += 1


def input_text(name: str) -> str:
    """The text of one input (see the module's docstring)."""
    kind, _, size = name.partition("-")
    if kind == "repeat":
        return SEPARATOR.join([seed_text().strip("\n")] * int(size)) + "\n"
    texts = different_statements()
    if kind == "concat":
        return SEPARATOR.join(next(texts) for _ in range(int(size))) + "\n"
    if kind == "mixed" and (size.endswith("mb") or size == "limit"):
        limit = statement_max_bytes() if size == "limit" else int(float(size[:-2]) * 1_000_000)
        parts, length = [], 1
        while True:
            following = next(texts)
            grown = length + len((following + SEPARATOR).encode("utf-8"))
            if size == "limit" and grown > limit:  # up to the limit, not over it
                return SEPARATOR.join(parts) + "\n"
            parts.append(following)
            length = grown
            if length >= limit:
                return SEPARATOR.join(parts) + "\n"
    raise SystemExit(f"{name}: not an input (choose from {', '.join(INPUTS)})")


def run_build(argv: list[str], code: Path, timeout: float) -> tuple[float | None, float, int, str]:
    """Wall seconds (None when stopped at the timeout), peak resident memory of the build process (MiB), exit
    status and stderr of one build."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=code, stdout=subprocess.DEVNULL, stderr=err)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    stopped = process.returncode < 0 and elapsed >= timeout
    return (None if stopped else elapsed), usage.ru_maxrss / 1024, process.returncode, stderr


def phases(stderr: str) -> dict | None:
    """The `--timings` line of a build, when it printed one."""
    line = next((ln for ln in reversed(stderr.splitlines()) if ln.startswith('{"timings"')), None)
    return json.loads(line)["timings"] if line else None


def measure(name: str, work: Path, code: Path, runs: int, timeout: float) -> dict:
    """Every run of one input, summarised."""
    path = work / f"{name}.txt"
    path.write_text(input_text(name), encoding="utf-8")
    size = path.stat().st_size
    argv = [sys.executable, "-m", "balikg", "build", str(path), "-o", str(work / "out.ttl"), "--no-cache", "--timings"]
    times, peaks, split, exits = [], [], [], set()
    for _ in range(runs):
        elapsed, peak, status, stderr = run_build(argv, code, timeout)
        if elapsed is None:
            print(f"{name}: stopped after {timeout:g} s", file=sys.stderr, flush=True)
            return {"input": name, "bytes": size, "runs": len(times) + 1, "stopped_after_s": timeout}
        refused = status == 2 and LIMIT in stderr
        if status not in (0, 1) and not refused:
            raise SystemExit(f"{name}: build failed with exit {status}: {stderr.strip()[-600:]}")
        times.append(elapsed)
        peaks.append(peak)
        exits.add(status)
        refusal = stderr.strip().splitlines()[-1] if refused else None
        if (found := phases(stderr)) is not None:
            split.append(found)
        print(f"{name}: {elapsed:.2f} s", file=sys.stderr, flush=True)
    median = statistics.median(times)
    row = {
        "input": name,
        "bytes": size,
        "runs": runs,
        "median_s": round(median, 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "ms_per_kb": round(1000 * median / (size / 1000), 3),
        "peak_rss_mib": round(max(peaks), 1),
        "conforms": exits == {0},
    }
    if refusal is not None:
        row["refused"] = refusal
    if split:
        row["phases"] = {k: round(statistics.median(s[k] for s in split), 3) for k in split[0]}
    return row


def linearity(rows: list[dict]) -> dict:
    """Time per KB of the largest repetition of the seed over that of the smallest (1: linear)."""
    repeats = sorted(
        (r for r in rows if r["input"].startswith("repeat-") and "median_s" in r), key=lambda r: r["bytes"]
    )
    if len(repeats) < 2:
        return {}
    small, large = repeats[0], repeats[-1]
    return {
        "inputs": [small["input"], large["input"]],
        "size_ratio": round(large["bytes"] / small["bytes"], 2),
        "time_ratio": round(large["median_s"] / small["median_s"], 2),
        "ms_per_kb_ratio": round(large["ms_per_kb"] / small["ms_per_kb"], 2),
    }


def main() -> int:
    """Build every input, write the results, and say whether each kept to the budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds per input (median reported)")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds a median build may take")
    parser.add_argument("--inputs", default=",".join(INPUTS), help="comma-separated inputs (see above)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds after which a build is stopped")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose balikg is timed")
    parser.add_argument("--output", type=Path, help="results file (default: bench/results/large.json)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.inputs.split(","):
            rows.append(measure(name, Path(tmp), args.code.resolve(), args.runs, args.timeout))
    over = [r["input"] for r in rows if r.get("median_s", float("inf")) > args.budget]
    document = {
        "budget_s": args.budget,
        "command": "python -m balikg build FILE -o OUT --no-cache --timings",
        "code": "this checkout" if args.code.resolve() == ROOT else str(args.code),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "results": rows,
        "linearity": linearity(rows),
        "over_budget": over,
    }
    output = args.output or (RESULTS / "large.json" if args.code.resolve() == ROOT else None)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    for r in rows:
        shown = f"{r['median_s']:.2f} s, {r['ms_per_kb']:.1f} ms/KB" if "median_s" in r else "stopped"
        shown += f" (refused: {r['refused'].split(': ', 2)[-1]})" if "refused" in r else ""
        print(f"{r['input']:>10}  {r['bytes'] / 1000:8.1f} KB  {shown}")
    if document["linearity"]:
        print(
            f"time per KB, {' / '.join(reversed(document['linearity']['inputs']))}: "
            f"{document['linearity']['ms_per_kb_ratio']}"
        )
    for name in over:
        print(f"{name}: over the {args.budget:g} s budget", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
