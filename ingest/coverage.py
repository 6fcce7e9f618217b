"""What a statement's reading covers, and what it saw but could not relate: counts of facts by kind, actor
names that stand in no fact, sentences with a commitment cue that gave no commitment, and meetings without
a date or a place. `balikg build` prints it per statement; `balikg coverage` as a table or JSON."""

import re
from dataclasses import dataclass, field

from ingest.gazetteer import Gazetteer
from ingest.intervals import Intervals
from ingest.mentions import scan_mentions
from ingest.records import DocumentRecord, Span
from ingest.text import sentences, squash

COMMITMENT_CUE = re.compile(
    r"\b(?:agree[sd]?|recommend(?:s|ed)?|urge[sd]?|call(?:s|ed)?\s+(?:up)?on|encourage[sd]?|support(?:s|ed)?|"
    r"welcome[sd]?|commend(?:s|ed)?|commit(?:s|ted)?|decide[sd]?|request(?:s|ed)?|invite[sd]?|task(?:s|ed)?|"
    r"note[sd]?)\b"
)
RELATED_KINDS = ("state", "territory", "organisation", "secretariat", "process", "group")


@dataclass
class Coverage:
    """One statement's coverage: fact counts, and the spans of what was not related to any fact."""

    source: str
    counts: dict[str, int] = field(default_factory=dict)
    unrelated_names: list[Span] = field(default_factory=list)
    uncommitted_sentences: list[Span] = field(default_factory=list)
    meetings_incomplete: list[tuple[str, str, Span]] = field(default_factory=list)  # (label, what is missing, span)

    @property
    def empty(self) -> bool:
        """Whether the statement gave no attendance, no co-chairs and no commitments at all."""
        return not (self.counts["attendance"] or self.counts["co-chairs"] or self.counts["commitments"])

    def as_json(self) -> dict:
        """The coverage as plain data (spans as begin, end and quote)."""

        def spans(items):
            return [{"begin": s.begin, "end": s.end, "quote": squash(s.quote)} for s in items]

        return {
            "source": self.source,
            "counts": self.counts,
            "unrelated_names": spans(self.unrelated_names),
            "uncommitted_sentences": spans(self.uncommitted_sentences),
            "meetings_incomplete": [
                {"meeting": label, "missing": missing, "begin": s.begin, "end": s.end, "quote": squash(s.quote)}
                for label, missing, s in self.meetings_incomplete
            ],
        }


def coverage_of(record: DocumentRecord, gazetteer: Gazetteer) -> Coverage:
    """The coverage of one statement's record."""
    roles = [p.role for p in record.participations]
    undertakings = [*record.obligations, *record.commitments]
    counts = {
        "attendance": len(record.participations),
        "co-chairs": roles.count("co-chair"),
        "hosts": roles.count("host"),
        "observers": roles.count("observer"),
        "coordination": len(record.coordinations),
        "commitments": len(undertakings),
        "meeting readings": len(record.event.readings),
        "other meetings": len(record.other_events),
    }
    blocks = [p.span for p in record.structure.paragraphs] + [i.span for i in record.structure.items]
    text_sentences = [s for block in sorted(blocks) for s in sentences(block)]
    used = Intervals(_fact_spans(record))
    related: dict[str, list[tuple[int, int]]] = {}
    for key, b, e in _related_in_sentence(record):
        related.setdefault(key, []).append((b, e))
    related_by_actor = {key: Intervals(ranges) for key, ranges in related.items()}
    unrelated = []
    for sentence in text_sentences:
        for mention in scan_mentions(sentence, gazetteer, set(RELATED_KINDS)):
            at = mention.span.begin
            if used.covers(at):
                continue
            if (around := related_by_actor.get(mention.actor.key)) is not None and around.covers(at):
                continue
            unrelated.append(mention.span)
    made = [(u.span.begin, u.span.end) for u in undertakings]
    leads = [(o.lead_in.begin, o.lead_in.end) for o in record.obligations]
    committed = Intervals(made + leads)
    uncommitted = [
        s for s in text_sentences if COMMITMENT_CUE.search(s.quote) and not committed.overlaps(s.begin, s.end)
    ]
    incomplete = []
    own = record.event
    for what, present in (
        ("date", any(r.start for r in own.readings)),
        ("place", any(r.place or r.country for r in own.readings)),
    ):
        if not present:
            incomplete.append((own.label, what, own.title))
    for event in record.other_events:
        if event.kind != "meeting":
            continue
        if not any(r.start for r in event.readings):
            incomplete.append((event.label, "date", event.mention))
        if not any(r.place or r.country for r in event.readings):
            incomplete.append((event.label, "place", event.mention))
    return Coverage(record.source, counts, unrelated, uncommitted, incomplete)


def _related_in_sentence(record: DocumentRecord) -> list[tuple[str, int, int]]:
    """Actors a fact relates within a sentence without keeping their mention (the coordinated group, the
    group a role reports on, the group established or given a mandate): (actor key, sentence begin, end)."""
    out = [(c.coordinated.key, c.sentence.begin, c.sentence.end) for c in record.coordinations]
    out += [(r.subject.key, r.sentence.begin, r.sentence.end) for r in record.roles if r.subject is not None]
    blocks = [p.span for p in record.structure.paragraphs] + [i.span for i in record.structure.items]
    for group, *rest in [*record.groups_established, *record.mandates]:
        where = rest[-1]
        holder = next((b for b in blocks if b.begin <= where.begin < b.end), None)
        if holder is not None:
            out.append((group.key, holder.begin, holder.end))
    return out


def _fact_spans(record: DocumentRecord) -> list[tuple[int, int]]:
    """Where the facts read from a statement name their actors."""
    spans = [(p.mention.begin, p.mention.end) for p in record.participations]
    spans += [(c.mention.begin, c.mention.end) for c in record.coordinations]
    for u in [*record.obligations, *record.commitments]:
        for a in (*u.addressees, *u.auxiliaries, *u.beneficiaries):
            spans.append((a.mention.begin, a.mention.end))
    for e in record.other_events:
        spans.append((e.mention.begin, e.mention.end))
        spans += [(c.span.begin, c.span.end) for c in e.chairs]
        if e.holder is not None:
            spans.append((e.holder.span.begin, e.holder.span.end))
    for r in record.roles:
        spans.append((r.mention.begin, r.mention.end))
    for i in record.instruments:
        spans.append((i.mention.begin, i.mention.end))
    return spans
