"""ingest.coordination: who coordinates, chairs or co-chairs a group or process, in each form the genre uses;
chairing a meeting is attendance, not coordination."""

import pytest
from snippets import EVENTS, read_snippet


def coordinations_of(text: str, gazetteer) -> list[tuple[str, str, str]]:
    """(coordinator, group or process, role) of every coordination a snippet states."""
    return sorted({(c.coordinator.key, c.coordinated.key, c.role) for c in read_snippet(text, gazetteer).coordinations})


def statement(body: str) -> str:
    """A small statement around a body."""
    return f"Senior Officials Meeting\nBangkok, 5 May 2015\n\n{body}\n"


def test_respectively_pairs_in_order(gazetteer):
    record = read_snippet(EVENTS, gazetteer)
    assert [(c.coordinator.key, c.coordinated.key) for c in record.coordinations] == [
        ("state/NZL", "group/ad-hoc-experts-group-i"),
        ("state/THA", "group/ad-hoc-experts-group-ii"),
    ]
    assert [c.mention.quote for c in record.coordinations] == ["New Zealand", "Thailand"]


def test_after_the_group(gazetteer):
    text = statement(
        "1. Members commended the Working Group on Trafficking in Persons (co-chaired by Indonesia and Australia).\n"
        "2. They heard from the Working Group on Disruption of People Smuggling and Trafficking in Persons Networks, "
        "co-chaired by Malaysia and New Zealand, and from the Silk Routes Region Working Group (chaired by Turkey).\n"
        "3. Members reviewed the Thematic Area Working Groups on Skills and Qualification Recognition (led by Sri "
        "Lanka) and on Ethical Recruitment (led by Bangladesh).\n"
        "4. The meeting was co-chaired by Viet Nam and New Zealand.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "group/wg-tip", "co-chair"),
        ("state/BGD", "group/cp-tawg-recruitment", "chair"),
        ("state/IDN", "group/wg-tip", "co-chair"),
        ("state/LKA", "group/cp-tawg-skills", "chair"),
        ("state/MYS", "group/wg-disruption", "co-chair"),
        ("state/NZL", "group/wg-disruption", "co-chair"),
        ("state/TUR", "group/bp-silk-routes-wg", "chair"),
    ]  # paragraph 4: the meeting's co-chairs are attendance


def test_relative_and_main_clauses(gazetteer):
    text = statement(
        "1. The Bali Process, which Indonesia and Australia co-chair, will report on this work.\n"
        "2. The Government of Turkey, which chairs the Budapest Process with Hungary as co-chair, hosted it.\n"
        "3. Australia and Indonesia co-chair the Task Force on Planning and Preparedness.\n"
        "4. Australian Foreign Minister Julie Bishop and Indonesian Foreign Minister Retno Marsudi co-chaired the "
        "Government and Business Forum.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "group/gabf", "co-chair"),
        ("state/AUS", "group/tfpp", "co-chair"),
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/HUN", "process/budapest-process", "co-chair"),
        ("state/IDN", "group/gabf", "co-chair"),
        ("state/IDN", "group/tfpp", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
        ("state/TUR", "process/budapest-process", "chair"),
    ]


def test_offices(gazetteer):
    text = statement(
        "1. Officials of Australia and Indonesia, the two Co-Chairs of the Bali Process, jointly chaired the meeting.\n"
        "2. Also at the table were New Zealand, in its capacity as coordinator of Ad Hoc Experts' Group I, and "
        "Thailand, as coordinator of Ad Hoc Experts' Group II.\n"
        "3. The Fifth Ministerial Consultation of the Colombo Process was hosted by Sri Lanka as Chair-in-Office of "
        "the Colombo Process.\n"
        "4. We welcome El Salvador, which will hold the Presidency Pro Tempore of the Regional Conference on "
        "Migration in 2017.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
        ("state/LKA", "process/colombo-process", "chair"),
        ("state/NZL", "group/ad-hoc-experts-group-i", "coordinator"),
        ("state/SLV", "process/rcm", "chair"),
        ("state/THA", "group/ad-hoc-experts-group-ii", "coordinator"),
    ]


def test_by_order(gazetteer):
    text = statement(
        "1. Ministers agreed to set up two ad hoc experts' groups. The first, on regional cooperation, will be "
        "coordinated by New Zealand; the second, on policy, legal frameworks and law enforcement, will be "
        "coordinated by Thailand.\n"
        "2. Ministers welcomed the work of the two Ad Hoc Experts' Groups and agreed that both should continue, "
        "with New Zealand coordinating the first and Thailand the second.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/NZL", "group/ad-hoc-experts-group-i", "coordinator"),
        ("state/THA", "group/ad-hoc-experts-group-ii", "coordinator"),
    ]
    assert len(read_snippet(text, gazetteer).coordinations) == 4  # once per sentence that says so


def test_chairmanships_held_handed_over_and_owned(gazetteer):
    text = statement(
        "1. The meetings were chaired by Pakistan, which has held the Chairmanship of the Abu Dhabi Dialogue since "
        "2021. At the close, Pakistan handed over the Chairmanship to Oman.\n"
        "2. The SOM of the Khartoum Process was convened by Ethiopia since it assumed the Chairmanship of the "
        "Process.\n"
        "3. The SOM was chaired by Türkiye, which chairs the Budapest Process, together with Hungary, the "
        "Process's Co-Chair.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/ETH", "process/khartoum-process", "chair"),
        ("state/HUN", "process/budapest-process", "co-chair"),
        ("state/OMN", "process/abu-dhabi-dialogue", "chair"),
        ("state/PAK", "process/abu-dhabi-dialogue", "chair"),
        ("state/TUR", "process/budapest-process", "chair"),
    ]


def test_chairmanships_over_time(gazetteer):
    text = statement(
        "1. The Conference of the Almaty Process closed the two-year chairmanship of the Republic of Azerbaijan.\n"
        "2. The chairmanship of the Process has rotated, having been held by Kazakhstan and Tajikistan.\n"
        "3. At the close, Morocco handed the chairmanship of the Rabat Process to Burkina Faso.\n"
        "4. Malta spoke, since it takes over the Presidency of the Council of the European Union in 2017.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AZE", "process/almaty-process", "chair"),
        ("state/BFA", "process/rabat-process", "chair"),
        ("state/KAZ", "process/almaty-process", "chair"),
        ("state/MAR", "process/rabat-process", "chair"),
        ("state/TJK", "process/almaty-process", "chair"),
    ]


def test_a_chair_to_come_and_offices_with_a_qualifier(gazetteer):
    text = statement(
        "1. Ministers met with the ASEAN Senior Officials Meeting on Transnational Crime (SOMTC), chaired this year"
        " by the Lao PDR.\n"
        "2. Ministers welcomed Malaysia, which will chair the SOMTC in 2025.\n"
        "3. The meeting was hosted by the United States, holding the Presidency Pro Tempore of the Regional"
        " Conference on Migration."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/LAO", "group/somtc", "chair"),
        ("state/MYS", "group/somtc", "chair"),
        ("state/USA", "process/rcm", "chair"),
    ]


def test_chairs_passed_on_taken_over_and_offered(gazetteer):
    text = statement(
        "1. The Abu Dhabi Dialogue met; Sri Lanka, which took over the chairmanship of the Dialogue from the State"
        " of Kuwait, hosted the round.\n"
        "2. The presidency of the Khartoum Process passed from Egypt to France at the end of the meeting.\n"
        "3. Closing the session, the Spanish minister passed the chairmanship of the Rabat Process on to the"
        " Kingdom of Morocco, whose minister spoke next.\n"
        "4. Nepal has held the chairmanship of the Colombo Process since 2017, when it took over from Bangladesh.\n"
        "5. The South American Conference on Migration accepted the offer of Colombia to host the next round and"
        " to take over the Pro Tempore Chairmanship.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/BGD", "process/colombo-process", "chair"),
        ("state/COL", "process/sacm", "chair"),
        ("state/EGY", "process/khartoum-process", "chair"),
        ("state/FRA", "process/khartoum-process", "chair"),
        ("state/KWT", "process/abu-dhabi-dialogue", "chair"),
        ("state/LKA", "process/abu-dhabi-dialogue", "chair"),
        ("state/MAR", "process/rabat-process", "chair"),
        ("state/NPL", "process/colombo-process", "chair"),
    ]


def test_offices_held_in_a_role_or_by_a_lead_country(gazetteer):
    text = statement(
        "1. The Working Group on Disruption of People Smuggling and Trafficking in Persons Networks met; Viet Nam"
        " and New Zealand co-chaired it in their role as Co-Chairs of the Working Group.\n"
        "2. The gathering was hosted by Egypt as holder of the Khartoum Process's presidency.\n"
        "3. The Democratic Republic of the Congo, as outgoing Chair of the Southern African Development Community"
        " (SADC) and current Chair of MIDSA, opened the meeting.\n"
        "4. The Colombo Process heard Bangladesh, lead country of the Thematic Area Working Group on Ethical"
        " Recruitment, and Sri Lanka, which steers the group on Skills and Qualification Recognition.\n"
        "5. Ministers thanked Malaysia, which will chair both the AMMTC and the SOMTC next year.\n"
        "6. The Regional Conference on Migration met under the Presidency Pro Tempore of Nicaragua, and welcomed"
        " Panama as the next holder of the Presidency Pro Tempore.\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/BGD", "group/cp-tawg-recruitment", "chair"),
        ("state/COD", "process/midsa", "chair"),
        ("state/EGY", "process/khartoum-process", "chair"),
        ("state/LKA", "group/cp-tawg-skills", "chair"),
        ("state/MYS", "group/somtc", "chair"),
        ("state/NIC", "process/rcm", "chair"),
        ("state/NZL", "group/wg-disruption", "co-chair"),
        ("state/PAN", "process/rcm", "chair"),
        ("state/VNM", "group/wg-disruption", "co-chair"),
    ]


def test_another_group_of_the_family_is_not_the_one_named_before(gazetteer):
    text = statement(
        "1. Bangladesh leads the Thematic Area Working Group on Ethical Recruitment of the Colombo Process.\n"
        "2. The Philippines coordinates the Thematic Area Working Group on Pre-departure Orientation.\n"
    )
    assert coordinations_of(text, gazetteer) == [("state/BGD", "group/cp-tawg-recruitment", "chair")]


def test_a_presidency_of_something_else_passed_on_is_no_chair_of_the_process(gazetteer):
    text = statement(
        "1. The Budapest Process met in Istanbul.\n"
        "2. In July the presidency of the Council of the European Union passed from Ireland to Lithuania.\n"
        "3. Greece took over the Presidency of the Council of the European Union from Cyprus.\n"
        "4. Estonia handed over the presidency of the Council of the European Union to Bulgaria.\n"
    )
    assert coordinations_of(text, gazetteer) == []


def test_a_process_steered_by_one_state_and_then_by_another(gazetteer):
    text = statement("1. The Prague Process was steered by the Czech Republic in 2009-2010 and by Poland from 2011.")
    assert coordinations_of(text, gazetteer) == [
        ("state/CZE", "process/prague-process", "chair"),
        ("state/POL", "process/prague-process", "chair"),
    ]


def test_two_ministers_named_with_their_names_in_apposition_co_chair_a_forum(gazetteer):
    text = statement(
        "1. This morning, we, the Foreign Minister of Australia, Penny Wong, and the Foreign Minister of the "
        "Republic of Indonesia, Retno Marsudi, co-chaired the Bali Process Government and Business Forum."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "group/gabf", "co-chair"),
        ("state/IDN", "group/gabf", "co-chair"),
    ]


def test_states_named_through_their_officials_co_chair_the_process(gazetteer):
    text = statement(
        "1. The meeting was led by the two Co-Chairs of the Bali Process: Australia's Ambassador for People "
        "Smuggling, Modern Slavery and Human Trafficking, and Indonesia's Director-General for Multilateral "
        "Cooperation."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]


def test_the_chairs_of_a_meeting_who_also_co_chair_a_group(gazetteer):
    text = statement(
        "1. The gathering was chaired at Counsellor level by Australia and Indonesia, who also co-chair the Task "
        "Force on Planning and Preparedness."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "group/tfpp", "co-chair"),
        ("state/IDN", "group/tfpp", "co-chair"),
    ]
    assert {(p.actor.key, p.role) for p in read_snippet(text, gazetteer).participations} == {
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
    }


def test_a_group_named_after_its_process(gazetteer):
    text = statement(
        "1. New Zealand and Fiji, which co-chair the Bali Process Working Group on Trafficking in Persons, "
        "reported on its work."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/FJI", "group/wg-tip", "co-chair"),
        ("state/NZL", "group/wg-tip", "co-chair"),
    ]


def test_it_is_co_chaired_by_after_a_sentence_about_the_process(gazetteer):
    text = statement(
        "The Bali Process was founded in 2002 as a forum for dialogue. It is co-chaired by the Foreign Ministers "
        "of Indonesia and Australia. It meets every two years."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Officials of Thailand and Viet Nam, the two countries that co-chair the Bali Process, spoke first.",
        "Thailand and Viet Nam, the current Co-Chairs of the Bali Process, opened the session.",
    ],
)
def test_the_countries_that_co_chair_and_the_current_co_chairs(gazetteer, body):
    assert coordinations_of(statement(f"1. {body}"), gazetteer) == [
        ("state/THA", "process/bali-process", "co-chair"),
        ("state/VNM", "process/bali-process", "co-chair"),
    ]


def test_groups_in_a_row_each_with_its_chair_and_none_chairing_the_next(gazetteer):
    body = (
        "The senior officials reviewed the regional working groups: the Working Group on South Eastern Europe, "
        "chaired by the former Yugoslav Republic of Macedonia, the Working Group on the Black Sea Region, chaired "
        "by Bulgaria, and the Silk Routes Region Working Group, chaired by Turkey."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/BGR", "group/bp-black-sea-wg", "chair"),
        ("state/MKD", "group/bp-south-eastern-europe-wg", "chair"),
        ("state/TUR", "group/bp-silk-routes-wg", "chair"),
    ]


def test_we_the_representatives_of_two_states_in_our_capacity_as_co_chairs(gazetteer):
    body = (
        "We, the representatives of the Federal Republic of Germany and of the Kingdom of Morocco, issue this "
        "statement in our capacity as Co-Chairs of the GFMD for 2017 and 2018."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/DEU", "process/gfmd", "co-chair"),
        ("state/MAR", "process/gfmd", "co-chair"),
    ]


def test_states_that_took_over_the_leadership_of_a_group_from_others(gazetteer):
    body = (
        "The Working Group on Disruption of People Smuggling and Trafficking in Persons Networks met. It was the "
        "first meeting co-chaired by New Zealand and Viet Nam, which took over the leadership of the Working Group "
        "from Malaysia and New Zealand in April 2015."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/MYS", "group/wg-disruption", "chair"),
        ("state/NZL", "group/wg-disruption", "chair"),
        ("state/VNM", "group/wg-disruption", "chair"),
    ]


def test_a_group_in_parentheses_which_a_state_presently_chairs_and_a_holder_named_in_its_capacity(gazetteer):
    body = (
        "We endorsed the Work Programme prepared by the Senior Officials Meeting on Transnational Crime (SOMTC), "
        "which Viet Nam presently chairs. At the Budapest Process meeting, Turkey chaired the session jointly with "
        "Hungary, in Hungary's capacity as Co-Chair of the Budapest Process."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/HUN", "process/budapest-process", "co-chair"),
        ("state/VNM", "group/somtc", "chair"),
    ]


def test_leading_jointly_receiving_a_chair_and_the_leading_state_of_a_process(gazetteer):
    body = (
        "Australia and Indonesia, which jointly lead the Working Group on Trafficking in Persons, co-chaired its "
        "sessions. The Global Forum on Migration and Development met. Mexico, which received the Chairmanship of "
        "the Forum from Greece, hosted the event. The meeting was co-chaired by the Czech Republic and by Poland, "
        "the leading state of the Prague Process."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "group/wg-tip", "chair"),
        ("state/GRC", "process/gfmd", "chair"),
        ("state/IDN", "group/wg-tip", "chair"),
        ("state/MEX", "process/gfmd", "chair"),
        ("state/POL", "process/prague-process", "chair"),
    ]


def test_a_fronted_participle_names_the_chairs_of_the_group_after_them(gazetteer):
    body = "Co-chaired by Australia and Indonesia, the Working Group on Trafficking in Persons reports annually."
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "group/wg-tip", "co-chair"),
        ("state/IDN", "group/wg-tip", "co-chair"),
    ]


def test_a_state_expected_to_take_over_the_chair_of_the_process_the_statement_names(gazetteer):
    body = (
        "The Migration Dialogue for Southern Africa met in Windhoek. Tanzania is expected to take over the chair "
        "and to host the dialogue in 2020. The Secretariat is to take over the chairmanship of the drafting group."
    )
    assert coordinations_of(statement(body), gazetteer) == [("state/TZA", "process/midsa", "chair")]


def test_a_perfect_relative_a_relative_chair_and_a_participle_between_a_process_and_its_chairs(gazetteer):
    body = (
        "The Task Force on Planning and Preparedness met. That meeting gave birth to the Bali Process, which "
        "Indonesia and Australia have co-chaired ever since. Australia and Indonesia, which chair the Task Force "
        "as the Co-Chairs of the Bali Process, presided. The Budapest Process, created in 1991, is chaired by "
        "Turkey. The Bali Process, which our two countries have co-chaired since 2002, met."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "group/tfpp", "chair"),
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "group/tfpp", "chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
        ("state/TUR", "process/budapest-process", "chair"),
    ]


def test_a_verb_left_out_after_the_first_group_pairs_each_group_with_its_chair(gazetteer):
    body = (
        "The Budapest Process met. The working groups continue: the Working Group on South Eastern Europe is "
        "chaired by North Macedonia, the Working Group on the Black Sea Region by Bulgaria, and the Silk Routes "
        "Region Working Group by Turkey."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/BGR", "group/bp-black-sea-wg", "chair"),
        ("state/MKD", "group/bp-south-eastern-europe-wg", "chair"),
        ("state/TUR", "group/bp-silk-routes-wg", "chair"),
    ]


def test_a_presidency_transferred_to_a_state(gazetteer):
    body = "The Regional Conference on Migration met. The Vice-Ministers agreed to transfer the Presidency to Mexico."
    assert coordinations_of(statement(body), gazetteer) == [("state/MEX", "process/rcm", "chair")]


def test_offices_held_under_a_name_convening_and_a_co_chairmanship_after_a_group(gazetteer):
    body = (
        "Laos, which holds the SOMTC chairmanship this year, hosted it. Mozambique, which currently holds the "
        "Chair in Office of MIDSA, spoke. The Ad Hoc Group, which the Co-Chairs of the Bali Process, Indonesia and "
        "Australia, convene, will meet. Members heard the Working Group on Disruption of Criminal Networks involved "
        "in People Smuggling and Trafficking in Persons, under the co-chairmanship of New Zealand and Viet Nam. "
        "The Government and Business Forum was launched in Perth in August 2017 and is co-chaired by Australia "
        "and Indonesia."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "group/ad-hoc-group", "chair"),
        ("state/AUS", "group/gabf", "co-chair"),
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "group/ad-hoc-group", "chair"),
        ("state/IDN", "group/gabf", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
        ("state/LAO", "group/somtc", "chair"),
        ("state/MOZ", "process/midsa", "chair"),
        ("state/NZL", "group/wg-disruption", "co-chair"),
        ("state/VNM", "group/wg-disruption", "co-chair"),
    ]


def test_the_co_chairs_of_a_process_with_its_short_name_in_brackets(gazetteer):
    body = (
        "The Co-Chairs of the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational "
        "Crime (Bali Process), Indonesia and Australia, hosted the meeting."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]


def test_the_chair_for_a_year_and_the_outgoing_co_chairs_of_the_process(gazetteer):
    body = (
        "The Chair of the Global Forum on Migration and Development (GFMD) for 2019, Ecuador, held the meetings. "
        "The United Arab Emirates joined the Troika alongside the outgoing 2017-2018 Co-Chairs, Germany and Morocco."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/DEU", "process/gfmd", "co-chair"),
        ("state/ECU", "process/gfmd", "chair"),
        ("state/MAR", "process/gfmd", "co-chair"),
    ]


def test_a_profile_pages_labelled_current_chair(gazetteer):
    body = "The Migration Dialogue for West Africa was set up in 2001.\n\nCurrent Chair: Niger"
    assert coordinations_of(statement(body), gazetteer) == [("state/NER", "process/midwa", "chair")]


def test_a_chair_chosen_designated_or_taking_over_an_office_named_after_the_process(gazetteer):
    body = (
        "The Almaty Process was launched in 2011. Uzbekistan was chosen by the member states as the first Chair "
        "of the Process. Peru was designated to hold the Presidency Pro Tempore of the Regional Conference on "
        "Migration in 2030. Chile will take over the GFMD Chairmanship for 2031. The Government of Ghana, as "
        "2032 Chair of the Global Forum on Migration and Development, hosted the Summit."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/CHL", "process/gfmd", "chair"),
        ("state/GHA", "process/gfmd", "chair"),
        ("state/PER", "process/rcm", "chair"),
        ("state/UZB", "process/almaty-process", "chair"),
    ]


def test_a_chairmanship_handed_over_with_words_between_and_the_office_said_before(gazetteer):
    body = (
        "Spain formally handed over the alternating Africa-EU Chairmanship of the Rabat Process to Senegal, "
        "which will lead the Dialogue in 2031. The Khartoum Process met in Rome. Its chairmanship rotates "
        "each year; France, the outgoing Chair, handed over to Ethiopia, which will lead the Process in 2032."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/ESP", "process/rabat-process", "chair"),
        ("state/ETH", "process/khartoum-process", "chair"),
        ("state/FRA", "process/khartoum-process", "chair"),
        ("state/SEN", "process/rabat-process", "chair"),
    ]


def test_a_pro_tempore_presidency_named_alone_and_an_offer_to_exercise_it(gazetteer):
    body = (
        "The South American Conference on Migration was convened by the Government of Uruguay as Pro Tempore "
        "Presidency. The Conference welcomes the offer of Bolivia to host the next Conference and to exercise "
        "the Pro Tempore Presidency from that date. Eritrea today took over the chairmanship of the "
        "EU-Horn of Africa Migration Route Initiative."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/BOL", "process/sacm", "chair"),
        ("state/ERI", "process/khartoum-process", "chair"),
        ("state/URY", "process/sacm", "chair"),
    ]


def test_list_items_name_a_familys_groups_by_their_themes(gazetteer):
    body = (
        "The Colombo Process met. The officials decided to activate a Thematic Area Working Group for each of "
        "five areas, with a lead country:\n"
        "- skills and qualification recognition processes (led by Sri Lanka);\n"
        "- fostering ethical recruitment practices (led by Bangladesh);\n"
        "- pre-departure orientation and empowerment (led by the Philippines);\n"
        "- promoting cheaper, faster and safer transfer of remittances (led by Pakistan); and\n"
        "- labour market analysis (led by India)."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/BGD", "group/cp-tawg-recruitment", "chair"),
        ("state/IND", "group/cp-tawg-lma", "chair"),
        ("state/LKA", "group/cp-tawg-skills", "chair"),
        ("state/PAK", "group/cp-tawg-remittances", "chair"),
        ("state/PHL", "group/cp-tawg-pdo", "chair"),
    ]


def test_a_theme_no_group_of_the_family_has_is_not_read(gazetteer):
    body = (
        "The officials set up a Thematic Area Working Group for each area:\n"
        "- climate and mobility (led by Nepal);\n"
        "- skills and recruitment (led by India)."
    )
    assert coordinations_of(statement(body), gazetteer) == []


def test_a_partner_together_with_the_chair_after_the_group(gazetteer):
    body = (
        "Malaysia, which co-chairs the Working Group on Disruption of People Smuggling and Trafficking in "
        "Persons Networks together with New Zealand, reported on its work. Sri Lanka, which has held the "
        "Chair- in-Office of the Colombo Process since 2013, hosted the participants."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/LKA", "process/colombo-process", "chair"),
        ("state/MYS", "group/wg-disruption", "co-chair"),
        ("state/NZL", "group/wg-disruption", "co-chair"),
    ]


def test_states_which_have_jointly_held_the_chairmanship_of_the_forum(gazetteer):
    body = (
        "The Global Forum on Migration and Development met. Germany and Morocco, which have jointly held the "
        "chairmanship of the Forum since 1 January 2017, convened the meeting."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/DEU", "process/gfmd", "chair"),
        ("state/MAR", "process/gfmd", "chair"),
    ]


def test_the_body_the_sentence_before_is_about_as_it_and_states_which_jointly_chair(gazetteer):
    body = (
        "The Working Group on Trafficking in Persons was set up in 2014. It reports once a year to the Ad Hoc "
        "Group, and Australia and Indonesia co-chair it. Fiji and Samoa, which jointly chair the Bali Process, "
        "met."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "group/wg-tip", "co-chair"),
        ("state/FJI", "process/bali-process", "chair"),
        ("state/IDN", "group/wg-tip", "co-chair"),
        ("state/WSM", "process/bali-process", "chair"),
    ]


def test_a_profile_pages_chair_field_worded_as_a_participle(gazetteer):
    body = "The Bali Process was set up in 2002.\n\nChair: Co-chaired by Australia and Indonesia"
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]


def test_a_state_in_the_chair_of_the_process_and_one_that_offered_to_take_it_over(gazetteer):
    body = (
        "Delegations of the Migration Dialogue for Southern Africa (MIDSA) met. South Africa, in the Chair of "
        "MIDSA, led the proceedings. Officials took note that Namibia had offered to take over the Chair of MIDSA."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/NAM", "process/midsa", "chair"),
        ("state/ZAF", "process/midsa", "chair"),
    ]


def test_a_group_spelled_longer_than_its_gazetteer_name_and_chairs_from_two_states(gazetteer):
    body = (
        "Representatives of the Working Group on Disruption of Criminal Networks, which New Zealand and Viet Nam "
        "co-chair, presented its plan. The Dialogue was opened by the Senior Official Co-Chairs of the Bali "
        "Process, from Australia and Indonesia, who presided over both days."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
        ("state/NZL", "group/wg-disruption", "co-chair"),
        ("state/VNM", "group/wg-disruption", "co-chair"),
    ]


def test_a_second_verb_takes_over_the_chair_and_a_process_is_no_chair_of_another(gazetteer):
    body = (
        "Côte d'Ivoire hosted the meeting, which ran from 25 to 27 August 2016, and took over the chairmanship "
        "of MIDWA from Nigeria. Present were the Budapest Process, chaired by Turkey, the Prague Process and "
        "the Almaty Process."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/CIV", "process/midwa", "chair"),
        ("state/NGA", "process/midwa", "chair"),
        ("state/TUR", "process/budapest-process", "chair"),
    ]


def test_a_chair_then_in_office(gazetteer):
    body = "Present were the Colombo Process, then chaired by Bangladesh, and the Abu Dhabi Dialogue."
    assert coordinations_of(statement(body), gazetteer) == [("state/BGD", "process/colombo-process", "chair")]


def test_its_co_chairs_in_apposition_after_the_process(gazetteer):
    body = "To mark the tenth anniversary of the Bali Process, its Co-Chairs, Indonesia and Australia, hosted a forum."
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]


def test_co_chairs_named_as_ministers_with_their_offices_in_apposition(gazetteer):
    body = (
        "The Conference was presided over by Senator the Hon. Penny Wong, Minister for Foreign Affairs of\n"
        "Australia, and H.E. Mrs. Retno Marsudi, Minister for Foreign Affairs of Indonesia, the two Co-Chairs of\n"
        "the Bali Process. Minister Marsudi and New Zealand Foreign Minister Nanaia Mahuta led the forum as\n"
        "Co-Chairs of the Budapest Process."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
        ("state/NZL", "process/budapest-process", "co-chair"),
    ]


def test_the_office_after_the_process_then_its_holders(gazetteer):
    body = (
        "The office works under the guidance of the Bali Process Senior Official Co-Chairs, Australia and Indonesia,\n"
        "and reports to the Ad Hoc Group."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]


def test_outgoing_and_incoming_chairs_named_alone_and_a_chair_named_with_the_process(gazetteer):
    body = (
        "1. The Global Forum on Migration and Development met in Geneva. Mexico, outgoing Chair, and Mauritius,\n"
        "incoming Chair, sat with Switzerland as the Troika of the Forum.\n"
        "2. The Dialogue agreed that Angola, as the incoming MIDSA Chair, would convene it in 2024."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AGO", "process/midsa", "chair"),
        ("state/MEX", "process/gfmd", "chair"),
        ("state/MUS", "process/gfmd", "chair"),
    ]


def test_the_process_after_its_steering_committee_is_the_process(gazetteer):
    body = (
        "Uganda joined the Steering Committee of the Khartoum Process. At the meeting the German delegation\n"
        "handed over the chairmanship of the Process to the Egyptian authorities."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/DEU", "process/khartoum-process", "chair"),
        ("state/EGY", "process/khartoum-process", "chair"),
    ]


def test_a_relative_clause_in_the_perfect_after_the_chairs(gazetteer):
    body = "The meeting was co-chaired by Indonesia and Australia, which have led the Bali Process jointly since 2002."
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "chair"),
        ("state/IDN", "process/bali-process", "chair"),
    ]


def test_which_coordinate_the_first_and_the_second_groups_respectively(gazetteer):
    body = (
        "New Zealand and Thailand, which coordinate the first and the second Ad Hoc Experts' Groups respectively, "
        "reported on their work."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/NZL", "group/ad-hoc-experts-group-i", "coordinator"),
        ("state/THA", "group/ad-hoc-experts-group-ii", "coordinator"),
    ]


def test_a_co_chair_remaining_beside_the_chair(gazetteer):
    body = "Hosted by Turkey, which has chaired the Budapest Process since 2006, with Hungary remaining its co-chair."
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/HUN", "process/budapest-process", "co-chair"),
        ("state/TUR", "process/budapest-process", "chair"),
    ]


def test_a_second_verb_of_the_sentences_subject_chairs_a_group(gazetteer):
    body = "Poland has co-ordinated the Initiative since 2012 and also chairs the Core Group of the Prague Process."
    assert coordinations_of(statement(body), gazetteer) == [("state/POL", "group/prague-process-core-group", "chair")]


def test_a_familys_leads_each_with_its_theme_and_a_chairs_predecessor(gazetteer):
    body = (
        "1. Nepal has held the chairmanship of the Colombo Process since March 2017, when it succeeded Sri Lanka.\n"
        "2. The lead countries of the Thematic Area Working Groups briefed Ministers on progress: Sri Lanka on "
        "Skills and Qualification Recognition, Bangladesh on Fostering Ethical Recruitment, and the Philippines on "
        "Pre-Departure Orientation and Empowerment."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/BGD", "group/cp-tawg-recruitment", "chair"),
        ("state/LKA", "group/cp-tawg-skills", "chair"),
        ("state/LKA", "process/colombo-process", "chair"),
        ("state/NPL", "process/colombo-process", "chair"),
        ("state/PHL", "group/cp-tawg-pdo", "chair"),
    ]


def test_a_pairs_office_named_apart_from_the_two_states_that_hold_it(gazetteer):
    body = (
        "1. Australia hosted the meeting and co-chaired it with Indonesia, the two countries being the Co-Chairs "
        "of the Bali Process.\n"
        "2. It was co-chaired by the Director General of Multilateral Affairs, Hasan Kleib, and by Australia's "
        "Ambassador, as senior officials of the two countries that co-chair the Bali Process, hosted by Indonesia."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]
    # 'Sri Lanka and Thailand thanked the Co-Chairs of the Bali Process': no office in apposition, no holders
    assert (
        coordinations_of(statement("Sri Lanka and Thailand thanked the Co-Chairs of the Bali Process."), gazetteer)
        == []
    )


def test_one_states_office_by_its_adjective_or_in_apposition(gazetteer):
    body = (
        "1. It was opened by the Director-General of Multilateral Cooperation and Indonesian Senior Official "
        "Co-Chair of the Bali Process.\n"
        "2. Thailand has agreed with Australia, our fellow Co-Chair of the Bali Process, to report in August."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
    ]


def test_our_two_countries_are_the_meetings_two_co_chairs(gazetteer):
    body = (
        "This morning in Adelaide, the Foreign Minister of Australia and the Foreign Minister of Indonesia "
        "co-chaired the Bali Process Government and Business Forum. The Bali Process, which our two countries "
        "have co-chaired since its founding, brings governments and business together."
    )
    assert ("state/AUS", "process/bali-process", "co-chair") in coordinations_of(statement(body), gazetteer)
    assert ("state/IDN", "process/bali-process", "co-chair") in coordinations_of(statement(body), gazetteer)
    # the phrase names them where the sentence says so: a mention inside its own sentence
    process_chairs = [
        c for c in read_snippet(statement(body), gazetteer).coordinations if c.coordinated.kind == "process"
    ]
    assert {c.mention.quote for c in process_chairs} == {"our two countries"}
    assert all(c.sentence.begin <= c.mention.begin and c.mention.end <= c.sentence.end for c in process_chairs)


def test_a_co_chair_after_the_chair_a_group_of_the_process_and_an_outgoing_chair(gazetteer):
    body = (
        "1. The sessions were guided by Türkiye, which has chaired the Budapest Process since 2006, and by Hungary "
        "as Co-Chair.\n"
        "2. The Prague Process met in Budapest. Poland coordinates the Core Group of the Process.\n"
        "3. The Khartoum Process met. Italy, as outgoing Chair, co-chaired the meeting with Eritrea.\n"
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/HUN", "process/budapest-process", "co-chair"),
        ("state/ITA", "process/khartoum-process", "chair"),
        ("state/POL", "group/prague-process-core-group", "coordinator"),
        ("state/TUR", "process/budapest-process", "chair"),
    ]


def test_a_relative_clause_between_the_holder_and_its_office_and_the_pro_tempore_presidency(gazetteer):
    body = (
        "1. Mexico, which hosted the meeting, holds the Presidency Pro Tempore of the RCM this year.\n"
        "2. The delegations met for the Fourth South American Conference on Migration, convened by the Government "
        "of Uruguay as host and Pro Tempore Presidency.\n"
        "3. To accept the offer of the Republic of Bolivia to host the Fifth South American Conference on Migration "
        "in 2004 and to hand over to it the Pro Tempore Presidency.\n"
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/BOL", "process/sacm", "chair"),
        ("state/MEX", "process/rcm", "chair"),
        ("state/URY", "process/sacm", "chair"),
    ]
    # an aside that is not the holder's office: no coordination
    assert coordinations_of(statement("Thailand, which hosted the meeting, thanked the Co-Chairs."), gazetteer) == []


def test_a_family_coordinated_respectively_with_an_aside_after_each_coordinator(gazetteer):
    body = (
        "Senior officials heard reports from the two Ad Hoc Experts' Groups, coordinated respectively by New "
        "Zealand (Ad Hoc Experts' Group I, on regional cooperation) and by Thailand (Ad Hoc Experts' Group II, on "
        "legislation)."
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/NZL", "group/ad-hoc-experts-group-i", "coordinator"),
        ("state/THA", "group/ad-hoc-experts-group-ii", "coordinator"),
    ]


def test_an_office_opening_the_sentence_before_its_holder(gazetteer):
    body = (
        "1. The Colombo Process met.\n\n2. As Chair-in-Office, Sri Lanka is delighted to welcome you.\n\n"
        "3. As Co-Chairs of the Bali Process, Australia and Indonesia convened the meeting.\n"
    )
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/AUS", "process/bali-process", "co-chair"),
        ("state/IDN", "process/bali-process", "co-chair"),
        ("state/LKA", "process/colombo-process", "chair"),
    ]


def test_a_body_owned_by_the_process_named_before(gazetteer):
    body = (
        "1. The Rabat Process met.\n\n2. The meeting was held in Ouagadougou, with Burkina Faso, which chairs the "
        "Dialogue's Steering Committee this year.\n"
    )
    assert coordinations_of(statement(body), gazetteer) == [("state/BFA", "group/rabat-steering-committee", "chair")]


def test_a_state_that_shall_chair_a_process_and_an_outgoing_presidency_in_apposition(gazetteer):
    assert coordinations_of(
        statement("1. Agree that the Republic of Kazakhstan shall chair the Almaty Process for its first two years."),
        gazetteer,
    ) == [("state/KAZ", "process/almaty-process", "chair")]
    found = coordinations_of(
        statement(
            "1. The Rabat Process met. The Conference was opened alongside the Kingdom of Belgium, outgoing Presidency "
            "of the Rabat Process, and Burkina Faso, which takes over the Presidency of the Rabat Process from today."
        ),
        gazetteer,
    )
    assert {(c, b) for c, b, _ in found} == {
        ("state/BEL", "process/rabat-process"),
        ("state/BFA", "process/rabat-process"),
    }


def test_which_coordinates_the_group_and_a_name_with_its_theme_in_small_letters(gazetteer):
    found = coordinations_of(
        statement(
            "1. The meeting of Ad Hoc Experts' Group I was convened in Wellington by New Zealand, which coordinates "
            "the Group.\n\n2. Ad Hoc Experts' Group II on legal frameworks and law enforcement, is coordinated by "
            "Thailand."
        ),
        gazetteer,
    )
    assert {(c, b) for c, b, _ in found} == {
        ("state/NZL", "group/ad-hoc-experts-group-i"),
        ("state/THA", "group/ad-hoc-experts-group-ii"),
    }


def test_a_chair_in_office_through_its_ministry_and_a_president_in_exercise(gazetteer):
    found = coordinations_of(
        statement(
            "1. The Conference was hosted by the Government of the Republic of Namibia, through the Ministry of Home "
            "Affairs, in its capacity as Chair in Office of MIDSA.\n\n"
            "2. The segment was presided by the Minister of the Interior of the Republic of Ghana, in his quality of "
            "President in exercise of MIDWA."
        ),
        gazetteer,
    )
    assert {(c, b) for c, b, _ in found} == {("state/NAM", "process/midsa"), ("state/GHA", "process/midwa")}


def test_having_taken_over_the_chairpersonship_from_the_outgoing_chair(gazetteer):
    text = statement(
        "The Minister of Namibia chaired the Conference, Namibia having taken over the Chairpersonship of MIDSA "
        "from the Republic of South Africa at the opening session."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/NAM", "process/midsa", "chair"),
        ("state/ZAF", "process/midsa", "chair"),
    ]


def test_which_they_will_co_chair_after_a_group_with_its_complement(gazetteer):
    assert coordinations_of(
        statement(
            "Today we agreed to re-establish the Ad Hoc Group of the most affected countries, which Indonesia and "
            "Australia will co-chair, so that we can respond."
        ),
        gazetteer,
    ) == [("state/AUS", "group/ad-hoc-group", "co-chair"), ("state/IDN", "group/ad-hoc-group", "co-chair")]
    assert ("state/IDN", "group/ad-hoc-group", "co-chair") in coordinations_of(
        statement(
            "The Statement notes that Indonesia and Australia will keep members informed through the Ad Hoc Group, "
            "which they also co-chair."
        ),
        gazetteer,
    )


def test_our_two_countries_named_in_the_sentence_and_the_two_countries_that_have_jointly_led(gazetteer):
    assert coordinations_of(
        statement(
            "Since Australia and Indonesia first convened Ministers in Bali in February 2002, the Bali Process, "
            "which our two countries co-chair, has grown to 49 members."
        ),
        gazetteer,
    ) == [("state/AUS", "process/bali-process", "co-chair"), ("state/IDN", "process/bali-process", "co-chair")]
    assert coordinations_of(
        statement(
            "The meeting was co-chaired by Indonesia's Foreign Minister Retno Marsudi and Australia's Julie Bishop, "
            "the two countries that have jointly led the Bali Process since 2002."
        ),
        gazetteer,
    ) == [("state/AUS", "process/bali-process", "chair"), ("state/IDN", "process/bali-process", "chair")]


def test_a_chair_in_office_in_apposition(gazetteer):
    assert coordinations_of(
        statement(
            "The meeting was held under the chairmanship of the Government of Nepal, Chair-in-Office of the "
            "Colombo Process since 2017."
        ),
        gazetteer,
    ) == [("state/NPL", "process/colombo-process", "chair")]


def test_our_two_countries_still_co_chair_named_in_the_sentence_before(gazetteer):
    assert coordinations_of(
        statement(
            "Twenty years ago Australia and Indonesia set out to build a practical forum. That remains the purpose "
            "of the Bali Process, which our two countries still co-chair."
        ),
        gazetteer,
    ) == [("state/AUS", "process/bali-process", "co-chair"), ("state/IDN", "process/bali-process", "co-chair")]


@pytest.mark.parametrize(
    "body",
    [
        "Indonesia and Australia will continue to co-chair the Bali Process with full commitment.",
        "The Bali Process, founded in 2002 and co-chaired by Indonesia and Australia, has 48 members.",
        "The Bali Process itself is co-chaired by Australia and Indonesia.",
        "It is a privilege for Indonesia to open this conference with Australia, as our two countries have "
        "co-chaired the Bali Process since 2002.",
    ],
)
def test_the_process_co_chairs_in_further_forms(body, gazetteer):
    record = read_snippet(statement(body), gazetteer)
    assert sorted((c.coordinator.key, c.coordinated.key) for c in record.coordinations) == [
        ("state/AUS", "process/bali-process"),
        ("state/IDN", "process/bali-process"),
    ]
    assert not any(p.role == "co-chair" for p in record.participations)  # the process's co-chairs, not the meeting's


def test_a_year_of_office_and_a_chairman_in_apposition(gazetteer):
    assert coordinations_of(
        statement(
            "1. Ministers noted the work of the SOMTC, which Thailand chairs this year.\n"
            "2. They recalled the Senior Officials Meeting on Transnational Crime (SOMTC), which is chaired in 2015 "
            "by Malaysia.\n"
            "3. The Consultation was chaired by the Permanent Secretary of Brunei Darussalam, Chairman of the SOMTC, "
            "and an Ambassador of China.\n"
        ),
        gazetteer,
    ) == [
        ("state/BRN", "group/somtc", "chair"),
        ("state/MYS", "group/somtc", "chair"),
        ("state/THA", "group/somtc", "chair"),
    ]


def test_a_state_is_the_process_s_co_chair(gazetteer):
    assert coordinations_of(
        statement(
            "The conference was hosted by the Republic of Turkey, which has chaired the Budapest Process since "
            "2006; Hungary is the Process's co-chair."
        ),
        gazetteer,
    ) == [("state/HUN", "process/budapest-process", "co-chair"), ("state/TUR", "process/budapest-process", "chair")]


def test_a_table_of_bodies_and_their_co_chairs(gazetteer):
    text = statement(
        "TABLE 2. SUBSIDIARY BODIES REPORTING\n"
        "| Body                                                 | Co-Chairs               |\n"
        "|------------------------------------------------------|-------------------------|\n"
        "| Task Force on Planning and Preparedness              | Australia / Indonesia   |\n"
        "| Technical Experts Group on Returns and Reintegration | Sri Lanka / New Zealand |\n"
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "group/tfpp", "co-chair"),
        ("state/IDN", "group/tfpp", "co-chair"),
        ("state/LKA", "group/teg-rr", "co-chair"),
        ("state/NZL", "group/teg-rr", "co-chair"),
    ]


def test_themes_listed_each_with_its_lead_in_a_parenthesis(gazetteer):
    text = statement(
        "Progress of the Thematic Area Working Groups was presented by their lead countries: Skills and "
        "Qualification Recognition (led by Sri Lanka), Ethical Recruitment (led by Bangladesh) and Remittances "
        "(led by Pakistan)."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/BGD", "group/cp-tawg-recruitment", "chair"),
        ("state/LKA", "group/cp-tawg-skills", "chair"),
        ("state/PAK", "group/cp-tawg-remittances", "chair"),
    ]


def test_the_dialogue_is_the_process_so_named_and_a_chair_assumed_from_another(gazetteer):
    found = coordinations_of(
        statement(
            "1. The Fourth Ministerial Consultation of the Abu Dhabi Dialogue was held in Colombo. The Global Forum "
            "on Migration and Development was represented.\n\n"
            "2. Ministers welcomed the offer of the United Arab Emirates to assume the Chairmanship of the "
            "Dialogue.\n\n"
            "3. Nepal assumed the chairmanship of the Colombo Process from Sri Lanka in March 2017."
        ),
        gazetteer,
    )
    assert {(who, what) for who, what, _ in found} == {
        ("state/ARE", "process/abu-dhabi-dialogue"),
        ("state/NPL", "process/colombo-process"),
        ("state/LKA", "process/colombo-process"),
    }


def test_a_co_chair_together_with_the_chair_and_a_host_as_current_chair(gazetteer):
    found = coordinations_of(
        statement(
            "1. The Conference was convened by the Republic of Turkey, Chair of the Budapest Process, together with "
            "Hungary as its Co-Chair.\n\n"
            "2. Fiji is hosting the Conference as current Chair of the PIDC and will hand the chair to Samoa."
        ),
        gazetteer,
    )
    assert set(found) >= {
        ("state/TUR", "process/budapest-process", "chair"),
        ("state/HUN", "process/budapest-process", "co-chair"),
        ("state/FJI", "process/pidc", "chair"),
        ("state/WSM", "process/pidc", "chair"),
    }


def test_a_chair_in_brackets_and_the_chairs_of_a_meeting_of_a_group(gazetteer):
    found = coordinations_of(
        statement(
            "1. Observers: Qatar (Chair of the Abu Dhabi Dialogue) and the ILO.\n\n"
            "2. Over two days, Fiji and New Zealand jointly chaired the second meeting of the Technical Experts "
            "Group on Returns and Reintegration, held in Suva.\n\n"
            "3. The third meeting of the Working Group on Trafficking in Persons, co-chaired by Indonesia and "
            "Australia, reviewed the guide.\n\n"
            "4. The Ninth Senior Officials' Meeting of the Bali Process Ad Hoc Group was chaired jointly by "
            "Thailand and Malaysia."
        ),
        gazetteer,
    )
    assert {(c, b) for c, b, _ in found} == {
        ("state/QAT", "process/abu-dhabi-dialogue"),
        ("state/FJI", "group/teg-rr"),
        ("state/NZL", "group/teg-rr"),
        ("state/IDN", "group/wg-tip"),
        ("state/AUS", "group/wg-tip"),
    }


def test_the_holders_then_their_office_in_brackets_after_the_group(gazetteer):
    text = statement(
        "Officials commended the Working Group on Disruption of People Smuggling and Trafficking in Persons "
        "Networks (Malaysia and New Zealand, co-chairs) and the Working Group on Trafficking in Persons "
        "(Indonesia, chair)."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/IDN", "group/wg-tip", "chair"),
        ("state/MYS", "group/wg-disruption", "co-chair"),
        ("state/NZL", "group/wg-disruption", "co-chair"),
    ]


def test_a_list_of_chairs_ends_where_a_clause_of_its_own_begins(gazetteer):
    text = statement(
        "The Ad Hoc Group is co-chaired by Australia and Indonesia, and Thailand, New Zealand, IOM and UNHCR sit "
        "with them on its steering group."
    )
    assert coordinations_of(text, gazetteer) == [
        ("state/AUS", "group/ad-hoc-group", "co-chair"),
        ("state/IDN", "group/ad-hoc-group", "co-chair"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Ministers set up two Ad Hoc Experts' Groups. The first, to be coordinated by New Zealand, will look at "
        "information sharing; the second, coordinated by Thailand, will deal with legislation.",
        "Ministers set up two Ad Hoc Experts' Groups. The first experts' group, on information sharing, will be "
        "coordinated by New Zealand; the second, on legislation, will be coordinated by Thailand.",
    ],
)
def test_groups_by_order_in_apposition_or_with_a_noun(body, gazetteer):
    assert coordinations_of(statement(body), gazetteer) == [
        ("state/NZL", "group/ad-hoc-experts-group-i", "coordinator"),
        ("state/THA", "group/ad-hoc-experts-group-ii", "coordinator"),
    ]
