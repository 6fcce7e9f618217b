"""Lettered items as obligations: modality from their lead-in, addressees from their subject."""

import re

from ingest.commitments import SPEAKERS_LEAD, cued_actors, its_members, own_verb, qualifiers
from ingest.gazetteer import Gazetteer
from ingest.issuers import Issuers
from ingest.lexicon import (
    ADDRESSING_PASSIVES,
    AUXILIARY_CUES,
    BENEFICIARY_CUES,
    CO_CHAIRS,
    LAST_COMMA,
    VERB_LED_ITEM,
    enumerates,
    modality_of,
    notation_of_verb,
    topics_of,
)
from ingest.mentions import read_list
from ingest.parties import Parties
from ingest.records import Addressee, IngestWarning, Item, Obligation, Span
from ingest.text import sub_span

WORD = re.compile(r"\S+")
CONNECTORS = {"and", "of", "for", "the", "on", "in", "de", "du", "des", "la", "le", "et"}
PASSIVE = re.compile(r"^\s*(?:also\s+|further\s+)?be\s+(?P<participle>[a-z]+)(?:\s+by\s+(?P<agent>[^,.;]+))?")
MAX_SUBJECT_WORDS = 12
PRONOUN_LAST = re.compile(r"\b(?:they|we|They|We)$")
ASKING_ITEM = re.compile(
    r"^\s*(?:[Tt]o\s+)?(?P<verb>(?i:request|invite|urge|call\s+(?:up)?on|encourage|ask|task|instruct|mandate))\s+"
    r"(?P<object>[^;:]{2,120}?)\s+to\s+(?=[a-z])"
)
THAT_SUBJECT = re.compile(r"\bthat\s+(?P<np>[^:]{2,80}?)\s*(?:should|would|will|shall)?\s*:\s*$")

IMPERSONAL_LEAD = re.compile(r"It\s+(?:was|is|has\s+been)(?:\s+(?:also|further|therefore))?")  # no one named


# the object of an asking lead-in, who bears its items: 'Senior officials … asked it to:', 'recommended to Ministers:',
# 'recommended the following to the Member States:'
ASKED_OBJECT = re.compile(
    r"\b(?:asked|requested|invited|tasked|urged|called\s+(?:up)?on|encouraged|instructed|mandated|directed)\s+"
    r"(?P<np>[^:;]{1,80}?)\s+to\s*:\s*$|"
    r"\brecommended\s+(?:(?:the\s+)?following\s+)?to\s+(?P<to>[^:;]{1,80}?)\s*:\s*$"
)
NAME_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*)*")


def _asked(lead_in: Span, asked: re.Match, parties: Parties) -> list[Addressee]:
    """Who an asking lead-in asks: its object, or for 'it', the last actor named before the verb ('adopted
    the terms of reference of the Secretariat and asked it to:')."""
    group = "np" if asked["np"] else "to"
    phrase = sub_span(lead_in, asked.start(group), asked.end(group))
    if not re.fullmatch(r"it|them", phrase.quote):
        return parties.read(phrase)
    for name in reversed(list(NAME_BEFORE.finditer(lead_in.quote, 0, asked.start()))):
        named = parties.read(sub_span(lead_in, name.start(), name.end()))
        if named and all(a.actor.kind != "collective" for a in named):
            return named
    return []


def subject_actors(item: Span, gazetteer: Gazetteer, parties: Parties | None = None) -> tuple[list[Addressee], int]:
    """The actors named as the item's grammatical subject, and where the predicate starts ('that UNHCR and
    IOM help …' under 'recommended:' names its subject after 'that'); a subject in lower case may run over a
    word or two more ('member countries designate …', 'source and destination countries conclude …'), and an
    office names its holder ('the Coordinator of Ad Hoc Experts' Group II circulate …')."""
    if that := re.match(r"\s*that\s+", item.quote):
        found, at = subject_actors(sub_span(item, that.end(), len(item.quote)), gazetteer, parties)
        return found, (at + that.end()) if found else 0
    words = list(WORD.finditer(item.quote))[: MAX_SUBJECT_WORDS + 1]
    first_stop = None
    for index in range(1, len(words)):
        following = words[index].group()
        if not following[0].islower() or following in CONNECTORS:
            continue
        first_stop = words[index].start() if first_stop is None else first_stop
        subject = sub_span(item, 0, words[index - 1].end())
        if found := _named_subject(subject, gazetteer, parties):
            return found, words[index].start()
        if index >= LOWER_SUBJECT_WORDS:
            break
    return [], first_stop or 0


LOWER_SUBJECT_WORDS = 5  # how far a subject in lower case may run ('source and destination countries')
BOTH_KINDS = re.compile(r"(?P<a>[a-z]+)\s+and\s+(?P<b>[a-z]+)\s+(?P<head>countries|states)")


def _named_subject(subject: Span, gazetteer: Gazetteer, parties: Parties | None) -> list[Addressee]:
    """The actors a whole subject names, every word of it read: a list, two kinds sharing their noun
    ('source and destination countries'), or an office the parties know ('the Coordinator of …')."""
    reading = read_list(subject, gazetteer)
    if reading.mentions and not reading.unresolved:
        return [Addressee(m.actor, m.span) for m in reading.mentions]
    if both := BOTH_KINDS.fullmatch(subject.quote):
        kinds = [gazetteer.resolve(f"{both[part]} {both['head']}") for part in ("a", "b")]
        if all(k is not None and k.actor.kind == "collective" for k in kinds):
            spans = (sub_span(subject, both.start(p), both.end(p)) for p in ("a", "b"))
            return [Addressee(k.actor, span) for k, span in zip(kinds, spans, strict=True)]
    if parties is not None and OFFICE_SUBJECT.match(subject.quote):
        return parties.read(subject)
    return []


OFFICE_SUBJECT = re.compile(r"(?:the\s+)?(?:co-?ordinator|chair|co-?chairs?|lead\s+country)\s+of\s+", re.IGNORECASE)


def addressees_of(
    item: Span, lead_in_subject: list[Addressee], gazetteer: Gazetteer, parties: Parties
) -> list[Addressee]:
    """Who bears the item: its subject, the agent of a passive, or else the lead-in's subject."""
    if (anaphor := CO_CHAIRS.match(item.quote)) and parties.co_chairs:
        return [Addressee(p.actor, sub_span(item, 0, anaphor.end())) for p in parties.co_chairs]
    subject, predicate_at = subject_actors(item, gazetteer, parties)
    passive = PASSIVE.match(item.quote[predicate_at:])
    if passive is None or passive["participle"] in ADDRESSING_PASSIVES:
        if subject:
            return subject
    elif passive["agent"]:
        agent = sub_span(item, predicate_at + passive.start("agent"), predicate_at + passive.end("agent"))
        reading = read_list(agent, gazetteer, stop_at_unresolved=True)
        if reading.mentions:
            return [Addressee(m.actor, m.span) for m in reading.mentions]
    return lead_in_subject


def read_obligations(
    items: tuple[Item, ...], gazetteer: Gazetteer, parties: Parties, issuers: Issuers
) -> tuple[list[Obligation], list[IngestWarning]]:
    """One obligation per item whose lead-in carries a modal verb ('Ministers agree that:'); the other items
    are read as running text (commitments)."""
    out: list[Obligation] = []
    warnings: list[IngestWarning] = []
    for item in items:
        modal = modality_of(item.lead_in.quote) if item.lead_in is not None else None
        if modal is None or (enumerates(item.lead_in.quote) and not VERB_LED_ITEM.match(item.span.quote)):
            continue
        if own_verb(item):
            continue  # '… committed to five priority areas, and:' over '* called on …': read as running text
        notation, subject_text = modal
        subject_span = sub_span(item.lead_in, 0, len(subject_text))
        lead_subject = issuers.of_subject(subject_span, parties) or []
        if not lead_subject and (intro := LAST_COMMA.search(subject_text)):  # 'Concerned by …, the Ministers'
            lead_subject = issuers.of_subject(sub_span(item.lead_in, intro.end(), len(subject_text)), parties) or []
        if not lead_subject and (pronoun := PRONOUN_LAST.search(subject_text)):  # 'Considering that …, they agreed:'
            lead_subject = [Addressee(a, sub_span(item.lead_in, pronoun.start(), pronoun.end())) for a in issuers.we]
        if not lead_subject and IMPERSONAL_LEAD.fullmatch(subject_text.strip()):  # 'It was agreed that:'
            lead_subject = [Addressee(a, subject_span) for a in issuers.meeting]
        if not lead_subject and SPEAKERS_LEAD.fullmatch(subject_text.strip()) and issuers.we:
            lead_subject = [
                Addressee(a, item.lead_in) for a in issuers.we
            ]  # 'We, the Ministers …' / 'Hereby commit to:'
        if that := THAT_SUBJECT.search(item.lead_in.quote):  # 'We recommend that Member States:'
            begin = that.start("np")
            if (comma := item.lead_in.quote.rfind(", ", begin, that.end("np"))) >= 0:
                begin = comma + 2  # 'that, over that period, the Working Group would:': the subject after the aside
            named = parties.read(sub_span(item.lead_in, begin, that.end("np")))
            lead_subject = named or lead_subject
        elif (asked := ASKED_OBJECT.search(item.lead_in.quote)) and notation in (
            "request",
            "recommend",
            "urge",
            "call-on",
            "encourage",
        ):
            lead_subject = _asked(item.lead_in, asked, parties) or lead_subject  # 'asked the RSO to:'
        if asking := ASKING_ITEM.match(item.span.quote):  # '(a) To request IOM to design a project'
            named = parties.read(sub_span(item.span, asking.start("object"), asking.end("object")))
            if not named:  # 'e) Call on the international cooperation community to …': not the issuers' own act
                warnings.append(
                    IngestWarning(f"item {item.letter}: unresolved addressee of {asking['verb']!r}", item.span)
                )
                continue
            notation, lead_subject = notation_of_verb(asking["verb"]) or notation, named
        addressees = addressees_of(item.span, lead_subject, gazetteer, parties)
        if notation == "agree" and not re.search(r"\bthat\b", item.lead_in.quote if item.lead_in else ""):
            addressees = its_members(addressees, lead_subject, gazetteer)  # not 'agreed that the Group would:'
        if not addressees:
            warnings.append(IngestWarning(f"item {item.letter}: no addressee found", item.span))
            continue
        exclude = {a.actor.key for a in addressees}
        auxiliaries = cued_actors(item.span, AUXILIARY_CUES, parties, exclude)
        beneficiaries = cued_actors(item.span, BENEFICIARY_CUES, parties, exclude | {a.actor.key for a in auxiliaries})
        conditions, frames = qualifiers(item.span)
        out.append(
            Obligation(
                code=item.letter,
                modality=notation,
                paragraph=item.paragraph,
                span=item.span,
                lead_in=item.lead_in,
                addressees=tuple(addressees),
                auxiliaries=tuple(auxiliaries),
                beneficiaries=tuple(beneficiaries),
                conditions=conditions,
                time_frames=frames,
                topics=topics_of(item.span.quote),
            )
        )
    return out, warnings
