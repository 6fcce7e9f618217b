"""ingest.own_meeting: the statement's own meeting, its key, and every reading of its place and dates."""

from snippets import ATTENDANCE, structure_of

from ingest.own_meeting import read_own_meeting


def test_dateline_reading(gazetteer):
    event = read_own_meeting(structure_of(ATTENDANCE), gazetteer)
    assert event.key == "ministerial-meeting-2010"
    assert event.label == "Ministerial Meeting on Regional Cooperation"
    (reading,) = event.readings
    assert (reading.start, reading.end, reading.place, reading.country) == ("2010-05-03", "2010-05-04", "Perth", None)


def test_a_reading_in_the_first_paragraph_with_a_country(gazetteer):
    text = "Regional Conference on Things\nBali, 1-2 May 2010\n\n1. We met in Bali, Indonesia on 30 April-2 May 2010.\n"
    event = read_own_meeting(structure_of(text), gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2010-05-01", "2010-05-02", "Bali", None),
        ("2010-04-30", "2010-05-02", "Bali", "state/IDN"),
    ]
