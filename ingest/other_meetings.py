"""Other meetings a statement names with a date: 'the United Nations Summit for Refugees and Migrants, held
in New York on 19 September 2016', 'the first meeting of the Consultation Mechanism (Jakarta, 13 October
2017)', 'a meeting of senior officials on 22 March 2016', 'the XXII Vice-Ministerial Meeting in San Salvador
in 2017', 'held in Bali in February 2002 and April 2003' (two meetings), 'Ministers, meeting in Bali on
23 March 2016', 'held here in February 2002' (the statement's own place).

A date is a meeting's when the clause around it names a meeting (a meeting noun, a named meeting, or a
verb of meeting: met, convened, held, take place). Its place is the one the text ties to the date: in a
parenthesis with it, right before it ('in Bali on …', 'Bangkok (…)'), or right after it ('… in Perth');
a date joined to another by 'and' shares that one's place; with no place, the state said to host it ('to be
hosted by Viet Nam'). A year alone ('later in 2015', 'in the first half of 2017') is a meeting's only when
a place, a meeting noun or a verb of meeting governs it, not a founding or a term ('launched in 2008',
'will chair the Dialogue in 2025'). A date of the statement's own meeting is not another meeting.
"""

import re
from dataclasses import dataclass, replace

from balikg.core import iris
from ingest.dates import YEAR, day_after, find_dates, overlap, readings_apart
from ingest.gazetteer import Gazetteer
from ingest.intervals import Intervals
from ingest.mentions import scan_mentions, states_named
from ingest.places import PARTICLE_WORD, Place
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
# a numbered meeting named by an acronym: 'the Eighth RCP (Kampala, 8-9 November 2016)', 'the 10th AMMTC'
ORDINAL_ANCHOR = re.compile(
    r"\b(?:(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|"
    r"twentieth|twenty-[a-z]+)|\d+(?:st|nd|rd|th)|[IVXL]+)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z]{2,}[A-Z0-9+]*\b"
    r"(?!\s+[A-Z])(?![\w'’-])"
)
NAMED = re.compile(
    rf"\b(?:[A-Z][\w'’+.-]*|\d+(?:st|nd|rd|th))\s+(?:(?:[A-Z][\w'’+.-]*|and|of|the|for|on)\s+)*(?i:{NOUN})(?![\w-])"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|for|on|in|to))*)?"
)
GENERIC = re.compile(
    rf"\b(?:(?!the\b|a\b|an\b|its\b|their\b|our\b)[a-z][\w-]*\s+){{0,2}}(?i:{NOUN})"
    r"(?:\s+(?:of|on|for)(?:\s+(?!(?:held|in|at|on|which|that|who|is|are|was|were|will|would|has|have|had|be|due|to"
    r"|took|takes)\b)[\w'’-]+){1,8})?",
)
YEAR_IN = re.compile(
    r"\b(?:(?:(?:early|earlier|late|later)\s+)?(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?"
    r"|(?:(?:in|for|during|by)\s+)?(?:the\s+)?(?:(?:first|second|latter|third|fourth|last)\s+"
    r"(?:half|quarter|semester)|spring|"
    r"summer|autumn|fall|winter|end|beginning|start|middle)\s+of\s+|(?:in|during)\s+(?:spring|summer|autumn|fall|winter)\s+)"
    rf"(?P<year>{YEAR})(?![\w-])"
)
# what governs a year alone when it is a meeting's ('held in Bali early in 2013', 'meeting in 2022', 'meet
# again in 2010', 'at ministerial level in 2008'), not a founding, an expiry or a term ('launched in 2008',
# 'before its expiry in 2012', 'chair the Dialogue in 2022')
YEAR_GOVERNOR = re.compile(
    rf"(?:\b(?i:{NOUN})(?:\s+(?:of|on|for)\s+[^,;:()]{{0,60}}?)?"
    r"|\b(?:held|convened?|met|meet|reconvened?|place|organi[sz]ed?|host|hosted|again|level)(?:\s+by\s+[^,;:()]{0,50}?)?)"
    r"(?<!Dialogue)(?<!Forum)(?<!Process)[\s,]*(?:\(\s*)?$"
)
YEAR_IN_PARENTHESES = re.compile(rf"(?<=[A-Za-z]\s\()(?P<year>{YEAR})(?=\))")  # '… in Paris (2008), Dakar (2011)'

PLACE_WORDS = rf"[A-Z][\w'’.-]*(?:\s+(?:de|del|da|of|the|{PARTICLE_WORD}|d['’][A-Z][\w'’.-]*|[A-Z][\w'’.-]*)){{0,3}}"
# the words between a place and the date after it: '… in Bali on', '(Bali, ', 'in Jakarta later in'
DATE_LEAD = (
    # 'in Kampala the previous day, 7 November 2016', 'which opens in Adelaide tomorrow, 10 February 2023', 'its
    # workshop in Kuala Lumpur held 12-14 October 2004'
    r"(?:\s+the\s+(?:previous|preceding|following|next|same)\s+(?:day|week|morning|afternoon|evening)|"
    r"\s+(?:tomorrow|today|yesterday)|\s+(?:held|convened|organi[sz]ed)|\s+again)?"  # 'in Quito again on …'
    r"(?:\s*,)?\s*(?:\(\s*|(?:(?:(?:early|earlier|late|later)\s+)?(?:on|in|at|from|between|over|during|for|el|le|du|del)\s+"
    r"(?:the\s+(?:\w+\s+){1,2}of\s+|(?:early|late|mid-?)\s*|(?:spring|summer|autumn|fall|winter)\s+|the\s+)?)?)$"
)
PLACE_BEFORE = re.compile(  # '… in Bali on', '(Bali, ', 'planned for Kampala, Uganda, in November 2016'
    # '… in Bangkok in September 2002 and Kuala Lumpur in February 2003', '… met since Nusa Dua in August 2018'
    rf"(?:\b(?:in|at|since|(?<=planned\s)for|(?<=scheduled\s)for|(?<=set\s)for)\s+|(?<=\d{{4}}\sand\s)|\(\s*)(?P<place>(?:the\s+)?{PLACE_WORDS}(?:,\s+(?:the\s+)?{PLACE_WORDS})?)"
    rf"(?:\s*\([A-Z][\w\s'’.-]{{1,40}}\))?{DATE_LEAD}"  # 'in Poznan (Poland) in November 2011'
)
WILL_HOST_BEFORE = re.compile(  # '… the 31st ASEAN Summit, which Manila will host in November'
    rf"\b(?:which|that)\s+(?P<place>{PLACE_WORDS})\s+(?:will|would|is\s+to|was\s+to)\s+(?:also\s+)?host(?:\s+it)?{DATE_LEAD}"
)
PRECEDED_ON = re.compile(r"\b(?:preceded|followed)\s+(?:on|in)\s+$")
NAME_THEN_PLACE = re.compile(  # the place after a meeting's name that follows its date
    rf",?\s+(?:(?:also|which\s+was|that\s+was)\s+)?(?:held|convened|hosted)\s+(?:in|at)\s+(?P<place>(?:the\s+)?{PLACE_WORDS})"
)
ISLAND_BEFORE = re.compile(rf"\bon\s+(?:the\s+island\s+of\s+)?(?P<place>{PLACE_WORDS}){DATE_LEAD}")  # 'on Rhodes in …'

# 'Bangkok (…', 'Bangkok, 7 …', 'Ninth Annual Meeting - Bangkok, Thailand - 7-10 November 2023' (a list of events)
PLAIN_PLACE_BEFORE = re.compile(
    rf"(?P<place>{PLACE_WORDS}(?:,\s+(?:the\s+)?{PLACE_WORDS})?)\s*(?:\(\s*|,\s+|\s[-–—|]\s+)$"
)
# 'the Berlin Conference of 30-31 October 1991': a meeting named after its place
NAMED_PLACE_BEFORE = re.compile(  # 'the Almaty meeting of', 'the Bishkek conference on mixed migration held in', 'the
    # Dakar Strategy adopted on', 'the Rome Programme of'
    rf"\b(?P<place>{PLACE_WORDS}?)\s+(?:(?i:ministerial)\s+)?(?:(?i:conference|meeting|summit|forum|workshop|"
    r"consultation|session)|SOM|Declaration|Strategy|Programme|Action\s+Plan)(?:\s+(?:on|for)\s+[a-z][a-z\s-]{1,60}?)?"
    r"\s*(?:(?:of|on|in|(?:held|adopted|agreed)\s+(?:on|in))\s+|\(\s*)$"
)
LAST_NAME_AFTER_THE = re.compile(r"\bthe\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")
PLACE_AFTER = re.compile(  # '… on 12 December 2016 at the ninth Summit in Dhaka, Bangladesh'
    r"\)?,?(?:\s+(?:at|during)\s+the\s+(?:[\w-]+\s+){0,3}?(?i:summit|meeting|conference|forum|session))?"
    rf"\s+(?:also\s+)?(?:in|at)\s+(?P<place>(?:the\s+)?{PLACE_WORDS}(?:,\s+(?:the\s+)?{PLACE_WORDS})?)"
)
AND_BEFORE = re.compile(r",?\s+and\s+(?:again\s+)?(?:(?:in|on)\s+)?$")  # "… in February 2002, and again in April 2003"
# the state that hosts a meeting with no place given: 'the next annual meeting is to be hosted by Viet Nam in
# 2024', 'Peru would take over the Presidency and host its twenty-first meeting in 2023'
HOSTED_BY = re.compile(rf"\bhosted\s+by\s+(?:the\s+Government\s+of\s+)?(?P<place>(?:the\s+)?{PLACE_WORDS})")
HOST_VERB = re.compile(  # 'Morocco will also host, in December 2018, the Intergovernmental Conference'
    r"\bhost(?:s|ed|ing)?(?:\s*,\s*[^,;:()]{1,40},)?\s+(?:the|its|their|a|an)\b(?P<object>[^;:,()]{0,60})$"
)
HERE_BEFORE = re.compile(  # '… held here in 2002', '… had opened in the same city on 17 September', 'When we first
    # met on this island in February 2002'
    r"\b(?:(?:held|met|meeting|convened)\s+(?P<here>here)|(?:in|at)\s+(?P<same>the\s+same\s+(?:city|venue|place|location|hotel))|"
    r"(?:on|in|to)\s+(?P<this>this\s+(?:very\s+|same\s+|beautiful\s+)?(?:island|city|venue)))\b[^;:()]{0,40}?$"
)

HERE_AFTER = re.compile(  # '… Meeting on 24 June 2019 at the same venue'
    r"[^;:()]{0,40}?\b(?:in|at)\s+(?P<same>the\s+same\s+(?:city|venue|place|location|hotel))\b"
)

PLACE_IN_NAME = re.compile(  # a meeting named after its city: 'Marrakesh Ministerial Conference'
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)??)\s+(?=(?:(?:Ministerial|Regional|Senior|Officials['’]?|"
    r"High-Level|Technical|Expert|Experts['’]?)\s+){0,3}(?:Conference|Meeting|Summit|Consultation|Workshop|"
    r"Session)\b)"
)
# words that go on from a place to what is named after it ('the Bangkok Declaration', 'the Marrakesh Ministerial
# Conference'), not to a longer place name
NAMED_AFTER_A_PLACE = frozenset(
    {
        "Declaration",
        "Process",
        "Conference",
        "Meeting",
        "Summit",
        "Plan",
        "Statement",
        "Action",
        "Forum",
        "Consultation",
        "Dialogue",
        "Ministerial",
        "Regional",
        "Senior",
        "Workshop",
        "Agreement",
        "Protocol",
        "Communiqué",
        "Communique",
        "Programme",
        "Program",
        "Principles",
        "Framework",
        "Call",
        "Roadmap",
    }
)
SINCE_BEFORE = re.compile(  # a term or a deadline, not a meeting: 'since 1 January 2017', 'accreditation … closes on'
    r"\b(?:since|as\s+of|effective|(?:closes?|closing|due|deadline)(?:\s+(?:is|on|by))?|no\s+later\s+than|"
    # a treaty's force, not a meeting: '… signed at the Summit in November 2015 and entered into force in March 2017'
    r"(?:entered|enters|came|comes|entering|coming)\s+into\s+force(?:\s+(?:in|on))?|took\s+effect(?:\s+(?:in|on))?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
CLAUSE_BOUNDARY = re.compile(r";|:\s")
REACH = 220  # characters between a date and the meeting its clause names


@dataclass(frozen=True)
class _Dated:
    """A date expression in a sentence, with the range it denotes."""

    begin: int
    end: int
    start: str
    end_date: str
    lead: int = -1  # where the words that introduce a year alone begin ('later in 2015'), -1 for a full date

    @property
    def year_alone(self) -> bool:
        """Whether the date is a year with no month (its meeting must be plain: 'a meeting in 2018')."""
        return self.lead >= 0


def read_other_meetings(sentences: list[Span], own: Event, gazetteer: Gazetteer, taken: list[Span]) -> list[OtherEvent]:
    """Every dated meeting the sentences name, other than the statement's own and those already read (whose
    spans are `taken`)."""
    year = next((r.start[:4] for r in own.readings if r.start), "")
    here = next((Place(r.place, r.country) for r in own.readings if r.place), None)
    island = _island(own, gazetteer) or here
    events: dict[str, OtherEvent] = {}
    read_before = Intervals((s.begin, s.end) for s in [*taken, *(r.span for r in own.readings), *own.also_dated])
    for sentence in sentences:
        dated = _dates(sentence.quote, year)
        near = states_named(sentence, gazetteer) if dated else frozenset()
        places: dict[int, tuple[int, int, Place] | None] = {}
        for index, d in enumerate(dated):
            absolute = (sentence.begin + d.begin, sentence.begin + d.end)
            if read_before.covers(absolute[0]) or SINCE_BEFORE.search(sentence.quote, 0, d.begin):
                continue  # 'which have held the chairmanship since 1 January 2017': a term, not a meeting
            anchor = _anchor(sentence.quote, d, after=not d.year_alone)
            if anchor is None or any(
                (later := _anchor(sentence.quote, e, after=False)) is not None and later.start() == anchor.start()
                for e in dated[index + 1 :]
                if anchor.start() > d.end
            ):
                continue
            place = _place(sentence.quote, d, gazetteer, near)
            if place is None:
                place = _host(sentence, anchor, d, gazetteer)
            if place is None and here is not None and (by_here := HERE_BEFORE.search(sentence.quote, 0, d.begin)):
                said = next(g for g in ("here", "same", "this") if by_here[g])
                where = island if said == "this" and by_here[said].endswith("island") else here
                place = (by_here.start(said), by_here.end(said), where)  # 'held here': the statement's place
            if place is None and here is not None and (same := HERE_AFTER.match(sentence.quote, d.end)):
                place = (same.start("same"), same.end("same"), here)
            if place is None and index and AND_BEFORE.fullmatch(sentence.quote[dated[index - 1].end : d.begin]):
                place = places.get(index - 1)
            places[index] = place
            if d.year_alone and place is None and not YEAR_GOVERNOR.search(sentence.quote, 0, d.lead):
                continue
            label, mention = _label(sentence, anchor, place)
            # 'preceded on 24 August 2016 by the Fourth Senior Officials' Meeting, also held in Colombo'
            after_name = NAME_THEN_PLACE.match(sentence.quote, mention.end - sentence.begin)
            named_later = place is None and mention.begin - sentence.begin >= d.end and after_name
            if named_later and (found := _known(after_name["place"], gazetteer, near)) is not None:
                place = (after_name.start("place"), after_name.start("place") + len(found[0]), found[1])
                label, mention = _label(sentence, anchor, place)
            if place is None and (named := PLACE_IN_NAME.match(label)):
                found = _known(named["place"], gazetteer, near)  # 'the Marrakesh Ministerial Conference of 2 May'
                if found is not None and found[0] == named["place"] and (at := sentence.quote.find(label)) >= 0:
                    place = (at, at + len(found[0]), found[1])
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


def distinct_keys(events: list[OtherEvent], own: Event) -> list[OtherEvent]:
    """The text's other meetings, one of a key already taken (by the statement's own meeting or one read before)
    whose readings cannot be that one's given a key with its place ('the Senior Officials' Meeting in Budapest
    on 6-7 July 2015' beside the one in London in November 2015)."""
    taken: dict[str, tuple[DateReading, ...]] = {own.key: own.readings}
    out = []
    for event in events:
        first = taken.get(event.key)
        if event.kind == "meeting" and first is not None and readings_apart(first, event.readings):
            where = next((r.place or (r.country.label if r.country else "") for r in event.readings), "")
            year = next((r.start[:4] for r in event.readings if r.start), "")
            event = replace(event, key=iris.meeting_key(f"{event.label} ({where or event.mention.begin})", year))
        taken.setdefault(event.key, event.readings)
        out.append(event)
    return out


def _is_own(
    own: Event, d: _Dated, place: tuple[int, int, Place] | None, label: str, sentence: Span, by_verb: bool = False
) -> bool:
    """Whether a dated mention is the statement's own meeting again: its dates and its place, or its dates,
    no place, and a name that is the own meeting's or part of it ('the Twelfth Meeting'), or no name at all
    ('Ministers … met on the island of Rhodes on 25 and 26 June 2003')."""
    if place is None and any(_a_day_of(d, r) for r in own.readings):
        return True  # 'The Steering Group met on 10 September': a day of the statement's own meeting of 10-11 September
    if place is None and any(_its_days(d, r) for r in own.readings) and not BESIDE_IT.search(sentence.quote):
        return True  # 'The Forum, on 8 and 9 August 2019, brought together …': the statement's own days again
    if (
        place is None
        and THE_MEETING_BEFORE.search(sentence.quote[: d.begin])
        and any(_next_to(d, r) for r in own.readings)
    ):
        return True  # 'The two-day RCP meeting (8-9 November)' under a dateline of the 8th
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


THE_MEETING_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}(?:meeting|session|conference)\s*(?:\(\s*|on\s+|,\s*|of\s+)$"
)


def _next_to(d: _Dated, own: DateReading) -> bool:
    """Whether dated days overlap the own meeting's or begin the day after they end (a meeting dated by its first
    day in a press dateline)."""
    if not (len(own.start) == len(own.end) == len(d.start) == len(d.end_date) == 10):
        return False
    return overlap((d.start, d.end_date), (own.start, own.end)) or d.start == day_after(own.end)


# another meeting on the statement's own days: 'the 16th AMMTC+3 Consultation held back-to-back with this Meeting'
BESIDE_IT = re.compile(
    r"\b(?:back[\s-]to[\s-]back|alongside|side[\s-]events?|sidelines|margins?|preparatory|preceded|followed|ahead\s+of|"
    r"in\s+conjunction\s+with|prior\s+to|session|workshop|briefing)\b",
    re.IGNORECASE,
)


def _its_days(d: _Dated, own: DateReading) -> bool:
    """Whether a dated mention gives the very days of the statement's own meeting."""
    return len(own.start) == len(d.start) == 10 and (d.start, d.end_date) == (own.start, own.end)


def _a_day_of(d: _Dated, own: DateReading) -> bool:
    """Whether a dated mention is a day or days of a meeting of several days ('The Vice-Ministerial Meeting
    followed on November 13 and 14' of a conference of 12 to 14 November)."""
    days = len(own.start) == len(own.end) == len(d.start) == len(d.end_date) == 10
    inside = own.start <= d.start <= d.end_date <= own.end and (d.start, d.end_date) != (own.start, own.end)
    return days and own.start < own.end and inside


def _words(label: str) -> set[str]:
    """The content words of a label, in lower case, cut to five letters ('fighting' and 'fight' are one)."""
    stop = {"the", "of", "on", "and", "in", "for"}
    return {w[:5] for w in re.findall(r"[a-z0-9]+", label.lower()) if w not in stop}


def _island(own: Event, gazetteer: Gazetteer) -> Place | None:
    """The island or region the statement's place line names after its city ('Nusa Dua, Bali, 7 August 2018':
    Bali), of the same country, for 'on this island'."""
    for reading in own.readings:
        if not reading.place:
            continue
        names = [n.strip() for n in reading.span.quote.split(",")]
        at = next((i for i, n in enumerate(names) if n == reading.place), None)
        outer = gazetteer.place(names[at + 1]) if at is not None and at + 1 < len(names) else None
        if outer is not None and outer.name and outer.country == reading.country:
            return outer
    return None


def _dates(text: str, year: str) -> list[_Dated]:
    """Date expressions of a sentence, and years alone after 'in' ('in 2018'), in text order."""
    out = [_Dated(m.start(), m.end(), r.start, r.end) for m, r in find_dates(text, year)]
    for pattern in (YEAR_IN, YEAR_IN_PARENTHESES):
        for match in pattern.finditer(text):
            if not any(d.begin <= match.start("year") < d.end for d in out):
                out.append(_Dated(match.start("year"), match.end("year"), match["year"], match["year"], match.start()))
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
    # 'The Consultation was preceded on 24 August 2016 by the Fourth Senior Officials' Meeting': the one after
    by_the_next = PRECEDED_ON.search(text, max(begin, d.begin - 40), d.begin) and re.match(r"\s+by\s", text[d.end :])
    for pattern in (NOUN_ANCHOR, ORDINAL_ANCHOR, VERB_ANCHOR):
        before = [m for m in pattern.finditer(text, max(begin, d.begin - REACH), d.begin)]
        if before and not by_the_next:
            return before[-1]
    for pattern in (NOUN_ANCHOR, ORDINAL_ANCHOR, VERB_ANCHOR):
        if after and (following := pattern.search(text, d.end, min(end, d.end + REACH))):
            return following
    return None


def _place(
    text: str, d: _Dated, gazetteer: Gazetteer, near: frozenset[str] = frozenset()
) -> tuple[int, int, Place] | None:
    """Where the text ties a date to a place: '(Bali, 9 March 2011)', 'in Bali on …', 'Bangkok (…)', '… in
    Perth'; (begin, end, place) or None (a city's name several countries bear is the one of a state in `near`)."""
    window = text[max(0, d.begin - 90) : d.begin]
    offset = max(0, d.begin - 90)
    for pattern in (PLACE_BEFORE, PLAIN_PLACE_BEFORE, NAMED_PLACE_BEFORE, ISLAND_BEFORE, WILL_HOST_BEFORE):
        if match := pattern.search(window):
            found = _known(match["place"], gazetteer, near)
            tail = LAST_NAME_AFTER_THE.search(match["place"]) if found is None else None
            if tail is not None and pattern in (PLAIN_PLACE_BEFORE, NAMED_PLACE_BEFORE):
                # 'Recalling the Rabat (10-11 July 2006)', 'Recalling the Bishkek conference … held in': the name
                found = _known(tail["place"], gazetteer, near)
                if found is not None and (pattern is PLAIN_PLACE_BEFORE or found[0] == tail["place"]):
                    start = offset + match.start("place") + tail.start("place")
                    return start, start + len(found[0]), found[1]
            if found is None and "," in match["place"]:  # 'Senior Officials, Trabzon, 15-16 May 2008'
                last = match["place"].rsplit(",", 1)[1].strip()
                found = _known(last, gazetteer, near) if pattern is PLAIN_PLACE_BEFORE else None
                if found is not None:
                    start = offset + match.end("place") - len(last)
                    return start, start + len(found[0]), found[1]
            # a meeting named after a place, or a place 'on' which one met, is named by all its words ('the
            # Budapest Process Conference', 'on Bali Process matters in 2015' are not)
            whole = pattern not in (NAMED_PLACE_BEFORE, ISLAND_BEFORE)
            if found is not None and (whole or found[0] == match["place"]):
                name, place = found
                start = offset + match.start("place")
                if VENUE.match(text, start + len(name)):
                    continue  # 'at Lancaster House, London': a building, not the city
                return start, start + len(name), place
    if match := PLACE_AFTER.match(text, d.end):
        found = _known(match["place"], gazetteer, near)
        if found is not None:
            name, place = found
            return match.start("place"), match.start("place") + len(name), place
    return None


def _host(sentence: Span, anchor: re.Match, d: _Dated, gazetteer: Gazetteer) -> tuple[int, int, Place] | None:
    """The state a sentence says hosts the meeting, when it gives no place: 'hosted by Viet Nam' between the
    meeting and its date, or the last state named before 'host the/its …' that leads to the meeting."""
    text = sentence.quote
    by = HOSTED_BY.search(text, anchor.end(), d.begin) if anchor.end() <= d.begin else None
    if by is not None and (country := gazetteer.country(by["place"])) is not None:
        return by.start("place"), by.end("place"), Place(None, country)
    clause = _clause(text, d)[0]
    verb = HOST_VERB.search(text, clause, anchor.end())
    if verb is None or NOUN_ANCHOR.search(text, verb.start("object"), anchor.start()):  # it hosts another meeting
        return None
    window = sub_span(sentence, max(clause, verb.start() - 100), verb.start())
    states = scan_mentions(window, gazetteer, {"state"})
    # the subject of the verb that hosts: 'the United Arab Emirates would take over the chairmanship from Sri Lanka
    # and host the fifth consultation in 2019'
    auxiliary = AUXILIARY_BEFORE.search(window.quote)
    if auxiliary is not None and (subjects := [m for m in states if m.span.end - window.begin <= auxiliary.start()]):
        states = subjects
    if not states:
        return None
    begin, end = states[-1].span.begin - sentence.begin, states[-1].span.end - sentence.begin
    return begin, end, Place(None, states[-1].actor)


AUXILIARY_BEFORE = re.compile(r"\b(?:would|will|is\s+to|was\s+to|shall|has\s+offered\s+to|offered\s+to)\b")
VENUE = re.compile(
    r"\s+(?:House|Hall|Palace|Hotel|Building|Tower|Plaza|(?:International\s+)?Convention|Conference\s+Cent)"
)


def _known(words: str, gazetteer: Gazetteer, near: frozenset[str] = frozenset()) -> tuple[str, Place] | None:
    """The longest leading part of the words that names a place the gazetteer knows ('Cebu, the
    Philippines'; 'Bangkok' of 'Bangkok Declaration')."""
    parts = re.split(r"(\s+|,\s*)", words)  # word, separator, word, …
    for n in range(len(parts), 0, -1):
        if n % 2 == 0:
            continue  # a part ending in a separator is the part before it
        candidate = "".join(parts[:n]).rstrip(" ,")
        following = parts[n + 1] if n + 1 < len(parts) and not parts[n].startswith(",") else ""
        if following[:1].isupper() and following not in NAMED_AFTER_A_PLACE:
            continue  # 'Victoria Falls': not Victoria
        if candidate and (place := gazetteer.place(candidate, near)) is not None:
            return candidate, place
    return None


def _label(sentence: Span, anchor: re.Match, place: tuple[int, int, Place] | None) -> tuple[str, Span]:
    """A label for the meeting and the span that names it: its name ('Fifth ASEAN Ministerial Meeting on
    Transnational Crime', 'Eighth RCP'), its description ('preparatory meeting of senior officials'), or
    'Meeting in Bali' when only a verb of meeting names it."""
    text = sentence.quote
    if anchor.re is ORDINAL_ANCHOR:
        return anchor.group(), sub_span(sentence, anchor.start(), anchor.end())
    for pattern in (NAMED, GENERIC):
        for match in pattern.finditer(text, max(0, anchor.start() - 120), min(len(text), anchor.end() + 120)):
            if match.start() <= anchor.start() < match.end():
                words = _trim(match.group())
                if words:
                    label = squash(words)
                    label = label[0].upper() + label[1:]
                    if " " not in label and place is not None:
                        label += f" in {place[2].name or place[2].country.label}"
                    at = match.start() + max(0, match.group().find(words))  # past what _trim left out before
                    return label, sub_span(sentence, at, at + len(words))
    where = f" in {place[2].name or place[2].country.label}" if place and (place[2].name or place[2].country) else ""
    return f"Meeting{where}", sub_span(sentence, anchor.start(), anchor.end())


def _trim(words: str) -> str:
    """A meeting's name without a leading article or a trailing place ('… Conference in Bali'), its head
    noun singular ('conferences of ministers …' names one conference per date)."""
    words = re.sub(r"^[A-Z][a-z]+ing\s+(?=the\s)", "", words.strip())  # 'Recalling the Bishkek conference'
    words = re.sub(r"^(?:the|a|an|its|their|our|this|that)\s+", "", words.strip(), flags=re.IGNORECASE)
    for _ in range(2):  # '… on Migration in Quito in': the trailing word, then the place
        words = re.sub(r"(?:\s+(?:of|on|for|the|and|to|a|an|in|at))+$", "", words)
        words = re.sub(r"\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$", "", words)
    words = re.sub(
        r"\b(meeting|conference|summit|consultation|workshop|forum|briefing|session|seminar)s\b",
        r"\1",
        words,
        flags=re.IGNORECASE,
    )
    return words.strip(" ,")
