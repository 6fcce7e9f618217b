"""The meeting a statement reports on: its name from the heading, its place and dates wherever given."""

import re

from balikg.core import iris
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


def read_own_meeting(structure: Structure, gazetteer: Gazetteer) -> Event:
    """The statement's own meeting, with one date reading per place the text gives them."""
    readings = []
    if structure.dateline and (reading := _dateline_reading(structure.dateline, gazetteer)):
        readings.append(reading)
    readings.extend(_body_readings(structure, gazetteer))
    readings = tuple(readings)
    year = readings[0].start[:4] if readings else ""
    key = iris.own_meeting_key(structure.title.quote, year)
    return Event(key, squash(structure.title.quote), structure.title, readings)
