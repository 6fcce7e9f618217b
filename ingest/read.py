"""One statement in, one DocumentRecord out: structure, meeting, attendance, coordination, obligations."""

from pathlib import Path

from ingest.attendance import read_attendance, read_speakers_roles
from ingest.commitments import read_commitments
from ingest.coordination import read_coordination
from ingest.coverage import coverage_of
from ingest.gazetteer import Gazetteer
from ingest.groups import NON_BINDING, read_groups
from ingest.issuers import read_issuers
from ingest.layout import parse_structure
from ingest.layout_checks import layout_warnings
from ingest.obligations import read_obligations
from ingest.other_events import read_other_events
from ingest.other_meetings import distinct_keys, read_other_meetings
from ingest.own_meeting import dated_by_its_name, read_own_meeting
from ingest.parties import Parties
from ingest.reading import Reading
from ingest.records import DocumentRecord, Event, Span
from ingest.roles import read_roles
from ingest.source import SourceText, read_source
from ingest.tables import read_tables
from ingest.text import sentences


def read_text(source: SourceText, gazetteer: Gazetteer) -> DocumentRecord:
    """Read every kind of fact the ingestion knows from one source text (its reading text, with words broken
    at line ends joined; every span is then mapped back to the source)."""
    reading = Reading(source.text, lambda label: _names_a_delegation(gazetteer, label))
    text = reading.text
    structure = parse_structure(source.path, text, lambda name: gazetteer.place(name) is not None)
    event = read_own_meeting(structure, gazetteer, text)
    all_sentences = _all_sentences(structure)
    others = None  # the other meetings, when read already for the own meeting as it stays
    if not any(r.start for r in event.readings):  # dated only where the text names it as another meeting
        others = _other_meetings(all_sentences, event, gazetteer)
        dated = dated_by_its_name(event, others[0], structure)
        event, others = (event, others) if dated is event else (dated, None)
    record = DocumentRecord(source.path, source.sha256, text, source.stem, structure, event)
    record.warnings += layout_warnings(structure)
    document = Span(source.path, 0, len(text), text)
    tables = tuple(read_tables(document))
    record.participations, warnings = read_attendance(structure, gazetteer, event, tables)
    record.warnings += warnings
    named = Parties.of(gazetteer, document, record.participations, [])
    speakers = read_issuers(structure, text, named, event.label).we
    held = {(p.actor.key, p.role) for p in record.participations}
    said = [p for p in read_speakers_roles(structure, speakers, event) if (p.actor.key, p.role) not in held]
    if said:  # 'Today we co-chaired …' under a title that names who 'we' are
        record.participations += list({(p.actor.key, p.role): p for p in said}.values())
        named = Parties.of(gazetteer, document, record.participations, [])
    co_chairs = [p for p in record.participations if p.role == "co-chair"]
    record.coordinations, warnings = read_coordination(all_sentences, gazetteer, named, tables)
    record.warnings += warnings
    parties = Parties.of(gazetteer, document, record.participations, record.coordinations)
    issuers = read_issuers(structure, text, parties, event.label)
    record.obligations, warnings = read_obligations(structure.items, gazetteer, parties, issuers)
    record.warnings += warnings
    record.commitments, warnings = read_commitments(structure.paragraphs, structure.items, parties, issuers)
    record.warnings += warnings
    record.other_events, record.instruments = others or _other_meetings(all_sentences, event, gazetteer)
    co_chair_sentence = co_chairs[0].sentence if co_chairs else None
    record.roles, record.posts = read_roles(all_sentences, gazetteer, co_chair_sentence)
    record.groups_established, record.mandates = read_groups(all_sentences, gazetteer, record.other_events)
    record.non_binding = next((s for s in all_sentences if NON_BINDING.search(s.quote)), None)
    record.coverage = coverage_of(record, gazetteer)
    record = reading.restore(record)
    record.text = source.text
    return record


def _names_a_delegation(gazetteer: Gazetteer, label: str) -> bool:
    """Whether a label names one state or organisation ('Thailand', not 'Countries of origin')."""
    named = gazetteer.resolve(label)
    return named is not None and named.actor.kind in ("state", "territory", "organisation")


def _other_meetings(all_sentences: list[Span], event: Event, gazetteer: Gazetteer) -> tuple[list, list]:
    """The other meetings (and incidents) the sentences name, each key once, and the instruments they adopted."""
    events, instruments = read_other_events(all_sentences, event, gazetteer)
    taken = [r.span for e in events for r in e.readings]
    return distinct_keys(events + read_other_meetings(all_sentences, event, gazetteer, taken), event), instruments


def _all_sentences(structure) -> list[Span]:
    """Sentences of every paragraph and item, in text order."""
    blocks = [p.span for p in structure.paragraphs] + [i.span for i in structure.items]
    return [s for block in sorted(blocks) for s in sentences(block)]


def read_file(path: Path, root: Path, gazetteer: Gazetteer) -> DocumentRecord:
    """Read a statement file (see read_text)."""
    return read_text(read_source(path, root), gazetteer)
