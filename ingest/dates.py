"""Date expressions as the statements write them: '29-30 April 2003', '17 May 2002', 'December 2002'."""

import re
from dataclasses import dataclass

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DASH = r"\s*(?:-|–|—|to|until)\s*"
DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{MONTH}))?{DASH})?"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH}),?\s+(?P<y>\d{{4}})"
    rf"|(?P<mu>{MONTH})\s+(?P<du1>\d{{1,2}})(?:{DASH}(?P<du2>\d{{1,2}}))?,\s*(?P<yu>\d{{4}})"
    rf"|(?P<mo>{MONTH})\s+(?P<yo>\d{{4}})"
)
DATE_RE = re.compile(DATE)


@dataclass(frozen=True)
class DateRange:
    """A start and end as ISO lexical forms: YYYY-MM-DD, or YYYY-MM where only the month is given."""

    start: str
    end: str


def parse(match: re.Match) -> DateRange:
    """The range a DATE_RE match denotes."""
    groups = match.groupdict()
    if groups["mu"]:  # 'April 29-30, 2003'
        month = MONTHS[groups["mu"].lower()]
        first = f"{groups['yu']}-{month:02d}-{int(groups['du1']):02d}"
        last = f"{groups['yu']}-{month:02d}-{int(groups['du2'] or groups['du1']):02d}"
        return DateRange(first, last)
    if groups["mo"]:
        month = f"{groups['yo']}-{MONTHS[groups['mo'].lower()]:02d}"
        return DateRange(month, month)
    year = int(groups["y"])
    end_month = MONTHS[groups["m2"].lower()]
    end = f"{year}-{end_month:02d}-{int(groups['d2']):02d}"
    if not groups["d1"]:
        return DateRange(end, end)
    start_month = MONTHS[groups["m1"].lower()] if groups["m1"] else end_month
    start_year = year - 1 if start_month > end_month else year
    return DateRange(f"{start_year}-{start_month:02d}-{int(groups['d1']):02d}", end)


def find_dates(text: str) -> list[tuple[re.Match, DateRange]]:
    """Every date expression in the text, with its match (for offsets) and its range."""
    return [(m, parse(m)) for m in DATE_RE.finditer(text)]
