"""Date expressions as the statements write them, and what they denote.

'29-30 April 2003', '26 to 28 February 2002', '30 April-2 May 2003', 'February 26-28, 2002', 'November 17
and 18, 2016', '07 - 08 JUNE 2004', 'December 2002', '17 May' (the year taken from the statement), and
'2003' where a year alone is the date ('meet again in Bali in 2003'). Each range is ISO: YYYY-MM-DD, YYYY-MM
where only the month is given, YYYY where only the year is.
"""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.lexicon import NUMBER_WORDS, ORDINAL_WORDS

MONTH_NAMES = [
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
]
# the months of translations that keep their own: Spanish, French, Portuguese, Indonesian ('3 y 4 de noviembre de
# 2016', '19-20 Juni 2023'); none is an English word
TRANSLATED_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "novembro": 11, "dezembro": 12,
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "juni": 6, "juli": 7, "agustus": 8, "oktober": 10,
    "desember": 12,
}  # fmt: skip
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9} | TRANSLATED_MONTHS


def word_trie(words: list[str]) -> str:
    """One regular expression for a set of words, their common beginnings factored out (a trie), so that a
    scan fails at a position's first letter instead of trying each word in turn."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return f"(?i:{pattern(tree)})"


MONTH = word_trie([*MONTH_NAMES, *TRANSLATED_MONTHS])  # the longest match: the regex is greedy in each branch
ENGLISH_MONTH = word_trie(MONTH_NAMES)  # where only English puts a month: first ('April 29-30'), or first of two
SHORT_MONTH = r"(?i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
ANY_MONTH = rf"(?:{MONTH}|{SHORT_MONTH}(?![a-z]))"
ENGLISH_ANY_MONTH = rf"(?:{ENGLISH_MONTH}|{SHORT_MONTH}(?![a-z]))"
# a day in words before 'of': 'on the tenth of June 2015', 'the twenty-first of May'
DAY_WORDS = [*ORDINAL_WORDS, *(f"twenty-{w}" for w in ORDINAL_WORDS[:9]), "thirtieth", "thirty-first"]
DAY = rf"(?:(?:[0-3]?\d)(?:st|nd|rd|th)?|{word_trie(DAY_WORDS)}(?=\s+(?:of|days?|and)\s))"
YEAR = r"(?:1[89]|20)\d\d"
# a year in words, as translations of Spanish declarations write it: 'the year two thousand and eighteen'
UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40}
YEAR_WORDS = (
    r"(?:the\s+year\s+)?two\s+thousand(?:\s+and)?\s+(?P<yw>"
    rf"(?:{'|'.join(TENS)})(?:[\s-]+(?:{'|'.join(UNITS)}))?|{word_trie(TEENS)}|{'|'.join(UNITS)})(?![\w-])"
)
DASH = r"\s*(?:-|‐|–|—|(?i:to|until|and|y|et|e|dan|al|au))\s*"  # 'LA PAZ, BOLIVIA, 25 AND 26 NOVEMBER 2004
RANGE_DASH = r"\s*(?:-|‐|–|—|(?i:to|until))\s*"  # after a first date with its year: a range, not two dates
# day first: '29-30 April 2003', '30 April - 2 May 2003', '17 May 2002', '17 May' (no year), '10 June 2019 -
# 11 June 2019'
# a weekday before the date: 'on Tuesday 30 June', and a translation's own: 'Senin (19/6/2023)', 'lunes 3 de junio'
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # Monday is 0
WEEKDAY = (
    "(?:"
    + word_trie(
        [
            *WEEKDAY_NAMES,
            *("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
            *("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
            *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ]
    )
    + r",?\s+)"
)
ENGLISH_WEEKDAY = r"(?:(?i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
# a page's event field gives the hours: 'Wednesday, 15 June 2016, 9:00 - Thursday, 16 June 2016, 14:00'
HOUR = r"(?:,?\s+\d{1,2}:\d\d(?:\s*(?i:[ap]\.?m\.?))?)"
DAY_FIRST = (
    rf"(?:{ENGLISH_WEEKDAY}?(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{ENGLISH_ANY_MONTH})(?:,?\s+(?:of\s+)?(?P<y1>{YEAR}){HOUR}?"
    rf"(?={RANGE_DASH}))?)?{DASH}(?:(?i:the)\s+)?)?"  # 'from the 16th to the 18th of July, 2019'
    # a translation's '8 of May of 2018', '4 de noviembre de 2016', 'the sixteenth day of the month of November'
    rf"{WEEKDAY}?(?P<d2>{DAY})\s+(?:(?:of|de)\s+|days?\s+of\s+(?:the\s+month\s+of\s+)?)?"
    rf"(?P<m2>{ANY_MONTH})"
    rf"(?:,?\s+(?:(?:of|de)\s+)?(?:(?P<y>{YEAR})|{YEAR_WORDS}))?"
)
# month first: 'April 29-30, 2003', 'November 17 and 18, 2016', 'April 5 2012'
MONTH_FIRST = (
    rf"{ENGLISH_WEEKDAY}?(?P<mu>{ENGLISH_ANY_MONTH})\s+(?P<du1>{DAY})(?:{DASH}(?P<du2>{DAY}))?"
    rf"(?:,?\s+(?P<yu>{YEAR}))?(?!\d)"
)
# month first, across months or years: 'Monday, April 28, 2003 - Wednesday, April 30, 2003', 'March 31 - April 2, 2019'
MONTH_FIRST_RANGE = (
    rf"{ENGLISH_WEEKDAY}?(?P<mr1>{ENGLISH_ANY_MONTH})\s+(?P<dr1>{DAY})(?:,?\s+(?P<yr1>{YEAR}))?{RANGE_DASH}"
    rf"{ENGLISH_WEEKDAY}?(?P<mr2>{ENGLISH_ANY_MONTH})\s+(?P<dr2>{DAY}),?\s+(?P<yr2>{YEAR})(?!\d)"
)
# 'in June and July 2017', 'June-July 2017': two months of one year (a range of months), or one month
MONTH_YEAR = (
    rf"(?:(?P<ma>{ENGLISH_MONTH})\s*(?:-|–|—|\band\b|\bto\b)\s*)?(?P<mo>{ANY_MONTH})\s+(?:of\s+)?(?P<yo>{YEAR})"
)
# '30.06.2017': day, month and year with dots, as European press releases date themselves
# '30.06.2017', '08-11-2016'; with slashes only when the day cannot be a month: 'Senin (19/6/2023)'
DOTTED = (  # and a first day before: 'On 14 and 15/11/2019'
    r"(?:(?P<dn0>[0-3]?\d)\s*(?:and|&|-|–)\s*(?=[0-3]?\d/))?"
    rf"(?P<dn>[0-3]?\d(?=[.-])|(?:1[3-9]|2\d|3[01])(?=/))(?P<sep>[./-])(?P<mn>[01]?\d)(?P=sep)(?P<yn>{YEAR})(?!\d|\.\d)"
)
DATE = rf"(?<![\w.-])(?:{MONTH_FIRST_RANGE}|{DAY_FIRST}|{MONTH_FIRST}|{MONTH_YEAR}|{DOTTED})(?![\w])"
# a date that scraped fields run into the next label: 'Date: 05 - 06 December 2023Location: Ha Noi'
DATE_RUN_ON = rf"(?<![\w.-])(?:{MONTH_FIRST_RANGE}|{DAY_FIRST}|{MONTH_FIRST}|{MONTH_YEAR}|{DOTTED})(?![\d])"
DATE_RE = re.compile(DATE)
DOTTED_RE = re.compile(DOTTED)
YEAR_ALONE = re.compile(rf"(?<![\w-])(?P<year>{YEAR})(?![\w-])")


@dataclass(frozen=True)
class DateRange:
    """A start and end as ISO lexical forms (YYYY-MM-DD, YYYY-MM or YYYY); `year_given` is False when the
    text gave no year and it was taken from the statement."""

    start: str
    end: str
    year_given: bool = True


def _day(text: str) -> int:
    """The number of a day in figures or words ('18th', 'tenth')."""
    return int(text.rstrip("stndrh")) if text[0].isdigit() else DAY_WORDS.index(text.lower()) + 1


def _month(name: str) -> int:
    """The number of a month name or abbreviation."""
    return MONTHS[name.lower().rstrip(".")]


def _worded_year(words: str) -> str:
    """The year 'two thousand and …' names, from its last words ('eighteen' → '2018', 'twenty-three' → '2023')."""
    parts = re.split(r"[\s-]+", words.lower())
    number = TENS.get(parts[0]) or (TEENS.index(parts[0]) + 10 if parts[0] in TEENS else UNITS.index(parts[0]) + 1)
    if len(parts) > 1:
        number += UNITS.index(parts[1]) + 1
    return str(2000 + number)


def parse(match: re.Match, default_year: str = "") -> DateRange | None:
    """The range a DATE_RE match denotes; None when it gives no year and no default year is known."""
    groups = match.groupdict()
    if groups["dn"]:  # '30.06.2017', '14 and 15/11/2019'
        day = f"{groups['yn']}-{int(groups['mn']):02d}-{int(groups['dn']):02d}"
        first = f"{groups['yn']}-{int(groups['mn']):02d}-{int(groups['dn0']):02d}" if groups["dn0"] else day
        return DateRange(first, day) if first <= day else DateRange(day, day)
    if groups.get("mr1"):  # 'April 28, 2003 - April 30, 2003', 'March 31 - April 2, 2019'
        first = f"{groups['yr1'] or groups['yr2']}-{_month(groups['mr1']):02d}-{_day(groups['dr1']):02d}"
        last = f"{groups['yr2']}-{_month(groups['mr2']):02d}-{_day(groups['dr2']):02d}"
        return DateRange(first, last) if first <= last else None
    if groups["mu"]:  # 'April 29-30, 2003'
        year = groups["yu"] or default_year
        if not year:
            return None
        month = _month(groups["mu"])
        first = f"{year}-{month:02d}-{_day(groups['du1']):02d}"
        last = f"{year}-{month:02d}-{_day(groups['du2'] or groups['du1']):02d}"
        return DateRange(first, last, bool(groups["yu"])) if first <= last else None
    if groups["mo"]:
        month = f"{groups['yo']}-{_month(groups['mo']):02d}"
        first = f"{groups['yo']}-{_month(groups['ma']):02d}" if groups["ma"] else month
        return DateRange(first, month) if first <= month else None
    year_text = groups["y"] or (_worded_year(groups["yw"]) if groups["yw"] else default_year)
    if not year_text:
        return None
    year = int(year_text)
    end_month = _month(groups["m2"])
    end = f"{year}-{end_month:02d}-{_day(groups['d2']):02d}"
    if not groups["d1"]:
        return DateRange(end, end, bool(groups["y"] or groups["yw"]))
    start_month = _month(groups["m1"]) if groups["m1"] else end_month
    start_year = int(groups["y1"]) if groups["y1"] else year - 1 if start_month > end_month else year
    start = f"{start_year}-{start_month:02d}-{_day(groups['d1']):02d}"
    return DateRange(start, end, bool(groups["y"] or groups["yw"])) if start <= end else None


def valid(iso: str) -> bool:
    """Whether an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) names a real day or month."""
    parts = [int(p) for p in iso.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def find_dates(text: str, default_year: str = "") -> list[tuple[re.Match, DateRange]]:
    """Every date expression in the text that denotes a real range, with its match (for offsets)."""
    out = []
    for match in DATE_RE.finditer(text):
        found = parse(match, default_year)
        if found is not None and valid(found.start) and valid(found.end):
            out.append((match, found))
    return out


# 'concluded in Belmopan yesterday', 'closed today after two days of deliberations', 'the two-day meeting'
YESTERDAY = re.compile(r"(?<!\bof\s)\byesterday\b", re.IGNORECASE)  # not another meeting's: 'the meeting of yesterday'
DAYS_LONG = re.compile(
    r"\b(?:after|over|following|(?:wrapped\s+up|ended|concluded|closed|completed)(?:\s+(?:on\s+)?(?:today|\w+day))?)"
    r"\s+(?P<n>two|three|four|five|six|[2-6])\s+days\b|\b(?P<m>two|three|four|five|six|[2-6])-day\b",
    re.IGNORECASE,
)


def overlap(first: tuple[str, str], second: tuple[str, str], precision: int = 10) -> bool:
    """Whether two ISO ranges (start, end) share a day, compared at the precision both give and at most
    `precision` characters (7 compares months: 'in November 2022' is within 7-10 November 2022)."""
    p = min(len(first[0]), len(second[0]), precision)
    return first[0][:p] <= second[1][:p] and second[0][:p] <= first[1][:p]


def readings_apart(first: Sequence, second: Sequence) -> bool:
    """Whether two meetings' date readings (with .start, .end, .country) cannot be of one meeting: they are in
    two countries, or on days that do not meet."""
    countries = [{r.country.key for r in readings if r.country} for readings in (first, second)]
    if countries[0] and countries[1] and countries[0].isdisjoint(countries[1]):
        return True
    days = [[(r.start, r.end) for r in readings if len(r.start) == len(r.end) == 10] for readings in (first, second)]
    return bool(days[0] and days[1]) and not any(overlap(a, b) for a in days[0] for b in days[1])


def day_before(iso: str) -> str:
    """The day before an ISO day ('2021-01-29' → '2021-01-28'); a month or a year as it is."""
    if len(iso) != 10:
        return iso
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


def day_after(iso: str) -> str:
    """The day after an ISO day ('2021-01-28' → '2021-01-29'); a month or a year as it is."""
    if len(iso) != 10:
        return iso
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()


def weekday_fits(words: str, day: str) -> bool:
    """Whether the weekday a date's words name ('Friday 10 February') is the weekday of `day` (YYYY-MM-DD);
    True when they name none."""
    named = next((i for i, name in enumerate(WEEKDAY_NAMES) if re.search(rf"\b{name[:3]}", words.lower())), None)
    if named is None or len(day) != 10 or not valid(day):
        return True
    return datetime.date.fromisoformat(day).weekday() == named


def year_before(dates: DateRange) -> DateRange:
    """The same days a year earlier (unchanged when a day has no counterpart: 29 February)."""
    start, end = (f"{int(iso[:4]) - 1:04d}{iso[4:]}" for iso in (dates.start, dates.end))
    return DateRange(start, end, dates.year_given) if valid(start) and valid(end) else dates


def relative_to(day: str, text: str) -> DateRange | None:
    """The days a sentence under a dateline of `day` gives its meeting ('… ended yesterday' is the day
    before; '… after three days of talks' ends on it and began two days before), or None when it says
    neither."""
    if len(day) != 10:
        return None
    yesterday, long = YESTERDAY.search(text), DAYS_LONG.search(text)
    if yesterday is None and long is None:
        return None
    end = datetime.date.fromisoformat(day) - datetime.timedelta(days=1 if yesterday else 0)
    count = (long["n"] or long["m"]).lower() if long else "1"
    days = int(count) if count.isdigit() else NUMBER_WORDS[count]
    start = end - datetime.timedelta(days=days - 1)
    return DateRange(start.isoformat(), end.isoformat())
