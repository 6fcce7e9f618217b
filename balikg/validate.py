"""Validate a graph: SHACL shapes and the violation queries, reported as one readable list."""

import json
import re
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from balikg.paths import CHECKS
from balikg.shapes import SH, load_shapes

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DCT = "http://purl.org/dc/terms/"
SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Finding:
    """One problem: where (node and its label), what (property and message), and its source text."""

    severity: str
    focus: str
    label: str
    property: str
    message: str
    check: str
    paragraph: str = ""
    quote: str = ""


def _targets(shapes_graph, data, shape) -> set:
    """The focus nodes a shape targets in the data (classes include their subclasses)."""
    from rdflib import URIRef
    from rdflib.namespace import RDF, RDFS

    nodes = set()
    for cls in shapes_graph.objects(shape, URIRef(SH + "targetClass")):
        classes = set(data.transitive_subjects(RDFS.subClassOf, cls))
        for c in classes:
            nodes.update(data.subjects(RDF.type, c))
    for prop in shapes_graph.objects(shape, URIRef(SH + "targetSubjectsOf")):
        nodes.update(data.subjects(prop, None))
    for prop in shapes_graph.objects(shape, URIRef(SH + "targetObjectsOf")):
        nodes.update(data.objects(None, prop))
    nodes.update(shapes_graph.objects(shape, URIRef(SH + "targetNode")))
    return nodes


def _words(data, prop) -> str:
    """A property in words: its label in the ontology, or its local name split into words."""
    from rdflib import URIRef

    if prop is None:
        return ""
    if not isinstance(prop, URIRef):
        return "(path)"
    label = data.value(prop, URIRef(RDFS_LABEL))
    if label is not None:
        return str(label)
    local = re.split(r"[#/]", str(prop))[-1]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).lower()


def _label(data, node) -> str:
    """A node's label, or its quote if it is a span, or its IRI."""
    from rdflib import URIRef

    for prop in (RDFS_LABEL, NIF + "anchorOf"):
        value = data.value(node, URIRef(prop))
        if value is not None:
            text = " ".join(str(value).split())
            return text if len(text) <= 80 else text[:77] + "…"
    return str(node)


def _source(data, node) -> tuple[str, str]:
    """The paragraph number and sentence a node was read from, when it has a source span."""
    from rdflib import URIRef

    candidates = [node, *data.objects(node, URIRef(DCT + "source"))]
    for span in candidates:
        sentence = data.value(span, URIRef(NIF + "sentence")) or span
        quote = data.value(sentence, URIRef(NIF + "anchorOf"))
        if quote is None:
            continue
        part = data.value(sentence, URIRef(DCT + "isPartOf"))
        notation = data.value(part, URIRef("http://www.w3.org/2004/02/skos/core#notation")) if part else None
        return (str(notation) if notation is not None else "", " ".join(str(quote).split()))
    return "", ""


def _finding(data, severity, focus, path, message, check) -> Finding:
    """A Finding with the node's label and source filled in from the data."""
    paragraph, quote = _source(data, focus)
    return Finding(
        severity=re.split(r"[#/]", str(severity))[-1],
        focus=str(focus),
        label=_label(data, focus),
        property=_words(data, path),
        message=message,
        check=check,
        paragraph=paragraph,
        quote=quote,
    )


def sparql_rows(data, engine: str):
    """A function running a SELECT on the data with the chosen engine, rows as dicts of rdflib terms.

    `data` is an rdflib Graph, a list of tuple triples (ingest.terms), or N-Triples text."""
    if engine == "rdflib":
        if isinstance(data, str):
            from rdflib import Graph

            data = Graph().parse(data=data, format="nt")
        graph = data if hasattr(data, "query") else _rdflib_graph(data)
        return lambda text: [row.asdict() for row in graph.query(text)]
    import pyoxigraph

    store = pyoxigraph.Store()
    if hasattr(data, "serialize"):
        store.load(data.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    elif isinstance(data, str):
        store.bulk_load(data.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    else:
        from ingest.terms import nt_line

        store.bulk_load("".join(nt_line(t) + "\n" for t in data).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)

    def convert(term):
        from rdflib import BNode, Literal, URIRef  # imported once there is a row: checks rarely have any

        if isinstance(term, pyoxigraph.NamedNode):
            return URIRef(term.value)
        if isinstance(term, pyoxigraph.BlankNode):
            return BNode(term.value)
        return Literal(term.value, lang=term.language, datatype=None if term.language else term.datatype.value)

    def run(text: str) -> list[dict]:
        solutions = store.query(text)
        names = [v.value for v in solutions.variables]
        return [{n: convert(s[i]) for i, n in enumerate(names) if s[i] is not None} for s in solutions]

    return run


def _rdflib_graph(triples):
    """An rdflib Graph of tuple triples."""
    from rdflib import Graph

    from ingest.terms import to_rdflib

    graph = Graph()
    for triple in triples:
        graph.add(to_rdflib(triple))
    return graph


@dataclass(frozen=True)
class Result:
    """One raw SHACL result of a unit (plain strings, so that it crosses processes and caches)."""

    severity: str
    focus: str
    path: str
    message: str
    check: str
    shape: str = ""


def unit_results(
    triples, focus: frozenset | None = None, engine: str = "oxigraph", part: int = 0, parts: int = 1
) -> list[Result]:
    """pySHACL's core results and the SPARQL constraints' failures for the focus nodes (all when None).

    With `parts` > 1, only part `part` of the work: the shapes that target focus nodes are dealt out
    among the parts (see _shapes_for), and the SPARQL constraints go with part 0; the parts' results
    together are the unit's."""
    import pyshacl
    from rdflib import URIRef

    shapes = load_shapes()
    tuples = not hasattr(triples, "serialize")
    data = _rdflib_graph(triples) if tuples else triples
    # pySHACL's own focus_nodes option also filters the value nodes of nested shapes; results are
    # filtered here instead.
    shapes_graph = shapes.core if focus is None else _shapes_for(data, focus, part, parts)
    # A graph made here is used in place: pySHACL otherwise copies it first (the shapes have no rules, so
    # nothing is added to it), which was a tenth of each unit's time.
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=True, inplace=tuples
    )
    out = []
    if not conforms:
        nested = set(shapes.full.objects(None, URIRef(SH + "node")))
        for result in report.subjects(URIRef(SH + "focusNode"), None):
            # pySHACL also reports a value's failure of a nested shape (sh:node) with the value as focus
            # node; those are kept, as the unit holds what the nested shape reads about the value.
            outside = focus is not None and str(report.value(result, URIRef(SH + "focusNode"))) not in focus
            if outside and report.value(result, URIRef(SH + "sourceShape")) not in nested:
                continue
            path = report.value(result, URIRef(SH + "resultPath"))
            out.append(
                Result(
                    str(report.value(result, URIRef(SH + "resultSeverity"))),
                    str(report.value(result, URIRef(SH + "focusNode"))),
                    str(path) if isinstance(path, URIRef) else "",
                    str(report.value(result, URIRef(SH + "resultMessage")) or "does not conform"),
                    _shape_name(shapes.core, report.value(result, URIRef(SH + "sourceShape"))),
                )
            )
    sparql = shapes.sparql if part == 0 else ()
    run = sparql_rows(triples if tuples and engine != "rdflib" else data, engine) if sparql else None
    for constraint in sparql:
        targets = _targets(shapes.full, data, constraint.shape)
        for row in run(constraint.query):
            node = row.get("this")
            if node in targets and (focus is None or str(node) in focus):
                out.append(
                    Result(
                        str(constraint.severity),
                        str(node),
                        "",
                        constraint.message,
                        _local(constraint.shape),
                        str(constraint.shape),
                    )
                )
    return out


TARGETS = ("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode")


def _shapes_for(data, focus: frozenset, part: int = 0, parts: int = 1):
    """The core shapes for a unit (or one part of it): only shapes with a focus node among their targets
    keep their targets; with several parts, those shapes are dealt out among them, most targets first,
    each to the part with the fewest targets so far, and each part keeps only its own.

    A shape left without targets stays usable through sh:node. A unit's non-focus nodes are focus nodes
    of their own units, where every shape targeting them runs (and every nested shape reached from
    them); here they would only make results that are dropped."""
    core = load_shapes().core
    load: dict[object, int] = {}
    for shape in _targeted(core):
        count = sum(1 for node in _targets(load_shapes().full, data, shape) if str(node) in focus)
        if count:
            load[shape] = count
    totals, mine = [0] * parts, set()
    for shape in sorted(load, key=lambda s: (-load[s], str(s))):
        least = totals.index(min(totals))
        totals[least] += load[shape]
        if least == part:
            mine.add(shape)
    return _without_targets(frozenset(s for s in _targeted(core) if s not in mine))


@cache
def _targeted(core) -> tuple:
    """The shapes that declare targets."""
    from rdflib import URIRef

    return tuple(sorted({s for name in TARGETS for s in core.subjects(URIRef(SH + name), None)}))


@cache
def _without_targets(idle: frozenset):
    """The core shapes graph without the target declarations of `idle` shapes (one graph per set)."""
    from rdflib import Graph, URIRef

    core = load_shapes().core
    if not idle:
        return core
    target_predicates = {URIRef(SH + name) for name in TARGETS}
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


def results_to_findings(results: list[Result], data) -> list[Finding]:
    """Findings for raw results, read against the whole graph (an rdflib Graph or a TripleIndex).

    A failed SPARQL constraint also fails every property shape that requires its values to conform to
    that shape (sh:node), on the nodes holding the failing value."""
    if not results:  # a conforming graph: no need for rdflib or the shapes graph in this process
        return []
    from rdflib import URIRef

    shapes = load_shapes()
    findings = []
    failing: dict[str, list] = {}
    for r in results:
        path = URIRef(r.path) if r.path else None
        findings.append(_finding(data, URIRef(r.severity), URIRef(r.focus), path, r.message, r.check))
        if r.shape:
            failing.setdefault(r.shape, []).append(URIRef(r.focus))
    for shape, nodes in failing.items():
        findings += _through_sh_node(shapes, data, URIRef(shape), nodes)
    return findings


def _through_sh_node(shapes, data, shape, failing: list) -> list[Finding]:
    """Violations of the property shapes that require their values to conform to `shape` (sh:node)."""
    from rdflib import URIRef

    graph = shapes.full
    out = []
    for prop_shape in graph.subjects(URIRef(SH + "node"), shape):
        path = graph.value(prop_shape, URIRef(SH + "path"))
        if not isinstance(path, URIRef):
            continue
        message = str(graph.value(prop_shape, URIRef(SH + "message")) or "value does not conform")
        severity = graph.value(prop_shape, URIRef(SH + "severity")) or URIRef(SH + "Violation")
        for owner in graph.subjects(URIRef(SH + "property"), prop_shape):
            for node in failing:
                for holder in data.subjects(path, node):
                    if _is_target(graph, data, owner, holder):
                        out.append(_finding(data, severity, holder, path, message, _shape_name(graph, prop_shape)))
    return out


def _is_target(shapes_graph, data, shape, node) -> bool:
    """Whether a node is a target of a shape (classes include their subclasses)."""
    from rdflib import URIRef
    from rdflib.namespace import RDF, RDFS

    if node in set(shapes_graph.objects(shape, URIRef(SH + "targetNode"))):
        return True
    for cls in shapes_graph.objects(shape, URIRef(SH + "targetClass")):
        types = list(data.objects(node, RDF.type))
        seen = set()
        while types:
            t = types.pop()
            if t == cls:
                return True
            if t not in seen:
                seen.add(t)
                types += list(data.objects(t, RDFS.subClassOf))
    for prop in shapes_graph.objects(shape, URIRef(SH + "targetSubjectsOf")):
        if data.value(node, prop) is not None:
            return True
    inverse = shapes_graph.objects(shape, URIRef(SH + "targetObjectsOf"))
    return any(list(data.subjects(prop, node)) for prop in inverse)


def _shape_name(shapes_graph, shape) -> str:
    """A shape's name; an anonymous property shape is named after the node shape that holds it."""
    from rdflib import BNode, URIRef

    if isinstance(shape, BNode):
        owner = next(shapes_graph.subjects(URIRef(SH + "property"), shape), None)
        return _local(owner)
    return _local(shape)


def _local(node) -> str:
    """The local name of a shape IRI (blank shapes have none)."""
    from rdflib import BNode

    return "" if node is None or isinstance(node, BNode) else re.split(r"[#/]", str(node))[-1]


def check_rows(run, directory: Path = CHECKS) -> list[tuple]:
    """(check, title, focus, property) for every row of every queries/checks/*-violation.rq."""
    rows = []
    for path in sorted(Path(directory).glob("*-violation.rq")):
        text = path.read_text(encoding="utf-8")
        title = next((ln.split(":", 1)[1].strip() for ln in text.splitlines() if ln.startswith("# title:")), path.stem)
        for values in run(text):
            focus = values.get("entity") or values.get("this") or next(iter(values.values()), None)
            rows.append((path.stem, title, focus, values.get("property")))
    return rows


def check_findings(data, directory: Path = CHECKS, run=None, rows: list | None = None) -> list[Finding]:
    """Findings for the violation queries' rows (run here unless given), read against `data`."""
    if rows is None:
        rows = check_rows(run or sparql_rows(data, "rdflib"), directory)
    return [_finding(data, SH + "Violation", focus, prop, title, check) for check, title, focus, prop in rows]


def ordered(findings: list[Finding]) -> list[Finding]:
    """Unique findings, most severe first, then by label, property and message."""
    return sorted(set(findings), key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.label, f.property, f.message))


def validate_graph(data, engine: str = "oxigraph") -> list[Finding]:
    """All findings for an rdflib Graph, checked in units like a build (see balikg.units)."""
    from balikg.checking import validate_triples
    from ingest.terms import from_rdflib

    return validate_triples([from_rdflib(*t) for t in data], engine=engine).findings


def summary(findings: list[Finding]) -> dict[str, int]:
    """Counts by severity."""
    counts = {"Violation": 0, "Warning": 0, "Info": 0}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def format_text(findings: list[Finding], graph_name: str) -> str:
    """One line per finding, then the counts by severity."""
    lines = []
    for f in findings:
        where = f" — ¶{f.paragraph}" if f.paragraph else ""
        quote = f' "{f.quote if len(f.quote) <= 100 else f.quote[:97] + "…"}"' if f.quote else ""
        prop = f" [{f.property}]" if f.property else ""
        lines.append(f"{f.severity}: {f.label}{prop}: {f.message}{where}{quote}")
    counts = summary(findings)
    verdict = "conforms" if counts["Violation"] == 0 else "does not conform"
    totals = ", ".join(f"{n} {k.lower()}{'s' if n != 1 else ''}" for k, n in counts.items())
    lines.append(f"{graph_name}: {verdict} ({totals})")
    return "\n".join(lines)


def format_json(findings: list[Finding], graph_name: str) -> str:
    """The same list for machines."""
    counts = summary(findings)
    return json.dumps(
        {
            "graph": graph_name,
            "conforms": counts["Violation"] == 0,
            "findings": [asdict(f) for f in findings],
            "summary": counts,
        },
        indent=2,
        ensure_ascii=False,
    )
