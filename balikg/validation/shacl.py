"""pySHACL on one validation unit (balikg.validation.units), and the shapes' SPARQL constraints run once
over the unit with $this as an ordinary variable: raw results as plain strings, for processes and caches."""

from dataclasses import dataclass
from functools import cache

from balikg.core.terms import rdflib_graph, rdflib_terms
from balikg.core.vocab import SH
from balikg.validation.shapes import TARGETS, load_shapes, local_name, shape_name, targets


@dataclass(frozen=True)
class Result:
    """One raw SHACL result of a unit (plain strings, so that it crosses processes and caches)."""

    severity: str
    focus: str
    path: str
    message: str
    check: str
    shape: str = ""


def prepare_worker() -> None:
    """In a new worker process: import pySHACL and parse the shapes before the first unit arrives."""
    import pyshacl  # noqa: F401

    load_shapes()


def unit_results(
    triples, focus: frozenset | None = None, engine: str = "oxigraph", part: int = 0, parts: int = 1
) -> list[Result]:
    """pySHACL's core results and the SPARQL constraints' failures for the focus nodes (all when None).

    With `parts` > 1, only part `part` of the work: the shapes that target focus nodes are dealt out
    among the parts (see _shapes_for), and the SPARQL constraints go with part 0; the parts' results
    together are the unit's."""
    import pyshacl
    from rdflib import URIRef

    from balikg.query.engines import select_rows

    sh = rdflib_terms(SH)
    shapes = load_shapes()
    tuples = not hasattr(triples, "serialize")
    data = rdflib_graph(triples) if tuples else triples
    # pySHACL's own focus_nodes option also filters the value nodes of nested shapes; results are
    # filtered here instead.
    shapes_graph = shapes.core if focus is None else _shapes_for(data, focus, part, parts)
    # A graph made here is checked in place: the shapes have no rules, so nothing is added to it.
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=True, inplace=tuples
    )
    out = []
    if not conforms:
        nested = set(shapes.full.objects(None, sh.node))
        for result in report.subjects(sh.focusNode, None):
            # pySHACL also reports a value's failure of a nested shape (sh:node) with the value as focus
            # node; those are kept, as the unit holds what the nested shape reads about the value.
            outside = focus is not None and str(report.value(result, sh.focusNode)) not in focus
            if outside and report.value(result, sh.sourceShape) not in nested:
                continue
            path = report.value(result, sh.resultPath)
            out.append(
                Result(
                    str(report.value(result, sh.resultSeverity)),
                    str(report.value(result, sh.focusNode)),
                    str(path) if isinstance(path, URIRef) else "",
                    str(report.value(result, sh.resultMessage) or "does not conform"),
                    shape_name(shapes.core, report.value(result, sh.sourceShape)),
                )
            )
    sparql = shapes.sparql if part == 0 else ()
    run = select_rows(triples if tuples and engine != "rdflib" else data, engine) if sparql else None
    for constraint in sparql:
        targeted = targets(shapes.full, data, constraint.shape)
        for row in run(constraint.query):
            node = row.get("this")
            if node in targeted and (focus is None or str(node) in focus):
                out.append(
                    Result(
                        str(constraint.severity),
                        str(node),
                        "",
                        constraint.message,
                        local_name(constraint.shape),
                        str(constraint.shape),
                    )
                )
    return out


def _shapes_for(data, focus: frozenset, part: int = 0, parts: int = 1):
    """The core shapes for a unit (or one part of it): only shapes with a focus node among their targets
    keep their targets; with several parts, those shapes are dealt out among them, most targets first,
    each to the part with the fewest targets so far, and each part keeps only its own.

    A shape left without targets stays usable through sh:node. A unit's non-focus nodes are focus nodes
    of their own units, where every shape targeting them runs (and every nested shape reached from
    them); here they would only make results that are dropped."""
    shapes = load_shapes()
    load: dict[object, int] = {}
    for shape in _targeted(shapes.core):
        count = sum(1 for node in targets(shapes.full, data, shape) if str(node) in focus)
        if count:
            load[shape] = count
    totals, mine = [0] * parts, set()
    for shape in sorted(load, key=lambda s: (-load[s], str(s))):
        least = totals.index(min(totals))
        totals[least] += load[shape]
        if least == part:
            mine.add(shape)
    return _without_targets(frozenset(s for s in _targeted(shapes.core) if s not in mine))


@cache
def _targeted(core) -> tuple:
    """The shapes that declare targets."""
    sh = rdflib_terms(SH)
    return tuple(sorted({s for name in TARGETS for s in core.subjects(getattr(sh, name), None)}))


@cache
def _without_targets(idle: frozenset):
    """The core shapes graph without the target declarations of `idle` shapes (one graph per set)."""
    from rdflib import Graph

    core = load_shapes().core
    if not idle:
        return core
    sh = rdflib_terms(SH)
    target_predicates = {getattr(sh, name) for name in TARGETS}
    graph = Graph()
    for prefix, namespace in core.namespaces():
        graph.bind(prefix, namespace)
    for triple in core:
        if not (triple[0] in idle and triple[1] in target_predicates):
            graph.add(triple)
    return graph


def unit_results_job(job: tuple) -> list[Result]:
    """unit_results for a process pool: (triples, focus, engine, part, parts)."""
    return unit_results(*job)
