"""The meeting a statement reports on: its name from the heading, its place and dates wherever given.

The heading gives them in many forms ('Bali, 29-30 April 2003', 'BALI, INDONESIA, 23 MARCH 2016', a date
line above a place line, 'held in Adelaide, Australia, 10 February 2023', 'Location: Bali, IndonesiaDate:
29 - 30 April 2003'); the opening sentences often give them again ('… in Bali, Indonesia on 28-30 April
2003', 'On 12 October 2011, … in Sydney', 'took place in Bali, Indonesia over 14-15 April 2009'). Each
statement of them is kept as a reading; a reading may lack its place or its dates, and the meeting is
still a meeting.
"""

import datetime
import re

from balikg.core import iris
from ingest.dates import (
    DATE_RE,
    WEEKDAY,
    YEAR_ALONE,
    DateRange,
    day_after,
    day_before,
    find_dates,
    overlap,
    parse,
    relative_to,
    weekday_fits,
    year_before,
)
from ingest.gazetteer import Gazetteer
from ingest.layout import (
    DATE_FIELD,
    DATE_LINE,
    DATE_PLACE_LINE,
    DATE_THEN_FIELDS,
    FIELDS,
    MEETING_NOUN,
    PLACE_DATE_LINE,
    PLACE_FIELD,
    PLACE_LINE,
    TRAILING_DATELINE,
    TRAILING_FIELD,
    VENUE,
    place_words,
)
from ingest.lexicon import NUMBER_WORDS
from ingest.places import PARTICLE_WORD, Place
from ingest.records import DateReading, Event, OtherEvent, Span, Structure
from ingest.text import fold, sentences, squash, sub_span

PLACE_WORDS = rf"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:de|del|da|of|the|{PARTICLE_WORD}|[A-Z][\w'’.-]*)){{0,3}}"
IN_PLACE = re.compile(  # 'in Bali', 'in the city of Asuncion', 'in the Cambodian city of Siem Reap'
    rf"\b(?:in|at|In)\s+(?:the\s+(?:[A-Z][\w-]*\s+)?(?:city|capital|town|island|resort\s+town)\s+of\s+)?"
    rf"(?P<place>(?P<city>{PLACE_WORDS})(?:,\s+{PLACE_WORDS})?)"
)
# a city and its country right after the date: 'co-chaired the first … Mechanism on 13 October 2017, Jakarta, Indonesia'
PLACE_AFTER_DATE = re.compile(
    rf",\s+(?P<place>{PLACE_WORDS},\s+(?P<country>{PLACE_WORDS}))(?=[,.;:]|\s+(?:to|for|where|with)\b)"
)
# the city after a venue: 'took place at the Cinnamon Grand Hotel, Colombo, Sri Lanka, on 14 and 15 March 2019'
AT_VENUE = re.compile(rf"\bat\s+(?:the\s+)?{VENUE}(?P<place>(?P<city>{PLACE_WORDS})(?:,\s+{PLACE_WORDS})?)")
# a city that hosts the meeting, opening the sentence: 'Abu Dhabi hosted on 13 September 2017 a meeting of …'
PLACE_SUBJECT = re.compile(  # 'Next week, Adelaide will host the … Forum on 9 February 2023'
    rf"^(?:[A-Z][\w\s]{{0,30}},\s+|(?:This|Next|Last)\s+(?:week|month|weekend)\s+)?"
    rf"(?P<place>(?P<city>{PLACE_WORDS})(?:,\s+{PLACE_WORDS})?)\s+"
    r"(?:hosted|hosts|will\s+host|played\s+host\s+to|(?:was|is|will\s+be)\s+(?:the\s+)?(?:venue|host)\s+(?:of|for|to)|"
    r"will\s+open\s+its\s+doors\s+to)\b"  # 'One week from now, Quito will open its doors to the Twelfth Summit'
)
# a host welcoming the meeting to its city: 'Sweden welcomed the Budapest Process to Stockholm on 26 and 27 June',
# 'Australia will welcome ministers and senior officials from across the Indo-Pacific and beyond to Adelaide'
WELCOMED_TO = re.compile(
    rf"\b(?:welcomed|welcomes|will\s+welcome)\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,12}}?to\s+(?P<place>(?P<city>{PLACE_WORDS})(?:,\s+{PLACE_WORDS})?)"
)
MET_IN = re.compile(  # '… welcomed the conclusion in Auckland of the annual meeting …'
    rf"\b(?:met|gathered|convened|came\s+together|conclusion|close|opening)\s+in\s+"
    rf"(?P<place>{PLACE_WORDS}(?:,\s+{PLACE_WORDS})?)"
)
HOSTS_IN = re.compile(  # 'New Zealand will host … officials from across the Asia-Pacific in Wellington next week'
    rf"\b(?:will\s+host|hosts|hosted)\b[^.;]{{0,100}}?\bin\s+(?P<place>{PLACE_WORDS}(?:,\s+{PLACE_WORDS})?)|"
    # 'New Zealand will welcome officials from across the Asia-Pacific to Wellington next week for the … meeting'
    rf"\bwill\s+welcome\b[^.;]{{0,100}}?\bto\s+(?P<welcomed>{PLACE_WORDS}(?:,\s+{PLACE_WORDS})?)"
)
HELD_SUBJECT = re.compile(  # 'The Conference, held on …', 'The meeting was held on …'
    r"^\W*The\s+(?:[A-Z][\w'’-]*\s+|[a-z]+-day\s+){0,4}(?:Conference|Meeting|meeting|conference|Consultation|Forum|Workshop|workshop)"
    r",?\s+(?:(?:which\s+)?(?:was\s+|will\s+be\s+)?held\s+|(?:which\s+)?(?:took|will\s+take)\s+place\s+)?"
    r"(?:on|from|over|between)\b"  # 'The meeting, on 21 and 22 November 2023, will be co-chaired by …'
)
SELF_REFERENCE = re.compile(
    r"\b(?:We|co-?chair\w*|chaired (?:its|their|the|a|an) |presided over|"
    r"attended|took place|takes place|took part|hosted|hosting|was held|were held|"
    r"will be held|will take place|is to be held|launched (?:its|their) \w+|"
    r"held (?:a|an|its|their) \w+|met|ran(?= (?:in|at|from|over|on|between) )|"
    r"held the (?:[\w'’-]+ ){0,8}?(?:meetings|round|sessions|consultations)|"  # 'held the final round of … meetings'
    r"convened|gathered|came to an end|concluded|closed|ended|opened|inaugurated|came together|assembled|was the venue|"
    r"wrapped up|"  # 'Ministers … wrapped up the Fifth … Conference in Marrakesh on Wednesday, 2 May'
    r"delegation to the|"  # 'On 10 February 2023, the Deputy Minister led the Thai delegation to the Eighth …'
    r"brought together|brings together|"  # 'The … Forum brought together ministers … in Adelaide over 8-9 August 2019'
    r"will host|hosts|opens today|closes today|"  # '… the 25th Annual Conference, which opens today'
    r"will welcome (?:[\w'’-]+ ){1,12}?to(?= [A-Z])|"  # 'Australia will welcome ministers … to Adelaide for the …'
    r"will (?:gather|convene)|"  # 'Ministers … will gather in Bratislava, Slovakia, on 15 and 16 September 2016'
    r"welcomed (?:the )?(?:[\w'’-]+ ){1,6}?to(?= [A-Z])|"  # 'Sweden welcomed the Budapest Process to Stockholm on …'
    r"(?<=,\s)(?:held|meeting)(?=\s+(?:in|at|from|on|over|between)\s)|"
    r"the (?:Conference|Meeting|meeting|conference|Forum|Workshop|workshop|Consultation))\b".replace(" ", r"\s+")
)  # the words may be broken over lines ('took\nplace')
OTHER_MEETING = re.compile(
    r"\b(?:(?:a|an|its|their|earlier|previous|preparatory|the previous)\s+(?:[\w-]+\s+){0,3}"
    r"(?:meeting|conference|session|workshop|consultation)|preceded|followed|follows|prepared by|recalled|"
    # 'The meeting built on the outcomes of the Second … (Manila, 16-17 April 2012)'
    r"built on|builds on|building on|(?:report|outcomes?|results?|conclusions|recommendations)\s+of|"
    # 'since the Fifth Conference', not a term: 'which Germany and Morocco have chaired since January 2017'
    r"since(?!\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d{4})\b)|"
    r"next(?! week| month)|summit|"
    r"ahead of|prior to|in preparation for|slated for|"  # '… in Kampala, ahead of the 1st … Meeting slated for …'
    r"the (?:previous|preceding|following) (?:day|week|morning|afternoon|evening))\b",  # 'in Kampala the previous day'
    re.IGNORECASE,
)
# 'Montevideo, 19 September 2008.- The', 'Abidjan, 24 October 2019, hosted by Côte d'Ivoire and …'
DATELINE_END = (
    r"\s*(?:\.?\s*[-–—:]|\(|\.\s+(?=[A-Z])|,\s+(?=(?:hosted|co-?chaired|chaired|organi[sz]ed|convened)\s+by\b))"
)
PRESS_DATELINE = re.compile(  # 'Asmara, 7th March 2019 -', 'Ankara, 10-11 December 2012:', 'Press Release – Belmopan,
    # Belize – July 18, 2024 –'
    rf"^\W*(?:(?:Press|Media|News)\s+[Rr]elease\s*[-–—:|]\s*)?(?P<place>{PLACE_WORDS}(?:,\s+(?!{WEEKDAY}){PLACE_WORDS})?),?"
    rf"\s+(?:[-–—]\s+)?{WEEKDAY}?(?:\((?=[^()]{{5,12}}\)))?(?P<date>{DATE_RE.pattern})\)?{DATELINE_END}"  # 'Rabat,
    # Friday 6 June 2014 (MAP) -', 'Yogyakarta, Friday (23/6/2023) -'
)
DATE_FIRST_DATELINE = re.compile(  # 'August 19, 2021 (ADDIS ABABA, Ethiopia):', '08-11-2016, Kampala: Following …'
    rf"^\W*(?P<date>{DATE_RE.pattern})\s*(?:\(\s*(?P<place>{PLACE_WORDS}(?:,\s+{PLACE_WORDS})?)\s*\)|"
    rf",\s+(?P<bare>{PLACE_WORDS}(?:,\s+{PLACE_WORDS})?)\s*(?=:\s))"
    rf"{DATELINE_END}"
)
COUNTRY_WORDS = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:de|del|da|of|the|[A-Z][\w'’.-]*)){0,5}"  # '… of the Congo'
PLACE_DATELINE = re.compile(  # 'Nusa Dua, Bali (ANTARA News) - Ministers …': an agency's tag may follow
    rf"^\W*(?P<place>{PLACE_WORDS}(?:,\s+{COUNTRY_WORDS})?)(?:\s*\([A-Z][\w .&-]{{1,30}}\))?\s+[-–—]\s+(?=[A-Z])"
)
TODAY = re.compile(r"\b(?:[Tt]oday|[Tt]his\s+(?:morning|afternoon|evening))\b")
# the meeting on another day than the release's: '… to Wellington next week …, the Minister announced today'
NOT_TODAY = re.compile(r"\b(?:next|coming)\s+(?:week|month)\b|\btomorrow\b|\blater\s+this\s+(?:week|month|year)\b")
SPOKEN_TODAY = re.compile(r"\b(?:said|announced|stated|confirmed|told\s+\w+)\s+today\b")  # the day the release speaks
# the meeting goes on to a later day: '… opens today … and will run until Thursday, September 21'
THIS_ONE = re.compile(  # the meeting itself, by a demonstrative: 'to co-chair this conference over the past two days'
    r"\bthis\s+(?:[\w-]+\s+){0,2}?(?:conference|meeting|consultation|session|workshop|forum|dialogue|gathering)\b",
    re.IGNORECASE,
)
RUNS = re.compile(  # the meeting's own course: 'The session runs …', 'The meeting, to be held at … on'
    r"\b(?:runs|ran|lasts|lasted|continues|continued|will\s+(?:run|last|be\s+held|take\s+place)|to\s+be\s+held)\b"
)
ITSELF_TO_COME = re.compile(  # the meeting still to come, by its common noun: 'The Summit will run from …'
    r"^\W*The\s+(?:[a-z\d][\w'’-]*\s+){0,3}(?i:meeting|conference|consultation|session|workshop|summit|forum)"
    r",?\s+(?:will\s+(?:run|last|be\s+held|take\s+place)|to\s+be\s+held)\b"
)
RUNS_UNTIL = re.compile(  # '… and will run until Thursday, 21 September', '… and continue on Sunday, 11th February'
    r"\b(?:(?:run|runs|continue|continues|last|lasts)\s+(?:until|till|through|to)|continues?\s+on|"
    r"(?:ends?|closes?|concludes?)\s+on)\s+(?:\w+day,?\s+)?$"  # 'The meeting, which ends on Thursday 28 February
)
# the meeting still to come: '… will be held in Yangon, Myanmar, on 23 June 1999', 'Pretoria, 1 September 2017 -
# Ministers … will meet this weekend' (a preview: the dateline is the release's)
STILL_TO_COME = re.compile(
    r"\b(?:will|shall)\s+(?:meet|gather|convene|open|welcome|be\s+held|take\s+place|(?:jointly\s+)?(?:co-?)?(?:chair|host))\b|"
    r"\bwill\s+(?:lead|head)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}delegation\b|"  # '… will lead the Thai delegation to'
    r"\bto\s+be\s+held\b|"  # '… will jointly chair a meeting …, to be held in Bali on 10-11 November 2009'
    r"\b(?:is|are)\s+(?:expected\s+)?to\s+(?:meet|gather|convene|be\s+held)\b|"
    # 'The Consultation … gets under way in Dubai tomorrow, Saturday 10 February'
    r"\b(?:gets?\s+under\s*way|opens?|starts?|begins?)\s+(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?tomorrow\b|"
    r"\bwill\s+(?:run|last)\b"  # 'The Summit will run from Monday 20 January to Friday 24 January 2020'
)
# the sentence is about meetings before or after this one: 'The Conference was preceded by a meeting of senior
# officials, held in Bali on 22 March 2016, and by our own bilateral meeting … in Jakarta on 21 March 2016'
PRECEDED_BY = re.compile(r"\b(?:was|were|is|are|will\s+be)\s+(?:preceded|followed)\s+by\b")
HELD_ITS = re.compile(  # 'held its sixth annual meeting', 'met for its fourth session': this meeting, not another
    r"\b(?:held|holds|hosted|convened|ended|closed|concluded|opened|met\s+for)\s+(?:today\s+)?(?:its|their|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}"
    r"(?i:meeting|session|conference|consultation|summit|forum|workshop)\b"
)
ONLINE = re.compile(
    r"\b(?:virtually|online|by\s+video\s*-?\s*conference|via\s+video\s*-?\s*conference|in\s+(?:a\s+)?virtual\s+format"
    r"|(?:as\s+a|in\s+a)\s+(?:virtual|online)\s+(?:meeting|session|format))\b"
)
MET_ON = re.compile(  # the meeting's own verb right before its day: '… met in Geneva on '
    r"\b(?:met|was\s+held|were\s+held|took\s+place|convened|gathered|"
    # '… formally launched its programme on'
    r"(?:formally\s+)?launched\s+(?:its|their|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"\s+(?:(?:in|at)\s+[^.;,]{1,60}?\s+)?on\s+$"
)
HELD_ONLINE = re.compile(  # 'The one-day workshop was held online': a dateline's place is not the meeting's
    r"(?:^|[.!?]\s+|\s[-–—]\s+)The\s+[^.;]{0,150}?\s+(?:took\s+place|was\s+held|were\s+held|met|was\s+conducted)\s+"
    r"(?:entirely\s+)?(?:online|virtually|by\s+video\s*-?\s*conference)\b"
)
SMALL_WORDS = {"of", "the", "on", "in", "and", "for", "to", "at", "a", "an", "by", "with"}


def title_case(text: str, acronyms: frozenset[str] = frozenset()) -> str:
    """An all-capitals title in title case ('THIRD BALI REGIONAL … ON PEOPLE SMUGGLING' → 'Third Bali
    Regional … on People Smuggling'); other titles unchanged. Roman numerals, known acronyms ('ASEAN') and
    what stands in parentheses stay."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.85 * len(letters):  # '… (9th AMMTC)' is upper case too
        return text
    out = []
    depth = 0
    for i, word in enumerate(text.split(" ")):
        bare = word.strip("(),'’\"").lower()
        if depth or word.startswith("(") or re.fullmatch(r"[IVXLC]+", word) or word.strip(",:;") in acronyms:
            out.append(word)
        elif i and bare in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:].lower())
        depth += word.count("(") - word.count(")")
    return " ".join(out)


KIND_OPENING = re.compile(
    r"^(?:joint\s+(?:ministerial\s+)?(?:statement|communiqu[eé]|declaration)|co-?chairs?['’]?\s*statement|"
    r"chair(?:man|person)?['’]?s?\s+(?:statement|summary)|statement|communiqu[eé]|report)\s+(?:of|by|on|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
HEADLINE_VERB = re.compile(r"\s+(?:adopts?|agrees?|opens?|closes?|meets?|calls?|launch(?:es)?|concludes?|ends?)\b.*$")


ORDINALS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|inaugural|"
    r"\d+(?:st|nd|rd|th))"
)
NAMED_MEETING = re.compile(
    rf"\b(?:(?i:{ORDINALS})\s+)?(?:[A-Z][\w'’+-]*\s+|(?:of|and|on)\s+(?=[A-Z]))*?"
    rf"(?:Conference|Meeting|Summit|Forum|Workshop|Symposium|Dialogue|Consultation|Session|Seminar|Mechanism)\b"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’+-]*(?:\s+(?:[A-Z][\w'’+-]*|and|of|on|in))*[\w)])?"
)
TITLE_PLACE_DATE = re.compile(
    rf"\s+(?:in|at)\s+{PLACE_WORDS}(?:,\s+{PLACE_WORDS})?\s*(?:,|\s[-–—])\s*{DATE_RE.pattern}\W*$"
)
ON_THE_MEETING = re.compile(r"\s+on\s+the\s+(?P<name>.*)$")


def meeting_label(title: str, opening: str = "", acronyms: frozenset[str] = frozenset()) -> str:
    """The meeting's name from a title: in title case, without a leading 'Joint Communique of the' or 'Joint
    Statement by … on the', and without a headline's verb ('Fifth Ministerial Consultation adopts …'); when
    the title names no meeting, the first meeting the opening sentence names."""
    label = title_case(squash(title), acronyms)
    if (place_date := TITLE_PLACE_DATE.search(label)) and MEETING_NOUN.search(label[: place_date.start()]):
        label = label[: place_date.start()]  # 'Senior Officials' Meeting in Asmara, Eritrea - 7 March 2019'

    if MEETING_NOUN.search(label):
        label = KIND_OPENING.sub("", label)
        on = ON_THE_MEETING.search(label)
        if on and not MEETING_NOUN.search(label[: on.start()]) and MEETING_NOUN.search(on["name"]):
            label = on["name"]
        label = HEADLINE_VERB.sub("", label) if MEETING_NOUN.search(HEADLINE_VERB.sub("", label)) else label
    elif found := NAMED_MEETING.search(squash(opening)):
        label = found.group()
    label = re.sub(r"^(?i:of|by)\s+(?i:the\s+)?", "", label)  # 'JOINT STATEMENT' over 'OF THE NINTH … MEETING'
    return label[:1].upper() + label[1:] if label else label


def _parts(line: Span) -> tuple[str, str, int, int] | None:
    """(place text, date text, offset of the place, offset of the date) of a heading line (-1 when absent)."""
    text = line.quote
    if not FIELDS.match(text) and not DATE_THEN_FIELDS.match(text):
        text = TRAILING_FIELD.sub("", text)
    for pattern in (FIELDS, DATE_THEN_FIELDS, PLACE_DATE_LINE, DATE_PLACE_LINE):
        if m := pattern.match(text):
            return m["place"], m["date"], m.start("place"), m.start("date")
    if m := DATE_FIELD.match(text):
        return "", m["date"], -1, m.start("date")
    if m := PLACE_FIELD.match(text):
        return m["place"], "", m.start("place"), -1
    if m := TRAILING_DATELINE.search(text):
        return m["place"], m["date"], m.start("place"), m.start("date")
    if m := DATE_LINE.match(text):
        return "", m["date"], -1, m.start("date")
    if m := PLACE_LINE.match(text):
        return m["place"], "", m.start("place"), -1
    return None


def _heading_readings(structure: Structure, gazetteer: Gazetteer) -> list[DateReading]:
    """The heading's place-and-date lines as readings; a date line and a place line next to each other
    make one reading."""
    readings: list[DateReading] = []
    pending_place: tuple[Span, object] | None = None
    pending_date: tuple[Span, object] | None = None
    year = next((d.start[:4] for line in structure.datelines for _, d in find_dates(line.quote)), "")
    for line in structure.datelines:
        parts = _parts(line)
        if parts is None:
            continue
        place_text, date_text, _, _ = parts
        # 'Bali, Indonesia'; 'Asmara Palace Hotel, Asmara, Eritrea'; 'North Terrace, Adelaide SA'
        named = place_words(place_text, lambda w: gazetteer.place(w) is not None) if place_text else None
        place = gazetteer.place(named) if named else None
        match = DATE_RE.search(date_text) if date_text else None
        dates = parse(match, year) if match else None
        if place is not None and dates is not None:
            readings.append(DateReading(dates.start, dates.end, place.name or "", place.country, line))
        elif place is not None:
            if pending_date is not None:
                readings.append(_joined(pending_date, (line, place)))
                pending_date = None
            else:
                pending_place = (line, place)
        elif dates is not None:
            if pending_place is not None:
                readings.append(_joined((line, dates), pending_place))
                pending_place = None
            else:
                pending_date = (line, dates)
    if pending_date is not None:
        line, dates = pending_date
        readings.append(DateReading(dates.start, dates.end, "", None, line))
    if pending_place is not None:
        line, place = pending_place
        readings.append(DateReading("", "", place.name or "", place.country, line))
    return readings


def _joined(dated: tuple, placed: tuple) -> DateReading:
    """One reading from a date line and a place line next to it (its span covers both)."""
    (date_line, dates), (place_line, place) = dated, placed
    first, last = sorted([date_line, place_line], key=lambda s: s.begin)
    whole = Span(first.source, first.begin, last.end, "")
    return DateReading(dates.start, dates.end, place.name or "", place.country, whole)


def _days_after(day: str, later: str) -> int:
    """How many days `later` comes after `day` (two ISO days)."""
    return (datetime.date.fromisoformat(later) - datetime.date.fromisoformat(day)).days


def _within_a_week(reading: DateReading, other: DateReading) -> bool:
    """Whether two readings of full days lie within a week of each other (days of one meeting)."""
    if any(len(day) != 10 for day in (reading.start, reading.end, other.start, other.end)):
        return False
    first, second = sorted([(reading.start, reading.end), (other.start, other.end)])
    return _days_after(first[1], second[0]) <= 7


def _release_date(dated: list[DateReading], body: list[DateReading]) -> bool:
    """Whether the heading's dates are the day a release or report was sent, not the meeting's: one day each,
    after the days the body places the meeting on; a dateline with a place somewhere else within a fortnight
    ('Geneva, 6 November 2015' over '… held in Colombo on 4 and 5 November') or with the same place within
    three days ('Warsaw, 21.11.2012' over '… in Warsaw on 20 November 2012'), a day alone within a week
    ('23 September 2022' over '… met in Nay Pyi Taw on 22 September')."""
    placed = [r for r in body if r.start and r.place and len(r.end) == 10]
    single = all(len(r.start) == 10 and r.start == r.end for r in dated)
    if not dated or not placed or not single or len({bool(r.place) for r in dated}) != 1:
        return False
    if dated[0].place:  # at the same place, a release sent within days of the meeting ('Warsaw, 21.11.2012' over
        # '… in Warsaw on 20 November 2012')
        return all(
            any(b.end < r.start and _days_after(b.end, r.start) <= (3 if b.place == r.place else 14) for b in placed)
            and not any(overlap((b.start, b.end), (r.start, r.end)) for b in placed)  # the body says that day too
            for r in dated
        )
    # the body's very first reading may lie further back ('3 July 2023' over '… convened senior officials … in
    # Bangkok on 21 June 2023')
    return all(
        any(
            b.end < r.start and (_within_a_week(b, r) or (b is body[0] and _days_after(b.end, r.start) <= 14))
            for b in placed
        )
        for r in dated
    )


def _announced(dated: list[DateReading], body: list[DateReading], text: str) -> bool:
    """Whether the heading dates an announcement of the meeting: the body's first place and days come in a
    sentence that says the meeting is still to be held ('Jakarta, 16 June 1999' over '… will be held in Yangon,
    Myanmar, on 23 June 1999'), at most two months after the heading's one day."""
    placed = next((r for r in body if r.start and r.place and len(r.start) == 10), None)
    placed = placed or next((r for r in body if r.start and len(r.start) == 10), None)  # its place said apart
    if placed is None or not dated or not all(len(r.start) == 10 and r.start == r.end for r in dated):
        return False
    said = text[max(0, placed.span.begin - 160) : placed.span.end]
    return STILL_TO_COME.search(said) is not None and all(
        r.start < placed.start and _days_after(r.start, placed.start) <= 62 for r in dated
    )


def _body_readings(
    structure: Structure, gazetteer: Gazetteer, year: str, online: bool, start: int = 0
) -> list[DateReading]:
    """Place and dates the opening sentences give for the meeting itself: a press dateline opening the first
    paragraph ('Asmara, 7th March 2019 - …'), or a date and a place in the same sentence about the meeting,
    with no other meeting named between them ('today' being the statement's date of issue); when the opening
    says the meeting was held `online`, a dateline's place is not the meeting's."""
    out = []
    opening = [p for p in structure.paragraphs][start : start + 2]
    # a dateline opens the first paragraph, or the second under a headline when it gives a date as well
    datelines = (_press_dateline(p.span, gazetteer, year, alone=not index) for index, p in enumerate(opening))
    lead = next((r for r in datelines if r is not None), None)
    if lead is not None and not lead.start:
        holder = next((p.span for p in opening if p.span.begin <= lead.span.begin < p.span.end), opening[0].span)
        lead = _met_elsewhere(lead, holder, gazetteer) or lead
    if lead is not None:
        out.append(lead)
        year = year or lead.start[:4]  # 'Abuja, 19 June 2019. … ended today its session of 18-19 June
    issued = _issued(structure, year)
    if lead is not None and not lead.start and issued is not None and issued.start:
        lead = _dated_by_issue(lead, opening, issued, year)
        out = [lead]
    released = False  # whether the dateline's date is the release's, the meeting having met days before
    previewed = False  # whether the dateline's sentence says the meeting is still to come
    for paragraph in opening:
        for sentence in sentences(paragraph.span)[:2]:
            text = sentence.quote
            dateline_here = lead is not None and sentence.begin <= lead.span.begin < sentence.end
            previewed = previewed or (dateline_here and STILL_TO_COME.search(text) is not None)
            # 'The session runs …', 'It has been a privilege to co-chair this conference over the past two days, …'
            itself_runs = (
                (ITSELF.match(text) is not None and RUNS.search(text) is not None)
                or bool(THIS_ONE.search(text))
                or bool(ITSELF_TO_COME.match(text))
            )
            if (
                not SELF_REFERENCE.search(text)
                and not SELF_REFERENCE.match(text[:1].lower() + text[1:])  # 'Gathered in Bratislava, …, on …'
                and not itself_runs
                and not (dateline_here and (TODAY.search(text) or previewed))
            ):
                continue
            if (
                not dateline_here  # under a press dateline, 'today' is the dateline's date, already read
                and issued is not None
                and (today := TODAY.search(text))
                and not NOT_TODAY.search(text)
                and not (SPOKEN_TODAY.search(text) and find_dates(text, year))  # '… on Friday 10 February 2023, the
                # Minister said today': the meeting's own day is given
                and (found := _nearest_place(text, today, gazetteer))
            ):
                place = gazetteer.place(found[2])
                begin, end = min(found[0], today.start()), max(found[1], today.end())
                out.append(
                    DateReading(
                        issued.start, issued.end, place.name or "", place.country, sub_span(sentence, begin, end)
                    )
                )  # and the days it may give as well ('closed today … after three days, from 19 to 21 September')
                today_days: tuple[str, str] | None = (issued.start, issued.end)
            else:  # under a dated press dateline, the sentence's other days are its meeting's only around that day
                today_days = (day_before(lead.start), lead.end) if dateline_here and lead.start else None
            for match, dates in find_dates(text, year):
                if not dates.year_given and not year:
                    continue
                met_before = (
                    lead is not None
                    and bool(lead.start)
                    and MET_ON.search(text[: match.start()]) is not None
                    and len(dates.end) == 10
                    and dates.end < lead.start
                    and _days_after(dates.end, lead.start) <= 31
                )  # 'Geneva - 30 May 2013. … when both bodies met in Geneva on 21 May 2013': the release's date
                runs_on = (
                    (dateline_here or ITSELF.match(text) is not None)  # 'The meeting, which ends on Thursday …'
                    and lead is not None
                    and lead.start
                    and RUNS_UNTIL.search(text[: match.start()]) is not None
                    and len(lead.start) == len(dates.end) == 10
                    and lead.start < dates.end
                    and _days_after(lead.start, dates.end) <= 7
                )
                if runs_on:  # '… opens today … and will run until Thursday, September 21': the lead's days go on
                    extended = DateReading(lead.start, dates.end, lead.place, lead.country, lead.span)
                    out = [extended if r is lead else r for r in out]
                    lead = extended
                    continue
                to_come = (
                    previewed
                    and dateline_here
                    and bool(lead.start)
                    and len(dates.start) == 10
                    and dates.start > lead.end
                    and _days_after(lead.end, dates.start) <= 62
                    and STILL_TO_COME.search(text[: match.start()]) is not None
                )  # 'Dubai, 9 February 2024 - Ministers … will gather in Dubai tomorrow, Saturday 10 February 2024'
                if met_before:
                    released = True
                elif today_days is not None and not to_come and not overlap((dates.start, dates.end), today_days):
                    continue  # 'met in Jakarta today to take forward what … the Forum in Nusa Dua in August 2018'
                if dateline_here and sentence.begin + match.start() < lead.span.end:
                    continue  # the press dateline's date, read as the lead already
                if (
                    not dates.year_given
                    and issued is not None
                    and dates.start > issued.end
                    and not previewed
                    and not STILL_TO_COME.search(text)  # 'The Conference will take place on Friday 10 February'
                    and weekday_fits(match.group(), year_before(dates).start)
                ):
                    dates = year_before(dates)  # posted on 10 January about 'the meeting on 12-13 December'
                found = _nearest_place(text, match, gazetteer)
                under_lead = lead is not None and sentence.begin + match.start() >= lead.span.end
                if found is None and (day_line := WEEKDAY_DATELINE.match(text[: match.start()])):
                    # 'Kuwait City, Thursday – The Third Ministerial Consultation … closed today after two days of
                    # discussions (Wednesday 26 and Thursday 27 November 2014)': the dateline's place, these days
                    rest = text[day_line.end() : match.start()]
                    where_place = gazetteer.place(day_line["place"])
                    named = TITLED_SUBJECT.match(rest)  # 'The Third Ministerial Consultation of …', as titled
                    titled = named is not None and fold(named["name"].strip()) in fold(structure.title.quote)
                    if where_place is not None and (ITSELF.match(rest) or titled) and not OTHER_MEETING.search(rest):
                        where = sub_span(sentence, day_line.start("place"), match.end())
                        out.append(
                            DateReading(dates.start, dates.end, where_place.name or "", where_place.country, where)
                        )
                        break
                if found is None and under_lead and (dateline_here or not OTHER_MEETING.search(text[: match.start()])):
                    # 'VICTORIA FALLS, Zimbabwe, 9 July 2015 - The … meeting … ended here today after three
                    # days of talks, from 7 to 9 July 2015': the dateline's place, the meeting's own dates
                    where = sub_span(sentence, match.start(), match.end())
                    place, country = ("", None) if online else (lead.place, lead.country)
                    out.append(DateReading(dates.start, dates.end, place, country, where))
                    break
                closed_today = next((r for r in out if issued is not None and r.start == r.end == issued.end), None)
                if found is None and closed_today is not None and dates.start < dates.end == closed_today.end:
                    # '… concluded in Bali today.' then '… took part in the three days of meetings, which ran from
                    # 28 to 30 April': the days that end on the day of issue
                    where = sub_span(sentence, match.start(), match.end())
                    out.append(DateReading(dates.start, dates.end, closed_today.place, closed_today.country, where))
                    break
                if (
                    found is None
                    and closed_today is not None
                    and dates.start < dates.end == day_before(closed_today.end)
                ):
                    # '… today welcomed the conclusion in Auckland of the annual meeting' then 'The two-day meeting,
                    # held on 3 and 4 September, …': the days before the release's are the meeting's
                    where = sub_span(sentence, match.start(), match.end())
                    out = [r for r in out if r is not closed_today]
                    out.append(DateReading(dates.start, dates.end, closed_today.place, closed_today.country, where))
                    break
                said = HELD_ITS.sub("", text[: match.start()])  # 'held its sixth annual meeting': this one
                subject = ITSELF.match(said) or ITSELF_TO_COME.match(said)
                itself = (subject and RUNS.search(said)) or THIS_ONE.search(said[-80:])
                if found is None and itself and not OTHER_MEETING.search(said[subject.end() if subject else 0 :]):
                    # 'The session runs for two days, 19-20 June 2023, and …': its days, its place said elsewhere
                    out.append(DateReading(dates.start, dates.end, "", None, sub_span(sentence, *match.span())))
                    break
                if found is None and (online := ONLINE.search(text)) and not OTHER_MEETING.search(said):
                    # 'held its sixth annual meeting virtually on 9 June 2021': its dates, and no place to give
                    begin, end = min(online.start(), match.start()), max(online.end(), match.end())
                    out.append(DateReading(dates.start, dates.end, "", None, sub_span(sentence, begin, end)))
                    break
                if found is None:
                    continue
                place_begin, place_end, place_text = found
                begin = min(place_begin, match.start())
                end = max(place_end, match.end())
                before = HELD_ITS.sub("", text[:begin])[-60:]  # 'held its annual\nmeeting at …': the whole phrase
                if OTHER_MEETING.search(before) or OTHER_MEETING.search(text[begin:end]) or PRECEDED_BY.search(said):
                    continue
                place = gazetteer.place(place_text)
                last = dates.end
                if (days := OPENED_FOR.search(text)) and dates.start == dates.end and len(dates.start) == 10:
                    for _ in range(NUMBER_WORDS[days["days"].lower()] - 1):  # 'The two-day … opened … on Sept. 20'
                        last = day_after(last)
                for later, later_dates in find_dates(text[end:], year):  # '… and will run until Sunday 11 February'
                    if RUNS_UNTIL.search(text[end : end + later.start()]) and later_dates.end > last:
                        end, last = end + later.end(), later_dates.end
                    break
                where = sub_span(sentence, begin, end)
                out.append(DateReading(dates.start, last, place.name or "", place.country, where))
                break
    if not out:
        out = [r for p in structure.paragraphs[start : start + 3] if (r := _field_reading(p.span, gazetteer, year))][:1]
    if out and not online and any(r.start for r in out) and not any(r.place for r in out):
        out += _place_apart(opening, gazetteer)  # 'Quito will open its doors to …' then 'The Summit will run from …'
    if released and lead is not None:
        out = [DateReading("", "", r.place, r.country, r.span) if r is lead else r for r in out]
    if previewed and lead is not None and any(r is not lead and r.start for r in out):
        out = [r for r in out if r is not lead]  # the release's place and day; the meeting's come after
    return out or _apart(opening, gazetteer, year)


TITLED_SUBJECT = re.compile(r"The\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,5})")
WEEKDAY_DATELINE = re.compile(rf"^\W*(?P<place>{PLACE_WORDS}),\s+{WEEKDAY}\s*[-–—]\s+")  # 'Kuwait City, Thursday – '
# a meeting's length, and the day it opened: 'The two-day 11th AMMTC opened in Manila on Wednesday, Sept. 20'
OPENED_FOR = re.compile(
    r"\b(?P<days>two|three|four|five)-day\b[^.;]{0,120}?\b(?:opened|opens|began|begins|started|starts)\b", re.IGNORECASE
)
# a sentence about the meeting itself, by its subject: 'The meeting took place …', 'The Vice-Ministers … gathered'
ITSELF = re.compile(  # the meeting named in common words only, not another by its name ('The Bali Process Forum')
    r"^\W*(?:We\b|(?:The|This|Our)\s+(?:[a-z\d][\w'’-]*\s+){0,3}(?:meeting|conference|consultation|session|"
    r"workshop|summit|forum|dialogue|gathering|SOM)\b|The\s+(?:Ministers|Vice-Ministers|Officials|Delegates|"
    r"Participants|Heads)\b)"
)
FUTURE = re.compile(r"\b(?:will|shall)\b")


def _dated_by_issue(lead: DateReading, opening: list, issued: DateRange, year: str) -> DateReading:
    """A press dateline with a place and no date ('ROME - … ministers … met today at the Farnesina') under the
    page's date ('NEWS | 28.11.2014'): dated by that day when its sentence says the meeting met today and gives
    no days of its own ('closed today … from 19 to 21 September'); else as it was."""
    said = next((p.span for p in opening if p.span.begin <= lead.span.begin < p.span.end), opening[0].span)
    first = sentences(said)[0]
    today = TODAY.search(first.quote) if first.begin <= lead.span.begin < first.end else None
    if (
        today is None
        or today.start() <= lead.span.end - first.begin
        or STILL_TO_COME.search(first.quote)
        or find_dates(first.quote, year)
    ):
        return lead
    where = sub_span(first, lead.span.begin - first.begin, today.end())
    return DateReading(issued.start, issued.end, lead.place, lead.country, where)


def _said_of_itself(reading: DateReading, structure: Structure) -> bool:
    """Whether a reading comes from a press dateline opening its paragraph, or from a sentence whose subject is
    the meeting or those who met (not 'The Forum, first convened in Perth in August 2017, …')."""
    for paragraph in structure.paragraphs:
        if paragraph.span.begin == reading.span.begin:
            return True
        for sentence in sentences(paragraph.span):
            if sentence.begin <= reading.span.begin < sentence.end:
                said = sentence.quote[: reading.span.begin - sentence.begin]
                return (
                    ITSELF.match(sentence.quote) is not None
                    and not OTHER_MEETING.search(said)
                    and not FUTURE.search(said)
                )
    return False


FIELD_HEAD = (
    re.compile(  # a report's field over its value: '1. Date and Venue' over 'April 14-15, 2009, Bali (Indonesia)'
        r"^\W*(?:\d{1,2}\.\s*)?(?i:dates?|venue|place)(?:\s*(?:and|&|/)\s*(?i:dates?|venue|place))?\s*:?\s*\r?\n"
    )
)
PLACE_AFTER_FIELD_DATE = re.compile(
    r"\s*,?\s*(?P<place>[A-Z][\w'’. -]{1,40}?)(?:\s*\((?P<country>[A-Z][^()\n]{1,40})\))?\s*$"
)


def _field_reading(paragraph: Span, gazetteer: Gazetteer, year: str) -> DateReading | None:
    """The days and place a field of the report gives its meeting: 'Date and Venue' over 'April 14-15, 2009, Bali
    (Indonesia)'."""
    head = FIELD_HEAD.match(paragraph.quote)
    if head is None:
        return None
    value = sub_span(paragraph, head.end(), len(paragraph.quote.split("\n\n")[0]))
    dated = next(iter(find_dates(value.quote, year)), None)
    if dated is None:
        return None
    match, dates = dated
    after = PLACE_AFTER_FIELD_DATE.match(value.quote, match.end())  # ', Bali (Indonesia)'
    place = None
    if after is not None:
        place = gazetteer.place(after["place"] + (f", {after['country']}" if after["country"] else ""))
        place = place or gazetteer.place(after["place"])
    end = after.end() if after is not None and place is not None else match.end()
    name, country = (place.name or "", place.country) if place is not None else ("", None)
    return DateReading(dates.start, dates.end, name, country, sub_span(value, match.start(), end))


def _place_apart(opening: list, gazetteer: Gazetteer) -> list[DateReading]:
    """The place the opening's first sentence gives the meeting it dates elsewhere: where it meets, is hosted or
    welcomed ('New Zealand will welcome officials … to Wellington next week for the annual meeting')."""
    first = next((s for p in opening for s in sentences(p.span)[:1]), None)
    if first is None:
        return []
    for match in (PLACE_SUBJECT.match(first.quote), MET_IN.search(first.quote), HOSTS_IN.search(first.quote)):
        if match is None:
            continue
        group = _place_group(match)
        if (found := _leading_place(match[group], gazetteer, named=True)) is not None:
            place, name = found
            at = match.start(group)
            return [DateReading("", "", place.name, place.country, sub_span(first, at, at + len(name)))]
    return []


def _place_group(match: re.Match) -> str:
    """The group of a match that holds the place: 'place', or 'welcomed' ('will welcome officials … to Wellington')."""
    return "place" if match.groupdict().get("place") else "welcomed"


def _leading_place(words: str, gazetteer: Gazetteer, named: bool = False) -> tuple[Place, str] | None:
    """The longest run of a phrase's first words that names a place ('Auckland of the annual meeting': Auckland),
    and those words; with `named`, a place with a name of its own (not a country alone)."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n]).rstrip(",")
        if (place := gazetteer.place(name)) is not None and (place.name or not named):
            return place, name
    return None


def _apart(opening: list, gazetteer: Gazetteer, year: str) -> list[DateReading]:
    """When no sentence gives both: the place the first sentence says the meeting met in, and the days the next
    one gives it ('… officials met in Quito, Ecuador, last week for the Third Conference.' then 'The
    Conference, held on 14 and 15 August 2002 at the invitation of …')."""
    parts = [s for p in opening for s in sentences(p.span)[:2]]
    pairs = [(first, second) for i, first in enumerate(parts) for second in parts[i + 1 : i + 3]]
    for first, second in pairs:
        # '… met in Auckland …', '… led the Thai delegation to the Conference at the Adelaide Convention Centre,
        # Adelaide, Australia'
        met = MET_IN.search(first.quote) or AT_VENUE.search(first.quote) or HOSTS_IN.search(first.quote)
        if met is None:
            continue
        group = _place_group(met)
        words = met[group].split()
        found = _leading_place(met[group], gazetteer)  # 'in Auckland of the annual meeting': Auckland
        if found is None or not HELD_SUBJECT.match(second.quote):
            continue
        place = found[0]
        dated = next(((m, d) for m, d in find_dates(second.quote, year) if d.year_given or year), None)
        if dated is None or OTHER_MEETING.search(second.quote[: dated[0].start()]):
            continue
        match, dates = dated
        named = first.quote.find(place.name or words[0], met.start(group)) if place.name else met.start(group)
        where = (
            sub_span(first, named, named + len(place.name))
            if place.name and named >= 0
            else sub_span(first, met.start(group), met.end(group))
        )
        return [
            DateReading("", "", place.name or "", place.country, where),
            DateReading(dates.start, dates.end, "", None, sub_span(second, match.start(), match.end())),
        ]
    return []


def _press_dateline(paragraph: Span, gazetteer: Gazetteer, year: str, alone: bool = True) -> DateReading | None:
    """'Asmara, 7th March 2019 - Senior officials …': a place and date opening the first paragraph; or a place
    alone ('Kinshasa, Democratic Republic of the Congo – Ministers … met …'), whose dates the sentence gives."""
    match = PRESS_DATELINE.match(paragraph.quote) or DATE_FIRST_DATELINE.match(paragraph.quote)
    if match is None:
        placed = PLACE_DATELINE.match(paragraph.quote) if alone else None
        if placed is None or (place := gazetteer.place(placed["place"])) is None:
            return None
        return DateReading("", "", place.name or "", place.country, sub_span(paragraph, 0, placed.end("place")))
    named = match["place"] or match.groupdict().get("bare")
    if (place := gazetteer.place(named)) is None:
        return None
    dates = parse(DATE_RE.match(match["date"]), year)
    if dates is None:
        return None
    after = next((s for s in sentences(paragraph) if s.end - paragraph.begin > match.end() + 1), None)
    told = after.quote[max(0, match.end() - (after.begin - paragraph.begin)) :] if after else ""
    dates = (relative_to(dates.start, told) or dates) if dates.start == dates.end else dates
    end = max(match.end("date"), match.end("place") if match["place"] else match.end("bare"))
    return DateReading(dates.start, dates.end, place.name or "", place.country, sub_span(paragraph, 0, end))


def _held_online(structure: Structure) -> bool:
    """Whether the opening paragraphs say the meeting was held online ('The one-day workshop was held online')."""
    return any(HELD_ONLINE.search(p.span.quote) for p in structure.paragraphs[:3])


def _opens_paragraph(reading: DateReading, structure: Structure) -> bool:
    """Whether a reading is a press dateline: it opens one of the first two paragraphs."""
    return any(p.span.begin == reading.span.begin for p in structure.paragraphs[:2])


LEAD_TO_DATE = re.compile(r",?\s+(?:on|from|over|between)\s+")  # '… held in Bali on 30.03.2011'


def _met_elsewhere(lead: DateReading, paragraph: Span, gazetteer: Gazetteer) -> DateReading | None:
    """The place the dateline's own sentence says the meeting was at, when a dateline of a place alone names
    where the release was written ('San José, Costa Rica - Officials … gathered in Tegucigalpa, Honduras, for
    the meeting …')."""
    sentence = next((s for s in sentences(paragraph) if s.end > lead.span.end), None)
    if sentence is None:
        return None
    after = lead.span.end - sentence.begin
    for match in IN_PLACE.finditer(sentence.quote, max(after, 0)):
        verb = SELF_REFERENCE.search(sentence.quote, max(after, 0), match.start())
        # '… has welcomed the outcome of the Fourth … Conference, held in Bali on 30.03.2011'
        verb = verb or re.search(r",\s+held\s+$", sentence.quote[max(after, 0) : match.start()])
        group = "place" if gazetteer.place(match["place"]) is not None else "city"  # 'Adelaide, South Australia'
        place = gazetteer.place(match[group])
        if verb is None or place is None or place.country is None:
            continue
        if place.name == lead.place or OTHER_MEETING.search(sentence.quote[verb.start() : match.start()]):
            return None
        where = sub_span(sentence, match.start(group), match.end(group))
        if (on := LEAD_TO_DATE.match(sentence.quote, match.end(group))) and (
            dated := next(iter(find_dates(sentence.quote[on.end() :])), None)
        ):
            at, dates = dated
            if at.start() == 0 and dates.year_given:  # '… held in Bali on 30.03.2011'
                where = sub_span(sentence, match.start(group), on.end() + at.end())
                return DateReading(dates.start, dates.end, place.name or "", place.country, where)
        return DateReading("", "", place.name or "", place.country, where)
    return None


def _issued(structure: Structure, year: str):
    """The date the statement was issued (a 'Media release' date line, else a heading line that is a date
    alone: 'March 23, 2016' under a joint statement's title), for 'today'."""
    lines = [structure.issued] if structure.issued is not None else list(structure.datelines)
    for line in lines:
        found = find_dates(line.quote, year)
        if not found:
            continue
        match, dates = found[0]
        alone = not (line.quote[: match.start()] + line.quote[match.end() :]).strip(" ,.–-|")
        if line is structure.issued or alone:
            return dates
    return None


def _nearest_place(text: str, date: re.Match, gazetteer: Gazetteer) -> tuple[int, int, str] | None:
    """(begin, end, text) of the 'in PLACE' phrase nearest a date in the same clause, a place the tables
    know ('in Bali, Indonesia', or 'in Perth' when what follows the comma is not a country), of a city
    hosting the meeting at the head of the sentence ('Abu Dhabi hosted on …') or one it is welcomed to."""
    best = None
    after = PLACE_AFTER_DATE.match(text, date.end())  # 'on 13 October 2017, Jakarta, Indonesia, to discuss …'
    if after and gazetteer.country(after["country"]) is not None and gazetteer.place(after["place"]) is not None:
        return after.start("place"), after.end("place"), after["place"]
    for match in [
        *IN_PLACE.finditer(text),
        *PLACE_SUBJECT.finditer(text),
        *WELCOMED_TO.finditer(text),
        *AT_VENUE.finditer(text),
    ]:
        group = "place" if gazetteer.place(match["place"]) is not None else "city"
        begin, end = match.start(group), match.end(group)
        if gazetteer.place(match[group]) is None:  # 'in Bucharest\nthe Senior Officials' Meeting': its first words
            words = list(re.finditer(r"\S+", match["city"]))
            # only before a word in small letters: not 'Lancaster' of 'Lancaster House', 'Victoria' of 'Victoria Falls'
            shorter = (
                match.start("city") + w.end()
                for w, n in reversed(list(zip(words[:-1], words[1:], strict=True)))
                if n.group()[0].islower()
            )
            end = next((e for e in shorter if gazetteer.place(text[begin:e]) is not None), end)
        if (found := gazetteer.place(text[begin:end])) is None or (match.re is PLACE_SUBJECT and not found.name):
            continue
        gap = date.start() - end if begin < date.start() else begin - date.end()
        between = text[min(end, date.end()) : max(begin, date.start())]
        if gap > 400 or ";" in between or (gap > 160 and (DATE_RE.search(between) or OTHER_MEETING.search(between))):
            continue
        named = found.name and found.country is not None
        if (
            best is None
            or gap < best[0]
            # the city before its country's name: 'met in Ezulwini, in the Kingdom of Swaziland, from 30 June …'
            or (named and not best[2].name and best[2].country == found.country and gap < best[0] + 60)
        ) and not (best is not None and best[2].name and not found.name and best[2].country == found.country):
            best = (gap, (begin, end, text[begin:end]), found)
    return best[1] if best else None


def _quoted(reading: DateReading, text: str) -> DateReading:
    """A reading whose span was made from two lines, with its quote filled in from the text."""
    span = Span(reading.span.source, reading.span.begin, reading.span.end, text[reading.span.begin : reading.span.end])
    return DateReading(reading.start, reading.end, reading.place, reading.country, span)


def _ranges_over_days(readings: list[DateReading]) -> tuple[list[DateReading], list[Span]]:
    """The readings without a single day that another reading's range of days holds, at the same place or at
    none ('San Salvador, January 29, 1999' above '… held … on January 28 and 29, 1999': a release's date is
    its meeting's last day); the range takes the day's place when it has none. Also the days' spans."""
    out: list[DateReading | None] = list(readings)
    for i, day in enumerate(readings):
        if not day.start or day.start != day.end:
            continue
        for j, span in enumerate(out):
            if span is None or not span.start or span.start == span.end or not span.start <= day.start <= span.end:
                continue
            if span.place and day.place and span.place != day.place:
                continue
            if not span.place and day.place:
                out[j] = DateReading(span.start, span.end, day.place, day.country, span.span)
            out[i] = None
            break
    return [r for r in out if r is not None], [r.span for r, kept in zip(readings, out, strict=True) if kept is None]


def read_own_meeting(structure: Structure, gazetteer: Gazetteer, text: str) -> Event:
    """The statement's own meeting, with one reading per place the text gives its place or dates."""
    readings = _heading_readings(structure, gazetteer)
    issued = _issued(structure, "")
    # a news item's year-less dates ('held in Bangkok over 26-27 July') are of the year it was posted
    year = next((r.start[:4] for r in readings if r.start), "") or (issued.start[:4] if issued else "")
    if not year and structure.issued is not None and (numeric := YEAR_ALONE.search(structure.issued.quote)):
        year = numeric["year"]  # 'Published: 12/06/2015': day and month in an order the line does not say
    if not year:  # 'Khartoum, May 18 (SUNA) - …' over '… on 18 and 19 May 2016': the year the opening gives
        opening_dates = (d for p in structure.paragraphs[:2] for _, d in find_dates(p.span.quote, "") if d.year_given)
        year = next((d.start[:4] for d in opening_dates), "")
    dated = [r for r in readings if r.start]
    online = _held_online(structure)
    body = _body_readings(structure, gazetteer, year, online)
    # nothing in the heading or the opening: the first pair of paragraphs further on that dates and places it
    # (a bilingual page's English part, 'The meeting took place at …, Colombo, on 14 and 15 March 2019.' last)
    for start in range(2, len(structure.paragraphs), 2) if not dated and not any(r.start for r in body) else ():
        later = [r for r in _body_readings(structure, gazetteer, year, online, start) if r.start]
        if later := [r for r in later if _said_of_itself(r, structure)]:
            body += later
            break
    first_of_body = False  # whether the body's first date stands for the heading's
    if _release_date(dated, body):  # the heading dates the release: the body's days are the meeting's
        readings, dated = [r for r in readings if not r.start], []
    elif _announced(dated, body, text):  # a preview: the heading dates and places the announcement
        readings, dated = [r for r in readings if not r.start and not r.place], []
    if online:
        # 'NAY PYI TAW, 22 Sept - The … took place by videoconference': the dateline's place is where the
        # release was written, not the meeting's
        body = [DateReading(r.start, r.end, "", None, r.span) if _opens_paragraph(r, structure) else r for r in body]
    for reading in body:
        # the heading dates the meeting: a body date apart from them is another meeting's; with no date in the
        # heading, the first the body gives does ('… met on 27 March 2015 in Bangkok. The Group grew out of the
        # Conference, held in Bali on 2 April 2013': that one is another meeting)
        if (
            not dated
            or not reading.start
            or any(overlap((reading.start, reading.end), (r.start, r.end)) for r in dated)
            or (first_of_body and any(_within_a_week(reading, r) for r in dated))  # its other days
        ):
            readings.append(reading)
            if reading.start and not dated:
                dated, first_of_body = [reading], True
    readings = [  # a place alone that a dated reading's words hold already says nothing more
        r
        for r in readings
        if r.start or not any(o.start and o.span.begin <= r.span.begin and r.span.end <= o.span.end for o in readings)
    ]
    readings, days = _ranges_over_days([r if r.span.quote else _quoted(r, text) for r in readings])
    year = next((r.start[:4] for r in readings if r.start), "")
    opening = structure.paragraphs[0].span.quote if structure.paragraphs else ""
    label = meeting_label(structure.title.quote, opening, frozenset(gazetteer.acronyms))
    key = iris.own_meeting_key(label, year)
    # a preview's press dateline dates the release, not another meeting ('BANGKOK, 19 November 2019 (NNT) –')
    released = [
        d.span
        for p in structure.paragraphs[:2]
        if (d := _press_dateline(p.span, gazetteer, year)) is not None
        and d.start
        and not any(r.span.begin <= d.span.begin < r.span.end for r in readings)
    ]
    return Event(key, label, structure.title, tuple(readings), tuple(days) + tuple(released))


CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def dated_by_its_name(event: Event, others: list[OtherEvent], structure: Structure) -> Event:
    """An own meeting no heading or opening dates, dated where the text names it as it would another meeting:
    the first other meeting with a full date in the statement's year whose name shares two words with the
    title ('Cinquième Conférence ministérielle euro-africaine …' and 'the Fifth Euro-African Ministerial
    Conference, held in Marrakesh on 2 May 2018'); else the meeting as it is."""
    if any(r.start for r in event.readings):
        return event
    lines = (structure.issued, *structure.datelines, structure.title, structure.kind)
    heads = [line.quote for line in lines if line is not None]
    year = next((y for line in heads for y in re.findall(r"\b(?:19|20)\d\d\b", line)), "")
    opening = [p.span.quote for p in structure.paragraphs[:2]]  # 'asked …, upon notice, on 18 April 2013:'
    near = year or next((y for text in opening for y in re.findall(r"\b(?:19|20)\d\d\b", text)), "")
    titled = _stems(f"{structure.title.quote} {event.label}")
    for other in sorted(others, key=lambda o: o.mention.begin):
        dated = [r for r in other.readings if len(r.start) == 10 and r.start[:4] == near]
        # with the year only from the opening, the meeting the text says was held ('(1) The Fifth … Conference …
        # was held in Bali, Indonesia on 2 April 2013')
        said_held = bool(year) or HELD_AS_SUBJECT.match(other.sentence.quote) is not None
        if near and dated and said_held and len(titled & _stems(other.label)) >= 2:
            key = iris.own_meeting_key(event.label, near)
            return Event(key, event.label, event.title, (*event.readings, *dated), event.also_dated)
    for other in sorted(others, key=lambda o: o.mention.begin):
        # 'WE, the Ministers …, on the occasion of the Tenth ASEAN Ministerial Meeting … held in Kuala Lumpur,
        # Malaysia on the thirtieth day of September 2015;': the meeting the speakers meet at
        placed = [r for r in other.readings if r.place and len(r.start) == 10]
        before = other.sentence.quote[: other.mention.begin - other.sentence.begin]
        if placed and WE_SPEAK.match(other.sentence.quote) and ON_THE_OCCASION.search(before):
            key = iris.own_meeting_key(event.label, placed[0].start[:4])
            return Event(key, event.label, event.title, (*event.readings, *placed), event.also_dated)
    if year or MEETING_NOUN.search(event.label):
        return event
    # a title that names no meeting and gives no year ('PARLIAMENTARY DEBATES - THE SENATE / Foreign Affairs: Bali
    # Process'): the meeting the text first says was held, with its place and full dates ('(1) The Third Bali
    # Regional Ministerial Conference was held in Bali, Indonesia, over 14 and 15 April 2009.')
    for other in sorted(others, key=lambda o: o.mention.begin):
        placed = [r for r in other.readings if r.place and len(r.start) == 10]
        if placed and other.label and HELD_AS_SUBJECT.match(other.sentence.quote):
            key = iris.own_meeting_key(other.label, placed[0].start[:4])
            return Event(key, other.label, event.title, (*event.readings, *placed), event.also_dated)
    return event


WE_SPEAK = re.compile(r"\W*(?:We|WE),\s+the\s")
ON_THE_OCCASION = re.compile(r"\bon\s+the\s+occasion\s+of\b[^;]{0,160}$", re.IGNORECASE)  # '… of the X (
HELD_AS_SUBJECT = re.compile(  # a meeting as the subject of its being held: 'The Third … Conference was held in …'
    r"^\W*(?:\(\w{1,3}\)\s*)?The\s+[^.;]{3,200}?\s+(?:(?:was|were)\s+(?:held|convened)|took\s+place)\b"
)


def _stems(words: str) -> set[str]:
    """The content words of a name, in lower case and without accents, cut to five letters ('Conférence' and
    'conferences' alike)."""
    return {w[:5] for w in CONTENT_WORD.findall(fold(words))}
