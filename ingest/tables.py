"""Tables flattened to text with bars ('| 1 | Australia | Co-Chair |'): a header row naming the columns, then
rows read cell by cell, each cell with its span; rules ('+----+', '|---|') are passed over.

A run of two or more barred lines with as many cells each is a table (under a ruled header of one cell, a grid
of names whatever their number per line): one barred line alone (a menu, a line of fields 'Venue: Bangkok |
Dates: …') is not. Tables padded with spaces are read too: a header of three or more column names set apart
by two spaces or more ('No.  Member State     Level     Remarks'), over two or more rows whose cells start
where its columns do."""

import re
from dataclasses import dataclass

from ingest.records import Span
from ingest.text import sub_span

RULE = re.compile(r"[ \t]*[|+:=—–-]*[-=—–]{3,}[|+:=—–\s-]*")  # '+----+------+', '|-----|:----|'
BARRED = re.compile(r"[^|\n]*\|[^\n]*")  # a bar at least
PADDED_CELL = re.compile(r"\S+(?: \S+)*")  # a padded row's cell: words set apart by single spaces
COLUMN_NAME = re.compile(r"[A-Za-z][\w.'’/()-]*(?: [\w.'’/()-]+){0,3}")  # a header cell: up to four words


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


def read_tables(document: Span, padded: bool = True) -> list[Table]:
    """Every table of a document, in order (those padded with spaces unless `padded` is False)."""
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
    tables += _table(document, run, ruled)
    return sorted(tables + (_padded_tables(document) if padded else []), key=lambda t: t.span.begin)


def _padded_tables(document: Span) -> list[Table]:
    """Tables padded into columns with spaces: a header of three or more column names, then the rows whose
    every cell starts where a column does (within a character), up to the first line that does not; or a
    header of two names ruled off below, then its rows up to a blank line (see _ruled_two_columns)."""
    lines = list(re.finditer(r"^[^\r\n]*", document.quote, re.MULTILINE))
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        header = _padded_cells(lines[index])
        starts = [start for start, _ in header]
        if (
            len(header) == 2
            and "|" not in lines[index].group()
            and all(COLUMN_NAME.fullmatch(c) for _, c in header)
            and index + 1 < len(lines)
            and RULE.fullmatch(lines[index + 1].group())
            and (table := _ruled_two_columns(document, lines, index, starts)) is not None
        ):
            tables.append(table)
            index += len(table.rows) + 2
            continue
        if len(header) < 3 or "|" in lines[index].group() or not all(COLUMN_NAME.fullmatch(c) for _, c in header):
            index += 1
            continue
        rows = []
        for line in lines[index + 1 :]:
            cells = _padded_cells(line)
            at = [_column_at(starts, start) for start, _ in cells]
            if len(cells) < 2 or None in at or at[0] != 0 or len(set(at)) != len(at):
                break
            rows.append((line, dict(zip(at, cells, strict=True))))
        if len(rows) < 2:
            index += 1
            continue
        columns = tuple(" ".join(c.lower().split()) for _, c in header)
        cells_of = [tuple(_padded_span(document, line, row.get(k)) for k in range(len(header))) for line, row in rows]
        span = sub_span(document, lines[index].start(), rows[-1][0].end())
        row_spans = tuple(sub_span(document, line.start(), line.end()) for line, _ in rows)
        tables.append(Table(span, columns, tuple(cells_of), row_spans))
        index += len(rows) + 1
    return tables


def _ruled_two_columns(document: Span, lines: list[re.Match], index: int, starts: list[int]) -> Table | None:
    """A table of two columns padded with spaces and ruled off under its header ('Delegation    Capacity' over
    '-----------    --------'): each line up to a blank one or a rule is a row, a cell that runs into the next
    column ('… Republic of Algeria Member State') is cut where that column starts, and a line indented under
    the first column goes on with the row above ('Ambassador for People Smuggling and Human' over
    '  Trafficking        Australia (Co-Chair)'): each column's first piece is the row's cell."""
    rows: list[tuple[list[re.Match], dict[int, tuple[int, str]]]] = []
    for line in lines[index + 2 :]:
        text = line.group()
        if not text.strip() or RULE.fullmatch(text):
            break
        pieces = _cut_at_columns(_padded_cells(line), starts, text)
        if not pieces:
            break
        if rows and (text[:1].isspace() or 0 not in pieces):
            for column, piece in pieces.items():
                rows[-1][1].setdefault(column, (line.start() + piece[0], piece[1]))
            rows[-1][0].append(line)
            continue
        rows.append(([line], {column: (line.start() + at, words) for column, (at, words) in pieces.items()}))
    if len(rows) < 2:
        return None
    columns = tuple(" ".join(c.lower().split()) for _, c in _padded_cells(lines[index]))
    cells_of = tuple(
        tuple(
            sub_span(document, row[k][0], row[k][0] + len(row[k][1])) if k in row and row[k][1] not in "-–—" else None
            for k in range(2)
        )
        for _, row in rows
    )
    span = sub_span(document, lines[index].start(), rows[-1][0][-1].end())
    row_spans = tuple(sub_span(document, held[0].start(), held[-1].end()) for held, _ in rows)
    return Table(span, columns, cells_of, row_spans)


def _cut_at_columns(cells: list[tuple[int, str]], starts: list[int], text: str) -> dict[int, tuple[int, str]]:
    """A line's cells by the column each starts in (the last that starts at or before it), a cell that runs
    over a column's start after a space cut there."""
    out: dict[int, tuple[int, str]] = {}
    for at, words in cells:
        for start in starts[1:]:
            cut = next(
                (c for c in (start, start + 1, start - 1) if at < c < at + len(words) and _word_starts(text, c)), None
            )
            if cut is not None:
                out.setdefault(_column_of(starts, at), (at, words[: cut - at].rstrip()))
                at, words = cut, words[cut - at :]
        out.setdefault(_column_of(starts, at), (at, words))
    return out


def _word_starts(text: str, at: int) -> bool:
    """Whether a word starts at `at`, after a single space."""
    return text[at - 1] == " " and text[at] != " "


def _column_of(starts: list[int], at: int) -> int:
    """The column a cell starting at `at` falls in: the last one starting at or before it (give or take one)."""
    return max((k for k, column in enumerate(starts) if column <= at + 1), default=0)


def _padded_cells(line: re.Match) -> list[tuple[int, str]]:
    """The cells of a line padded into columns: each run of words set apart by two spaces or more, with the
    column where it starts."""
    text = line.group()
    if "\t" in text:
        return []
    return [(m.start(), m.group()) for m in PADDED_CELL.finditer(text) if m.group()]


def _column_at(starts: list[int], start: int) -> int | None:
    """The column a cell starting at `start` is in (its header starts there, give or take one), or None."""
    return next((k for k, column in enumerate(starts) if abs(column - start) <= 1), None)


def _padded_span(document: Span, line: re.Match, cell: tuple[int, str] | None) -> Span | None:
    """A padded cell's span (None for an empty cell or a dash)."""
    if cell is None or cell[1] in ("-", "–", "—"):
        return None
    begin = line.start() + cell[0]
    return sub_span(document, begin, begin + len(cell[1]))


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
