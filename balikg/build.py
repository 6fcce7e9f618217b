"""Build: statements and gazetteer → records → RDF with the ontology → SHACL → canonical Turtle.

Per statement, the record (keyed by the text's sha256 and the code version) and the triples (keyed by
the record and the part of the cross-statement context it uses) are cached, so that changing one
statement re-reads and re-validates that statement only (see balikg.cache and balikg.units).
"""

import hashlib
import json
import marshal
import pickle
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from time import perf_counter

from balikg.cache import Cache, code_version
from balikg.errors import UserError
from balikg.paths import GAZETTEER, ONTOLOGY, ROOT, SOURCES

SERIALISE_BESIDE_ABOVE = 5_000_000  # N-Triples characters: above, the Turtle is written beside validation
WARM_WORKERS_UP_TO = 8  # sources: up to this many, validation workers are forked at the start of a build


@dataclass
class BuildResult:
    """The canonical Turtle, its triples, what ingestion warned about, validation, and where time went."""

    turtle: str
    triples: list
    warnings: list
    documents: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)

    @cached_property
    def graph(self):
        """The triples as an rdflib Graph (for callers that want rdflib's API)."""
        from rdflib import Graph

        from ingest.terms import to_rdflib
        from ingest.vocab import PREFIXES

        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in self.triples:
            graph.add(to_rdflib(triple))
        return graph


def default_sources() -> list[Path]:
    """Every sources/*.txt, in name order."""
    found = sorted(SOURCES.glob("*.txt"))
    if not found:
        raise UserError(f"{SOURCES}: no statement texts (*.txt) found")
    return found


class _Gazetteer:
    """The gazetteer, loaded on first use (a build whose records are all cached does not need it)."""

    def __init__(self):
        self.value = None

    def get(self):
        from ingest.gazetteer import load_gazetteer

        if self.value is None:
            self.value = load_gazetteer(GAZETTEER)
        return self.value


def read_records(paths: list[Path], cache: Cache, gazetteer: _Gazetteer) -> list:
    """One DocumentRecord per source, from the cache when the text and the code are unchanged."""
    from ingest.errors import IngestError
    from ingest.read import read_text
    from ingest.source import read_source

    records = []
    for path in paths:
        try:
            source = read_source(Path(path), ROOT)
            key = f"{source.sha256}-{code_version('ingest')}-{hashlib.sha256(source.path.encode()).hexdigest()[:12]}"
            record = cache.load("records", key, pickle.loads)
            if record is None:
                record = read_text(source, gazetteer.get())
                cache.put("records", key, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        except IngestError as exc:
            raise UserError(str(exc)) from None
        records.append(record)
    stems = [r.stem for r in records]
    if len(set(stems)) != len(stems):
        duplicate = next(s for s in stems if stems.count(s) > 1)
        raise UserError(f"{duplicate}: two sources share this file name; document IRIs would collide")
    return records


@dataclass
class StatementPart:
    """One statement's triples, the same as N-Triples, and its Turtle blocks and prefixes (balikg.turtle)."""

    triples: list
    ntriples: str
    blocks: dict
    prefixes: dict

    def dumps(self) -> bytes:
        """The part as a cache entry."""
        return marshal.dumps((self.triples, self.ntriples, self.blocks, self.prefixes))

    @classmethod
    def loads(cls, data: bytes) -> "StatementPart":
        """A part from a cache entry."""
        return cls(*marshal.loads(data))


def make_part(triples: list) -> StatementPart:
    """The part for a list of triples."""
    from balikg.turtle import group, render
    from ingest.terms import to_ntriples
    from ingest.vocab import PREFIXES

    try:
        blocks, prefixes = render(group(triples), {k: str(v) for k, v in PREFIXES.items()})
    except ValueError:
        blocks, prefixes = {}, {}
    return StatementPart(triples, to_ntriples(triples), blocks, prefixes)


def statement_parts(records: list, cache: Cache, gazetteer: _Gazetteer) -> dict[str, StatementPart]:
    """Each statement's part, from the cache when its record and its slice of the context are unchanged."""
    from ingest.rdf import document_triples, event_context

    context = event_context(records)
    out = {}
    for record in records:
        ingredients = json.dumps([record.sha256, record.source, code_version("ingest"), context.slice_for(record)])
        key = hashlib.sha256(ingredients.encode("utf-8")).hexdigest()
        part = cache.load("triples", key, StatementPart.loads)
        if part is None:
            part = make_part(document_triples(record, context, gazetteer.get()))
            cache.put("triples", key, part.dumps())
        out[record.stem] = part
    return out


def ontology_part(cache: Cache) -> StatementPart:
    """The ontology's part (parsed with rdflib once per version of the file, then cached)."""
    from rdflib import Graph

    from ingest.terms import from_rdflib

    data = ONTOLOGY.read_bytes()
    key = hashlib.sha256(data + code_version("ingest").encode()).hexdigest()
    cached = cache.load("ontology", key, StatementPart.loads)
    if cached is not None:
        return cached
    part = make_part(sorted(from_rdflib(*t) for t in Graph().parse(data=data, format="turtle")))
    cache.put("ontology", key, part.dumps())
    return part


def _turtle(union: set, parts: list[StatementPart]) -> str:
    """The canonical Turtle of the graph, from the statements' rendered blocks when all have them."""
    from balikg.turtle import write_turtle, write_turtle_from_parts
    from ingest.vocab import PREFIXES

    namespaces = {k: str(v) for k, v in PREFIXES.items()}
    if all(part.blocks or not part.triples for part in parts):
        return write_turtle_from_parts(union, [(p.blocks, p.prefixes) for p in parts], namespaces)
    return write_turtle(union, namespaces)


def _start_serialisation(union: set, parts: list[StatementPart], large: bool):
    """Write the Turtle beside validation (a forked process) for a large graph on several cores, else
    here; returns a function that gives the text."""
    from balikg.checking import default_jobs
    from balikg.forked import beside, can_fork, now

    if large and default_jobs() > 1 and can_fork():
        return beside(_turtle, union, parts, label="serialisation")
    return now(_turtle, union, parts)


def build(paths: list[Path], cache: Cache | None = None, engine: str = "oxigraph", jobs: int | None = None):
    """Read, assemble, validate and serialise; the caller decides whether to write."""
    from balikg.collector import paused

    with paused():
        return _build(paths, cache or Cache(None), engine, jobs)


def _build(paths: list[Path], cache: Cache, engine: str, jobs: int | None) -> BuildResult:
    """build(), with the cycle collector paused."""
    from balikg.checking import Workers, checks_go_beside, start_checks, validate_triples
    from balikg.units import TripleIndex

    # A few statements: fork the workers now, to get ready while the sources are read. Many: most units
    # of a rebuild come from the cache, and validation makes its own pool if it needs one.
    with Workers(jobs if len(paths) <= WARM_WORKERS_UP_TO else 1) as workers:
        gazetteer = _Gazetteer()
        timings = {}
        start = perf_counter()
        records = read_records(paths, cache, gazetteer)
        timings["ingest"] = perf_counter() - start
        start = perf_counter()
        parts = list(statement_parts(records, cache, gazetteer).values())
        parts.append(ontology_part(cache))
        union = set()
        for part in parts:
            union.update(part.triples)
        triples = list(union)
        timings["assembly"] = perf_counter() - start
        start = perf_counter()
        ntriples = "".join(part.ntriples for part in parts)
        serialised = _start_serialisation(union, parts, len(ntriples) >= SERIALISE_BESIDE_ABOVE)
        checks = start_checks(ntriples, engine) if checks_go_beside(ntriples) else None
        index = TripleIndex.from_sorted_parts(part.triples for part in parts)
        checked = validate_triples(
            triples, engine, cache, jobs, ntriples=ntriples, index=index, checks=checks, workers=workers
        )
        timings["validation"] = perf_counter() - start
    start = perf_counter()
    turtle = serialised()
    timings["serialisation"] = perf_counter() - start  # beside validation for large graphs: the wait
    counts = {
        "sources": len(records),
        "triples": len(triples),
        "units": checked.units,
        "units_cached": checked.cached,
        "workers": checked.workers,
        "cache_hits": cache.hits,
        "cache_misses": cache.misses,
        "missed": dict(sorted(cache.missed.items())),
    }
    return BuildResult(
        turtle=turtle,
        triples=triples,
        warnings=[w for r in records for w in r.warnings],
        documents=[(r.stem, r.sha256) for r in records],
        findings=checked.findings,
        timings={k: round(v, 3) for k, v in timings.items()},
        counts=counts,
    )


def canonical_turtle(graph) -> str:
    """Canonical Turtle of an rdflib Graph without blank nodes (the same bytes as rdflib's longturtle)."""
    from rdflib import BNode

    from balikg.turtle import write_turtle
    from ingest.terms import from_rdflib

    if any(isinstance(node, BNode) for triple in graph for node in triple):
        return graph.serialize(format="longturtle", canon=True)
    return write_turtle([from_rdflib(*t) for t in graph], {p: str(n) for p, n in graph.namespaces()})


def print_warnings(warnings: list) -> None:
    """One line per ingestion warning on stderr: file:begin-end: warning: message."""
    for w in warnings:
        print(f"{w.span.source}:{w.span.begin}-{w.span.end}: warning: {w.message}", file=sys.stderr)
