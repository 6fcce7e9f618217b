"""ingest.other_events: other meetings with place and dates, meetings groups held, instruments adopted."""

from snippets import EVENTS, sentences_of, structure_of

from ingest.other_events import read_other_events
from ingest.own_meeting import read_own_meeting


def test_meetings_and_instruments(gazetteer):
    own = read_own_meeting(structure_of(EVENTS), gazetteer, EVENTS)
    events, instruments = read_other_events(sentences_of(EVENTS), own, gazetteer)
    got = {(e.key, e.readings[0].place, e.readings[0].start, e.readings[0].end) for e in events}
    assert got == {
        ("first-bali-regional-ministerial-conference-2002", "Bali", "2002-02-26", "2002-02-28"),
        ("review-meeting-of-ad-hoc-experts-group-ii-2003", "Tokyo", "2003-03-10", "2003-03-11"),
    }
    review = next(e for e in events if e.key.startswith("review"))
    assert review.holder.actor.key == "group/ad-hoc-experts-group-ii"
    assert review.readings[0].country.key == "state/JPN"
    (plan,) = instruments
    assert (plan.label, plan.adopted_at) == ("Bali Action Plan", "first-bali-regional-ministerial-conference-2002")
