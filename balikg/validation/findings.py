"""Findings: raw results described for people (the node's label, the property in words, the paragraph and
sentence it was read from), ordered, counted, and reported as text or JSON."""

import json
import re
from dataclasses import asdict, dataclass

from balikg.core.terms import iri_node, rdflib_terms
from balikg.core.vocab import DCTERMS, NIF, RDFS, SH, SKOS
from balikg.validation.shacl import Result
from balikg.validation.shapes import is_target, load_shapes, shape_name

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


def _words(data, prop) -> str:
    """A property in words: its label in the ontology, or its local name split into words."""
    from rdflib import URIRef

    if prop is None:
        return ""
    if not isinstance(prop, URIRef):
        return "(path)"
    label = data.value(prop, iri_node(RDFS.label))
    if label is not None:
        return str(label)
    local = re.split(r"[#/]", str(prop))[-1]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).lower()


def _label(data, node) -> str:
    """A node's label, or its quote if it is a span, or its IRI."""
    for prop in (RDFS.label, NIF.anchorOf):
        value = data.value(node, iri_node(prop))
        if value is not None:
            text = " ".join(str(value).split())
            return text if len(text) <= 80 else text[:77] + "…"
    return str(node)


def _source(data, node) -> tuple[str, str]:
    """The paragraph number and sentence a node was read from, when it has a source span."""
    candidates = [node, *data.objects(node, iri_node(DCTERMS.source))]
    for span in candidates:
        sentence = data.value(span, iri_node(NIF.sentence)) or span
        quote = data.value(sentence, iri_node(NIF.anchorOf))
        if quote is None:
            continue
        part = data.value(sentence, iri_node(DCTERMS.isPartOf))
        notation = data.value(part, iri_node(SKOS.notation)) if part else None
        return (str(notation) if notation is not None else "", " ".join(str(quote).split()))
    return "", ""


def describe(data, severity, focus, path, message, check) -> Finding:
    """A Finding with the node's label and source filled in from the data (an rdflib Graph or a
    balikg.validation.units.TripleIndex)."""
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


def results_to_findings(results: list[Result], data) -> list[Finding]:
    """Findings for raw results, read against the whole graph (an rdflib Graph or a TripleIndex).

    A failed SPARQL constraint also fails every property shape that requires its values to conform to
    that shape (sh:node), on the nodes holding the failing value."""
    if not results:  # a conforming graph: no need for rdflib or the shapes graph in this process
        return []
    shapes = load_shapes()
    findings = []
    failing: dict[str, list] = {}
    for r in results:
        path = iri_node(r.path) if r.path else None
        findings.append(describe(data, iri_node(r.severity), iri_node(r.focus), path, r.message, r.check))
        if r.shape:
            failing.setdefault(r.shape, []).append(iri_node(r.focus))
    for shape, nodes in failing.items():
        findings += _through_sh_node(shapes, data, iri_node(shape), nodes)
    return findings


def _through_sh_node(shapes, data, shape, failing: list) -> list[Finding]:
    """Violations of the property shapes that require their values to conform to `shape` (sh:node)."""
    from rdflib import URIRef

    sh = rdflib_terms(SH)
    graph = shapes.full
    out = []
    for prop_shape in graph.subjects(sh.node, shape):
        path = graph.value(prop_shape, sh.path)
        if not isinstance(path, URIRef):
            continue
        message = str(graph.value(prop_shape, sh.message) or "value does not conform")
        severity = graph.value(prop_shape, sh.severity) or sh.Violation
        for owner in graph.subjects(sh.property, prop_shape):
            for node in failing:
                for holder in data.subjects(path, node):
                    if is_target(graph, data, owner, holder):
                        out.append(describe(data, severity, holder, path, message, shape_name(graph, prop_shape)))
    return out


def ordered(findings: list[Finding]) -> list[Finding]:
    """Unique findings, most severe first, then by label, property and message."""
    return sorted(set(findings), key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.label, f.property, f.message))


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
