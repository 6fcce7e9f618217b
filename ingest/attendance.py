"""Who attended the statement's meeting, and as what: co-chairs, participants, observers."""

import re
from collections.abc import Iterator

from ingest.gazetteer import Gazetteer
from ingest.mentions import read_list
from ingest.records import IngestWarning, Participation, Span, Structure
from ingest.text import sentences, sub_span

CO_CHAIRS = [
    re.compile(
        r"\bWe,\s+the\s+.+?\s+of\s+(?P<list>.+?),\s+(?:had|have)\s+(?:the\s+honou?r\s+to\s+)?co-?chair",
        re.IGNORECASE | re.DOTALL,
    ),
    re.compile(
        r"\b(?:The|This)\s+(?:Conference|Meeting)\s+was\s+co-?chaired\s+by\s+(?:the\s+\w[\w ]*?\s+of\s+)?"
        r"(?P<list>[^.]+)",
        re.DOTALL,
    ),
]
OBSERVERS = [
    re.compile(r"\b(?:attended|participated)\s+as\s+observers?\s*:\s*(?P<list>.+?)\.?$", re.DOTALL),
    re.compile(
        r"^(?P<list>.+?)\s+(?:also\s+)?(?:attended|participated)(?:\s+(?:in\s+)?the\s+(?:Conference|Meeting))?"
        r"\s+as\s+observers?\b(?!\s*:)",
        re.DOTALL,
    ),
    re.compile(r"\bobservers?\s+(?:were|included)\s*:?\s*(?P<list>.+?)\.?$", re.IGNORECASE | re.DOTALL),
]
PARTICIPANTS = [
    re.compile(r"\battended\s+by\s+(?P<list>.+?)\.?$", re.DOTALL),
    re.compile(r"\bparticipants\s+(?:were|included)\s*:?\s*(?P<list>.+?)\.?$", re.IGNORECASE | re.DOTALL),
]


def opening_sentences(structure: Structure) -> Iterator[Span]:
    """The sentences of the opening section (or of the first three paragraphs, if unsectioned)."""
    first = structure.sections[0].numeral if structure.sections else None
    paragraphs = [p for p in structure.paragraphs if p.section == first] if first else structure.paragraphs[:3]
    for paragraph in paragraphs:
        parts = sentences(paragraph.span)
        index = 0
        while index < len(parts):
            sentence = parts[index]
            if sentence.quote.endswith(":") and index + 1 < len(parts):  # 'attended as observers: A, B.'
                following = parts[index + 1]
                start, end = sentence.begin - paragraph.span.begin, following.end - paragraph.span.begin
                sentence = sub_span(paragraph.span, start, end)
                index += 1
            yield sentence
            index += 1


def _matches(sentence: Span, patterns: list[re.Pattern]) -> Iterator[Span]:
    """The list part of every pattern that matches the sentence."""
    for pattern in patterns:
        for match in pattern.finditer(sentence.quote):
            yield sub_span(sentence, match.start("list"), match.end("list"))


def read_attendance(structure: Structure, gazetteer: Gazetteer) -> tuple[list[Participation], list[IngestWarning]]:
    """Participations read from the attendance sentences; unresolved list entries as warnings."""
    participations: list[Participation] = []
    warnings: list[IngestWarning] = []
    for sentence in opening_sentences(structure):
        for role, patterns, strict in (
            ("co-chair", CO_CHAIRS, True),
            ("observer", OBSERVERS, False),
            ("participant", PARTICIPANTS, False),
        ):
            if role == "participant" and any(p.search(sentence.quote) for p in OBSERVERS):
                continue
            for block in _matches(sentence, patterns):
                reading = read_list(block, gazetteer, stop_at_unresolved=strict)
                for mention in reading.mentions:
                    participations.append(
                        Participation(mention.actor, role, mention.span, sentence, mention.represents)
                    )
                for piece in reading.unresolved:
                    warnings.append(IngestWarning(f"unresolved {role} {piece.quote!r}: not in the gazetteer", piece))
    return participations, warnings
