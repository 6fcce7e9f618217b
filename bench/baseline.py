"""The baselines at 110 statements (over 100,000 triples), as run for the README: balikg validate against the
naive path (rdflib + pySHACL, whole graph), and every stored query on rdflib's engine against Oxigraph's,
as whole processes and as engines alone (bench/engines.py).

    python bench/baseline.py WORKDIR     # writes bench/results/baseline-110.json
"""

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as b  # noqa: E402

work = Path(sys.argv[1] if len(sys.argv) > 1 else "bench-baseline")
shutil.rmtree(work, ignore_errors=True)
work.mkdir()
sources = b.corpus("110", work)
graph = work / "graph.ttl"
b.run_once([*b.BALIKG, "build", *map(str, sources), "-o", str(graph), "--cache-dir", str(work / "cache")])
rows = []
ours = b.measure("balikg validate --no-cache", [*b.BALIKG, "validate", str(graph), "--no-cache"], 3)
_, _, report, _ = b.run_once([*b.BALIKG, "validate", str(graph), "--no-cache", "--format", "json"])
ours["conforms"] = json.loads(report)["conforms"]
print(ours["task"], ours["median_s"], ours["conforms"], flush=True)
env = {"BALIKG_CACHE": str(work / "cache")}
for name in sorted(p.stem for p in (b.ROOT / "queries").glob("*.rq")):
    base = [*b.BALIKG, "query", name, "--graph", str(graph), "--format", "csv", *b.PARAMS.get(name, [])]
    _, _, ox_out, _ = b.run_once([*base, "--engine", "oxigraph"], env)
    ox = b.measure(
        f"query {name} (Oxigraph, embedded)",
        [*base, "--engine", "oxigraph"],
        3,
        env,
        before=lambda: b.forget_answers(work / "cache"),  # the query asked for the first time
    )
    elapsed, peak, rl_out, _ = b.run_once([*base, "--engine", "rdflib"], env, 150)
    row = {
        "query": name,
        "oxigraph_s": ox["median_s"],
        "rdflib_s": elapsed,
        "timed_out": elapsed is None,
        "same_rows": (b.csv_rows(rl_out) == b.csv_rows(ox_out)) if elapsed else None,
    }
    row["ratio"] = round((elapsed or 150) / ox["median_s"], 1)
    rows.append(row)
    print(row, flush=True)
argv = [sys.executable, "-c", b.NAIVE, str(graph)]
elapsed, peak, out, _ = b.run_once(argv)
naive = {
    "task": "naive: rdflib parse + pySHACL (whole graph, every shape) [1 run]",
    "seconds": round(elapsed, 2),
    "peak_pss_mib": round(peak),
    "conforms": out.split()[0] == "True",
    "report_triples": int(out.split()[1]),
}
print(naive, flush=True)
engines = b.run_once([sys.executable, str(b.ROOT / "bench" / "engines.py"), str(graph)])[2]
engine_rows = json.loads(engines.strip().splitlines()[-1])
print(engine_rows, flush=True)
doc = {
    "size": "110",
    "validate": ours,
    "naive": naive,
    "ratio_naive_to_ours": round(elapsed / ours["median_s"], 1),
    "same_verdict": naive["conforms"] == ours["conforms"],
    "queries": rows,
    "engines_alone": engine_rows,  # bench/engines.py: evaluation only, graph loaded once per engine
}
(b.RESULTS / "baseline-110.json").write_text(json.dumps(doc, indent=2) + "\n")
print("DONE", doc["ratio_naive_to_ours"], doc["same_verdict"])
