"""One statement in, one DocumentRecord out: structure, meeting, attendance, coordination, obligations."""

from pathlib import Path

from ingest.attendance import read_attendance
from ingest.coordination import read_coordination
from ingest.event import read_event
from ingest.gazetteer import Gazetteer
from ingest.obligations import read_obligations
from ingest.records import DocumentRecord, Span
from ingest.source import SourceText, read_source
from ingest.structure import parse_structure
from ingest.text import sentences


def read_text(source: SourceText, gazetteer: Gazetteer) -> DocumentRecord:
    """Read every kind of fact ingestion v1 knows from one source text."""
    structure = parse_structure(source.path, source.text)
    event = read_event(structure, gazetteer)
    record = DocumentRecord(source.path, source.sha256, source.text, source.stem, structure, event)
    record.participations, warnings = read_attendance(structure, gazetteer)
    record.warnings += warnings
    co_chairs = [p for p in record.participations if p.role == "co-chair"]
    all_sentences = _all_sentences(structure)
    record.coordinations, warnings = read_coordination(all_sentences, source.text, gazetteer, co_chairs)
    record.warnings += warnings
    record.obligations, warnings = read_obligations(structure.items, gazetteer, co_chairs)
    record.warnings += warnings
    return record


def _all_sentences(structure) -> list[Span]:
    """Sentences of every paragraph and item, in text order."""
    blocks = [p.span for p in structure.paragraphs] + [i.span for i in structure.items]
    return [s for block in sorted(blocks) for s in sentences(block)]


def read_file(path: Path, root: Path, gazetteer: Gazetteer) -> DocumentRecord:
    """Read a statement file (see read_text)."""
    return read_text(read_source(path, root), gazetteer)
