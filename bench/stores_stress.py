"""Many first queries at once on a large graph file, each round with a fresh cache: how many fail.

A graph file is padded with unrelated triples until it is over the on-disk store threshold (so that
`balikg query` builds and opens a store under the cache); each round starts --at-once processes of
`balikg query NAME --format csv` together on an empty cache and counts those that exit non-zero or print
something else than the same query on the graph parsed in memory. With --replace, a new version of the
file (the same triples, a new file renamed into place, as a build writes it) replaces the old one while
the round runs, so that old stores are removed while readers may have them open.

    python bench/stores_stress.py [--graph graph.ttl] [--rounds 30] [--at-once 6] [--replace] [--checkout DIR]

The code measured is the checkout given (this one by default), so that another version of balikg can be
measured side by side.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("participants", "provenance", "coordinators")
PAD_TO = 2_500_000  # bytes: above balikg.runtime.policy.PERSIST_STORE_ABOVE


def padded(source: Path, target: Path, size: int = PAD_TO) -> None:
    """`source` with triples no stored query reads appended until the file holds `size` bytes."""
    text = source.read_text(encoding="utf-8")
    lines, n = [text], 0
    total = len(text.encode("utf-8"))
    while total < size:
        line = f'<https://example.org/pad/{n}> <https://example.org/pad/value> "padding {n:08d}" .\n'
        lines.append(line)
        total += len(line)
        n += 1
    target.write_text("".join(lines), encoding="utf-8")


def replace_with_copy(path: Path) -> None:
    """A new version of the file, the same bytes renamed into place."""
    fresh = path.with_name(f".{path.name}.new")
    fresh.write_bytes(path.read_bytes())
    os.replace(fresh, path)


def query(name: str, graph: Path, cache: str, checkout: Path) -> subprocess.Popen:
    """A `balikg query` process of the checkout's code on the graph with this cache."""
    argv = [sys.executable, "-m", "balikg", "query", name, "--graph", str(graph), "--format", "csv"]
    env = {**os.environ, "BALIKG_CACHE": cache, "PYTHONPATH": str(checkout)}
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=graph.parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default=str(ROOT / "graph.ttl"), help="graph file to pad (default: graph.ttl)")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--at-once", type=int, default=6)
    parser.add_argument("--replace", action="store_true", help="replace the file with a new version mid-round")
    parser.add_argument("--checkout", default=str(ROOT), help="the balikg checkout to run (default: this one)")
    args = parser.parse_args()
    checkout = Path(args.checkout).resolve()
    where = subprocess.run(
        [sys.executable, "-c", "import balikg; print(balikg.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(checkout)},
        cwd=tempfile.gettempdir(),
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="stores-stress-") as work:
        graph = Path(work) / "graph.ttl"
        padded(Path(args.graph), graph)
        expected = {}
        for name in QUERIES:
            done = query(name, graph, "off", checkout)
            out, err = done.communicate()
            if done.returncode != 0:
                sys.exit(f"{name} on the graph in memory failed: {err.strip()}")
            expected[name] = out
        failures, errors = 0, Counter()
        started = time.perf_counter()
        for round_ in range(args.rounds):
            cache = str(Path(work) / f"cache-{round_}")
            names = [QUERIES[i % len(QUERIES)] for i in range(args.at_once)]
            processes = [(name, query(name, graph, cache, checkout)) for name in names]
            if args.replace:
                time.sleep(0.3)
                replace_with_copy(graph)
            for name, process in processes:
                out, err = process.communicate()
                if process.returncode != 0 or out != expected[name]:
                    failures += 1
                    last = err.strip().splitlines()[-1] if err.strip() else "(different output)"
                    errors[re.sub(r"\d+", "N", re.sub(r"/\S+", "PATH", last))[:160]] += 1  # alike errors together
        elapsed = time.perf_counter() - started
    print(f"balikg: {where}")
    replaced = " (the file replaced mid-round)" if args.replace else ""
    print(
        f"{args.rounds} rounds of {args.at_once} first queries at once{replaced}: "
        f"{failures} of {args.rounds * args.at_once} failed ({elapsed:.0f} s)"
    )
    for line, count in errors.most_common():
        print(f"  {count} × {line}")


if __name__ == "__main__":
    main()
