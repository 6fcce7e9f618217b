"""Tables flattened to text with bars ('| 1 | Australia | Co-Chair |'): a header row naming the columns, then
rows read cell by cell, each cell with its span; rules ('+----+', '|---|') are passed over.

A run of two or more barred lines with as many cells each is a table (under a ruled header of one cell, a grid
of names whatever their number per line): one barred line alone (a menu, a line of fields 'Venue: Bangkok |
Dates: …') is not."""

import re
from dataclasses import dataclass

from ingest.records import Span
from ingest.text import sub_span

RULE = re.compile(r"[ \t]*[|+:=—–-]*[-=—–]{3,}[|+:=—–\s-]*")  # '+----+------+', '|-----|:----|'
BARRED = re.compile(r"[^|\n]*\|[^\n]*")  # a bar at least


@dataclass(frozen=True)
class Table:
    """A table's column names (lower case) and its rows, each a tuple of cells (None for an empty one)."""

    span: Span
    columns: tuple[str, ...]
    rows: tuple[tuple[Span | None, ...], ...]
    row_spans: tuple[Span, ...]  # each row's line
    ruled: bool = False  # drawn with rules ('+----+', '|---|'): a table, never a menu

    def column(self, name: re.Pattern) -> int | None:
        """The first column whose name the pattern matches whole, or None."""
        return next((i for i, c in enumerate(self.columns) if name.fullmatch(c)), None)


def read_tables(document: Span) -> list[Table]:
    """Every table of a document, in order."""
    tables: list[Table] = []
    run: list[re.Match] = []
    ruled = False
    for line in re.finditer(r"^[^\r\n]*", document.quote, re.MULTILINE):
        if RULE.fullmatch(line.group()) and (run or _starts_table(document.quote, line.end())):
            ruled = True
            continue
        if BARRED.fullmatch(line.group()):
            run.append(line)
            continue
        tables += _table(document, run, ruled)
        run, ruled = [], False
    return tables + _table(document, run, ruled)


def _starts_table(text: str, at: int) -> bool:
    """Whether a rule at the top of a table is followed by barred lines."""
    following = re.match(r"\r?\n([^\r\n]*)", text[at:])
    return following is not None and BARRED.fullmatch(following.group(1)) is not None


def _table(document: Span, run: list[re.Match], ruled: bool) -> list[Table]:
    """The table a run of barred lines makes: its first line names the columns, every other line with as
    many cells is a row."""
    if len(run) < 2:
        return []
    header = _cells(document, run[0])
    # under a ruled header of one cell, a grid of names: '| Participating States |' over '| Afghanistan | Armenia |'
    grid = ruled and len(header) == 1
    lines = [(line, cells) for line in run[1:] if len(cells := _cells(document, line)) == len(header) or grid]
    if not lines:
        return []
    columns = tuple(" ".join(c.quote.lower().split()) if c else "" for c in header)
    span = sub_span(document, run[0].start(), run[-1].end())
    row_spans = tuple(sub_span(document, line.start(), line.end()) for line, _ in lines)
    return [Table(span, columns, tuple(cells for _, cells in lines), row_spans, ruled)]


def _cells(document: Span, line: re.Match) -> tuple[Span | None, ...]:
    """The cells of a barred line, without the blanks around them; the bars at its two ends open no cell."""
    text = line.group()
    bars = [i for i, c in enumerate(text) if c == "|"]
    bounds = [-1, *bars, len(text)]
    parts = list(zip(bounds, bounds[1:], strict=False))
    if not text[: bars[0]].strip():
        parts = parts[1:]  # '| 1 | Australia |': no cell before the first bar
    if not text[bars[-1] + 1 :].strip():
        parts = parts[:-1]
    out: list[Span | None] = []
    for left, right in parts:
        cell = text[left + 1 : right]
        stripped = cell.strip()
        begin = line.start() + left + 1 + (cell.index(stripped) if stripped else 0)
        out.append(sub_span(document, begin, begin + len(stripped)) if stripped else None)
    return tuple(out)
