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
from balikg.shapes import SH, load_shapes
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


def inverse_paths() -> set[str]:
    """Predicates the shapes walk backwards (sh:inversePath)."""
    from rdflib import URIRef

    full = load_shapes().full
    return {str(p) for p in full.objects(None, URIRef(SH + "inversePath")) if isinstance(p, URIRef)}


def default_jobs() -> int:
    """Worker processes: $BALIKG_JOBS, else the number of cores."""
    value = os.environ.get("BALIKG_JOBS", "")
    return int(value) if value.isdigit() and int(value) > 0 else os.cpu_count() or 1


def run_units(jobs: list[tuple], workers: int):
    """unit_results for each job, in order, as they finish; in a process pool when there is more than one
    job and worker (forked, so that the shapes parsed here are not parsed again)."""
    from balikg.validate import unit_results_job

    if workers <= 1 or len(jobs) <= 1:
        yield from (unit_results_job(job) for job in jobs)
        return
    import multiprocessing

    load_shapes()
    size = max(1, min(16, len(jobs) // (workers * 8)))
    with multiprocessing.get_context("fork").Pool(min(workers, len(jobs))) as pool:
        yield from pool.imap(unit_results_job, jobs, chunksize=size)


def _check_rows(data, engine: str) -> list:
    """The violation queries' rows for the data."""
    return check_rows(sparql_rows(data, engine))


def start_checks(data, engine: str):
    """Run the whole-graph violation queries beside the unit work (a forked process, when the data is
    large and there are cores to spare); returns a function that waits for their rows."""
    from balikg.forked import beside, can_fork, now

    if default_jobs() < 2 or not can_fork() or len(data) < FORK_CHECKS_ABOVE:
        return now(_check_rows, data, engine)
    return beside(_check_rows, data, engine, label="violation queries")


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
) -> Checked:
    """Every finding for a graph given as tuple triples (and, when the caller has them, as N-Triples text,
    indexed by subject, and with the violation queries already started by start_checks)."""
    from time import perf_counter

    started = perf_counter()
    triples = list(triples)
    checks = checks or start_checks(ntriples if ntriples is not None else triples, engine)
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
    workers = min(jobs or default_jobs(), max(1, len(todo)))
    done = run_units([(u.triples, u.focus, engine) for u, _ in todo], workers)
    for (_, key), found in zip(todo, done, strict=True):
        if cache:
            cache.put("verdicts", key, json.dumps([asdict(r) for r in found]).encode("utf-8"))
        results += found
    shapes_done = perf_counter()
    findings = results_to_findings(results, index)
    findings += check_findings(index, rows=checks())
    timings = {
        "units": round(split - started, 3),
        "shacl": round(shapes_done - split, 3),
        "checks": round(perf_counter() - shapes_done, 3),
    }
    return Checked(ordered(findings), len(units), len(units) - len(todo), workers, timings)
