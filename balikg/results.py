"""Query results in one neutral form and three outputs: aligned table, CSV, SPARQL 1.1 JSON."""

import csv
import io
import json
from dataclasses import dataclass
from typing import NamedTuple

TABLE_CELL = 60
ABBREVIATIONS = {
    "https://w3id.org/balikg/id/": "id:",
    "http://www.wikidata.org/entity/": "wd:",
}


class Term(NamedTuple):
    """An RDF term as SPARQL JSON results describe it: uri, literal or bnode (a tuple: cheap to make)."""

    type: str
    value: str
    datatype: str = ""
    lang: str = ""


@dataclass(frozen=True)
class Results:
    """The variables of a SELECT and its rows (None where a variable is unbound)."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]


def from_rdflib(result) -> "Results":
    """Convert an rdflib SELECT result."""
    from rdflib import BNode, Literal

    variables = [str(v) for v in result.vars]
    rows = []
    for row in result:
        terms = []
        for value in row:
            if value is None:
                terms.append(None)
            elif isinstance(value, Literal):
                datatype = str(value.datatype or "")
                datatype = "" if datatype == "http://www.w3.org/2001/XMLSchema#string" else datatype
                terms.append(Term("literal", str(value), datatype, value.language or ""))
            elif isinstance(value, BNode):
                terms.append(Term("bnode", str(value)))
            else:
                terms.append(Term("uri", str(value)))
        rows.append(tuple(terms))
    return Results(variables, rows)


def to_csv(results: Results) -> str:
    """A header of variable names, then values as plain strings; unbound is empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow(["" if t is None else t.value for t in row])
    return out.getvalue()


def to_json(results: Results) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = []
    for row in results.rows:
        binding = {}
        for name, term in zip(results.variables, row, strict=True):
            if term is None:
                continue
            item = {"type": term.type, "value": term.value}
            if term.lang:
                item["xml:lang"] = term.lang
            elif term.datatype and term.datatype != "http://www.w3.org/2001/XMLSchema#string":
                item["datatype"] = term.datatype
            binding[name] = item
        bindings.append(binding)
    document = {"head": {"vars": results.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _cell(term: Term | None) -> str:
    """A value for people: IRIs shortened by the project's prefixes, long text cut."""
    if term is None:
        return ""
    value = " ".join(term.value.split())
    if term.type == "uri":
        for long, short in ABBREVIATIONS.items():
            if value.startswith(long):
                value = short + value[len(long) :]
                break
    return value if len(value) <= TABLE_CELL else value[: TABLE_CELL - 1] + "…"


def to_table(results: Results) -> str:
    """Aligned columns with a header rule and a row count."""
    cells = [[_cell(t) for t in row] for row in results.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(results.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(results.variables, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(results.rows)} row{'s' if len(results.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


FORMATS = {"table": to_table, "csv": to_csv, "json": to_json}
