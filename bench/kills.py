"""Stop builds at random moments and count what is left behind: processes of the build alive after it
ended, builds that do not end, tracebacks, exit codes other than the signal's, a changed graph.ttl and
temporary files.

    python bench/kills.py [--runs 40] [--seed 1] [--group] [--code DIR]

Each run builds the seed statement with two workers and with the Turtle writer and the violation queries
forked beside the units (as a large build does), into a copy of graph.ttl, in a process group of its own,
and sends SIGINT, SIGTERM or SIGKILL to the build at a random moment between its start and the time a
whole build takes; with --group, to its whole process group, as a terminal's Ctrl-C does. --code DIR
runs another checkout's code (the one before a change, to compare). Linux only (reads /proc). Prints one
JSON object: the counts, then one row per run.
"""

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from balikg.runtime.children import group_members

ROOT = Path(__file__).resolve().parent.parent
SEED = Path("sources") / "bali-2003-cochairs-statement.txt"
BESIDE = (
    "import sys; from balikg.runtime import policy; policy.FORK_BESIDE_ABOVE = 0; "
    "from balikg.cli import main; sys.exit(main())"
)
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGKILL)
HANG = 10.0  # seconds after the signal: a build still running then hangs
ORPHAN = 2.0  # seconds after the build ended: a process of its group still there then is an orphan


def where(pid: int) -> str:
    """What a process of a hung build waits in: each thread's kernel wait channel, and its parent."""
    try:
        tasks = sorted(Path(f"/proc/{pid}/task").iterdir())
        channels = [(task / "wchan").read_text() for task in tasks]
        parent = (Path(f"/proc/{pid}") / "stat").read_text().rsplit(")", 1)[1].split()[1]
    except OSError:
        return f"{pid}: gone"
    return f"{pid} (parent {parent}): " + ", ".join(channels)


def resident(pid: int) -> int:
    """A process's resident memory in KiB (0 when it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def start(code: Path, work: Path) -> subprocess.Popen:
    """A build of the seed with `code`, in its own process group."""
    output, cache = work / "graph.ttl", work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code), "BALIKG_JOBS": "2"}
    arguments = ["build", str(code / SEED), "-o", str(output), "--cache-dir", str(cache), "--jobs", "2"]
    with open(work / "out.txt", "wb") as out, open(work / "err.txt", "wb") as err:
        # files, not pipes: a child that outlives the build would hold a pipe open
        return subprocess.Popen(
            [sys.executable, "-c", BESIDE, *arguments],
            cwd=work,
            env=env,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )


def one_run(code: Path, work: Path, before: bytes, signum: int, moment: float, group_too: bool) -> dict:
    """Stop one build `moment` seconds after its start (the signal sent to its whole process group if
    `group_too`, as a terminal's Ctrl-C is); what it left."""
    for leftover in work.glob(".*.tmp"):
        leftover.unlink()
    process = start(code, work)
    time.sleep(moment)
    sent = time.monotonic()
    if process.poll() is None:
        (os.killpg if group_too else os.kill)(process.pid, signum)
    try:
        process.wait(timeout=HANG)
        hung = False
    except subprocess.TimeoutExpired:
        hung = [where(pid) for pid in group_members(process.pid)]
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    ended = time.monotonic() - sent
    deadline = time.monotonic() + ORPHAN
    while (left := group_members(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    memory = sum(resident(pid) for pid in left)
    if left:
        os.killpg(process.pid, signal.SIGKILL)
    err = (work / "err.txt").read_text(encoding="utf-8", errors="replace")
    finished = process.returncode == 0
    expected = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -signal.SIGKILL}[signum]
    leftovers = [p.name for p in work.glob(".*.tmp")]
    leftovers += [str(p.relative_to(work)) for p in (work / "cache").rglob("*.tmp")]
    return {
        "signal": signal.Signals(signum).name,
        "moment": round(moment, 2),
        "exit": process.returncode,
        "seconds_to_exit": round(ended, 2),
        "hung": hung,
        "orphans": len(left),
        "orphans_mib": round(memory / 1024, 1),
        "tracebacks": err.count("Traceback"),
        "wrong_exit": not hung and not finished and process.returncode != expected,
        "graph_changed": (work / "graph.ttl").read_bytes() != before,
        "temporary_files": leftovers,
        "finished_first": finished,
    }


def main() -> None:
    """Run the loop and print the counts and the runs."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=40)
    options.add_argument("--seed", type=int, default=1)
    options.add_argument("--group", action="store_true", help="signal the whole process group, as a terminal does")
    options.add_argument("--code", type=Path, default=ROOT, help="checkout whose code runs (default: this one)")
    args = options.parse_args()
    code = args.code.resolve()
    chance = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="balikg-kills-") as folder:
        work = Path(folder)
        before = (code / "graph.ttl").read_bytes()
        shutil.copyfile(code / "graph.ttl", work / "graph.ttl")
        started = time.monotonic()
        start(code, work).wait()
        span = time.monotonic() - started
        runs = []
        for _ in range(args.runs):
            shutil.copyfile(code / "graph.ttl", work / "graph.ttl")
            runs.append(one_run(code, work, before, chance.choice(SIGNALS), chance.uniform(0, span), args.group))
    counts = {
        "runs": len(runs),
        "whole_build_seconds": round(span, 2),
        "finished_before_the_signal": sum(r["finished_first"] for r in runs),
        "hung": sum(bool(r["hung"]) for r in runs),
        "left_orphans": sum(r["orphans"] > 0 for r in runs),
        "orphans": sum(r["orphans"] for r in runs),
        "with_tracebacks": sum(r["tracebacks"] > 0 for r in runs),
        "wrong_exit": sum(r["wrong_exit"] for r in runs),
        "graph_changed": sum(r["graph_changed"] for r in runs),
        "left_temporary_files": sum(bool(r["temporary_files"]) for r in runs),
        "slowest_exit_after_sigint_or_sigterm": max(
            (r["seconds_to_exit"] for r in runs if r["signal"] != "SIGKILL" and not r["hung"]), default=None
        ),
    }
    print(json.dumps({"code": str(code), "group": args.group, "counts": counts, "runs": runs}, indent=1))


if __name__ == "__main__":
    main()
