"""The meeting a statement reports on: its name from the heading, its place and dates wherever given."""

import re

from ingest.dates import DATE, DATE_RE, parse
from ingest.gazetteer import Gazetteer
from ingest.records import DateReading, Event, Span, Structure
from ingest.structure import DATELINE
from ingest.text import sentences, squash, sub_span

PLACE_AND_DATE = re.compile(
    rf"\bin\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?:,\s+(?P<country>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))?"
    rf"\s+(?:on|from)\s+(?P<date>{DATE})"
)
SELF_REFERENCE = re.compile(r"\b(?:We|co-?chair|attended by)\b", re.IGNORECASE)


def slug(text: str) -> str:
    """A readable IRI segment: lower case ASCII words joined by hyphens."""
    text = text.replace("’", "").replace("'", "")
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def event_key(title: str, readings: tuple[DateReading, ...]) -> str:
    """'second-regional-ministerial-conference-2003': the head of the title and the year."""
    head = re.split(r"\s+(?:on|of|for)\s+", squash(title), maxsplit=1)[0]
    year = readings[0].start[:4] if readings else ""
    return "-".join(filter(None, [slug(head), year]))


def _dateline_reading(dateline: Span, gazetteer: Gazetteer) -> DateReading | None:
    """The heading's 'Bali, 29-30 April 2003'."""
    match = DATELINE.match(dateline.quote)
    if match is None:
        return None
    dates = parse(DATE_RE.match(match["date"]))
    city, _, country_name = squash(match["place"]).partition(", ")
    country = gazetteer.lookup(country_name) if country_name else None
    return DateReading(dates.start, dates.end, city, country, dateline)


def _body_readings(structure: Structure, gazetteer: Gazetteer) -> list[DateReading]:
    """'… in Bali, Indonesia on 28-30 April 2003' in the opening paragraph's sentences about itself."""
    if not structure.paragraphs:
        return []
    out = []
    for sentence in sentences(structure.paragraphs[0].span):
        if not SELF_REFERENCE.search(sentence.quote):
            continue
        for match in PLACE_AND_DATE.finditer(sentence.quote):
            country = gazetteer.lookup(match["country"]) if match["country"] else None
            dates = parse(DATE_RE.match(match["date"]))
            where = sub_span(sentence, match.start("place"), match.end())
            out.append(DateReading(dates.start, dates.end, squash(match["place"]), country, where))
    return out


def read_event(structure: Structure, gazetteer: Gazetteer) -> Event:
    """The statement's own meeting, with one date reading per place the text gives them."""
    readings = []
    if structure.dateline and (reading := _dateline_reading(structure.dateline, gazetteer)):
        readings.append(reading)
    readings.extend(_body_readings(structure, gazetteer))
    readings = tuple(readings)
    return Event(event_key(structure.title.quote, readings), squash(structure.title.quote), structure.title, readings)
