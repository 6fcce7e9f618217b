"""ingest.other_meetings: dated meetings a statement names, with the place the text ties to each date."""

from snippets import read_snippet


def meetings_of(body: str, gazetteer, title: str = "Ministerial Conference\nBali, 23 March 2016") -> list[tuple]:
    """(label, start, end, place, country) of every other meeting a snippet names."""
    record = read_snippet(f"{title}\n\n{body}\n", gazetteer)
    out = []
    for event in record.other_events:
        for r in event.readings:
            out.append((event.label, r.start, r.end, r.place, r.country.iso3 if r.country else ""))
    return sorted(out, key=lambda row: row[1])


def test_places_before_after_and_around_dates(gazetteer):
    body = (
        "1. Officials noted the United Nations Summit for Refugees and Migrants, held in New York on 19 September "
        "2016, and the first meeting of the Consultation Mechanism (Jakarta, 13 October 2017).\n"
        "2. Indonesia briefed members on the first Government and Business Forum, held between 24-25 August 2017 in "
        "Perth, and on the workshop at the Sixth Ministerial Conference in Bali (23 March 2016).\n"
        "3. At their 10th Summit, held in Cebu, the Philippines, in January 2007, leaders pledged support.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("10th Summit", "2007-01", "2007-01", "Cebu", "PHL"),
        ("United Nations Summit for Refugees and Migrants", "2016-09-19", "2016-09-19", "New York", "USA"),
        ("Government and Business Forum", "2017-08-24", "2017-08-25", "Perth", "AUS"),
        ("First meeting of the Consultation Mechanism", "2017-10-13", "2017-10-13", "Jakarta", "IDN"),
    ]  # 'the Sixth Ministerial Conference in Bali (23 March 2016)' is the statement's own meeting


def test_two_dates_one_place_and_dates_without_places(gazetteer):
    body = (
        "1. Officials looked back at the two Regional Ministerial Conferences held in Bali in February 2002 and "
        "April 2003.\n"
        "2. The Conference was prepared by a meeting of senior officials on 22 March 2016.\n"
        "3. Ministers agreed to hold the Third AMMTC+3 in Brunei Darussalam in 2007.\n"
        "4. We welcome El Salvador, which will hold the Presidency Pro Tempore in 2017, and look forward to the "
        "XXII Vice-Ministerial Meeting in San Salvador in 2017.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Regional Ministerial Conference", "2002-02", "2002-02", "Bali", "IDN"),
        ("Regional Ministerial Conference", "2003-04", "2003-04", "Bali", "IDN"),
        ("Third AMMTC+3", "2007", "2007", "", "BRN"),
        ("Meeting of senior officials", "2016-03-22", "2016-03-22", "", ""),
        ("XXII Vice-Ministerial Meeting", "2017", "2017", "San Salvador", "SLV"),
    ]  # the presidency 'in 2017' is not a meeting


def test_verbs_of_meeting_and_dates_that_are_no_meeting(gazetteer):
    body = (
        "1. Members noted the work of the Regional Consultation Group on Migration, which met in Tegucigalpa in "
        "June 2016.\n"
        "2. The Protocol entered into force on 28 January 2004.\n"
        "3. Ministers agreed to meet again in Bali in 2018.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Meeting in Tegucigalpa", "2016-06", "2016-06", "Tegucigalpa", "HND"),
        ("Meeting in Bali", "2018", "2018", "Bali", "IDN"),
    ]


def test_held_here_is_the_statements_own_place(gazetteer):
    body = (
        "1. Ministers recalled the Regional Conferences on people smuggling, held here in February 2002 and again "
        "in April 2003.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Regional Conference", "2002-02", "2002-02", "Bali", "IDN"),
        ("Regional Conference", "2003-04", "2003-04", "Bali", "IDN"),
    ]


def test_a_year_in_parentheses_after_a_place(gazetteer):
    body = (
        "1. The Dialogue began at a conference in Rabat in July 2006 and continued in Paris (2008) and Dakar (2011).\n"
    )
    assert [(m[1], m[3]) for m in meetings_of(body, gazetteer, "Ministerial Conference\nMarrakesh, 2 May 2018")] == [
        ("2006-07", "Rabat"),
        ("2008", "Paris"),
        ("2011", "Dakar"),
    ]


def test_a_meeting_named_after_its_place_a_half_year_and_the_own_meeting_by_a_verb(gazetteer):
    body = (
        "1. Ministers met on the island of Rhodes on 25 and 26 June 2003.\n\n"
        "2. Ministers recalled the Berlin Conference of 30-31 October 1991 and the 7th Budapest Process Ministerial"
        " Conference on 12 November 2004.\n\n"
        "3. Ministers asked the Secretariat to convene a meeting of experts in Vienna in the first half of 2004."
    )
    rows = meetings_of(body, gazetteer, "Ministerial Conference\nRhodes, Greece\n25-26 June 2003")
    assert [(start, end, place, country) for _, start, end, place, country in rows] == [
        ("1991-10-30", "1991-10-31", "Berlin", "DEU"),
        ("2004", "2004", "Vienna", "AUT"),
        ("2004-11-12", "2004-11-12", "", ""),
    ]
