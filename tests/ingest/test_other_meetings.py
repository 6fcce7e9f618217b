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


def test_loose_years_islands_and_numbered_meetings_by_acronym(gazetteer):
    body = (
        "1. Members asked the RSO to hold a follow-up workshop in Jakarta later in 2015. The Steering Committee is "
        "expected to meet in Dakar in the first quarter of 2017.\n"
        "2. The previous Ministerial Conference met on Rhodes in June 2003, and the Summit of Heads of State is due "
        "in Lomé at the end of July 2018.\n"
        "3. Participants recalled the Eighth RCP (Kampala, 8-9 November 2016) and the meeting of the Foreign "
        "Ministers of Indonesia, Malaysia and Thailand (Putrajaya, 20 May 2015).\n"
        "4. Ministers recommended that the next ministerial meeting take place in Abidjan, Côte d'Ivoire, in 2019.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Ministerial Conference", "2003-06", "2003-06", "Rhodes", "GRC"),
        ("Follow-up workshop", "2015", "2015", "Jakarta", "IDN"),
        ("Meeting of the Foreign Ministers of Indonesia", "2015-05-20", "2015-05-20", "Putrajaya", "MYS"),
        ("Eighth RCP", "2016-11-08", "2016-11-09", "Kampala", "UGA"),
        ("Meeting in Dakar", "2017", "2017", "Dakar", "SEN"),
        ("Summit of Heads of State", "2018-07", "2018-07", "Lomé", "TGO"),
        ("Next ministerial meeting", "2019", "2019", "Abidjan", "CIV"),
    ]


def test_a_year_alone_is_a_meetings_only_when_a_meeting_governs_it(gazetteer):
    body = (
        "1. The Abu Dhabi Dialogue, launched in 2008, brings together Asian countries; the SACM, set up in 2000, "
        "is the main forum of its region.\n"
        "2. Ministers welcomed Malaysia, which will chair the Dialogue in 2025, and asked the SOMTC to draw up a "
        "new Plan of Action for adoption in 2026.\n"
        "3. Officials asked the Steering Committee to prepare a first meeting of senior officials in 2017.\n"
        "4. A workshop on cyber-crime will be organised by the Republic of Korea in 2018.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("First meeting of senior officials", "2017", "2017", "", ""),
        ("Workshop", "2018", "2018", "", ""),
    ]


def test_the_state_that_hosts_a_meeting_whose_place_is_not_given(gazetteer):
    body = (
        "1. The Working Group's next annual meeting is to be hosted by Viet Nam in 2024.\n"
        "2. The Democratic Republic of the Congo will take over the chairmanship and host the next ministerial "
        "meeting in 2023.\n"
        "3. Ministers thanked Indonesia for hosting the Conference and agreed that the next Conference would be "
        "convened in 2018.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Next Conference", "2018", "2018", "", ""),
        ("Next ministerial meeting", "2023", "2023", "", "COD"),
        ("Next annual meeting", "2024", "2024", "", "VNM"),
    ]


def test_a_city_name_of_two_countries_is_the_one_of_the_state_the_sentence_names(gazetteer):
    body = (
        "1. Officials prepared the Ministerial Conference, which Spain will host in Cadiz on 13 and 14 December "
        "2022.\n2. They recalled the workshop held in Cadiz on 5 May 2021.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Workshop in Cadiz", "2021-05-05", "2021-05-05", "Cadiz", "PHL"),  # the more populous one, lacking a clue
        ("Ministerial Conference", "2022-12-13", "2022-12-14", "Cadiz", "ESP"),
    ]


def test_a_list_of_past_events_with_dashes_between_name_place_and_dates(gazetteer):
    body = (
        "1. The Working Group met often.\n\n"
        "Working Group on Trafficking in Persons - Past Events\n\n"
        "  Ninth Annual Meeting - Bangkok, Thailand - 7-10 November 2023\n"
        "  Seventh Annual Meeting - Online - 21 and 23 September 2021\n\n"
        "For more information, contact the RSO.\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Seventh Annual Meeting", "2021-09-21", "2021-09-23", "", ""),  # 'Online' is no place
        ("Ninth Annual Meeting", "2023-11-07", "2023-11-10", "Bangkok", "THA"),
    ]


def test_a_season_and_meetings_named_after_their_place(gazetteer):
    body = (
        "1. The next meeting of the Black Sea group will take place in Bulgaria in spring 2012.\n"
        "2. The first meeting of this body since the Bucharest SOM of June 2019 was co-chaired by Poland.\n"
        "3. Mexico received the Chairmanship from Greece at the close of the Athens meeting (4-5 November 2009).\n"
    )
    assert meetings_of(body, gazetteer) == [
        ("Athens meeting", "2009-11-04", "2009-11-05", "Athens", "GRC"),
        ("Next meeting of the Black Sea group", "2012", "2012", "", "BGR"),
        ("Bucharest SOM of June", "2019-06", "2019-06", "Bucharest", "ROU"),
    ]


def test_a_meeting_planned_for_a_place(gazetteer):
    body = "1. The eighth meeting is planned for Kampala, Uganda, in November 2016.\n"
    assert meetings_of(body, gazetteer) == [("Eighth meeting", "2016-11", "2016-11", "Kampala", "UGA")]


def test_the_same_city_and_a_meeting_named_after_its_city(gazetteer):
    body = (
        "1. The meetings followed the Ninth AMMTC, which had opened in the same city on 22 March 2016. The Process "
        "has been chaired by Burkina Faso since the Marrakesh Ministerial Conference of 2 May 2018. It recalled "
        "the Fifth Ministerial Conference of 2 April 2013."
    )
    assert meetings_of(body, gazetteer) == [
        ("Fifth Ministerial Conference", "2013-04-02", "2013-04-02", "", ""),
        ("Ninth AMMTC", "2016-03-22", "2016-03-22", "Bali", "IDN"),
        ("Marrakesh Ministerial Conference", "2018-05-02", "2018-05-02", "Marrakesh", "MAR"),
    ]


def test_a_day_of_the_statements_own_meeting_and_a_chair_for_a_year_are_no_other_meeting(gazetteer):
    body = (
        "1. The Steering Group met on 22 March 2016. The United Arab Emirates, which will chair the Forum in 2020, "
        "spoke. Officials met in Manila on 3 December 2015."
    )
    title = "Ministerial Conference\nBali, 22-23 March 2016"
    assert meetings_of(body, gazetteer, title) == [("Meeting in Manila", "2015-12-03", "2015-12-03", "Manila", "PHL")]


def test_a_label_loses_the_place_and_the_word_before_the_year(gazetteer):
    body = "1. The IX South American Conference on Migration in Quito in 2009 was announced."
    assert meetings_of(body, gazetteer) == [
        ("IX South American Conference on Migration", "2009", "2009", "Quito", "ECU")
    ]


def test_days_of_the_statements_own_meeting_are_no_other_meeting(gazetteer):
    body = "1. The Vice-Ministerial Meeting followed on 23 and 24 March 2016."
    assert meetings_of(body, gazetteer, "Ministerial Conference\nBali, 22-24 March 2016") == []


def test_the_own_meeting_again_under_a_name_in_other_words_is_not_another(gazetteer):
    body = (
        "On 24 October 2019 the Rabat Process brought its partners together for a regional workshop on the "
        "fight against migrant smuggling."
    )
    title = "Regional workshop on fighting migrant smuggling\nAbidjan, 24 October 2019"
    assert meetings_of(body, gazetteer, title) == []


def test_a_date_a_term_runs_since_is_no_meeting_and_a_place_after_the_meeting_named_at_it(gazetteer):
    body = (
        "1. Germany and Morocco have held the chairmanship of the Forum since 1 January 2017. The chairmanship "
        "had been handed over on 12 December 2016 at the ninth Summit in Dhaka, Bangladesh."
    )
    assert meetings_of(body, gazetteer) == [("Ninth Summit", "2016-12-12", "2016-12-12", "Dhaka", "BGD")]


def test_a_known_city_at_the_start_of_a_longer_place_name_is_not_that_city(gazetteer):
    body = "1. Ministers recalled the dialogue hosted in Perth Amboy from 7 to 9 July 2015."
    assert [m[3:] for m in meetings_of(body, gazetteer)] == [("", "")]  # not Perth; the town is not in the tables
    body = "1. Ministers recalled the dialogue hosted in Victoria Falls from 7 to 9 July 2015."
    assert [m[3:] for m in meetings_of(body, gazetteer)] == [("Victoria Falls", "ZWE")]  # not Victoria: places.csv


def test_a_meeting_named_after_its_city_across_a_line_break_and_one_preceded_on_a_date_held_in_a_city(gazetteer):
    body = (
        "1. Officials recalled the Bratislava Ministerial\nConference of 19-20 September 2016, whose declaration "
        "guides them.\n\n2. The Conference was preceded on 21 March 2016 by the Fourth Senior Officials' Meeting, "
        "also held in Colombo, at which officials met."
    )
    assert (
        meetings_of(body, gazetteer)
        == [
            ("Bratislava Ministerial Conference", "2016-09-19", "2016-09-20", "Bratislava", "SVK"),
            ("Fourth Senior Officials' Meeting", "2016-03-21", "2016-03-21", "Colombo", "LKA"),
        ][::-1]
    )


def test_a_country_in_brackets_after_the_city(gazetteer):
    body = "Officials reviewed what was achieved since the ministerial conference in Poznan (Poland) in November 2011."
    assert meetings_of(body, gazetteer) == [("Ministerial conference", "2011-11", "2011-11", "Poznan", "POL")]


def test_a_place_before_a_relative_day_and_a_host_before_the_date(gazetteer):
    body = (
        "1. The meeting followed the fifth meeting of the Coordination Committee, held in Kampala the previous "
        "day, 7 November 2016.\n"
        "2. Morocco will also host, in December 2018, the Intergovernmental Conference on the Global Compact.\n"
    )
    assert [
        (m[1], m[3], m[4]) for m in meetings_of(body, gazetteer, "Ministerial Meeting\nKampala, 8 November 2016")
    ] == [
        ("2016-11-07", "Kampala", "UGA"),
        ("2018-12", "", "MAR"),
    ]


def test_the_meeting_itself_by_its_days_after_a_dateline_of_its_first(gazetteer):
    body = (
        "1. The two-day RCP meeting (8-9 November) is chaired by Ethiopia.\n"
        "2. At the close of the meeting on 9 November, the delegates agreed to meet in Djibouti in 2017.\n"
    )
    found = meetings_of(body, gazetteer, "RCP meeting\n\n08-11-2016, Kampala: IGAD opened the meeting this morning.")
    assert [(m[1], m[4]) for m in found] == [("2017", "DJI")]


def test_a_place_then_a_translated_date_after_el(gazetteer):
    assert meetings_of(
        "The meeting took up the recommendations of the Group, which had met in Antigua Guatemala el 25 y 26 de "
        "junio de 2019.",
        gazetteer,
        title="Vice-Ministerial Meeting\nGuatemala City, 15 November 2019",
    ) == [("Meeting in Antigua Guatemala", "2019-06-25", "2019-06-26", "Antigua Guatemala", "GTM")]


def test_a_date_after_and_again_shares_the_place_before(gazetteer):
    found = meetings_of(
        "When ministers first met in Bali in February 2002, and again in April 2003, few expected it.", gazetteer
    )
    assert [(start, place, country) for _, start, _, place, country in found] == [
        ("2002-02", "Bali", "IDN"),
        ("2003-04", "Bali", "IDN"),
    ]


def test_this_island_is_the_island_the_place_line_names(gazetteer):
    found = meetings_of(
        "When we first met on this island in February 2002, few expected it. The first meeting in this city "
        "took place in March 2009.",
        gazetteer,
        title="Sixth Ministerial Conference\nNusa Dua, Bali, 23 March 2016",
    )
    assert [(start, place, country) for _, start, _, place, country in found] == [
        ("2002-02", "Bali", "IDN"),
        ("2009-03", "Nusa Dua", "IDN"),
    ]


def test_a_half_of_a_year_is_the_year(gazetteer):
    found = meetings_of("Officials will meet again in Colombo in the first half of 2019.", gazetteer)
    assert [(start, end, place) for _, start, end, place, _ in found] == [("2019", "2019", "Colombo")]


def test_meetings_and_texts_named_after_their_city_in_a_recital(gazetteer):
    found = meetings_of(
        "1. Recalling the Rabat (10-11 July 2006), Paris (25 November 2008) and Dakar (23 November 2011) "
        "conferences.\n\n2. Recalling the Paris Conference of 25 November 2008, the Dakar Strategy adopted on 23 "
        "November 2011 and the Rome Programme of 27 November 2014.\n\n3. Recalling the Bishkek conference on "
        "mixed migration held in November 2009 and the Almaty meeting of 12 March 2010.",
        gazetteer,
        title="Ministerial Conference\nMarrakesh, 2 May 2018",
    )
    assert sorted({(start, place, country) for _, start, _, place, country in found}) == [
        ("2006-07-10", "Rabat", "MAR"),
        ("2008-11-25", "Paris", "FRA"),
        ("2009-11", "Bishkek", "KGZ"),
        ("2010-03-12", "Almaty", "KAZ"),
        ("2011-11-23", "Dakar", "SEN"),
        ("2014-11-27", "Rome", "ITA"),
    ]
    assert "Bishkek conference" in {label for label, *_ in found}  # not "Recalling the …"


def test_a_resort_city_with_a_lower_case_particle(gazetteer):
    found = meetings_of(
        "The first senior officials' meeting will be hosted by Egypt in Sharm el-Sheikh in 2015.", gazetteer
    )
    assert [(start, place, country) for _, start, _, place, country in found] == [("2015", "Sharm el-Sheikh", "EGY")]


def test_a_meeting_at_the_same_venue_before_or_after_its_date(gazetteer):
    body = (
        "1. The Meeting was preceded by the 19th SOMTC, held at the same venue on 25-26 November 2019. "
        "Experts had met on 24 November 2019 at the same venue."
    )
    title = "Ministerial Meeting\nBangkok, 27 November 2019"
    assert meetings_of(body, gazetteer, title) == [
        ("Meeting in Bangkok", "2019-11-24", "2019-11-24", "Bangkok", "THA"),
        ("19th SOMTC", "2019-11-25", "2019-11-26", "Bangkok", "THA"),
    ]


def test_a_place_before_held_or_a_relative_day_then_the_date(gazetteer):
    body = (
        "1. Thailand briefed the meeting on that Group's legal work, including its workshop in Kuala Lumpur held "
        "12-14\nOctober 2004.\n\n2. Ministers look forward to the Forum, which opens in Adelaide tomorrow, 10 "
        "February 2023."
    )
    assert [m[1:] for m in meetings_of(body, gazetteer)] == [
        ("2004-10-12", "2004-10-14", "Kuala Lumpur", "MYS"),
        ("2023-02-10", "2023-02-10", "Adelaide", "AUS"),
    ]


def test_places_paired_with_dates_again_by_a_host_city_and_no_treaty_in_force(gazetteer):
    body = (
        "1. Thailand reported on its meetings in Bangkok in September 2002 and Kuala Lumpur in February 2003.\n"
        "2. The second technical meeting is due in Quito again on 22 and 23 November 2016.\n"
        "3. Leaders will hear the outcome at the ASEAN Summit, which Manila will host in November 2017.\n"
        "4. The Convention was signed at the ASEAN Summit in Kuala Lumpur in November 2015 and entered into force "
        "in March 2017.\n"
        "5. It was the first time the Forum had met since Nusa Dua in August 2018.\n"
    )
    assert [(start, place) for _, start, _, place, _ in meetings_of(body, gazetteer)] == [
        ("2002-09", "Bangkok"),
        ("2003-02", "Kuala Lumpur"),
        ("2015-11", "Kuala Lumpur"),
        ("2016-11-22", "Quito"),
        ("2017-11", "Manila"),
        ("2018-08", "Nusa Dua"),
    ]


def test_the_state_that_will_host_is_the_subject_not_the_one_it_takes_over_from(gazetteer):
    body = (
        "1. It was announced that the United Arab Emirates would take over the chairmanship from Sri Lanka and "
        "host the fifth consultation in 2019.\n"
        "2. Members accepted the offer of New Caledonia to host the 23rd Regular Annual Meeting in Nouméa in June "
        "2020.\n"
    )
    assert [(start, place, country) for _, start, _, place, country in meetings_of(body, gazetteer)] == [
        ("2019", "", "ARE"),
        ("2020-06", "Nouméa", "NCL"),
    ]
