"""Validate a graph of tuple triples in units (balikg.units): cached, in parallel, then whole-graph checks.

Each unit is checked by pySHACL (core constraints, only its focus nodes) and by the shapes' SPARQL
constraints; a unit whose content, shapes and code are unchanged takes its results from the cache. The
checks that look across statements, queries/checks/*-violation.rq, run once on the whole graph in
Oxigraph, and every result is rendered against the whole graph.
"""

import json
import os
from dataclasses import asdict, dataclass, field

from balikg.cache import Cache, code_version
from balikg.shapes import inverse_paths, load_shapes
from balikg.units import TripleIndex, make_units
from balikg.validate import Finding, Result, check_findings, check_rows, ordered, results_to_findings, sparql_rows

VOCABULARY = "https://w3id.org/balikg/"
IDS = "https://w3id.org/balikg/id/"
FORK_CHECKS_ABOVE = 5_000_000  # N-Triples characters (or triples): below, the queries run in this process
SUPPORT = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#subClassOf"}


@dataclass
class Checked:
    """Findings, and how the work was done (units, cache hits, worker processes)."""

    findings: list[Finding]
    units: int = 0
    cached: int = 0
    workers: int = 1
    timings: dict[str, float] = field(default_factory=dict)


def is_vocabulary(iri: str) -> bool:
    """Ontology terms and concept schemes: balikg IRIs outside id/."""
    return iri.startswith(VOCABULARY) and not iri.startswith(IDS)


def default_jobs() -> int:
    """Worker processes: $BALIKG_JOBS, else the number of cores."""
    value = os.environ.get("BALIKG_JOBS", "")
    return int(value) if value.isdigit() and int(value) > 0 else os.cpu_count() or 1


def _warm() -> None:
    """In a new worker: collect cycles again (the parent may have paused it: balikg.collector), leaving
    out what the worker shares with its parent, then import pySHACL and parse the shapes before the
    first unit arrives."""
    import gc

    # Frozen first: a collection would otherwise walk every object inherited from the parent and, by
    # writing to each one's header, copy the parent's pages into the worker (a cold build of 1,000
    # statements peaked at 4.2 GiB of PSS instead of 3.7).
    gc.freeze()
    gc.enable()
    import pyshacl  # noqa: F401

    load_shapes()


class Workers:
    """Processes for validation units, forked when made: made at the start of a build, they import
    pySHACL and parse the shapes while the build reads its sources. One job or one core: no pool."""

    def __init__(self, count: int | None = None):
        import multiprocessing

        from balikg.forked import can_fork

        self.count = count or default_jobs()
        self.pool = None
        if self.count > 1 and can_fork():
            self.pool = multiprocessing.get_context("fork").Pool(self.count, initializer=_warm)

    def run(self, jobs: list[tuple]):
        """unit_results for each job, in order: dispatched to the pool at once (the caller goes on and
        collects them from the returned iterator), else computed here as the iterator is consumed."""
        from balikg.validate import unit_results_job

        if self.pool is None:
            return (unit_results_job(job) for job in jobs)
        return self.pool.imap(unit_results_job, jobs, chunksize=max(1, min(16, len(jobs) // (self.count * 8))))

    def close(self) -> None:
        """Stop the processes."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def parts_per_unit(units: int, processes: int) -> int:
    """Into how many parts each unit to check is cut: enough to keep every process busy when there are
    fewer units than twice the processes (one statement's build), else none."""
    if processes <= 1 or units == 0 or units >= 2 * processes:
        return 1
    return max(1, -(-2 * processes // units))


def _check_rows(data, engine: str) -> list:
    """The violation queries' rows for the data."""
    return check_rows(sparql_rows(data, engine))


def checks_go_beside(data) -> bool:
    """Whether the violation queries on this data (N-Triples text or triples) run in a process of their
    own: large data, and cores to spare."""
    from balikg.forked import can_fork

    return default_jobs() > 1 and can_fork() and len(data) >= FORK_CHECKS_ABOVE


def start_checks(data, engine: str):
    """Run the whole-graph violation queries, beside the caller when checks_go_beside, else here and
    now; returns a function that gives their rows."""
    from balikg.forked import beside, now

    if checks_go_beside(data):
        return beside(_check_rows, data, engine, label="violation queries")
    return now(_check_rows, data, engine)


def _decode_results(data: bytes) -> list[Result]:
    """Cached results of a unit."""
    return [Result(**r) for r in json.loads(data)]


def validate_triples(
    triples,
    engine: str = "oxigraph",
    cache: Cache | None = None,
    jobs: int | None = None,
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
    if checks is None and checks_go_beside(data):
        checks = start_checks(data, engine)
    index = index or TripleIndex(triples)
    vocabulary = {s for s in index.by_subject if is_vocabulary(s)}
    support = [t for s in vocabulary for t in index.by_subject[s] if t[1] in SUPPORT]
    units = make_units(index, vocabulary, support, inverse_paths())
    salt = f"{code_version('validation')}:{engine}"
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
    if workers is not None and workers.pool is None:  # made for one process: nothing forked
        workers = None
    wanted = workers.count if workers is not None else jobs or default_jobs()
    # one unit and no workers ready (a large rebuild): checked here, as forking a big process costs more
    parts = parts_per_unit(len(todo), wanted) if workers is not None or len(todo) > 1 else 1
    own = workers is None and len(todo) > 1
    if own:
        workers = Workers(min(wanted, len(todo) * parts))
    processes = workers.count if workers is not None and workers.pool is not None and todo else 1
    try:
        work = [(u.triples, u.focus, engine, part, parts) for u, _ in todo for part in range(parts)]
        done = iter((workers or Workers(1)).run(work))
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
