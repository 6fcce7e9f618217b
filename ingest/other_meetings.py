"""Other meetings a statement names with a date: 'the United Nations Summit for Refugees and Migrants, held
in New York on 19 September 2016', 'the first meeting of the Consultation Mechanism (Jakarta, 13 October
2017)', 'a meeting of senior officials on 22 March 2016', 'the XXII Vice-Ministerial Meeting in San Salvador
in 2017', 'held in Bali in February 2002 and April 2003' (two meetings), 'Ministers, meeting in Bali on
23 March 2016', 'held here in February 2002' (the statement's own place).

A date is a meeting's when the clause around it names a meeting (a meeting noun, a named meeting, or a
verb of meeting: met, convened, held, take place). Its place is the one the text ties to the date: in a
parenthesis with it, right before it ('in Bali on …', 'Bangkok (…)'), or right after it ('… in Perth');
a date joined to another by 'and' shares that one's place. A date of the statement's own meeting is not
another meeting.
"""

import re
from dataclasses import dataclass

from balikg.core import iris
from ingest.dates import YEAR, find_dates
from ingest.gazetteer import Gazetteer
from ingest.intervals import Intervals
from ingest.places import Place
from ingest.records import DateReading, Event, OtherEvent, Span
from ingest.text import squash, sub_span

NOUN = (
    r"(?:meetings?|conferences?|summits?|consultations?|workshops?|forums?|briefings?|retreats?|sessions?|"
    r"dialogues?|plenar(?:y|ies)|symposi(?:um|a)|seminars?|exercises?|talks|SOM|AMMTC(?:\+3)?|SOMTC(?:\+3)?)"
)
VERB = (
    r"(?:met|meet|meets|convene[sd]?|held|take\s+place|took\s+place|takes\s+place|reconvene[sd]?|gathered)"
    r"(?=\s+(?:again\s+|for\s+the\s+\w+\s+time\s+|jointly\s+)?(?:in|at|on|from|between|over|during)\b)"
)
NOUN_ANCHOR = re.compile(rf"(?<!\()\b{NOUN}(?![\w-])(?!\s+(?-i:[A-Z]))", re.IGNORECASE)  # not 'Consultation Group'
VERB_ANCHOR = re.compile(rf"\b{VERB}\b")
NAMED = re.compile(
    rf"\b(?:[A-Z][\w'’+.-]*|\d+(?:st|nd|rd|th))\s+(?:(?:[A-Z][\w'’+.-]*|and|of|the|for|on)\s+)*(?i:{NOUN})(?![\w-])"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|for|on|in|to))*)?"
)
GENERIC = re.compile(
    rf"\b(?:(?!the\b|a\b|an\b|its\b|their\b|our\b)[a-z][\w-]*\s+){{0,2}}(?i:{NOUN})"
    r"(?:\s+(?:of|on|for)(?:\s+(?!held\b|in\b|at\b|on\b|which\b|that\b|who\b)[\w'’-]+){1,8})?",
)
YEAR_IN = re.compile(
    rf"\b(?:in|during|(?:the\s+)?(?:first|second|latter)\s+half\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter)"
    rf"\s+of)\s+(?P<year>{YEAR})(?![\w-])"
)
YEAR_IN_PARENTHESES = re.compile(rf"(?<=[A-Za-z]\s\()(?P<year>{YEAR})(?=\))")  # '… in Paris (2008), Dakar (2011)'

PLACE_WORDS = r"[A-Z][\w'’.-]*(?:\s+(?:de|del|da|of|the|[A-Z][\w'’.-]*)){0,3}"
PLACE_BEFORE = re.compile(
    rf"(?:\b(?:in|at)\s+|\(\s*)(?P<place>(?:the\s+)?{PLACE_WORDS}(?:,\s+(?:the\s+)?{PLACE_WORDS})?)"
    r"(?:\s*,)?\s*(?:\(\s*|(?:(?:on|in|from|between|over|during)\s+(?:the\s+(?:\w+\s+){1,2}of\s+)?)?)$"
)
PLAIN_PLACE_BEFORE = re.compile(rf"(?P<place>{PLACE_WORDS})\s*(?:\(\s*|,\s+)$")
# 'the Berlin Conference of 30-31 October 1991': a meeting named after its place
NAMED_PLACE_BEFORE = re.compile(
    rf"\b(?P<place>{PLACE_WORDS})\s+(?:Ministerial\s+)?(?:Conference|Meeting|Summit|Forum|Workshop|Consultation)"
    r"\s+(?:of|on|in|held\s+on|held\s+in)\s+$"
)
PLACE_AFTER = re.compile(
    rf"\)?,?\s+(?:also\s+)?(?:in|at)\s+(?P<place>(?:the\s+)?{PLACE_WORDS}(?:,\s+(?:the\s+)?{PLACE_WORDS})?)"
)
AND_BEFORE = re.compile(r"\s+and\s+$")
HERE_BEFORE = re.compile(r"\b(?:held|met|meeting|convened)\s+(?P<here>here)\b[^;:()]{0,40}?$")  # '… held here in 2002'

CLAUSE_BOUNDARY = re.compile(r";|:\s")
REACH = 220  # characters between a date and the meeting its clause names


@dataclass(frozen=True)
class _Dated:
    """A date expression in a sentence, with the range it denotes."""

    begin: int
    end: int
    start: str
    end_date: str


def read_other_meetings(sentences: list[Span], own: Event, gazetteer: Gazetteer, taken: list[Span]) -> list[OtherEvent]:
    """Every dated meeting the sentences name, other than the statement's own and those already read (whose
    spans are `taken`)."""
    year = next((r.start[:4] for r in own.readings if r.start), "")
    here = next((Place(r.place, r.country) for r in own.readings if r.place), None)
    events: dict[str, OtherEvent] = {}
    read_before = Intervals((s.begin, s.end) for s in [*taken, *(r.span for r in own.readings)])
    for sentence in sentences:
        dated = _dates(sentence.quote, year)
        places: dict[int, tuple[int, int, Place] | None] = {}
        for index, d in enumerate(dated):
            absolute = (sentence.begin + d.begin, sentence.begin + d.end)
            if read_before.covers(absolute[0]):
                continue
            anchor = _anchor(sentence.quote, d)
            if anchor is None or any(
                (later := _anchor(sentence.quote, e, after=False)) is not None and later.start() == anchor.start()
                for e in dated[index + 1 :]
                if anchor.start() > d.end
            ):
                continue
            place = _place(sentence.quote, d, gazetteer)
            if place is None and here is not None and (by_here := HERE_BEFORE.search(sentence.quote, 0, d.begin)):
                place = (by_here.start("here"), by_here.end("here"), here)  # 'held here': the statement's place
            if place is None and index and AND_BEFORE.fullmatch(sentence.quote[dated[index - 1].end : d.begin]):
                place = places.get(index - 1)
            places[index] = place
            label, mention = _label(sentence, anchor, place)
            if _is_own(own, d, place, label, sentence, anchor.re is VERB_ANCHOR):
                continue
            begin = min(d.begin, place[0]) if place else d.begin
            end = max(d.end, place[1]) if place else d.end
            reading = DateReading(
                d.start,
                d.end_date,
                place[2].name or "" if place else "",
                place[2].country if place else None,
                sub_span(sentence, begin, end),
            )
            key = iris.meeting_key(label, d.start[:4])
            if key in events:
                key = iris.meeting_key(f"{label} ({reading.place or d.start})", d.start[:4])
            events[key] = OtherEvent(key, label, "meeting", mention, sentence, (reading,))
    return list(events.values())


def _is_own(
    own: Event, d: _Dated, place: tuple[int, int, Place] | None, label: str, sentence: Span, by_verb: bool = False
) -> bool:
    """Whether a dated mention is the statement's own meeting again: its dates and its place, or its dates,
    no place, and a name that is the own meeting's or part of it ('the Twelfth Meeting'), or no name at all
    ('Ministers … met on the island of Rhodes on 25 and 26 June 2003')."""
    if not any((r.start, r.end) == (d.start, d.end_date) for r in own.readings):
        return False
    if any(r.span.begin <= sentence.end and sentence.begin <= r.span.end for r in own.readings):
        return True  # the sentence that gives the own meeting's place and dates
    if place is not None:
        return any(r.place and r.place == (place[2].name or "") for r in own.readings)
    if by_verb:
        return True
    ours, theirs = _words(own.label), _words(label)
    return bool(theirs) and (theirs <= ours or ours <= theirs)


def _words(label: str) -> set[str]:
    """The content words of a label, in lower case."""
    return {w for w in re.findall(r"[a-z0-9]+", label.lower()) if w not in {"the", "of", "on", "and", "in", "for"}}


def _dates(text: str, year: str) -> list[_Dated]:
    """Date expressions of a sentence, and years alone after 'in' ('in 2018'), in text order."""
    out = [_Dated(m.start(), m.end(), r.start, r.end) for m, r in find_dates(text, year)]
    for pattern in (YEAR_IN, YEAR_IN_PARENTHESES):
        for match in pattern.finditer(text):
            if not any(d.begin <= match.start("year") < d.end for d in out):
                out.append(_Dated(match.start("year"), match.end("year"), match["year"], match["year"]))
    return sorted(out, key=lambda d: d.begin)


def _clause(text: str, d: _Dated) -> tuple[int, int]:
    """The clause around a date: between the semicolons (or colons) before and after it."""
    before = [m.end() for m in CLAUSE_BOUNDARY.finditer(text, 0, d.begin)]
    after = CLAUSE_BOUNDARY.search(text, d.end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _anchor(text: str, d: _Dated, after: bool = True) -> re.Match | None:
    """The meeting the date belongs to: the nearest meeting noun before it in its clause, else after it;
    else a verb of meeting ('which met in …')."""
    begin, end = _clause(text, d)
    for pattern in (NOUN_ANCHOR, VERB_ANCHOR):
        before = [m for m in pattern.finditer(text, max(begin, d.begin - REACH), d.begin)]
        if before:
            return before[-1]
    for pattern in (NOUN_ANCHOR, VERB_ANCHOR):
        if after and (following := pattern.search(text, d.end, min(end, d.end + REACH))):
            return following
    return None


def _place(text: str, d: _Dated, gazetteer: Gazetteer) -> tuple[int, int, Place] | None:
    """Where the text ties a date to a place: '(Bali, 9 March 2011)', 'in Bali on …', 'Bangkok (…)', '… in
    Perth'; (begin, end, place) or None."""
    window = text[max(0, d.begin - 90) : d.begin]
    offset = max(0, d.begin - 90)
    for pattern in (PLACE_BEFORE, PLAIN_PLACE_BEFORE, NAMED_PLACE_BEFORE):
        if match := pattern.search(window):
            found = _known(match["place"], gazetteer)
            # a meeting named after a place is named by all its words ('the Budapest Process Conference' is not)
            if found is not None and (pattern is not NAMED_PLACE_BEFORE or found[0] == match["place"]):
                name, place = found
                start = offset + match.start("place")
                return start, start + len(name), place
    if match := PLACE_AFTER.match(text, d.end):
        found = _known(match["place"], gazetteer)
        if found is not None:
            name, place = found
            return match.start("place"), match.start("place") + len(name), place
    return None


def _known(words: str, gazetteer: Gazetteer) -> tuple[str, Place] | None:
    """The longest leading part of the words that names a place the gazetteer knows ('Cebu, the
    Philippines'; 'Bangkok' of 'Bangkok Declaration')."""
    parts = re.split(r"(\s+|,\s*)", words)
    for n in range(len(parts), 0, -1):
        candidate = "".join(parts[:n]).rstrip(" ,")
        if candidate and (place := gazetteer.place(candidate)) is not None:
            return candidate, place
    return None


def _label(sentence: Span, anchor: re.Match, place: tuple[int, int, Place] | None) -> tuple[str, Span]:
    """A label for the meeting and the span that names it: its name ('Fifth ASEAN Ministerial Meeting on
    Transnational Crime'), its description ('preparatory meeting of senior officials'), or 'Meeting in
    Bali' when only a verb of meeting names it."""
    text = sentence.quote
    for pattern in (NAMED, GENERIC):
        for match in pattern.finditer(text, max(0, anchor.start() - 120), min(len(text), anchor.end() + 120)):
            if match.start() <= anchor.start() < match.end():
                words = _trim(match.group())
                if words:
                    label = squash(words)
                    label = label[0].upper() + label[1:]
                    if " " not in label and place is not None:
                        label += f" in {place[2].name or place[2].country.label}"
                    return label, sub_span(sentence, match.start(), match.start() + len(words))
    where = f" in {place[2].name or place[2].country.label}" if place and (place[2].name or place[2].country) else ""
    return f"Meeting{where}", sub_span(sentence, anchor.start(), anchor.end())


def _trim(words: str) -> str:
    """A meeting's name without a leading article or a trailing place ('… Conference in Bali'), its head
    noun singular ('conferences of ministers …' names one conference per date)."""
    words = re.sub(r"^(?:the|a|an|its|their|our|this|that)\s+", "", words.strip(), flags=re.IGNORECASE)
    words = re.sub(r"\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$", "", words)
    words = re.sub(r"(?:\s+(?:of|on|for|the|and|to|a|an))+$", "", words)
    words = re.sub(
        r"\b(meeting|conference|summit|consultation|workshop|forum|briefing|session|seminar)s\b",
        r"\1",
        words,
        flags=re.IGNORECASE,
    )
    return words.strip(" ,")
