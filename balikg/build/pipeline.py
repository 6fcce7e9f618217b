"""Build: statements and gazetteer → records → triples with the ontology → SHACL → canonical Turtle.

Per statement, the record (keyed by the text's sha256, its path and the code version) and the triples
(keyed by the record and the part of the cross-statement context it uses) are cached, so that changing
one statement re-reads and re-validates that statement only (balikg.build.sources, balikg.build.parts,
balikg.validation.units).
"""

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from time import perf_counter

from balikg.build.parts import ontology_part, statement_parts, turtle_of, without_nodes
from balikg.build.sources import GazetteerOnDemand, read_records, refuse_overfull, refuse_oversized
from balikg.runtime.cachedir import Cache
from balikg.runtime.policy import beside, workers_at_start
from balikg.runtime.workers import can_fork


@dataclass
class BuildResult:
    """The canonical Turtle, its triples, what ingestion warned about, validation, and where time went."""

    turtle: str
    triples: list
    warnings: list
    documents: list = field(default_factory=list)
    records: list = field(default_factory=list)
    subjects: dict = field(default_factory=dict)  # statement stem → the subjects its part describes
    findings: list = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)

    @cached_property
    def graph(self):
        """The triples as an rdflib Graph (for callers that want rdflib's API)."""
        from balikg.core.terms import rdflib_graph
        from balikg.core.vocab import PREFIXES

        return rdflib_graph(self.triples, PREFIXES)


def _start_serialisation(union: set, size: int):
    """Write the Turtle beside validation (a forked process) for a large graph, else here; returns a
    function that gives the text."""
    from balikg.runtime.forked import beside as run_beside
    from balikg.runtime.forked import now

    if beside(size, can_fork()):
        return run_beside(turtle_of, union, label="serialisation")
    return now(turtle_of, union)


def build(
    paths: list[Path],
    cache: Cache | None = None,
    engine: str = "oxigraph",
    jobs: int | None = None,
    leave_out: frozenset[str] = frozenset(),
    drop: dict[str, frozenset[str]] | None = None,
) -> BuildResult:
    """Read, assemble, validate and serialise; the caller decides whether to write. Statements whose stem
    is in `leave_out` are read (and reported) but not put in the graph; the nodes `drop` names for a statement
    are taken out of its part (every triple about them or pointing to them)."""
    from balikg.validation.units import TripleIndex
    from balikg.validation.verdict import start_checks, validate_triples, validation_workers

    refuse_oversized(paths)  # before the workers are forked
    # A few statements: fork the workers now, to get ready while the sources are read. Many: most units
    # of a rebuild come from the cache, and validation makes its own pool if it needs one.
    with validation_workers(workers_at_start(len(paths), jobs)) as workers:
        gazetteer = GazetteerOnDemand()
        timings = {}
        start = perf_counter()
        cache = cache or Cache(None)
        records = read_records(paths, cache, gazetteer)
        timings["ingest"] = perf_counter() - start
        start = perf_counter()
        kept = [r for r in records if r.stem not in leave_out]
        by_stem = statement_parts(kept, cache, gazetteer)
        for stem, nodes in (drop or {}).items():
            if stem in by_stem:
                by_stem[stem] = without_nodes(by_stem[stem], nodes)
        refuse_overfull({r.source: len(by_stem[r.stem].triples) for r in kept})
        parts = list(by_stem.values())
        parts.append(ontology_part(cache))
        union = set()
        for part in parts:
            union.update(part.triples)
        triples = list(union)
        timings["assembly"] = perf_counter() - start
        start = perf_counter()
        ntriples = "".join(part.ntriples for part in parts)
        large = beside(len(ntriples), can_fork())
        serialised = _start_serialisation(union, len(ntriples))
        checks = start_checks(ntriples, engine) if large else None
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
        documents=[(r.stem, r.sha256) for r in kept],
        records=records,
        subjects={stem: {t[0] for t in part.triples} for stem, part in by_stem.items()},
        findings=checked.findings,
        timings={k: round(v, 3) for k, v in timings.items()},
        counts=counts,
    )


def warning_lines(warnings: list) -> list[str]:
    """One line per ingestion warning: file:begin-end: warning: message."""
    return [f"{w.span.source}:{w.span.begin}-{w.span.end}: warning: {w.message}" for w in warnings]


def build_command(
    paths: list[Path],
    output: Path,
    check: bool = False,
    engine: str = "oxigraph",
    cache: Cache | None = None,
    jobs: int | None = None,
    timings: bool = False,
    keep_going: bool = False,
) -> int:
    """`balikg build`: build, print the warnings and each statement's coverage, refuse to write a graph that
    does not conform (with `keep_going`, write the statements that conform, name the ones left out and exit
    1); with `check`, compare with the file instead of writing it. Returns the exit code."""
    import json
    import sys
    from datetime import UTC, datetime

    from balikg.build.coverage import coverage_line, empty_warning
    from balikg.build.provenance import provenance_path
    from balikg.core.atomic import check_target, write_text
    from balikg.core.errors import UserError
    from balikg.validation.findings import format_text, summary

    if not paths:
        raise UserError(f"{output}: not built: no statement texts given")
    for target in (output,) if check else (output, provenance_path(output)):
        check_target(target)  # before the work: a directory or a name too long is said at once
    started = datetime.now(UTC)
    cache = cache or Cache(None)
    result = build(paths, cache=cache, engine=engine, jobs=jobs)
    for line in warning_lines(result.warnings):
        print(line, file=sys.stderr)
    for record in result.records:
        print(coverage_line(record), file=sys.stderr)
        if (loud := empty_warning(record)) is not None:
            print(loud, file=sys.stderr)
    dropped: dict[str, frozenset[str]] = {}
    for _ in range(REPAIR_ROUNDS):  # a fact that does not conform is left out, never the statement around it
        facts = nonconforming_facts(result)
        if not facts or all(facts[stem] <= dropped.get(stem, frozenset()) for stem in facts):
            break
        dropped = {stem: dropped.get(stem, frozenset()) | facts.get(stem, frozenset()) for stem in {*dropped, *facts}}
        result = build(paths, cache=cache, engine=engine, jobs=jobs, drop=dropped)
    for stem, nodes in sorted(dropped.items()):
        print(
            f"{_source_of(result, stem)}: warning: left out {len(nodes)} node(s) whose triples did not conform to "
            f"the shapes: {', '.join(sorted(nodes))}",
            file=sys.stderr,
        )
    left_out: dict[str, str] = {}
    while summary(result.findings)["Violation"]:
        culprits = _culprits(result)
        print(format_text(result.findings, "built graph"), file=sys.stderr)
        if not keep_going or not culprits or set(culprits) <= set(left_out):
            named = ", ".join(sorted(_source_of(result, s) for s in culprits)) or "no single statement"
            print(
                f"{output}: not written: the built graph does not conform to the shapes (from {named})", file=sys.stderr
            )
            if culprits and not keep_going:
                print("  rerun with --keep-going to write the statements that conform", file=sys.stderr)
            return 1
        left_out |= {stem: _source_of(result, stem) for stem in culprits}
        result = build(paths, cache=cache, engine=engine, jobs=jobs, leave_out=frozenset(left_out), drop=dropped)
    if timings:
        print(json.dumps({"timings": result.timings, "counts": result.counts}), file=sys.stderr)
    for source in sorted(left_out.values()):
        print(f"{source}: left out: its triples do not conform to the shapes (see above)", file=sys.stderr)
    count = len(result.triples)
    built = len(paths) - len(left_out)
    if not built:
        print(f"{output}: not written: every statement was left out", file=sys.stderr)
        return 1
    if check:
        current = output.read_bytes() if output.is_file() else None
        if current != result.turtle.encode("utf-8"):
            state = "missing" if current is None else "stale"
            print(f"{output}: {state}: it differs from a fresh build; run 'balikg build'", file=sys.stderr)
            return 1
        print(f"{output}: up to date ({count} triples from {built} source(s))")
        return 1 if left_out else 0
    write_text(output, result.turtle)
    from balikg.build.provenance import record_build

    record_build(output, result.turtle, result.documents, started)
    print(
        f"{output}: {count} triples from {built} source(s), "
        f"{len(result.warnings)} warning(s), conforms to the shapes"
        + (f"; {len(left_out)} source(s) left out" if left_out else "")
    )
    return 1 if left_out else 0


REPAIR_ROUNDS = 6  # a node left out may leave others without what they need: a few rounds reach the end


def nonconforming_facts(result: BuildResult) -> dict[str, frozenset[str]]:
    """For each statement, the nodes of its facts the shapes found in violation (a participation, coordination,
    obligation or addressing, a span, a paragraph, item or section, or an IRI it names and no triple describes),
    which can be left out without the statement; never the statement itself, its meeting or an actor."""
    from balikg.core import iris
    from balikg.core.vocab import BKG, NIF, RDF

    fact_types = {BKG.Participation, BKG.Coordination, BKG.Obligation, BKG.Addressing, NIF.String, NIF.Phrase,
                  NIF.Sentence, NIF.Title, NIF.Paragraph, BKG.LetteredItem, BKG.Section}  # fmt: skip
    types: dict[str, set[str]] = {}
    for s, p, o, _ in result.triples:
        if p == RDF.type:
            types.setdefault(s, set()).add(o)
    out: dict[str, set[str]] = {}
    for finding in result.findings:
        if finding.severity != "Violation":
            continue
        stem = iris.document_of(finding.focus)
        described = finding.focus in types
        if stem in result.subjects and finding.focus == iris.document(stem):
            continue
        if described and not types[finding.focus] & fact_types:
            continue
        if not described and stem not in result.subjects:
            continue  # an IRI outside any statement, described nowhere: not a fact of one
        for each in _stems_of(result, finding.focus):
            out.setdefault(each, set()).add(finding.focus)
    return {stem: frozenset(nodes) for stem, nodes in out.items()}


def _culprits(result: BuildResult) -> list[str]:
    """The statements whose triples carry the violations: the one a focus node's IRI sits under, else every
    statement whose part describes the focus node."""
    stems = set()
    for finding in result.findings:
        if finding.severity == "Violation":
            stems |= _stems_of(result, finding.focus)
    return sorted(stems)


def _stems_of(result: BuildResult, focus: str) -> set[str]:
    """The statements a node belongs to: the one its IRI sits under, else every one whose part describes it."""
    from balikg.core.iris import document_of

    stem = document_of(focus)
    if stem in result.subjects:
        return {stem}
    return {s for s, subjects in result.subjects.items() if focus in subjects}


def _source_of(result: BuildResult, stem: str) -> str:
    """The source path of a statement, by its stem."""
    return next((r.source for r in result.records if r.stem == stem), stem)
