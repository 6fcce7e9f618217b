"""Other meetings and incidents the text names, and the instruments they adopted.

'the 8th ASEAN Summit held in Phnom Penh, Cambodia, from 4-5 November 2002, at which the ASEAN Heads
of State released a Joint Declaration on Terrorism'; 'Ad Hoc Experts' Group II held a review meeting in
Tokyo, Japan on 10-11 March 2003'; 'the Bali bombings of 12 October 2002'.
"""

import re

from balikg.core import iris
from ingest.dates import DATE, DATE_RE, parse
from ingest.gazetteer import Gazetteer
from ingest.lexicon import ORDINAL_WORDS
from ingest.mentions import find_actor_mentions, name_regex, read_list, states_named
from ingest.places import Place
from ingest.records import DateReading, Event, Instrument, Mention, OtherEvent, Span
from ingest.text import squash, sub_span

ORDINAL = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in ORDINAL_WORDS[:8]) + ")"
HEAD = r"(?:Conference|Meeting|Summit|Plenary|Consultations)"
WORD = r"[A-Z][\w\-]*(?:[’']\s*|\s+)"
NAME = rf"(?P<name>(?:{ORDINAL}\s+)?(?:{WORD})*?{HEAD}(?:\s+(?:on|of)\s+[^;]+?)?)"
PLACE = r"(?P<city>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?:,\s+(?P<country>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))?"
WHEN = rf",?\s+(?:on|from|in)\s+(?P<date>{DATE})"
MEETING = re.compile(rf"{NAME},?\s+(?:co-?chaired\s+by\s+(?P<chairs>[^,;]+?)\s+)?(?:held\s+)?in\s+{PLACE}{WHEN}")
HELD_BY = re.compile(rf"\bheld\s+an?\s+(?P<kind>(?:review\s+)?meeting|workshop|conference)\s+in\s+{PLACE}{WHEN}")
INCIDENT = re.compile(rf"\bthe\s+(?P<city>[A-Z][\w-]*)\s+(?P<what>bombings?|attacks?)\s+of\s+(?P<date>{DATE})")
CONNECTOR = r"(?:to|on|of|the|for|against|and)"
TITLE = rf"(?:[A-Z][\w\-]*|{CONNECTOR})(?:\s+(?:[A-Z][\w\-]*|{CONNECTOR}(?=\s+[A-Z])))*"
KINDS = {
    "declaration": "Declaration",
    "work programme": "Work Programme",
    "plan of action": "Plan of Action",
    "action plan": "Action Plan",
    "convention": "Convention",
    "statement": "Statement",
}
ADOPTED = re.compile(rf"\b(?:adopted|formulated|released|issued|endorsed)\s+(?:a|an|the)\s+(?P<inst>{TITLE})")
DEVELOPED = re.compile(r"\bdeveloped\s+a\s+(?P<inst>(?:draft\s+)?(?:action plan|work programme|plan of action))\b")
RATIFIED = re.compile(
    rf"\b(?:signed|ratified)(?:\s+and/or\s+(?:signed|ratified))?\s+the\s+(?P<inst>{TITLE})"
    r"(?P<protocols>\s+and\s+the\s+Protocols\s+thereto)?"
)
THE_MEETING = re.compile(r"^(?:The|This)\s+(?:meeting|Meeting|conference|Conference)\b")
STATEMENT_OF = re.compile(
    r"\b(?P<inst>Co-?Chairs[’']\s*Statement)\s+(?:from|of)\s+the\s+(?P<event>[^,.;]+?Conference)\b"
)


def _kind(name: str) -> str | None:
    """The kind of instrument a name is (its first head noun: 'Work Programme to Implement … Plan of Action')."""
    lowered = name.lower()
    hits = [(lowered.find(k), kind) for kind, k in ((k, v.lower()) for k, v in KINDS.items()) if k in lowered]
    return min(hits)[1] if hits else None


def tidy(text: str) -> str:
    """A label from text: one space between words, straight apostrophes, a space after "Experts'"."""
    text = squash(text.replace("’", "'"))
    return re.sub(r"(\w)'(?=[A-Z])", r"\1' ", text)


def _reading(sentence: Span, match: re.Match, gazetteer: Gazetteer, year: str = "") -> DateReading | None:
    """The place and dates of a match with city, country and date groups."""
    dates = parse(DATE_RE.match(match["date"]), year)
    if dates is None:
        return None
    written = match["city"] + (f", {match['country']}" if match.groupdict().get("country") else "")
    near = states_named(sentence, gazetteer)
    place = gazetteer.place(written, near) or gazetteer.place(match["city"], near)
    if place is None:  # a place the tables do not know: as the text names it, in the country it names
        country = gazetteer.lookup(match["country"]) if match.groupdict().get("country") else None
        place = Place(squash(match["city"]), country)
    where = sub_span(sentence, match.start("city"), match.end("date"))
    return DateReading(dates.start, dates.end, place.name or "", place.country, where)


def _own(own: Event, reading: DateReading) -> bool:
    """Whether a reading is one of the statement's own meeting: already read, or its dates and place."""
    return any(
        r.span.begin <= reading.span.begin < r.span.end
        or reading.span.begin <= r.span.begin < reading.span.end
        or (r.start, r.end, r.place) == (reading.start, reading.end, reading.place)
        for r in own.readings
    )


def read_other_events(
    sentences: list[Span], own: Event, gazetteer: Gazetteer
) -> tuple[list[OtherEvent], list[Instrument]]:
    """Every other meeting and incident, and every instrument, named in the sentences."""
    events: dict[str, OtherEvent] = {}
    instruments: dict[str, Instrument] = {}
    group_names = {a.key: a for a in gazetteer.actors.values() if a.kind == "group"}
    group_pattern = name_regex([a.label for a in group_names.values()]) if group_names else None
    last_event = ""
    year = next((r.start[:4] for r in own.readings if r.start), "")
    for sentence in sentences:
        text = sentence.quote
        located: list[tuple[int, int, str]] = []
        if last_event and THE_MEETING.match(text):
            located.append((0, 0, last_event))
        for match in MEETING.finditer(text):
            reading = _reading(sentence, match, gazetteer, year)
            if reading is None or _own(own, reading):
                continue
            name = re.sub(r"^the\s+", "", tidy(match["name"]))
            label = name[0].upper() + name[1:]
            chairs: tuple[Mention, ...] = ()
            if match["chairs"]:
                block = sub_span(sentence, match.start("chairs"), match.end("chairs"))
                chairs = tuple(read_list(block, gazetteer, stop_at_unresolved=True).mentions)
            key = iris.meeting_key(label, reading.start[:4])
            mention = sub_span(sentence, match.start("name"), match.end("name"))
            events[key] = OtherEvent(key, label, "meeting", mention, sentence, (reading,), chairs)
            located.append((match.start(), match.end(), key))
        for match in HELD_BY.finditer(text):
            holder = None
            if group_pattern is not None:
                before = [g for g in group_pattern.finditer(text[: match.start()])]
                if before:
                    last = before[-1]
                    actor = gazetteer.lookup(last.group())
                    holder = Mention(actor, sub_span(sentence, last.start(), last.end())) if actor else None
            reading = _reading(sentence, match, gazetteer, year)
            if reading is None:
                continue
            kind = squash(match["kind"])
            label = f"{kind[0].upper() + kind[1:]} of {holder.actor.label}" if holder else kind
            key = iris.meeting_key(label, reading.start[:4])
            mention = sub_span(sentence, match.start("kind"), match.end("kind"))
            events[key] = OtherEvent(key, label, "meeting", mention, sentence, (reading,), (), holder)
            located.append((match.start(), match.end(), key))
        for match in INCIDENT.finditer(text):
            dates = parse(DATE_RE.match(match["date"]), year)
            if dates is None:
                continue
            what = match["what"].rstrip("s") + "s"
            label = f"{match['city']} {what}"
            key = iris.incident_key(label, dates.start[:4])
            where = sub_span(sentence, match.start("city"), match.end("date"))
            reading = DateReading(dates.start, dates.end, match["city"], None, where)
            mention = sub_span(sentence, match.start("city"), match.end("what"))
            events.setdefault(key, OtherEvent(key, label, "incident", mention, sentence, (reading,)))
        if located:
            last_event = max(located)[2]
        for match in ADOPTED.finditer(text):
            _instrument(instruments, sentence, match, _kind(match["inst"]), located, match["inst"])
        for match in DEVELOPED.finditer(text):
            host = _nearest(located, match.start())
            holder = events[host].holder if host in events else None
            label = squash(match["inst"])
            label = label[0].upper() + label[1:] + (f" of {holder.actor.label}" if holder else "")
            _instrument(instruments, sentence, match, "action plan", located, label)
        for match in RATIFIED.finditer(text):
            kind = _kind(match["inst"])
            if kind != "convention":
                continue
            clause = sub_span(sentence, _clause_start(text, match.start()), match.start())
            kinds = {"collective", "state", "organisation"}
            concerns = tuple(m.actor for m in find_actor_mentions(clause, gazetteer, kinds))
            base = _instrument(instruments, sentence, match, kind, [], match["inst"], concerns)
            if match["protocols"] and base:
                label = f"Protocols to the {base.label}"
                _instrument(instruments, sentence, match, "protocol", [], label, concerns, group="protocols")
        for match in STATEMENT_OF.finditer(text):
            event_name = re.sub(r"^the\s+", "", tidy(match["event"]))
            target = next((e for e in events.values() if e.label.lower().startswith(event_name.lower())), None)
            label = f"Co-Chairs' Statement of the {event_name}"
            _instrument(instruments, sentence, match, "statement", [], label, adopted=target.key if target else "")
    return list(events.values()), list(instruments.values())


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last 'that' or comma before it."""
    cut = max(text.rfind(" that", 0, position), text.rfind("that", 0, position), text.rfind(",", 0, position))
    return cut + 4 if cut >= 0 and text[cut] != "," else max(cut + 1, 0)


def _nearest(located: list[tuple[int, int, str]], position: int) -> str:
    """The event whose mention ends last before `position` in the same sentence."""
    before = [loc for loc in located if loc[1] <= position or loc[0] <= position]
    return max(before)[2] if before else ""


def _instrument(store, sentence, match, kind, located, label, concerns=(), group="inst", adopted=None):
    """Record one instrument (once per key), linked to the event just before it in the sentence."""
    if kind is None:
        return None
    label = tidy(label)
    label = label[0].upper() + label[1:]
    mention = sub_span(sentence, match.start(group), match.end(group))
    adopted_at = adopted if adopted is not None else _nearest(located, match.start())
    # the same name adopted at two meetings names two instruments: the meeting is part of the IRI
    key = iris.instrument_key(label, adopted_at)
    instrument = Instrument(key, label, kind, mention, sentence, adopted_at, tuple(concerns))
    return store.setdefault(key, instrument)
