"""ingest.groups: where groups were established and their mandates."""

from snippets import EVENTS, sentences_of, structure_of

from ingest.groups import NON_BINDING, read_groups
from ingest.other_events import read_other_events
from ingest.own_meeting import read_own_meeting


def test_established_at_and_mandate(gazetteer):
    sentences = sentences_of(EVENTS)
    events, _ = read_other_events(sentences, read_own_meeting(structure_of(EVENTS), gazetteer, EVENTS), gazetteer)
    established, mandates = read_groups(sentences, gazetteer, events)
    assert sorted((g.key, key) for g, key, _ in established) == [
        ("group/ad-hoc-experts-group-i", "first-bali-regional-ministerial-conference-2002"),
        ("group/ad-hoc-experts-group-ii", "first-bali-regional-ministerial-conference-2002"),
    ]
    assert [(g.key, span.quote) for g, span in mandates] == [
        ("group/ad-hoc-experts-group-i", "promote cooperation among the region's states")
    ]
    assert [s.quote for s in sentences if NON_BINDING.search(s.quote)] == [
        "Officials noted that the statement was non-binding."
    ]
