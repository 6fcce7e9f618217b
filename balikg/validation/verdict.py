"""The verdict on a whole graph: its units (balikg.validation.units) checked, cached and in parallel, and the
violation queries run once over the whole graph; every result described against the whole graph.

Each unit is checked by pySHACL (core constraints, its focus nodes only) and by the shapes' SPARQL
constraints; a unit whose content, shapes and code are unchanged takes its results from the cache.
"""

import json
from dataclasses import asdict, dataclass, field

from balikg.core import iris
from balikg.core.errors import UserError
from balikg.core.vocab import RDF, RDFS
from balikg.runtime.cachedir import Cache
from balikg.runtime.policy import beside, jobs, parts_per_unit
from balikg.runtime.version import code_version
from balikg.runtime.workers import Workers, can_fork
from balikg.validation.findings import Finding, ordered, results_to_findings
from balikg.validation.shacl import Result, prepare_worker, unit_results_job
from balikg.validation.shapes import inverse_paths
from balikg.validation.units import TripleIndex, make_units
from balikg.validation.violations import check_findings, rows_on

SUPPORT = {RDF.type, RDFS.subClassOf}


@dataclass
class Checked:
    """Findings, and how the work was done (units, cache hits, worker processes)."""

    findings: list[Finding]
    units: int = 0
    cached: int = 0
    workers: int = 1
    timings: dict[str, float] = field(default_factory=dict)


def validation_workers(count: int | None = None) -> Workers:
    """Worker processes for units, prepared to check them (pySHACL imported, shapes parsed); the shapes
    are read here first, so that missing or broken shapes are one error before any process is forked."""
    inverse_paths()
    return Workers(count, initializer=prepare_worker)


def start_checks(data, engine: str):
    """Run the whole-graph violation queries on `data` (N-Triples text or tuple triples): in a forked
    process beside the caller for a large graph, else here and now; returns a function that gives their
    rows."""
    from balikg.runtime.forked import beside as run_beside
    from balikg.runtime.forked import now

    if beside(len(data), can_fork()):
        return run_beside(rows_on, data, engine, label="violation queries")
    return now(rows_on, data, engine)


def _decode_results(data: bytes) -> list[Result]:
    """Cached results of a unit."""
    return [Result(**r) for r in json.loads(data)]


def validate_triples(
    triples,
    engine: str = "oxigraph",
    cache: Cache | None = None,
    jobs_: int | None = None,
    ntriples: str | None = None,
    index: TripleIndex | None = None,
    checks=None,
    workers: Workers | None = None,
) -> Checked:
    """Every finding for a graph given as tuple triples (and, when the caller has them, as N-Triples text,
    indexed by subject, the violation queries already started by start_checks, and worker processes)."""
    from time import perf_counter

    started = perf_counter()
    triples = list(triples)
    data = ntriples if ntriples is not None else triples
    if checks is None and beside(len(data), can_fork()):
        checks = start_checks(data, engine)
    index = index or TripleIndex(triples)
    vocabulary = {s for s in index.by_subject if iris.is_vocabulary(s)}
    support = [t for s in vocabulary for t in index.by_subject[s] if t[1] in SUPPORT]
    units = make_units(index, vocabulary, support, inverse_paths())
    salt = f"{code_version()}:{engine}"
    results: list[Result] = []
    todo = []
    for unit in units:
        key = unit.key(salt)
        cached = cache.load("verdicts", key, _decode_results) if cache else None
        if cached is not None:
            results += cached
        else:
            todo.append((unit, key))
    split = perf_counter()
    if workers is not None and not workers.forked:  # made for one process: nothing forked
        workers = None
    wanted = workers.count if workers is not None else jobs(jobs_)
    # one unit and no workers ready (a large rebuild): checked here, as forking a big process costs more
    parts = parts_per_unit(len(todo), wanted) if workers is not None or len(todo) > 1 else 1
    own = workers is None and len(todo) > 1
    if own:
        workers = validation_workers(min(wanted, len(todo) * parts))
    processes = workers.count if workers is not None and workers.forked and todo else 1
    try:
        work = [(u.triples, u.focus, engine, part, parts) for u, _ in todo for part in range(parts)]
        done = iter((workers or Workers(1)).run(unit_results_job, work))
        if checks is None:  # small data: the queries run here while the workers validate
            checks = start_checks(data, engine)
        for _, key in todo:
            found = [r for _ in range(parts) for r in next(done)]
            if cache:
                cache.put("verdicts", key, json.dumps([asdict(r) for r in found]).encode("utf-8"))
            results += found
    finally:
        if own:
            workers.close()
    shapes_done = perf_counter()
    findings = results_to_findings(results, index)
    findings += check_findings(index, rows=checks())
    timings = {
        "units": round(split - started, 3),
        "shacl": round(shapes_done - split, 3),
        "checks": round(perf_counter() - shapes_done, 3),
    }
    return Checked(ordered(findings), len(units), len(units) - len(todo), processes, timings)


def validate_graph(data, engine: str = "oxigraph") -> list[Finding]:
    """All findings for an rdflib Graph, checked in units like a build."""
    from balikg.core.terms import from_rdflib

    return validate_triples([from_rdflib(*t) for t in data], engine=engine).findings


def validate_file(
    path, engine: str = "oxigraph", cache: Cache | None = None, jobs_: int | None = None
) -> list[Finding]:
    """Every finding for a graph file. Without a cache every unit is checked, so the workers are forked
    first, to get ready while the graph is read; with one, most units usually come from it, and a pool is
    made only if needed. A file without a triple is a UserError: an empty graph is no balikg graph."""
    from balikg.core.rdffile import load_triples

    with validation_workers(jobs_ if cache is None or cache.directory is None else 1) as workers:
        triples = load_triples(path)
        if not triples:
            raise UserError(f"{path}: no triples: an empty graph is not a balikg graph")
        return validate_triples(triples, engine, cache, jobs_, workers=workers).findings
