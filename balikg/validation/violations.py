"""The violation queries (queries/checks/*-violation.rq): checks across statements that must return no rows."""

from pathlib import Path

from balikg.core.paths import CHECKS
from balikg.core.vocab import SH
from balikg.validation.findings import Finding, describe


def check_rows(run, directory: Path = CHECKS) -> list[tuple]:
    """(check, title, focus, property) for every row of every *-violation.rq, `run` answering a SELECT."""
    rows = []
    for path in sorted(Path(directory).glob("*-violation.rq")):
        text = path.read_text(encoding="utf-8")
        title = next((ln.split(":", 1)[1].strip() for ln in text.splitlines() if ln.startswith("# title:")), path.stem)
        for values in run(text):
            focus = values.get("entity") or values.get("this") or next(iter(values.values()), None)
            rows.append((path.stem, title, focus, values.get("property")))
    return rows


def rows_on(data, engine: str) -> list[tuple]:
    """The violation queries' rows for the data (an rdflib Graph, tuple triples or N-Triples text)."""
    from balikg.query.engines import select_rows

    return check_rows(select_rows(data, engine))


def check_findings(data, rows: list[tuple] | None = None, directory: Path = CHECKS) -> list[Finding]:
    """Findings for the violation queries' rows (run here on `data` with rdflib unless given), described
    against `data`."""
    if rows is None:
        rows = rows_on(data, "rdflib")
    return [describe(data, SH.Violation, focus, prop, title, check) for check, title, focus, prop in rows]
