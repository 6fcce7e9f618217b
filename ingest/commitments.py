"""Commitments in the numbered paragraphs: 'Ministers urged regional states to …', 'Ministers agreed that … would …'.

A sentence whose subject is the issuing collective (Ministers, Officials, They) and whose verb is one of
commitment (agreed, decided, urged, called on, encouraged, supported, expressed … commitment) is an
obligation. Agreeing *that* something is the case (a finding, with no would/should/will) is not.
Bearers are the object of urge/call on/encourage, or the issuing collective itself; auxiliaries and
beneficiaries are read from cue phrases ('in close cooperation with', 'to assist').
"""

import re

from ingest.gazetteer import Gazetteer
from ingest.lexicon import AUXILIARY_CUES, BENEFICIARY_CUES, CONDITIONS, TIME_FRAMES, topics_of
from ingest.mentions import read_list
from ingest.records import Addressee, Commitment, Paragraph, Span
from ingest.text import sentences, sub_span

LEAD = r"(?:(?:In this (?:regard|context)|Finally|However|Further(?:more)?|Moreover),\s+)?"
SUBJECT = LEAD + r"(?P<subject>Ministers|Officials|Senior Officials|They|We)"
ADVERB = r"(?:also\s+|further\s+|firmly\s+|strongly\s+)?"
ASKING = re.compile(
    rf"^{SUBJECT}\s+{ADVERB}(?P<verb>urged|called\s+(?:up)?on|encouraged)\s+(?P<object>.+?)\s+(?:also\s+)?to\s+"
    r"(?P<action>[a-z].*)$",
    re.DOTALL,
)
AGREEING = re.compile(
    rf"^{SUBJECT}\s+{ADVERB}(?P<verb>agreed|decided|resolved)\s+(?P<rest>(?:on|to|that)\b.*)$", re.DOTALL
)
SUPPORTING = re.compile(rf"^{SUBJECT}\s+{ADVERB}(?P<verb>supported)\s+(?P<rest>.+)$", re.DOTALL)
COMMITTED = re.compile(
    rf"^.*?\b{SUBJECT}\s+.*?\bexpressed\s+their\s+(?:firm\s+)?(?:political\s+)?commitment\s+to\s+(?P<rest>.+)$",
    re.DOTALL,
)
MODAL_CLAUSE = re.compile(r"\b(?:would|should|will|shall|must)\b")
OBJECT_DETERMINER = re.compile(r"^(?:all|those|these|the|several|other)\s+", re.IGNORECASE)
RELATIVE = re.compile(r"\s+(?:that|who|which)\s+.*$", re.DOTALL)
VERB_MODALITY = {
    "urged": "urge",
    "encouraged": "encourage",
    "supported": "support",
    "agreed": "agree",
    "decided": "agree",
    "resolved": "agree",
}


def _modality(verb: str) -> str:
    """The notation of a commitment verb."""
    verb = " ".join(verb.split())
    return "call-on" if verb.startswith("called") else VERB_MODALITY[verb]


def _actors(block: Span, gazetteer: Gazetteer) -> list[Addressee]:
    """The actors a short phrase names ('all regional countries', 'those countries that had not …')."""
    text = block.quote
    cut = RELATIVE.search(text)
    if cut:
        block = sub_span(block, 0, cut.start())
    while (match := OBJECT_DETERMINER.match(block.quote)) and len(block.quote) > match.end():
        block = sub_span(block, match.end(), len(block.quote))
    reading = read_list(block, gazetteer, stop_at_unresolved=True)
    return [Addressee(m.actor, m.span) for m in reading.mentions]


def cued_actors(sentence: Span, cues: re.Pattern, gazetteer: Gazetteer, exclude: set[str]) -> list[Addressee]:
    """Actors named right after a cue phrase, minus the bearers."""
    found = []
    for cue in cues.finditer(sentence.quote):
        rest = sub_span(sentence, cue.end(), len(sentence.quote))
        stop = re.search(r";|\s+to\s+[a-z]|,\s+(?![A-Z])|\.$", rest.quote)
        block = sub_span(rest, 0, stop.start() if stop else len(rest.quote.rstrip(".")))
        if trailing := re.search(r"(?:\s+and|\s*,)\s*$", block.quote):
            block = sub_span(block, 0, trailing.start())
        for a in _actors(block, gazetteer):
            if a.actor.key not in exclude and a.actor.key not in {f.actor.key for f in found}:
                found.append(a)
    return found


def qualifiers(span: Span) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The conditions and time frames stated in a span."""
    conditions = tuple(sub_span(span, m.start(), m.end()) for m in CONDITIONS.finditer(span.quote))
    frames = tuple(sub_span(span, m.start(), m.end()) for m in TIME_FRAMES.finditer(span.quote))
    return conditions, frames


def read_commitments(paragraphs: tuple[Paragraph, ...], gazetteer: Gazetteer) -> list[Commitment]:
    """Every commitment of every numbered paragraph, coded '25', or '5.1', '5.2' when a paragraph holds several."""
    out: list[Commitment] = []
    for paragraph in paragraphs:
        found = []
        subject_actor = None
        for sentence in sentences(paragraph.span):
            text = sentence.quote
            subject_match = re.match(SUBJECT, text)
            if subject_match:
                subject_at = subject_match.start("subject")
            if subject_match and subject_match["subject"] not in ("They", "We"):
                subject_actor = _actors(sub_span(sentence, subject_at, subject_match.end()), gazetteer)
            issuers = subject_actor or []
            if subject_match and subject_match["subject"] in ("They", "We") and issuers:
                issuers = [Addressee(a.actor, sub_span(sentence, subject_at, subject_match.end())) for a in issuers]
            if (match := ASKING.match(text)) and issuers:
                bearers = _actors(sub_span(sentence, match.start("object"), match.end("object")), gazetteer)
                found.append((_modality(match["verb"]), sentence, bearers))
            elif (match := AGREEING.match(text)) and issuers:
                rest = match["rest"]
                if rest.startswith("that") and not MODAL_CLAUSE.search(rest):
                    continue  # agreeing that something is so: a finding, not a commitment
                found.append((_modality(match["verb"]), sentence, issuers))
            elif (match := SUPPORTING.match(text)) and issuers:
                found.append(("support", sentence, issuers))
            elif (match := COMMITTED.match(text)) and issuers:
                found.append(("agree", sentence, issuers))
        for index, (modality, sentence, bearers) in enumerate(found, 1):
            if not bearers:
                continue
            code = paragraph.label if len(found) == 1 else f"{paragraph.label}.{index}"
            exclude = {b.actor.key for b in bearers}
            auxiliaries = cued_actors(sentence, AUXILIARY_CUES, gazetteer, exclude)
            beneficiaries = cued_actors(
                sentence, BENEFICIARY_CUES, gazetteer, exclude | {a.actor.key for a in auxiliaries}
            )
            conditions, frames = qualifiers(sentence)
            out.append(
                Commitment(
                    code=code,
                    modality=modality,
                    paragraph=paragraph.label,
                    span=sentence,
                    addressees=tuple(bearers),
                    auxiliaries=tuple(auxiliaries),
                    beneficiaries=tuple(beneficiaries),
                    conditions=conditions,
                    time_frames=frames,
                    topics=topics_of(sentence.quote),
                )
            )
    return out
