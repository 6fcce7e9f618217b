"""ingest.own_meeting: the statement's own meeting, its key, and every reading of its place and dates."""

import pytest
from snippets import ATTENDANCE, read_snippet, structure_of

from ingest.own_meeting import read_own_meeting


def own_meeting_of(text: str, gazetteer):
    """The statement's own meeting as a snippet gives it."""
    return read_own_meeting(structure_of(text, gazetteer), gazetteer, text)


def test_dateline_reading(gazetteer):
    event = read_own_meeting(structure_of(ATTENDANCE, gazetteer), gazetteer, ATTENDANCE)
    assert event.key == "ministerial-meeting-on-regional-cooperation-2010"
    assert event.label == "Ministerial Meeting on Regional Cooperation"
    (reading,) = event.readings
    assert (reading.start, reading.end, reading.place, reading.country.key) == (
        "2010-05-03",
        "2010-05-04",
        "Perth",
        "state/AUS",
    )


def test_a_reading_in_the_first_paragraph_with_a_country(gazetteer):
    text = "Regional Conference on Things\nBali, 1-2 May 2010\n\n1. We met in Bali, Indonesia on 30 April-2 May 2010.\n"
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2010-05-01", "2010-05-02", "Bali", "state/IDN"),
        ("2010-04-30", "2010-05-02", "Bali", "state/IDN"),
    ]


def test_headings_of_the_genre(gazetteer):
    cases = {
        "Third Meeting of the Working Group\nLocation: Bali, Indonesia\nDate: 26 May 2017\n\nThe Group met.\n": (
            "2017-05-26",
            "Bali",
            "IDN",
        ),
        "Seventh Meeting\nVenue: Sydney, Australia    Date: Tuesday 5 March 2013\n\nOfficials met there.\n": (
            "2013-03-05",
            "Sydney",
            "AUS",
        ),
        "FOURTH MINISTERIAL CONSULTATION\n\nAdopted at the Ministerial Consultation held in Dhaka, Bangladesh, "
        "20-21 April 2011\n\nWe, the Ministers, met.\n": ("2011-04-20", "Dhaka", "BGD"),
        "Senior Officials' Meeting held in Asmara\nPublished: 12 March 2019\n\nAsmara, 7th March 2019 - Senior "
        "officials met in the capital for their first meeting of the year.\n": ("2019-03-07", "Asmara", "ERI"),
        "MEDIA RELEASE\nAugust 7, 2018\n\nGovernments and business join forces\n\nForeign ministers met in Nusa Dua, "
        "Indonesia, today for the second Forum.\n": ("2018-08-07", "Nusa Dua", "IDN"),
    }
    for text, (start, place, country) in cases.items():
        event = own_meeting_of(text, gazetteer)
        found = {(r.start, r.place, r.country.iso3 if r.country else "") for r in event.readings}
        assert (start, place, country) in found, (text, found)


def test_a_press_release_names_its_meeting_in_apposition(gazetteer):
    text = (
        "PRESS RELEASE\n\nTRANSNATIONAL CRIME MEETING ENDS\n\n"
        "Yogyakarta, Friday (23/6/2023) - The 23rd Senior Officials Meeting on Transnational Crime, held in "
        "Yogyakarta from 20 to 23 June 2023, closed today.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.span.quote) for r in event.readings] == [
        ("2023-06-20", "2023-06-23", "Yogyakarta", "Yogyakarta from 20 to 23 June 2023")
    ]


def test_a_press_dateline_gives_its_place_to_the_meetings_own_dates(gazetteer):
    text = (
        "Ministers back regional plan\n\nPosted: 14 July 2015\n\n"
        "VICTORIA FALLS, Zimbabwe, 9 July 2015 - The third meeting of the Dialogue ended here today after three "
        "days of talks, from 7 to 9 July 2015, on mixed migration.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.span.quote) for r in event.readings] == [
        # 'ended here today after three days': the dateline's day and the two before it
        ("2015-07-07", "2015-07-09", "Victoria Falls", "VICTORIA FALLS, Zimbabwe, 9 July 2015"),
        ("2015-07-07", "2015-07-09", "Victoria Falls", "7 to 9 July 2015"),
    ]


def test_a_press_dateline_with_a_place_alone_and_heading_fields_on_their_own_lines(gazetteer):
    text = (
        "MIDSA 2023: Ministers back regional integration\n\nDate Publish: 11 Oct 2023\n\n"
        "Kinshasa, Democratic Republic of the Congo – Ministers of the Dialogue met at a hotel in the capital "
        "from 3rd to 6th October 2023 for their ministerial meeting.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.iso3 if r.country else "") for r in event.readings] == [
        ("", "", "Kinshasa", "COD"),
        ("2023-10-03", "2023-10-06", "Kinshasa", "COD"),
    ]
    page = (
        "Ninth Meeting of the Ad Hoc Group\n\nLocation:\nWellington, New Zealand\nDate:\n06 May 2015\n\n"
        "Officials met.\n"
    )
    event = read_own_meeting(structure_of(page, gazetteer), gazetteer, page)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2015-05-06", "2015-05-06", "Wellington")]
    block = "SIXTH MINISTERIAL CONSULTATION\nKathmandu, Nepal | 15-16 November 2018\n\n1. Ministers met.\n"
    event = read_own_meeting(structure_of(block, gazetteer), gazetteer, block)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2018-11-15", "2018-11-16", "Kathmandu")]


def test_a_meeting_held_online_is_dated_by_its_heading_and_has_no_place(gazetteer):
    for line in ("30 AUGUST 2022 - VIRTUAL FORMAT", "Videoconference, 30 August 2022", "30 August 2022 (online)"):
        event = own_meeting_of(f"Eighth Annual Meeting\n{line}\n\n1. Members met.\n", gazetteer)
        assert [(r.start, r.end, r.place, r.country) for r in event.readings] == [
            ("2022-08-30", "2022-08-30", "", None)
        ], line


def test_a_preamble_meeting_in_a_place_gives_the_place_of_the_headings_dates(gazetteer):
    text = (
        "PRAGUE MINISTERIAL CONFERENCE\n27-28 April 2009\n\nThe Ministers of the states listed in the Annex, "
        "meeting in Prague on 27 and 28 April 2009, adopted this Declaration.\n\n1. The Conference met.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place, r.country.iso3 if r.country else "") for r in event.readings} == {
        ("2009-04-27", "2009-04-28", "", ""),
        ("2009-04-27", "2009-04-28", "Prague", "CZE"),
    }


def test_press_datelines_before_a_full_stop_and_date_lines_with_a_bullet(gazetteer):
    cases = {
        "CORE GROUP MEETS\n\nWarsaw, 20 November 2012. The Core Group held its first meeting.\n": (
            "2012-11-20",
            "Warsaw",
            "POL",
        ),
        "News\n27 May 2025 • Kuala Lumpur, Malaysia\nRegional meeting\n\nWhile leaders gathered for the 46th "
        "ASEAN Summit over 26-27 May in Kuala Lumpur, officials met.\n": ("2025-05-27", "Kuala Lumpur", "MYS"),
    }
    for text, expected in cases.items():
        event = own_meeting_of(text, gazetteer)
        found = [(r.start, r.place, r.country.iso3 if r.country else "") for r in event.readings]
        assert found == [expected], (text, found)


def test_datelines_with_a_colon_a_release_label_or_the_date_first(gazetteer):
    cases = {
        "Senior officials meet\n\nAnkara, 10-11 December 2012: Senior officials of the Process came together.\n": (
            "2012-12-10",
            "2012-12-11",
            "Ankara",
        ),
        # the dateline is the day of issue: 'closed today after two days' began the day before
        "PRESS RELEASE\n\nAugust 19, 2021 (ADDIS ABABA, Ethiopia): The 13th Meeting of the Process closed today "
        "after two days of deliberations.\n": ("2021-08-18", "2021-08-19", "Addis Ababa"),
        "Press Release – Belmopan, Belize – July 18, 2024 – The Mid-Term Meeting concluded in Belmopan yesterday.\n": (
            "2024-07-17",
            "2024-07-17",
            "Belmopan",
        ),
    }
    for text, expected in cases.items():
        event = own_meeting_of(text, gazetteer)
        assert [(r.start, r.end, r.place) for r in event.readings] == [expected], text


def test_a_later_sentence_under_a_dateline_dates_the_meeting_at_the_datelines_place(gazetteer):
    text = (
        "Press Release – Belmopan, Belize – July 18, 2024 – The Mid-Term Meeting concluded yesterday. The "
        "Ministry convened the two-day meeting on July 16 and 17, 2024, in the capital.\n"
    )
    event = own_meeting_of(text, gazetteer)
    # 'yesterday' (the 17th) lies within the days the next sentence gives: one reading, the two days
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2024-07-16", "2024-07-17", "Belmopan")]


def test_a_place_alone_under_a_headline_is_the_newsrooms_not_the_meetings(gazetteer):
    text = (
        "IOM - UN Migration\n- Who we are\n- Our Work\nSearch\nHome > News > Conference Opens\n\nConference Opens\n"
        "Posted: 04/11/16   Region: South America\n\nBuenos Aires - The XVI South American Conference on "
        "Migration opened in Asunción, Paraguay, on 3 November 2016.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert "Buenos Aires" not in {r.place for r in event.readings}


@pytest.mark.parametrize(
    ("posted", "start", "end"),
    [("14 March 2022", "2022-03-08", "2022-03-09"), ("6 January 2022", "2021-03-08", "2021-03-09")],
)
def test_year_less_dates_of_a_news_item_take_the_year_it_was_posted(gazetteer, posted, start, end):
    text = (
        f"Officials meet on regional returns cooperation\n{posted} | News\n\n"
        "The regional meeting on returns was held in Manila over 8-9 March.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [(start, end, "Manila")]


def test_a_venue_field_names_a_building_before_the_city(gazetteer):
    text = (
        "Ninth Summit Meeting\nDate: 10-12 December 2016\n"
        "Venue: Bangabandhu International Conference Center, Dhaka, Bangladesh\n\nDelegations met.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.iso3) for r in event.readings] == [
        ("2016-12-10", "2016-12-12", "Dhaka", "BGD")
    ]


def test_a_web_page_under_a_site_banner_and_a_city_that_hosts_the_meeting(gazetteer):
    text = (
        "Abu Dhabi Dialogue\nAmong the Asian Labor-Sending and Receiving Countries\n\n"
        "Home   About ADD   Member States   News   Contact\n\n"
        "Home > News > Ambassadors Meeting of Member States\n\n"
        "Ambassadors Meeting of Member States\n\n"
        "Posted on 14 September 2017 by the Permanent Secretariat\n\n"
        "Abu Dhabi hosted on 13 September 2017 a meeting of the ambassadors of the Member States.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert event.label == "Ambassadors Meeting of Member States"  # not the site's banner above its menu
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings if r.place} == {
        ("2017-09-13", "2017-09-13", "Abu Dhabi", "state/ARE")
    }


def test_a_meeting_held_online_has_its_dates_and_no_place(gazetteer):
    text = (
        "Disruption Working Group holds sixth annual meeting\nPosted 14 June 2021\n\n"
        "The Working Group held its sixth annual meeting virtually on 9 June 2021. Members agreed to meet again.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country) for r in event.readings] == [("2021-06-09", "2021-06-09", "", None)]


def test_a_release_date_within_the_days_the_body_gives_is_not_a_reading_of_its_own(gazetteer):
    text = (
        "IV REGIONAL CONFERENCE ON MIGRATION\n\nJOINT COMMUNIQUE\n\nSan Salvador, El Salvador\nJanuary 29, 1999\n\n"
        "The Fourth Regional Conference on Migration was held in the city of San Salvador, Republic of El "
        "Salvador, on January 28 and 29, 1999, with the participation of Belize and Canada.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("1999-01-28", "1999-01-29", "San Salvador")]
    assert [s.quote for s in event.also_dated] == ["San Salvador, El Salvador\nJanuary 29, 1999"]


def test_a_press_dateline_and_today_with_the_days_of_the_meeting(gazetteer):
    closed = (
        "PRESS RELEASE\n\nSeptember 21, 2005\n\nASIAN LABOUR-SENDING COUNTRIES MEET IN BALI\n\n"
        "NUSA DUA, Bali - The Third Ministerial Consultation closed today in Nusa Dua after three days of "
        "deliberations from 19 to 21 September 2005.\n"
    )
    event = own_meeting_of(closed, gazetteer)
    assert {(r.start, r.end, r.place) for r in event.readings} == {
        ("", "", "Nusa Dua"),  # 'NUSA DUA, Bali -': the dateline's place, a reading of its own
        ("2005-09-19", "2005-09-21", "Nusa Dua"),
    }
    recalled = (
        "PRESS RELEASE\n\nBusiness leaders and governments agree next steps\n\n"
        "JAKARTA, June 27, 2019 - Ministers met in Jakarta today to take forward what business leaders "
        "presented at the Forum in Nusa Dua in August 2018.\n"
    )
    event = own_meeting_of(recalled, gazetteer)  # not the Forum of August 2018
    assert {(r.start, r.end, r.place) for r in event.readings} == {("2019-06-27", "2019-06-27", "Jakarta")}


def test_a_dateline_year_for_the_days_its_session_ended_on(gazetteer):
    text = (
        "MIDWA Steering Committee charts the way ahead\n\n"
        "Abuja, 19 June 2019. The Steering Committee of the Migration Dialogue for West Africa ended today its "
        "session of 18-19 June at the headquarters of the ECOWAS Commission in Abuja.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2019-06-18", "2019-06-19", "Abuja")]


def test_a_dateline_closed_by_a_full_stop_and_a_dash(gazetteer):
    text = (
        "South American Conference on Migration closes\n\n"
        "Montevideo, 19 September 2008.- The VIII South American Conference on Migration ended on Friday.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.place) for r in event.readings][:1] == [("2008-09-19", "Montevideo")]


def test_the_opening_sentences_words_broken_over_lines(gazetteer):
    text = (
        "The Regional Conference on Migration launches its relaunch process\n\nPosted: November 18, 2019\n\n"
        "The XXIV Regional Conference on Migration (RCM), also known as the Puebla Process, took\nplace in Guatemala "
        "City from November 12 to 14, 2019, under the Presidency Pro Tempore of\nGuatemala.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2019-11-12", "2019-11-14", "Guatemala City")]


def test_a_wire_dateline_without_a_year_takes_it_from_the_publication_line(gazetteer):
    text = (
        "WORLD | ASIA\nASEAN crime ministers meet in Laos\nPublished: Wednesday, August 28, 2024, 19:42 IST\n\n"
        "Vientiane, Aug 28 (Wire): Ministers of the ASEAN member states met in the Lao capital on Wednesday.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2024-08-28", "2024-08-28", "Vientiane")]


def test_a_dateline_line_that_goes_on_with_its_host(gazetteer):
    text = (
        "Regional workshop on fighting migrant smuggling\n\n"
        "Abidjan, 24 October 2019, hosted by Côte d'Ivoire and co-chaired by France.\n\n"
        "The Rabat Process brought its partners together for a regional workshop.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.place, r.country.key) for r in event.readings][:1] == [("2019-10-24", "Abidjan", "state/CIV")]


def test_a_release_dateline_elsewhere_after_the_meeting_is_not_its_place(gazetteer):
    text = (
        "Colombo Process senior officials review two years of work\n\nGeneva, 6 November 2015\n\n"
        "The third Senior Officials' Meeting of the Colombo Process was held in Colombo, Sri Lanka, on 4 and 5 "
        "November 2015.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2015-11-04", "2015-11-05", "Colombo")]


def test_a_release_dated_days_after_the_meeting_at_its_place_but_not_a_dateline_the_body_repeats(gazetteer):
    release = (
        "Warsaw hosts the first meeting of the Core Group\n\nWarsaw, 21.11.2012\n\n"
        "The Ministry organised and hosted the first meeting of the Core Group of the Prague Process in Warsaw "
        "on 20 November 2012.\n"
    )
    event = own_meeting_of(release, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2012-11-20", "2012-11-20", "Warsaw")]
    statement = (
        "Joint Statement of the Fourth Ministerial Meeting\n\nSiem Reap, Cambodia, 18 November 2009\n\n"
        "We, the Ministers, met in Siem Reap, Cambodia, on 18 November 2009 for the Fourth Meeting. Our senior "
        "officials prepared it at their meeting, held in Siem Reap on 17 November 2009.\n"
    )
    event = own_meeting_of(statement, gazetteer)
    assert {(r.start, r.end, r.place) for r in event.readings} == {("2009-11-18", "2009-11-18", "Siem Reap")}


def test_this_morning_is_the_day_the_release_is_dated(gazetteer):
    text = (
        "PRESS RELEASE\n\nAugust 25, 2016\n\nColombo Process Ministers meet in Colombo\n\n"
        "The Minister this morning inaugurated the Fifth Ministerial Consultation of the Colombo Process at a "
        "hotel in Colombo.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.place) for r in event.readings] == [("2016-08-25", "Colombo")]


def test_with_no_date_in_the_heading_the_bodys_first_date_is_the_meetings_and_a_later_far_one_another(gazetteer):
    text = (
        "Working Group on Trafficking in Persons holds first meeting\n\nPublished: 14 April 2015\n\n"
        "The Working Group on Trafficking in Persons met for the first time on 27 March 2015 in Bangkok, "
        "Thailand.\n\nThe Working Group grew out of the Fifth Ministerial Conference, held in Bali on 2 April 2013.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2015-03-27", "2015-03-27", "Bangkok")]


def test_a_day_alone_under_a_headline_after_the_days_the_body_places_the_meeting_is_its_publication(gazetteer):
    text = (
        "ASEAN Plus Three ministers meet online\n\n23 September 2022\n\n"
        "The ministers met in Nay Pyi Taw on 22 September 2022 for their annual consultations.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2022-09-22", "2022-09-22", "Nay Pyi Taw")]


def test_a_city_named_with_its_country_adjective_and_a_year_from_a_numeric_publication_line(gazetteer):
    text = (
        "ASEAN steps up fight against transnational crime\n\nPublished: 12/06/2015 09:14\n\n"
        "Siem Reap (VNA) - Senior officials met at their 15th Senior Officials' Meeting on Transnational Crime, "
        "which took place in the Cambodian city of Siem Reap from June 8 to 11.\n"
    )
    event = own_meeting_of(text, gazetteer)  # the dateline ('Siem Reap (VNA) -') is a reading of its place too
    assert [(r.start, r.end, r.place) for r in event.readings] == [
        ("", "", "Siem Reap"),
        ("2015-06-08", "2015-06-11", "Siem Reap"),
    ]


def test_a_release_on_the_meetings_last_day_and_a_place_that_runs_into_the_next_line(gazetteer):
    text = (
        "Press release\nBucharest, 11 June 2019\n\nBucharest hosts the Senior Officials' Meeting\n\n"
        "On 10 and 11 June 2019, the Ministry of Internal Affairs hosted in Bucharest\nthe Senior Officials' "
        "Meeting of the Prague Process.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.iso3) for r in event.readings] == [
        ("2019-06-10", "2019-06-11", "Bucharest", "ROU")
    ]
    assert [s.quote for s in event.also_dated] == ["Bucharest, 11 June 2019"]  # the release's day is one of them


def test_a_numbered_release_and_the_days_that_end_on_the_day_it_was_issued(gazetteer):
    text = (
        "MEDIA RELEASE\nFA 52                                   30 April 2003\n\nREGION STEPS UP COOPERATION\n\n"
        "The second Regional Ministerial Conference concluded in Bali today, as the first did in February 2002.\n\n"
        "Ministers of thirty countries took part in the three days of meetings, which ran from 28 to 30 April.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.iso3) for r in event.readings] == [
        ("2003-04-28", "2003-04-30", "Bali", "IDN")
    ]


def test_a_ministrys_banner_is_no_place_and_a_delegation_to_a_conference_held_from_to(gazetteer):
    text = (
        "Ministry of Foreign Affairs, Kingdom of Thailand\n\nThe 8th Bali Process Ministerial Conference\n\n"
        "The Thai delegation to the 8th Bali Process Ministerial Conference, held from 8 to 10 February 2023 at "
        "the Adelaide Convention Centre in Adelaide, Australia, was led by the Ambassador.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.iso3) for r in event.readings] == [
        ("2023-02-08", "2023-02-10", "Adelaide", "AUS")
    ]


def test_a_bylined_posting_date_and_a_meeting_that_ran_in_a_city(gazetteer):
    text = (
        "Uganda takes seat on Steering Committee\n\nposted on April 19, 2024 | by Staff Writer\n\n"
        "Uganda has been admitted to the Committee. The decision was announced at the Senior Officials' "
        "Meeting that ran in Cairo, Egypt, from April 17 to 18.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.iso3) for r in event.readings] == [
        ("2024-04-17", "2024-04-18", "Cairo", "EGY")
    ]


def test_a_dateline_of_the_place_a_release_was_written_and_the_meeting_elsewhere(gazetteer):
    text = (
        "Consultation Group meets in Tegucigalpa\n\n"
        "San José, Costa Rica - Migration officials of the member States gathered in Tegucigalpa, Honduras, for\n"
        "the meeting of the Group. The session ran from 7 to 9 June 2016.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("", "", "Tegucigalpa", "state/HND"),
        ("2016-06-07", "2016-06-09", "Tegucigalpa", "state/HND"),
    }


def test_a_place_dateline_with_an_agencys_tag(gazetteer):
    text = (
        "Ministers wrap up the conference\n\n"
        "Nusa Dua, Bali (ANTARA News) - Ministers wrapped up the Fifth Conference, which Indonesia hosted here.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.place, r.country.key) for r in event.readings] == [("", "Nusa Dua", "state/IDN")]


def test_a_dateline_without_its_year_takes_the_year_the_opening_gives(gazetteer):
    text = (
        "IGAD migration consultations open\n\n"
        "Khartoum, May 18 (SUNA) - The seventh meeting opened in Khartoum on Wednesday. The two-day meeting, which\n"
        "the Government of the Sudan is hosting on 18 and 19 May 2016, brings together senior officials.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2016-05-18", "2016-05-19", "Khartoum")]


def test_a_reporters_byline_dates_the_page_and_a_meeting_held_online_has_no_dateline_place(gazetteer):
    text = (
        "SOMTC consults on a work plan\n\nBy a staff reporter | 8 July 2021\n\n"
        "BANDAR SERI BEGAWAN, July 7 - Brunei spoke at the workshop on the afternoon of 7 July.\n\n"
        "The one-day workshop was held online. The Philippines hosted and chaired it.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place, r.country) for r in event.readings} == {("2021-07-07", "2021-07-07", "", None)}


def test_a_dated_dateline_over_the_day_the_body_says_the_meeting_met_dates_the_release(gazetteer):
    text = (
        "Concept paper endorsed in Geneva\n\n"
        "Geneva - 30 May 2013. The concept paper was endorsed by the Steering Group when it met in Geneva on 21 "
        "May 2013.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place) for r in event.readings} == {
        ("", "", "Geneva"),
        ("2013-05-21", "2013-05-21", "Geneva"),
    }


def test_a_dateline_with_its_weekday_over_two_days_of_work_that_ended_on_it(gazetteer):
    text = (
        "Senior officials end their Rabat session\n\n"
        "Rabat, Friday 6 June 2014 (MAP) - Senior officials of the Rabat Process ended on Friday two days of work "
        "in Rabat, begun on Thursday.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2014-06-05", "2014-06-06", "Rabat", "state/MAR")
    }


def test_a_meeting_that_opens_on_the_datelines_day_and_runs_until_a_later_one(gazetteer):
    text = (
        "Ministers open meeting on transnational crime\n\n"
        "MANILA, September 18, 2017 - The Eleventh ASEAN Ministerial Meeting on Transnational Crime opens today "
        "at the Conrad Manila and will run until Thursday, September 21, with the aim of closer cooperation.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place) for r in event.readings} == {("2017-09-18", "2017-09-21", "Manila")}


def test_a_preview_dated_where_the_release_was_written_and_a_host_welcoming_the_meeting_to_its_city(gazetteer):
    preview = (
        "Southern African ministers to talk migration\n\n"
        "Pretoria, 1 September 2017 - Ministers responsible for home affairs in the region will meet this weekend "
        "to look at migration.\n\n"
        "The Minister will lead the delegation to the Migration Dialogue for Southern Africa, which takes place in "
        "the Kingdom of Swaziland from 2 to 4 September 2017.\n"
    )
    event = own_meeting_of(preview, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2017-09-02", "2017-09-04", "", "state/SWZ")
    }
    welcomed = (
        "Stockholm talks\n\n"
        "Sweden welcomed the Budapest Process to Stockholm on 26 and 27 June 2024 for two back-to-back meetings.\n"
    )
    event = own_meeting_of(welcomed, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2024-06-26", "2024-06-27", "Stockholm", "state/SWE")
    }


def test_a_release_on_a_meeting_it_says_was_hosted_days_before_and_one_preceded_by_others(gazetteer):
    hosted = (
        "MEDIA RELEASE\n\n16 December 2009\n\nCluster group meets in Perth\n\n"
        "Australia and Indonesia hosted a meeting of an Ad Hoc Group cluster in Perth, Western Australia, on 14 "
        "and 15 December 2009.\n"
    )
    event = own_meeting_of(hosted, gazetteer)
    assert {(r.start, r.end, r.place) for r in event.readings if r.start} == {("2009-12-14", "2009-12-15", "Perth")}
    preceded = (
        "JOINT PRESS STATEMENT\n\nMarch 23, 2016\n\n"
        "1. Today we co-chaired the Sixth Ministerial Conference in Bali, Indonesia.\n\n"
        "2. The Conference was preceded by a meeting of senior officials, and by our own bilateral meeting in "
        "Jakarta on 21 March 2016.\n"
    )
    event = own_meeting_of(preceded, gazetteer)
    assert {(r.start, r.place) for r in event.readings if r.place} == {("2016-03-23", "Bali")}


def test_an_announcement_dated_and_placed_where_it_was_issued_before_the_meeting(gazetteer):
    text = (
        "MYANMAR TO HOST THE SECOND ASEAN MINISTERIAL MEETING ON TRANSNATIONAL CRIME\n\n"
        "Jakarta, 16 June 1999\n\n"
        "The Second ASEAN Ministerial Meeting on Transnational Crime will be held in Yangon, Myanmar, on 23 June "
        "1999.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("1999-06-23", "1999-06-23", "Yangon", "state/MMR")
    }


def test_a_release_on_a_programme_launched_days_before_in_the_datelines_city(gazetteer):
    text = (
        "COLOMBIA OPENS THE GFMD PROGRAMME\nPublished on 12 September 2024\n\n"
        "Geneva, 12 September 2024 – Colombia, Chair of the GFMD, formally launched its programme on 3 September "
        "2024 in Geneva, at an event chaired by its Permanent Representative.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.place) for r in event.readings if r.start} == {("2024-09-03", "Geneva")}


def test_a_publication_place_field_and_a_meeting_placed_and_dated_in_two_sentences(gazetteer):
    text = (
        "PRESS BRIEFING NOTES\n\nDate of publication: 20 August 2002\nLocation: Geneva\n\n"
        "South American Governments Meet in Quito\n\n"
        "Senior officials from ten countries met in Quito, Ecuador, last week for the Third Conference. The "
        "Conference, held on 14 and 15 August 2002 at the invitation of Ecuador, gathered delegations.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings} == {
        ("", "", "Quito", "state/ECU"),
        ("2002-08-14", "2002-08-15", "", None),
    }


def test_a_preview_dates_the_meeting_in_its_dateline_sentence(gazetteer):
    preview = (
        "Labour ministers meet tomorrow\n\n"
        "Doha, 3 March 2025 - Ministers of labour will convene in Doha tomorrow, Tuesday 4 March 2025, for the "
        "Eighth Ministerial Consultation, on the margins of a forum that runs in Doha from 6 to 8 March.\n"
    )
    event = own_meeting_of(preview, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2025-03-04", "2025-03-04", "Doha", "state/QAT")
    }


def test_a_scraped_event_page_with_hours_and_fields_run_together_and_no_blank_line(gazetteer):
    page = (
        "Migration Dialogue\n"
        "Home\n"
        "Events\n"
        "Senior Officials' Meeting of the Dialogue\n"
        "Tuesday, 7 May 2019, 9:30 - Wednesday, 8 May 2019, 13:00Location: Cracow, PolandContact: Secretariat\n"
        "The Senior Officials' Meeting of the Dialogue was hosted by Poland. Delegates from twenty states took part.\n"
        "- Participants agreed on a work plan;\n"
        "- they asked ICMPD to prepare a report.\n"
    )
    event = own_meeting_of(page, gazetteer)
    assert event.label == "Senior Officials' Meeting of the Dialogue"
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2019-05-07", "2019-05-08", "Cracow", "state/POL")
    }


def test_an_issuers_banner_is_no_place_and_a_weekday_is_no_part_of_one(gazetteer):
    release = (
        "Kingdom of Morocco\nMinistry of Foreign Affairs\nPRESS RELEASE\nMarrakesh, Wednesday 2 May 2018\n\n"
        "Ministers adopted a declaration today.\n"
    )
    event = own_meeting_of(release, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2018-05-02", "2018-05-02", "Marrakesh", "state/MAR")
    }
    chaired = (
        "Government of India\nIndia holds its first meeting as Chair\nJune 29, 2024\n\n"
        "India chaired its first meeting as Chair-in-Office of the Colombo Process on Thursday, 27 June 2024, at "
        "the headquarters of IOM in Geneva.\n"
    )
    event = own_meeting_of(chaired, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2024-06-27", "2024-06-27", "Geneva", "state/CHE")
    }


def test_the_meeting_placed_and_dated_only_further_on(gazetteer):
    release = (
        "MEDIA RELEASE\n\nWorking Group on Trafficking in Persons\nOfficials strengthen the regional response\n\n"
        "Officials from across the region have concluded the annual meeting of the Working Group.\n\n"
        "Delegations from Fiji and Nepal took part.\n\n"
        "The Bali Process Government and Business Forum, first convened in Perth in August 2017, met again.\n\n"
        "The meeting took place at the Cinnamon Grand Hotel, Colombo, Sri Lanka, on 14 and 15 March 2019.\n"
    )
    event = own_meeting_of(release, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2019-03-14", "2019-03-15", "Colombo", "state/LKA")
    }


def test_a_cookie_banner_a_posted_line_with_a_reading_time_and_a_consultation_closed(gazetteer):
    page = (
        "This site uses cookies\n"
        "We use essential cookies to make our site work. You can change your settings at any time.\n"
        "[Accept all]  [Reject optional]\n"
        "Dubai Declaration adopted at Seventh Ministerial Consultation\n"
        "12 Feb. 2024 | News | 4 min read\n\n"
        "Ministers of the Member States of the Abu Dhabi Dialogue closed their Seventh Ministerial Consultation in "
        "Dubai, United Arab Emirates, which ran over 10 and 11 February 2024.\n"
    )
    event = own_meeting_of(page, gazetteer)
    assert event.label == "Dubai Declaration adopted at Seventh Ministerial Consultation"
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2024-02-10", "2024-02-11", "Dubai", "state/ARE")
    }


def test_a_title_with_place_and_date_after_a_dash(gazetteer):
    page = (
        "Senior Officials' Meeting in Asmara, Eritrea - 7 March 2019\n"
        "Date: 07/03/2019Location: Asmara, EritreaType: Political meeting\n\n"
        "Delegations from Egypt and Kenya attended.\n"
    )
    event = own_meeting_of(page, gazetteer)
    assert event.label == "Senior Officials' Meeting"
    assert ("2019-03-07", "2019-03-07", "Asmara", "state/ERI") in {
        (r.start, r.end, r.place, r.country.key) for r in event.readings
    }


def test_numeric_date_first_datelines_translated_dates_and_a_date_broken_over_heading_lines(gazetteer):
    release = (
        "IGAD and partners discuss migration\n\n"
        "08-11-2016, Kampala: Following the Committee meeting of yesterday, IGAD this morning opened the eighth "
        "meeting on migration in Kampala, ahead of the Ministerial Meeting slated for November 10th.\n"
    )
    event = own_meeting_of(release, gazetteer)
    assert {(r.start, r.end, r.place, r.country.key) for r in event.readings} == {
        ("2016-11-08", "2016-11-08", "Kampala", "state/UGA")
    }
    translated = "FIRST PLENARY MEETING\n\nMontevideo, 8 of May of 2018\n\nThe meeting was inaugurated today.\n"
    event = own_meeting_of(translated, gazetteer)
    assert {(r.start, r.end, r.place) for r in event.readings} == {("2018-05-08", "2018-05-08", "Montevideo")}
    broken = "MIDSA Conference\n\nWindhoek, 15 - 17\nNovember 2010\n\n1. Ministers recommended closer cooperation.\n"
    event = own_meeting_of(broken, gazetteer)
    assert {(r.start, r.end, r.place) for r in event.readings} == {("2010-11-15", "2010-11-17", "Windhoek")}


def test_a_fields_line_that_ends_the_heading_block(gazetteer):
    page = (
        "Prague Process\nHome  About  Events  News\n\n"
        "Prague Process Senior Officials' Meeting\n"
        "Wednesday, 15 June 2016, 9:00 - Thursday, 16 June 2016, 14:00Location: Cracow, PolandContact: This "
        "address is protected from spambots. You need JavaScript enabled to view it.\n\n"
        "The meeting was hosted in Cracow by Poland.\n"
    )
    event = own_meeting_of(page, gazetteer)
    assert event.label == "Prague Process Senior Officials' Meeting"
    assert {(r.start, r.end, r.place) for r in event.readings} == {("2016-06-15", "2016-06-16", "Cracow")}


def test_previews_that_host_or_chair_a_meeting_to_come(gazetteer):
    release = (
        "PRESS RELEASE\n\nINDONESIA AND AUSTRALIA TO CONVENE THE AD HOC GROUP\n\n"
        "Jakarta, 2 November 2009 -- The Governments of Indonesia and Australia will jointly chair a senior "
        "officials' meeting of the Ad Hoc Group, to be held in Bali on 10-11 November 2009.\n"
    )
    assert {(r.start, r.end, r.place) for r in own_meeting_of(release, gazetteer).readings} == {
        ("2009-11-10", "2009-11-11", "Bali")
    }
    media = (
        "Media release\n\nBusiness and government to meet in Adelaide\n\n3 February 2023\n\n"
        "Next week, Adelaide will host the Government and Business Forum on 9 February 2023.\n"
    )
    assert {(r.start, r.end, r.place) for r in own_meeting_of(media, gazetteer).readings} == {
        ("2023-02-09", "2023-02-09", "Adelaide")
    }
    concluded = (
        "Hon Iain Lees-Galloway\nImmigration\n\nRELEASE\n\nNew Zealand hosts working group\n\n"
        "Thursday, 5 September 2019\n\n"
        "Immigration Minister Iain Lees-Galloway today welcomed the conclusion in Auckland of the annual meeting "
        "of the Working Group, which New Zealand co-chairs with Malaysia.\n\n"
        "The two-day meeting, held on 3 and 4 September, brought together officials from Fiji and Samoa.\n"
    )
    assert {(r.start, r.end, r.place) for r in own_meeting_of(concluded, gazetteer).readings} == {
        ("2019-09-03", "2019-09-04", "Auckland")
    }


def test_an_embassys_address_a_search_banner_and_a_city_in_a_state(gazetteer):
    page = (
        "EMBASSY OF THE REPUBLIC OF INDONESIA\nWELLINGTON, NEW ZEALAND\nHome | News | Contact\n\n"
        "Fifth Conference Reaffirms Cooperation\n\n"
        "Nusa Dua, 2/4/2013 – The Fifth Bali Regional Ministerial Conference took place on Tuesday, 2 April 2013, at "
        "the Bali International Convention Centre, Nusa Dua.\n"
    )
    assert {(r.start, r.place) for r in own_meeting_of(page, gazetteer).readings} == {("2013-04-02", "Nusa Dua")}
    release = (
        "Skip to main content\nSearch form\nSearch for the country site.\n\n"
        "UN agencies welcome the Ministers' push\n\n11 February 2023\n\n"
        "BANGKOK – The agencies have welcomed the outcome of the Eighth Ministerial Conference of the Bali Process, "
        "which closed in Adelaide, South Australia, on Friday, 10 February 2023.\n"
    )
    event = own_meeting_of(release, gazetteer)
    assert event.label == "Eighth Ministerial Conference of the Bali Process"  # the title names no meeting
    assert {(r.start, r.place, r.country.key) for r in event.readings} == {("2023-02-10", "Adelaide", "state/AUS")}
    preview = (
        "FlagPost\n\nBusiness joins the fight against modern slavery\n\nPosted 21/08/2017 by the Library\n\n"
        "This week Perth will host the first meeting of the Forum, to be held at the Perth Convention and "
        "Exhibition Centre on 24–25 August 2017.\n"
    )
    assert {(r.start, r.end, r.place) for r in own_meeting_of(preview, gazetteer).readings} == {
        ("2017-08-24", "2017-08-25", "Perth")
    }


def test_a_venue_in_one_sentence_and_which_took_place_on_in_a_later_one(gazetteer):
    text = (
        "Press Releases\nThe 8th Bali Process Ministerial Conference\n\n"
        "The Ambassador led the Thai delegation to the 8th Bali Process Ministerial Conference at the Adelaide "
        "Convention Centre, Adelaide, Australia, on behalf of the Minister. Two officials were also part of it.\n\n"
        "The Conference, which took place on 10 February 2023, marked twenty years of the Bali Process.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("", "", "Adelaide", "state/AUS"),
        ("2023-02-10", "2023-02-10", "", None),
    ]


PREVIEW_RELEASE = (
    "New Zealand Government\nHon Minister of Immigration\nMedia release\n16 November 2023\n\n"
    "Wellington to host regional talks on disrupting people smugglers\n\n"
    "New Zealand will host officials from across the Asia-Pacific in Wellington next week for the annual meeting "
    "of the Working Group.\n\n"
    "The meeting, on 21 and 22 November 2023, will be co-chaired by New Zealand and Viet Nam.\n"
)


def test_a_preview_hosting_in_a_city_next_week_and_its_days_a_sentence_later(gazetteer):
    event = own_meeting_of(PREVIEW_RELEASE, gazetteer)
    assert event.label.startswith("Wellington to host regional talks")
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("", "", "Wellington", "state/NZL"),
        ("2023-11-21", "2023-11-22", "", None),
    ]


def test_a_preview_that_gets_under_way_tomorrow_and_runs_until_a_later_day(gazetteer):
    text = (
        "Ministry of Human Resources\nHome > Media Centre > News\nFriday, February 09, 2024\n\n"
        "Seventh Ministerial Consultation opens Saturday in Dubai\n\n"
        "DUBAI - The Seventh Ministerial Consultation of the Abu Dhabi Dialogue gets under way in Dubai tomorrow, "
        "Saturday 10 February, and will run until Sunday 11 February 2024. It will bring together ministers.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2024-02-10", "2024-02-11", "Dubai", "state/ARE")
    ]


def test_a_translated_dateline_and_the_days_the_session_runs(gazetteer):
    text = (
        "Siaran Pers No. 112/VI/2023\n\nJakarta, Senin (19/6/2023)\n\nIndonesia leads a special session\n\n"
        "The Police today opened a Special SOMTC Session in Jakarta. The session runs for two days, 19-20 Juni "
        "2023, and is chaired by the Head of the Criminal Investigation Agency.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2023-06-19", "2023-06-20", "Jakarta", "state/IDN")
    ]


def test_a_pages_title_with_its_country_in_brackets_and_run_together_fields_with_a_venue(gazetteer):
    text = (
        "Khartoum Process\nHome > News & Events > News\n"
        "Senior Officials' Meeting, Asmara (Eritrea), 7 March 2019\n"
        "Date: 07/03/2019Venue: Asmara Palace Hotel, Asmara, EritreaType: Senior Officials' Meeting\n\n"
        "The latest of these meetings was held in Asmara on 7 March and opened the Eritrean Chairmanship.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert {(r.start, r.place, r.country.key if r.country else None) for r in event.readings} == {
        ("2019-03-07", "Asmara", "state/ERI"),
        ("", "Asmara", "state/ERI"),
    }


def test_a_speech_under_a_venue_line_dates_its_meeting_by_this_conference(gazetteer):
    text = (
        "Closing remarks by the Minister for Foreign Affairs\nThe Hon Stephen Smith MP\n"
        "Third Bali Regional Ministerial Conference\nBali International Convention Centre, Nusa Dua\n15 April 2009\n\n"
        "Excellencies, ladies and gentlemen,\n\n"
        "It has been a privilege to co-chair this conference over the past two days, 14 and 15 April 2009, with my "
        "friend and colleague the Foreign Minister of Indonesia.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2009-04-14", "2009-04-15", "Nusa Dua", "state/IDN")
    ]


def test_a_preview_that_opens_tomorrow_and_continues_on_a_later_day(gazetteer):
    text = (
        "WAM Emirates News Agency\n\nConsultation to open Saturday\n\n"
        "DUBAI, 9th February, 2024 (WAM) -- The Seventh Ministerial Consultation will open in Dubai tomorrow, "
        "Saturday, 10th February, and continue on Sunday, 11th February, bringing together ministers.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2024-02-10", "2024-02-11", "Dubai")]


def test_a_wire_preview_whose_meeting_runs_on_its_days(gazetteer):
    text = (
        "News\n\nLabour ministers gather in Dubai\n\n"
        "DUBAI, 9th February, 2024 (WAM) -- Ministers will meet in Dubai from Saturday for the Seventh Ministerial "
        "Consultation, which runs on 10-11 February 2024 alongside the World Government Summit.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2024-02-10", "2024-02-11", "Dubai")]


def test_an_event_pages_date_line_with_hours_and_a_location_field_run_into_the_next(gazetteer):
    text = (
        "Prague Process\nEvents > 2016\n\nPrague Process Senior Officials' Meeting\n"
        "Wednesday, 15 June 2016, 9:00 - Thursday, 16 June 2016, 14:00\n"
        "Location: Cracow, PolandContact: Prague Process Secretariat, ICMPD Vienna\n\n"
        "The meeting brought together 62 participants. Slovakia will host the Conference in Bratislava on "
        "19-20 September 2016.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2016-06-15", "2016-06-16", "Cracow", "state/POL")
    ]


def test_a_term_since_a_month_before_the_day_it_ended_is_no_other_meeting(gazetteer):
    text = (
        "Press release\n07.12.2018\n\nGlobal Forum closes in Marrakech\n\n"
        "Marrakech - The Eleventh Summit of the Global Forum, which Germany and Morocco have chaired jointly since "
        "January 2017, ended today in Marrakech after three days of debate (5-7 December 2018).\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert ("2018-12-05", "2018-12-07", "Marrakech") in [(r.start, r.end, r.place) for r in event.readings]


def test_a_newspaper_report_that_ministers_wrapped_up_the_conference(gazetteer):
    text = (
        "Marrakesh conference sets migration agenda\n\n"
        "By our correspondent | Published: 3 May 2018, 09:12 | Updated: 3 May 2018, 14:40\n\n"
        "MARRAKESH -- Ministers from more than 50 countries wrapped up the Fifth Euro-African Ministerial Conference "
        "in Marrakesh on Wednesday, 2 May, with the adoption of a declaration.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.place) for r in event.readings] == [("2018-05-02", "Marrakesh")]


def test_a_city_and_its_country_right_after_the_day(gazetteer):
    text = (
        "Joint Statement by the Foreign Ministers of Australia and Indonesia\n\nMedia release\n23 October 2017\n\n"
        "Indonesia and Australia co-chaired the first Bali Process Consultation Mechanism on 13 October 2017, "
        "Jakarta, Indonesia, to discuss the urgent irregular migration crisis.\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2017-10-13", "Jakarta", "state/IDN")
    ]


def test_a_dateline_in_two_languages(gazetteer):
    event = own_meeting_of(
        "MARRAKECH POLITICAL DECLARATION\n\nMarrakech, 2 mai 2018 / 2 May 2018\n\n"
        "1. We recall the first Conference, held at Rabat on 10 and 11 July 2006.\n",
        gazetteer,
    )
    assert [(r.start, r.end, r.place, r.country.key) for r in event.readings] == [
        ("2018-05-02", "2018-05-02", "Marrakech", "state/MAR")
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "New Zealand will welcome officials from across the region to Wellington next week for the annual meeting "
        "of the Working Group, the Minister announced today.\n\nThe meeting, to be held at Te Papa on 19-20 "
        "September 2023, will be co-chaired by New Zealand and Viet Nam.",
        "One week from now, Wellington will open its doors to the annual meeting of the Working Group. The "
        "Meeting will run from Tuesday 19 September to Wednesday 20 September 2023.",
    ],
)
def test_a_preview_places_and_dates_the_meeting_still_to_come_apart(opening, gazetteer):
    event = own_meeting_of(f"Wellington to host regional talks\nTuesday 12 September 2023\n\n{opening}\n", gazetteer)
    assert [(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings] == [
        ("2023-09-19", "2023-09-20", "", None),
        ("", "", "Wellington", "state/NZL"),
    ]


def test_a_page_scraped_without_blank_lines_a_wire_dateline_and_the_day_the_meeting_ends(gazetteer):
    text = (
        "IGAD - Intergovernmental Authority on Development\r\n"
        "IGAD Regional Consultative Process on Migration meets in Djibouti\r\n"
        "Tuesday, 26 February 2019 | Published in News | Written by IGAD Communication Unit\r\n"
        "DJIBOUTI, 26 February 2019 (IGAD) – The Regional Consultative Process opened its ninth meeting\r\n"
        "today. The meeting, which ends on Thursday 28 February, is hosted by Djibouti.\r\n"
        "Over three days, the participants will:\r\n"
        "• review the implementation of the policy;\r\n"
    )
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2019-02-26", "2019-02-28", "Djibouti")]


def test_the_forum_that_brought_together_and_a_title_ending_in_its_year(gazetteer):
    event = own_meeting_of(
        "GOVERNMENT AND BUSINESS FORUM 2019\n\nThe second Forum brought together ministers and business leaders "
        "in Adelaide over 8-9 August 2019.\n",
        gazetteer,
    )
    assert [(r.start, r.end, r.place) for r in event.readings] == [("2019-08-08", "2019-08-09", "Adelaide")]
    assert event.key == "government-and-business-forum-2019"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an embargo line dates the release; the meeting's weekday keeps its year
            "MEDIA RELEASE\nEmbargoed until 00:01 AEDT, Monday 6 February 2023\n\nAustralia to host the Conference\n\n"
            "Later this week I will welcome Ministers to Adelaide for the Eighth Ministerial Conference.\n\n"
            "The Conference will take place on Friday 10 February at the Convention Centre. It was founded in "
            "Bali in February 2002.\n",
            [("2023-02-10", "2023-02-10", ""), ("", "", "Adelaide")],
        ),
        (  # an outlet and its date over a wire's dateline without a year
            "Ministers move against scam centres\nAsia Pacific Newswire | Friday, 10 February 2023, 6:42 pm\n\n"
            "ADELAIDE, Feb 10 (APN) - Ministers wrapped up the eighth ministerial conference on Friday.\n",
            [("2023-02-10", "2023-02-10", "Adelaide")],
        ),
        (  # a participle opening the recital that dates and places the meeting
            "PRAGUE PROCESS\nTHIRD MINISTERIAL CONFERENCE\n\nDECLARATION\n\nWe, the Ministers of Albania and "
            "Armenia,\n\nGathered in Bratislava, Slovak Republic, on 19 November 2016 at the invitation of the "
            "Presidency;\n",
            [("2016-11-19", "2016-11-19", "Bratislava")],
        ),
        (  # a report's field over its value, under a release date
            "Third Bali Regional Ministerial Conference\n(Overview and Evaluation)\n\nApril 16, 2009\n\n"
            "1. Date and Venue\nApril 14-15, 2009, Bali (Indonesia)\n\n2. Participants\nSome 40 countries took part.\n",
            [("2009-04-14", "2009-04-15", "Bali")],
        ),
    ],
)
def test_release_lines_recitals_and_report_fields_date_the_meeting(text, expected, gazetteer):
    event = own_meeting_of(text, gazetteer)
    assert [(r.start, r.end, r.place) for r in event.readings] == expected


def test_an_embargo_in_hours_and_a_conference_that_opens_today_in_a_pacific_town(gazetteer):
    event = own_meeting_of(
        "MEDIA RELEASE\nMinistry of Immigration\nEmbargoed until 0900 hrs, Tuesday 22 November 2022\n\n"
        "PACIFIC IMMIGRATION HEADS MEET IN NADI\n\nHeads of immigration agencies are in Nadi this week for the "
        "25th Annual Conference of the PIDC, which opens today.\n",
        gazetteer,
    )
    assert [(r.start, r.end, r.place, r.country.key) for r in event.readings] == [
        ("2022-11-22", "2022-11-22", "Nadi", "state/FJI")
    ]


def test_a_building_before_the_city_a_weekday_after_a_bar_and_a_labelled_field_after_the_date(gazetteer):
    cases = {
        "Steering Group Meeting\nHotel Borobudur, Jakarta  |  Thursday 29th November 2012\n\nThe Group recalled "
        "that it last met in Bangkok, Thailand on 4 June 2012.\n": ("2012-11-29", "2012-11-29", "Jakarta", "IDN"),
        'Twelfth Summit\nQuito, Ecuador | 20th-24th January 2020 | Theme: "Sustainable approaches"\n\nThe Summit '
        "brought together delegates.\n": ("2020-01-20", "2020-01-24", "Quito", "ECU"),
        "Annual Meeting\n\nThe annual meeting took place in Djibouti City from the 16th to the 18th of July, 2019. "
        "It reviewed the protocol endorsed in Khartoum, Sudan on 26th February 2019.\n": (
            "2019-07-16",
            "2019-07-18",
            "Djibouti",
            "DJI",
        ),
    }
    for text, expected in cases.items():
        event = own_meeting_of(text, gazetteer)
        assert [(r.start, r.end, r.place, r.country.iso3) for r in event.readings][:1] == [expected], text


def test_a_session_it_met_for_and_a_release_dated_twelve_days_after_its_first_reading(gazetteer):
    text = (
        "MEDIA RELEASE\nFor immediate release | Bangkok | 24/11/2023\n\nExperts meet in Bangkok\n\nThe Group met "
        "for its fourth session in Bangkok, Thailand from Tuesday 21 to Wednesday 22 November 2023.\n"
    )
    assert [(r.start, r.end, r.place) for r in own_meeting_of(text, gazetteer).readings] == [
        ("2023-11-21", "2023-11-22", "Bangkok")
    ]
    text = (
        "Joint Media Release\nConsultation Mechanism convened\n3 July 2023\n\nAustralia and Indonesia convened "
        "senior officials under the Mechanism in Bangkok on 21 June 2023.\n"
    )
    assert [(r.start, r.place) for r in own_meeting_of(text, gazetteer).readings] == [("2023-06-21", "Bangkok")]


def test_a_government_release_on_its_delegation_to_the_meeting_done_or_to_come(gazetteer):
    done = (
        "Press Releases\nThailand joins the Eighth Ministerial Conference in Adelaide\nDate: 13 Feb 2023\n\n"
        "On 10 February 2023, the Deputy Minister led the Thai delegation to the Eighth Ministerial Conference of "
        "the Bali Process in Adelaide, South Australia.\n"
    )
    to_come = (
        "Press Releases\n\nDeputy Prime Minister and Minister of Foreign Affairs to attend the Conference in "
        "Adelaide\nDate 08 Feb 2023\n\n"
        "On 10 February 2023, the Minister will lead the Thai delegation to the Eighth Ministerial Conference in "
        "Adelaide, Australia.\n"
    )
    for text in (done, to_come):
        assert [(r.start, r.place) for r in own_meeting_of(text, gazetteer).readings] == [("2023-02-10", "Adelaide")]


def test_a_wire_dateline_without_a_date_met_today_under_the_pages_date(gazetteer):
    text = (
        "NEWS | 28.11.2014\n\nEU and Horn of Africa launch the Khartoum Process in Rome\n\nROME - Ministers from the "
        "European Union and the Horn of Africa met today at the Farnesina to launch the Khartoum Process.\n\nThe "
        "conference built on the regional conference that the African Union held in Khartoum from 13 to 16 "
        "October 2014.\n"
    )
    assert [(r.start, r.place) for r in own_meeting_of(text, gazetteer).readings] == [("2014-11-28", "Rome")]


def test_a_media_advisorys_fields_a_news_pages_date_line_and_a_long_country_name_in_a_dateline(gazetteer):
    cases = {
        "Australian Government\n\nMEDIA ADVISORY\n\nEIGHTH MINISTERIAL CONFERENCE - ADELAIDE\n\nWhat:   Eighth "
        "Ministerial Conference\nWhen:   Friday, 10 February 2023, 9.00am - 5.30pm ACDT\nWhere:  Adelaide "
        "Convention Centre, North Terrace, Adelaide SA\n\nMinisters will attend.\n": ("2023-02-10", "Adelaide"),
        "REGIONAL SUPPORT OFFICE\nNews | 17 Oct 2022 | Reading time: 3 min\n\nA busy week in Bangkok\n\nThe "
        "Working Group held its annual\nmeeting at the Regional Support Office (RSO) in Bangkok, Thailand on 13-14\n"
        "October 2022, the last of three meetings hosted by the RSO in\na single week.\n": ("2022-10-13", "Bangkok"),
        "Fourth Ministerial Consultation\nColombo, Democratic Socialist Republic of Sri Lanka | 24th-25th January, "
        "2017\n\nWe, the Ministers, assembled in Colombo.\n": ("2017-01-24", "Colombo"),
        "MEDIA ADVISORY: Fourth Ministerial Conference to convene in Bratislava\n\nPublished: 09.09.2016\n\n"
        "Ministers will gather in Bratislava, Slovakia, on 15 and 16 September 2016 for the fourth Ministerial "
        "Conference, which follows the one held in Poznan on 4 November 2011.\n": ("2016-09-15", "Bratislava"),
    }
    for text, expected in cases.items():
        readings = own_meeting_of(text, gazetteer).readings
        assert [(r.start, r.place) for r in readings][:1] == [expected], text


def test_a_preview_a_run_on_status_field_a_worded_date_and_a_paragraph_wrapped_at_a_long_width(gazetteer):
    cases = {
        "Media release\n6 March 2024\n\nMinisters head to Perth\n\nThis week Australia will welcome ministers "
        "and officials from across the\nregion to Perth for the Ninth Ministerial Conference of the Bali Process, "
        "on Friday 8 March 2024.\n": ("2024-03-08", "2024-03-08", "Perth"),
        "UPCOMING EVENT\nAnnual Meeting of the Working Group on Trafficking in Persons 2024\nLocation: Suva, "
        "FijiDate: 4 - 5 Sep 2024Status: Registration open\nThe co-chairs will convene the annual meeting.\n"
        "The meeting follows the Ninth Ministerial Conference, held in Perth on 8 March 2024.\n": (
            "2024-09-04",
            "2024-09-05",
            "Suva",
        ),
        "DECLARATION OF LIMA\n\nIn the city of Lima, Republic of Peru, on the tenth and eleventh days of the month "
        "of October of the year two thousand and nineteen, the Representatives of the Member States met for the "
        "XIX Conference.\n": ("2019-10-10", "2019-10-11", "Lima"),
        "Heads of immigration meet in Apia\nPosted on 5 May 2022 by the Secretariat\n\nHeads of immigration "
        "agencies from across the region gathered at the Taumeasina Island Resort, Apia, Samoa, for the annual "
        "conference of the Pacific Immigration\nDevelopment Community (PIDC), held from 2-4 May 2022. The "
        "Government of Samoa hosted the Conference.\nMembers agreed to share data.\n": (
            "2022-05-02",
            "2022-05-04",
            "Apia",
        ),
    }
    for text, expected in cases.items():
        readings = own_meeting_of(text, gazetteer).readings
        assert [(r.start, r.end, r.place) for r in readings][:1] == [expected], text


def test_a_release_announcing_today_a_meeting_next_week(gazetteer):
    text = (
        "RELEASE\nMonday 3 June 2024\n\nFiji will welcome officials from across the Pacific to Suva next week for "
        "the annual meeting of the Working Group, the Minister announced today.\n\nThe meeting, to be held on "
        "10-11 June 2024, will be co-chaired by Fiji.\n"
    )
    readings = own_meeting_of(text, gazetteer).readings
    assert "2024-06-03" not in [r.start for r in readings]
    assert ("2024-06-10", "2024-06-11") in [(r.start, r.end) for r in readings]


def test_an_undated_meeting_dated_where_the_text_names_it_in_the_statements_year(gazetteer):
    text = (
        "Cinquième Conférence ministérielle euro-africaine sur la migration\nCommuniqué, 2018\n\n"
        "Les ministres ont adopté la déclaration politique de Marrakech.\n\nLe plan d'action couvre cinq "
        "domaines.\n\nIn English: the Euro-African Ministerial Conference on Migration and Development, in "
        "Marrakesh on 2 May 2018, adopted a Political Declaration, building on the Fourth Euro-African "
        "Ministerial Conference held in Rome on 27 November 2014.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(r.start, r.place) for r in record.event.readings if r.start] == [("2018-05-02", "Marrakesh")]
    assert [(r.start, r.place) for e in record.other_events for r in e.readings] == [("2014-11-27", "Rome")]
    undated = read_snippet(text.replace("Communiqué, 2018", "Communiqué"), gazetteer)  # no year of its own
    assert not [r for r in undated.event.readings if r.start]
    assert len(undated.other_events) == 2


def test_the_statements_own_days_again_are_no_other_meeting(gazetteer):
    text = (
        "Location: Suva, FijiDate: 8 - 9 Aug 2024\n\nThe Pacific Forum on Labour Mobility, on 8 and 9 August "
        "2024, brought together ministers and employers.\n\nThe Senior Officials' Meeting held back-to-back with "
        "the Forum on 8 and 9 August 2024 prepared its work.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(r.start, r.end) for e in record.other_events for r in e.readings] == [("2024-08-08", "2024-08-09")]


def test_a_weekday_dateline_a_numbered_release_and_a_meeting_that_built_on_another(gazetteer):
    text = (
        "Third Ministerial Consultation of the Abu Dhabi Dialogue concludes in Kuwait\n\n"
        "Kuwait City, Thursday – The Third Ministerial Consultation of the Abu Dhabi Dialogue closed today after "
        "two days of talks (Wednesday 26 and Thursday 27 November 2014).\n\n"
        "The meeting built on the outcomes of the Second Ministerial Consultation (Manila, 16-17 April 2012).\n"
    )
    (reading,) = own_meeting_of(text, gazetteer).readings
    assert (reading.start, reading.end, reading.place, reading.country.key) == (
        "2014-11-26",
        "2014-11-27",
        "Kuwait City",
        "state/KWT",
    )
    release = (
        "Budapest Process Sixth Ministerial Conference Held in Istanbul\n\n"
        "No: 48, 20 February 2019, Press Release Regarding the Sixth Ministerial Conference\n\n"
        "The Sixth Ministerial Conference of the Budapest Process was convened today in Istanbul.\n"
    )
    (reading,) = own_meeting_of(release, gazetteer).readings
    assert (reading.start, reading.place) == ("2019-02-20", "Istanbul")


def test_a_two_day_meeting_that_opened_on_a_day_and_a_preview_that_will_welcome(gazetteer):
    text = (
        "Ministers vow closer cooperation\n\nMANILA, Sept. 21, 2017 -- Ministers wrapped up their meeting here.\n\n"
        "The two-day 11th ASEAN Ministerial Meeting on Transnational Crime opened in Manila on Wednesday, Sept. 20.\n"
    )
    assert [(r.start, r.end) for r in own_meeting_of(text, gazetteer).readings if r.start] == [
        ("2017-09-20", "2017-09-21")
    ]
    preview = (
        "MEDIA RELEASE\n\nAustralia to host Bali Process ministers in Adelaide\n\n6 February 2023\n\n"
        "This Friday, 10 February, I will welcome ministers from across the region to Adelaide for the Eighth "
        "Ministerial Conference of the Bali Process.\n"
    )
    assert [(r.start, r.place) for r in own_meeting_of(preview, gazetteer).readings if r.start] == [
        ("2023-02-10", "Adelaide")
    ]


def test_a_title_that_names_no_meeting_takes_the_one_the_text_says_was_held(gazetteer):

    text = (
        "PARLIAMENTARY DEBATES - THE SENATE\nQUESTIONS ON NOTICE\n\nForeign Affairs: Bali Process\n\n"
        "Senator Faulkner - The Minister has provided the following answer:\n\n"
        "(1) The Third Bali Regional Ministerial Conference was held in Bali, Indonesia, over 14 and 15 April "
        "2009. Canada attended as an observer.\n"
        "(2) Ministers noted the meeting of officials held in Brisbane on 11 and 12 March 2009.\n"
    )
    record = read_snippet(text, gazetteer)
    assert record.event.label == "Third Bali Regional Ministerial Conference"
    assert [(r.start, r.end, r.place) for r in record.event.readings] == [("2009-04-14", "2009-04-15", "Bali")]
    assert [(e.readings[0].place, e.readings[0].start) for e in record.other_events] == [("Brisbane", "2009-03-11")]


def test_a_dateline_where_a_release_was_written_and_the_city_before_its_country(gazetteer):
    text = (
        "Regional framework agreed at Bali Process meeting\n31.03.2011\n\n"
        "WELLINGTON - New Zealand has welcomed the outcome of the Fourth Bali Regional Ministerial Conference, held "
        "in Bali on 30.03.2011. The conference was co-chaired by Indonesia and Australia.\n"
    )
    assert [(r.start, r.place) for r in own_meeting_of(text, gazetteer).readings] == [("2011-03-30", "Bali")]
    release = (
        "Ministers pledge joint action at MIDSA conference\n\nPretoria, 4 July 2016\n\n"
        "Ministers of the SADC met in Ezulwini, in the Kingdom of Swaziland, from 30 June to 1 July 2016 for the "
        "Ministerial Conference of the Migration Dialogue for Southern Africa.\n"
    )
    assert [(r.start, r.end, r.place) for r in own_meeting_of(release, gazetteer).readings] == [
        ("2016-06-30", "2016-07-01", "Ezulwini")
    ]


def test_the_meeting_the_speakers_meet_at_and_dates_in_words_with_days(gazetteer):
    text = (
        "KUALA LUMPUR DECLARATION IN COMBATING TRANSNATIONAL CRIME\n\n"
        "WE, the Ministers responsible for transnational crime of the Member States of ASEAN, on the occasion of "
        "the Tenth ASEAN Ministerial Meeting on Transnational Crime (10th AMMTC) held in Kuala Lumpur, Malaysia on "
        "the thirtieth day of September 2015;\n\nRECALLING the Ninth AMMTC (Vientiane, 17 September 2013);\n\n"
        "DO HEREBY DECLARE TO:\n\n1. Ratify the ASEAN Convention against Trafficking in Persons.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(r.start, r.place) for r in record.event.readings] == [("2015-09-30", "Kuala Lumpur")]
    assert [(e.readings[0].start, e.readings[0].place) for e in record.other_events] == [("2013-09-17", "Vientiane")]
    record = read_snippet(
        "MIDSA Ministerial Conference\n\nRECORD OF OUTCOMES\n\n1. The Ministerial Conference was held in Windhoek, "
        "Namibia, on the twenty-fourth and twenty-fifth days of November two thousand and ten.\n",
        gazetteer,
    )
    assert [(r.start, r.end, r.place) for r in record.event.readings] == [("2010-11-24", "2010-11-25", "Windhoek")]
