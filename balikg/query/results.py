"""Query results in one neutral form and three outputs: aligned table, CSV, SPARQL 1.1 JSON."""

import csv
import io
import json
from dataclasses import dataclass

from balikg.core import iris
from balikg.core.tables import aligned
from balikg.core.terms import Term, term_to_json
from balikg.core.vocab import ABBREVIATIONS

TABLE_CELL = 60


@dataclass(frozen=True)
class Results:
    """The variables of a SELECT and its rows of Terms (None where a variable is unbound)."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]


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
    bindings = [
        {name: term_to_json(term) for name, term in zip(results.variables, row, strict=True) if term is not None}
        for row in results.rows
    ]
    document = {"head": {"vars": results.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _cell(term: Term | None) -> str:
    """A value for people: IRIs shortened by the project's prefixes, long text cut."""
    if term is None:
        return ""
    value = " ".join(term.value.split())
    if term.type == "uri":
        value = iris.shorten(value, ABBREVIATIONS)
    return value if len(value) <= TABLE_CELL else value[: TABLE_CELL - 1] + "…"


def to_table(results: Results) -> str:
    """Aligned columns with a header rule and a row count."""
    lines = aligned(results.variables, [[_cell(t) for t in row] for row in results.rows])
    lines.append(f"({len(results.rows)} row{'s' if len(results.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


FORMATS = {"table": to_table, "csv": to_csv, "json": to_json}
