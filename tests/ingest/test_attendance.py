"""ingest.attendance: co-chairs, participants and observers from their sentences; unknown names warned."""

import pytest
from snippets import ATTENDANCE, read_snippet, structure_of

from ingest.attendance import read_attendance


def test_roles_and_spans(gazetteer):
    participations, warnings = read_attendance(structure_of(ATTENDANCE), gazetteer)
    by_role = {}
    for p in participations:
        by_role.setdefault(p.role, []).append(p.actor.key)
        assert ATTENDANCE[p.mention.begin : p.mention.end] == p.mention.quote
    assert by_role["co-chair"] == ["state/IDN", "state/AUS"]
    assert by_role["participant"] == ["state/KHM", "state/FJI", "state/LAO", "state/TTO", "org/iom"]
    assert by_role["observer"] == ["state/CAN", "org/unodc", "state/SWE"]
    assert [(w.message, w.span.quote) for w in warnings] == [
        ("unresolved participant 'Freedonia': not in the gazetteer", "Freedonia")
    ]


ANNEX = """Regional Ministerial Meeting on Counter-Terrorism
Bali, 4-5 February 2004

1. Ministers from many countries met in Bali.

ANNEX

Participating countries: Australia; Brunei Darussalam; Cambodia;
Fiji; Viet Nam.

Observers: ASEAN Secretariat; United Nations Office on Drugs and Crime (UNODC).
"""


def test_labelled_lists_of_an_annex_wrapped_over_lines(gazetteer):
    participations, _ = read_attendance(structure_of(ANNEX), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/AUS", "participant"),
        ("state/BRN", "participant"),
        ("state/KHM", "participant"),
        ("state/FJI", "participant"),
        ("state/VNM", "participant"),
        ("org/asean-secretariat", "observer"),
        ("org/unodc", "observer"),
    }


NEWS = """Seventh Ministerial Consultation of the Dialogue
Dubai, 10-11 February 2024

The Consultation brought together senior officials of the Dialogue's members. The sending members taking
part were Bangladesh and Nepal, while the receiving side was represented by Kuwait and Qatar.

The meetings were chaired by Pakistan, which has held the Chairmanship of the Dialogue since a Consultation
in Dubai in October 2021.

Around 200 officials had taken part, representing every member: Fiji and Samoa.
"""


def test_news_forms_of_attendance(gazetteer):
    participations, _ = read_attendance(structure_of(NEWS, gazetteer), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/BGD", "participant"),
        ("state/NPL", "participant"),
        ("state/KWT", "participant"),
        ("state/QAT", "participant"),
        ("state/PAK", "co-chair"),
        ("state/FJI", "participant"),
        ("state/WSM", "participant"),
    }


DELEGATIONS = """Ministerial Consultation on Labour Mobility
Abu Dhabi, 21-22 January 2008

1. Ministers adopted a declaration.

ANNEX - LIST OF DELEGATIONS

Participating countries
  Afghanistan; Bahrain; Nepal;
  United Arab Emirates (host); Viet Nam; Yemen

Observers
  France; Poland
"""


def test_a_label_on_its_own_line_heads_its_list_and_host_marks_one_delegation(gazetteer):
    participations, _ = read_attendance(structure_of(DELEGATIONS), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/AFG", "participant"),
        ("state/BHR", "participant"),
        ("state/NPL", "participant"),
        ("state/ARE", "participant"),
        ("state/ARE", "host"),
        ("state/VNM", "participant"),
        ("state/YEM", "participant"),
        ("state/FRA", "observer"),
        ("state/POL", "observer"),
    }


def test_among_the_delegations(gazetteer):
    text = statement_with(
        "Ministers of 58 countries took part. Among the delegations were those of Mali and Niger. "
        "Heads of mission attended, among them the Ambassadors of Fiji and Samoa."
    )
    participations, _ = read_attendance(structure_of(text), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/MLI", "participant"),
        ("state/NER", "participant"),
        ("state/FJI", "participant"),
        ("state/WSM", "participant"),
    }


def statement_with(body: str) -> str:
    """A small statement around one paragraph."""
    return f"Ministerial Conference\nMarrakesh, 2 May 2018\n\n1. {body}\n"


ANNEX_AFTER_PAGE_BREAK = """Ministerial Conference on Migration Partnerships
Prague, 27-28 April 2009

1. Ministers from Bulgaria and the participating states met in Prague alongside the host.
                                                          Page 1 of 2
--------------------------------------------------------------------
ANNEX - PARTICIPATING STATES

Armenia, Austria, Bul-
garia, Kazakh-
stan.
"""


def test_an_annex_heading_after_page_furniture_heads_its_list(gazetteer):
    participations = read_snippet(ANNEX_AFTER_PAGE_BREAK, gazetteer).participations  # names joined across lines
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/ARM", "participant"),
        ("state/AUT", "participant"),
        ("state/BGR", "participant"),
        ("state/KAZ", "participant"),
    }


def test_active_parts_and_sent_delegations(gazetteer):
    text = statement_with(
        "Officials of Nepal took part. Bahrain, Italy and Kuwait sent delegations. Representatives of Frontex "
        "and Europol took an active part in the preparation and the proceedings, as did ICMPD and UNHCR."
    )
    participations, _ = read_attendance(structure_of(text), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/NPL", "participant"),
        ("state/BHR", "participant"),
        ("state/ITA", "participant"),
        ("state/KWT", "participant"),
        ("org/frontex", "participant"),
        ("org/europol", "participant"),
        ("org/icmpd", "participant"),
        ("org/unhcr", "participant"),
    }


ANNEX_UNDER_A_HEADING = """Conclusions of the Conference
Rhodes, Greece
25-26 June 2003

1. Ministers of the States listed in the Annex met.

ANNEX

List of delegations

Participating States:
Albania; Armenia; Austria; Greece (host); the
former Yugoslav Republic of Macedonia; Moldova;
Netherlands.
"""


def test_a_list_of_delegations_under_two_label_lines_wrapped_mid_name(gazetteer):
    participations, _ = read_attendance(structure_of(ANNEX_UNDER_A_HEADING), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/ALB", "participant"),
        ("state/ARM", "participant"),
        ("state/AUT", "participant"),
        ("state/GRC", "participant"),
        ("state/GRC", "host"),
        ("state/MKD", "participant"),
        ("state/MDA", "participant"),
        ("state/NLD", "participant"),
    }


HOST_NAMED = """Sixth Ministerial Consultation
Kathmandu, Nepal | 15-16 November 2018

1. Nepal hosted the Consultation.

2. Besides the host, the following Member States were represented: Afghanistan, Bangladesh and India.

3. Around the table sat delegations of Malaysia and Myanmar, alongside those of the host, and officials of
Thailand and Viet Nam, as well as the host.

4. Delegations have connected from Bahrain and Kuwait, and from Oman.
"""


def test_the_host_named_in_a_sentence_gives_no_role_to_a_list(gazetteer):
    participations, _ = read_attendance(structure_of(HOST_NAMED), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/NPL", "host"),
        ("state/AFG", "participant"),
        ("state/BGD", "participant"),
        ("state/IND", "participant"),
        ("state/MYS", "participant"),
        ("state/MMR", "participant"),
        ("state/THA", "participant"),
        ("state/VNM", "participant"),
        ("state/BHR", "participant"),
        ("state/KWT", "participant"),
        ("state/OMN", "participant"),
    }


def roles_in(body: str, gazetteer) -> set[tuple[str, str]]:
    """(actor, role) of every participation one paragraph states."""
    participations, _ = read_attendance(structure_of(statement_with(body)), gazetteer)
    return {(p.actor.key, p.role) for p in participations}


def test_signatories_those_represented_after_a_dash_and_unaccented_names(gazetteer):
    body = (
        "Norway and Switzerland signed the Declaration together with African partner countries, among them "
        "Cote d'Ivoire, Gabon and Senegal. The member countries were represented - Belize, Canada and "
        "Costa Rica - and Algeria followed the work as an observer."
    )
    assert roles_in(body, gazetteer) == {
        ("state/BLZ", "participant"),
        ("state/CAN", "participant"),
        ("state/CIV", "participant"),
        ("state/CRI", "participant"),
        ("state/DZA", "observer"),
        ("state/GAB", "participant"),
        ("state/NOR", "participant"),
        ("state/SEN", "participant"),
        ("state/CHE", "participant"),
    }


def test_observers_look_back_unless_others_are_joined_to_them(gazetteer):
    body = (
        "Canada and Japan were present as observers, and the Asia Pacific Refugee Rights Network was invited to "
        "the opening as a special guest. Kuwait attended as an observer, alongside Qatar and the International "
        "Labour Organization. Bahrain took part as an observer, as did UN Women."
    )
    assert roles_in(body, gazetteer) == {
        ("org/aprrn", "participant"),
        ("org/ilo", "observer"),
        ("org/un-women", "observer"),
        ("state/BHR", "observer"),
        ("state/CAN", "observer"),
        ("state/JPN", "observer"),
        ("state/KWT", "observer"),
        ("state/QAT", "observer"),
    }


def test_the_co_chairs_as_a_noun_give_no_role_and_a_relative_clause_is_passed_over(gazetteer):
    body = (
        "Delegations from Malaysia and Pakistan sat alongside those of the two Co-Chairs. Costa Rica, which "
        "holds the Presidency Pro Tempore of the Regional Conference on Migration this year and which hosted the "
        "meeting in San Jose, presided over the sessions. Officers of Thailand and Viet Nam are taking part."
    )
    assert roles_in(body, gazetteer) == {
        ("state/CRI", "co-chair"),
        ("state/CRI", "host"),
        ("state/MYS", "participant"),
        ("state/PAK", "participant"),
        ("state/THA", "participant"),
        ("state/VNM", "participant"),
    }


def test_labels_of_an_annex_of_delegations(gazetteer):
    text = (
        "Ministerial Conference\nDakar, 23 November 2011\n\n1. Ministers met.\n\nANNEX - DELEGATIONS\n\n"
        "Partner countries: Belgium, Benin, Senegal (host)\n\nOrganisations: ECOWAS Commission; International "
        "Centre for Migration Policy Development\n\nObservers: Algeria\n"
    )
    participations, _ = read_attendance(structure_of(text), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("org/ecowas", "participant"),
        ("org/icmpd", "participant"),
        ("state/BEL", "participant"),
        ("state/BEN", "participant"),
        ("state/DZA", "observer"),
        ("state/SEN", "host"),
        ("state/SEN", "participant"),
    }


def test_a_roster_of_heads_of_delegation_with_leaders_and_a_running_header(gazetteer):
    text = (
        "Senior Officials Meeting\nTrabzon, 20-21 May 2008\n\n1. Officials met.\n\n"
        "ANNEX – LIST OF DELEGATIONS (heads of delegation)\n\n"
        "Albania ................ Mr A. Hoxha, Director, Ministry of Interior\n"
        "Czech Republic ......... Mr T. Novak, Ministry of the Interior\n"
        "Budapest Process – 15th SOM – Conclusions of the Chair          Page 2 of 3\n"
        "Georgia\tMr G. Beridze, Ministry of Foreign Affairs\n"
        "ICMPD (Secretariat) .... Mr M. Hofer\n"
        "Observers: IOM; UNHCR\n"
    )
    participations, _ = read_attendance(structure_of(text), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("org/icmpd", "participant"),
        ("org/iom", "observer"),
        ("org/unhcr", "observer"),
        ("state/ALB", "participant"),
        ("state/CZE", "participant"),
        ("state/GEO", "participant"),
    }


def test_lists_labelled_by_region_of_origin_and_brought_together(gazetteer):
    body = (
        "Heads of delegation of the following Member States were present. Countries of origin: Nepal and "
        "Sri Lanka. Countries of destination: Oman and Qatar. The meeting brought together the members of the "
        "Dialogue – Bahrain and Kuwait – with the International Labour Organization in attendance as an observer."
    )
    assert roles_in(body, gazetteer) == {
        ("org/ilo", "observer"),
        ("state/BHR", "participant"),
        ("state/KWT", "participant"),
        ("state/LKA", "participant"),
        ("state/NPL", "participant"),
        ("state/OMN", "participant"),
        ("state/QAT", "participant"),
    }


def test_treaties_signed_invitations_and_other_events_give_no_attendance(gazetteer):
    body = (
        "The meeting was attended by Nepal. Officials welcomed that Cambodia and Myanmar had signed the Protocol "
        "against the Smuggling of Migrants. They invited Japan to take part in the next round. The Philippines, "
        "which signed the Memorandum of Understanding, spoke of it. The workshop held in Colombo brought together "
        "India and Pakistan."
    )
    assert roles_in(body, gazetteer) == {("state/NPL", "participant")}


def _roles(text: str, gazetteer) -> set[tuple[str, str]]:
    """(actor, role) of every participation a snippet gives."""
    return {(p.actor.key, p.role) for p in read_snippet(text, gazetteer).participations}


def test_a_table_of_delegations_flattened_to_text_under_a_label_paragraph(gazetteer):
    text = (
        "Senior Officials' Meeting\nWarsaw, 12 December 2017\n\nOfficials met in Warsaw.\n\n"
        "Delegations present (as registered):\n\n"
        "Armenia     | Georgia    | Republic of Moldova\nAustria     | Germany    | Romania\n"
        "Belarus     | Hungary    | Serbia\n"
    )
    assert _roles(text, gazetteer) == {
        (f"state/{c}", "participant") for c in ("ARM", "GEO", "MDA", "AUT", "DEU", "ROU", "BLR", "HUN", "SRB")
    }


def test_a_list_cut_over_paragraphs_stays_under_its_label(gazetteer):
    text = (
        "Core Group Meeting\nWarsaw, 20 November 2012\n\nThe following States participated:\n\n"
        "Armenia; Belarus; Bulgaria;\n\nGeorgia; Poland.\n\nThe Group agreed to meet again.\n"
    )
    assert _roles(text, gazetteer) == {(f"state/{c}", "participant") for c in ("ARM", "BLR", "BGR", "GEO", "POL")}


def test_labels_after_a_sentence_and_marks_after_names(gazetteer):
    text = statement_with(
        "Ministers of sending and receiving countries met. Sending countries present: Nepal, India and "
        "Viet Nam. Receiving countries present: Kuwait and Oman.\n\n"
        "ANNEX - LIST OF DELEGATIONS\n\nMembers: Fiji; Australia (Co-Chair); Indonesia (Co-Chair)"
    )
    assert _roles(text, gazetteer) == {
        *((f"state/{c}", "participant") for c in ("NPL", "IND", "VNM", "KWT", "OMN", "FJI", "AUS", "IDN")),
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
    }


def test_a_roster_over_paragraphs_with_upper_case_sub_headings(gazetteer):
    text = (
        "MIDSA Conference\nWindhoek, 15 - 17 November 2010\n\n1. Ministers met.\n\n"
        "Annex 2 - List of Delegations\n\nMEMBER STATES\nAngola ......... Ministry of Interior\n"
        "Namibia (host) ......... Ministry of Home Affairs\n\nREGIONAL ORGANISATION\nSADC Secretariat, Gaborone\n\n"
        "OBSERVERS\nInternational Labour Organization (ILO), Harare\n\n"
        "SECRETARIAT\nInternational Organization for Migration (IOM), Pretoria\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/AGO", "participant"),
        ("state/NAM", "participant"),
        ("state/NAM", "host"),  # marked so in the roster
        ("org/sadc-secretariat", "participant"),
        ("org/ilo", "observer"),
        ("org/iom", "participant"),
    }


def test_a_relative_clause_on_a_lists_last_part_gives_its_role_to_that_part_only(gazetteer):
    text = statement_with(
        "Senior officials from all member States are taking part, namely Benin, Ghana and Togo, together with "
        "Mauritania, which sits in the Dialogue as an observer State. The proceedings were conducted by the Greek "
        "Minister of Public Order together with Hungary, which has chaired the Budapest Process since 1993."
    )
    assert _roles(text, gazetteer) == {
        ("state/BEN", "participant"),
        ("state/GHA", "participant"),
        ("state/TGO", "participant"),
        ("state/MRT", "observer"),
        ("state/GRC", "co-chair"),
        ("state/HUN", "co-chair"),
    }


def test_a_groups_chair_in_a_list_of_groups_is_not_the_meetings_chair(gazetteer):
    text = statement_with(
        "Delegates of Mali and Niger attended. The thematic working groups are:\n"
        "- Border management .......... TWG Chair: Mali\n- Return and reintegration ...... TWG Chair: Niger"
    )
    assert _roles(text, gazetteer) == {("state/MLI", "participant"), ("state/NER", "participant")}


def test_a_members_label_over_a_verb_is_no_list_of_delegations(gazetteer):
    text = statement_with("Outcomes.\nMembers: Agreed to ask IOM and UNHCR to prepare a joint paper.")
    assert _roles(text, gazetteer) == set()


def test_a_meeting_steered_by_states_named_through_their_officials(gazetteer):
    text = statement_with(
        "The Ad Hoc Group meeting was steered by its Co-Chairs: Australia's Ambassador for People Smuggling "
        "and Human Trafficking, and Indonesia's Director-General for Multilateral Cooperation."
    )
    assert _roles(text, gazetteer) == {("state/AUS", "co-chair"), ("state/IDN", "co-chair")}


def test_a_possessor_without_an_office_does_not_attend(gazetteer):
    text = statement_with("Delegates praised Australia's leadership and Indonesia's support, and Fiji attended.")
    assert _roles(text, gazetteer) == {("state/FJI", "participant")}


def test_around_the_table_were_members_joined_by_organisations(gazetteer):
    text = statement_with(
        "Around the table were members Bangladesh, Maldives and Viet Nam, joined by the member organisations "
        "IOM and UNHCR."
    )
    assert _roles(text, gazetteer) == {
        ("state/BGD", "participant"),
        ("state/MDV", "participant"),
        ("state/VNM", "participant"),
        ("org/iom", "participant"),
        ("org/unhcr", "participant"),
    }


def test_the_state_that_chairs_a_group_is_not_the_list_before_it(gazetteer):
    text = statement_with(
        "Delegates and experts of Member States, among them Burkina Faso, Ghana and Togo, are working on three "
        "tracks, each led by the state that chairs the corresponding group."
    )
    assert _roles(text, gazetteer) == {
        ("state/BFA", "participant"),
        ("state/GHA", "participant"),
        ("state/TGO", "participant"),
    }


def test_a_roster_of_heads_of_delegation_in_space_padded_columns(gazetteer):
    text = (
        "Ministerial Consultation\nColombo, 1-2 April 2003\n\n1. Ministers met in Colombo.\n\n"
        "ANNEX - LIST OF HEADS OF DELEGATION\n\n"
        "Country          Head of delegation and title\n"
        "Bangladesh       Secretary, Ministry of Expatriates' Welfare and Overseas\n"
        "                 Employment\n"
        "China            Deputy Director-General, Ministry of Commerce\n"
        "Sri Lanka (host) Hon. M. Samarasinghe, Minister of Employment and\n"
        "                 Labour (Chair)\n"
        "Thailand         Director-General, Department of Employment\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/BGD", "participant"),
        ("state/CHN", "participant"),
        ("state/LKA", "participant"),
        ("state/LKA", "host"),
        ("state/THA", "participant"),
    }


def test_a_secretary_general_present_is_the_secretariat_the_gazetteer_lists(gazetteer):
    text = statement_with(
        "Ministers of Brunei Darussalam, Lao PDR and Singapore were present. The Deputy Secretary-General of "
        "ASEAN was also in attendance."
    )
    assert _roles(text, gazetteer) == {
        ("state/BRN", "participant"),
        ("state/LAO", "participant"),
        ("state/SGP", "participant"),
        ("org/asean-secretariat", "participant"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The International Organization for Migration served as secretariat to the meeting.",
        "IOM organised the workshop in its role as Technical Secretariat.",
        "Over the two days IOM briefed the participants on its return programmes.",
        "IOM contributed as a resource organisation.",
    ],
)
def test_the_meetings_secretariat_and_briefers_were_there(gazetteer, sentence):
    text = statement_with(f"Officials of Nepal and Sri Lanka attended. {sentence}")
    assert _roles(text, gazetteer) == {
        ("state/NPL", "participant"),
        ("state/LKA", "participant"),
        ("org/iom", "participant"),
    }


def test_and_so_were_gives_the_list_after_it_the_same_role(gazetteer):
    text = statement_with("Fiji and Samoa were represented, and so were UNHCR and UNODC.")
    assert _roles(text, gazetteer) == {
        ("state/FJI", "participant"),
        ("state/WSM", "participant"),
        ("org/unhcr", "participant"),
        ("org/unodc", "participant"),
    }


def test_co_chairs_in_apposition_who_convene_or_chair_the_meeting(gazetteer):
    convened = (
        "Technical Experts Group\nManila, 3-4 April 2019\n\n1. Viet Nam and New Zealand, as Co-Chairs of the "
        "Technical Experts Group on Returns and Reintegration, convened the Group's third meeting.\n"
    )
    assert _roles(convened, gazetteer) == {("state/VNM", "co-chair"), ("state/NZL", "co-chair")}
    chaired = statement_with(
        "Fiji and Samoa, the current Co-Chairs of the Technical Experts Group on Returns and Reintegration, "
        "chaired its fifth meeting."
    )
    assert _roles(chaired, gazetteer) == {("state/FJI", "co-chair"), ("state/WSM", "co-chair")}
    # convening is organising unless the text names the conveners chairs
    organised = statement_with(
        "Ministers of Nepal and Sri Lanka met. The International Organization for Migration, which convened the "
        "meeting with the host, served as its secretariat."
    )
    assert ("org/iom", "co-chair") not in _roles(organised, gazetteer)


def test_attended_as_observers_by(gazetteer):
    text = statement_with(
        "The Conference was also attended, as observers, by the ECOWAS Commission, the World Bank and the "
        "International Labour Organization."
    )
    assert _roles(text, gazetteer) == {
        ("org/ecowas", "observer"),
        ("org/world-bank", "observer"),
        ("org/ilo", "observer"),
    }


def test_a_relative_clause_about_the_host_does_not_take_its_role(gazetteer):
    text = (
        "Regional dialogue closes\n\n10 November 2022\n\nLilongwe, Malawi - The regional dialogue conference ended "
        "today in Lilongwe. The Government of Malawi, which chairs MIDSA in 2022, hosted the conference from 7 to 10 "
        "November 2022.\n"
    )
    assert _roles(text, gazetteer) == {("state/MWI", "host")}


def test_represented_after_a_participle_with_an_earlier_meeting_in_parentheses(gazetteer):
    text = (
        "Ambassadors' meeting\nColombo, 5 January 2017\n\n1. Envoys of India and Nepal attended. Cambodia, admitted "
        "as the twelfth Member State at the Fifth Ministerial Consultation (Colombo, 25 August 2016), was "
        "represented for the first time. IOM, which hosts the Technical Support Unit of the Process, presented "
        "the results.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/IND", "participant"),
        ("state/NPL", "participant"),
        ("state/KHM", "participant"),
        ("org/iom", "participant"),
    }


def test_speakers_at_the_opening_and_a_group_still_to_be_chaired(gazetteer):
    text = (
        "Summit Meeting\nDhaka, 10-12 December 2016\n\n"
        "The Special Representative of the United Nations Secretary-General addressed the opening session, as did "
        "the Director General of the International Organization for Migration.\n\n"
        "Participating governments:\n"
        " * agreed to set up an ad hoc working group on the global compact, to be co-chaired by Germany and Morocco;\n"
        " * encouraged States to include migrants in their plans.\n\n"
        "Germany and Morocco were welcomed as the next Co-Chairmanship of the Forum.\n"
    )
    assert _roles(text, gazetteer) == {("org/un", "participant"), ("org/iom", "participant")}


def test_presided_over_jointly_by_a_process_chair_and_its_secretariat(gazetteer):
    text = statement_with(
        "The meeting was presided over jointly by the Republic of Turkey, which chairs the Budapest Process. The "
        "International Centre for Migration Policy Development acted as its secretariat."
    )
    assert _roles(text, gazetteer) == {("state/TUR", "co-chair"), ("org/icmpd", "participant")}


def test_lists_joined_as_one_subject_a_host_delegation_and_a_state_before_its_office(gazetteer):
    body = (
        "The heads of mission of Bangladesh, India and Nepal, and senior diplomats of Kuwait, Oman and Qatar, took "
        "part in the discussion. Ministers from Cambodia and Viet Nam joined the host delegation. Myanmar hosted "
        "the meeting for the first time since the Second AMMTC, held in Yangon on 23 June 1999. The UAE Minister "
        "of Human Resources presided over the meeting together with the Minister of Foreign Employment of Sri Lanka."
    )
    assert _roles(statement_with(body), gazetteer) == {
        *{(f"state/{code}", "participant") for code in ("BGD", "IND", "NPL", "KWT", "OMN", "QAT", "KHM", "VNM")},
        ("state/MMR", "host"),
        ("state/ARE", "co-chair"),
        ("state/LKA", "co-chair"),
    }


def test_a_list_after_among_them_and_a_host_that_invited_the_delegations(gazetteer):
    body = (
        "Over 40 delegations were represented, among them Cameroon, Ghana and Switzerland. Spain invited the "
        "delegations to Madrid and chaired the day of work."
    )
    assert _roles(statement_with(body), gazetteer) == {
        ("state/CMR", "participant"),
        ("state/GHA", "participant"),
        ("state/CHE", "participant"),
        ("state/ESP", "host"),
        ("state/ESP", "co-chair"),
    }


def test_a_relative_clause_about_the_chairs_with_a_date_of_its_own(gazetteer):
    body = (
        "It was the first meeting co-chaired by New Zealand and Viet Nam, which took over the leadership of the "
        "Working Group from Malaysia in April 2017."
    )
    assert _roles(statement_with(body), gazetteer) == {("state/NZL", "co-chair"), ("state/VNM", "co-chair")}


def test_those_heard_those_who_contributed_and_those_who_reported(gazetteer):
    body = (
        "The Working Group heard interventions from Malaysia, the Maldives and Viet Nam on their national efforts. "
        "IOM and UNHCR contributed as member organisations. The RSO reported on its support to members."
    )
    assert _roles(statement_with(body), gazetteer) == {
        ("state/MYS", "participant"),
        ("state/MDV", "participant"),
        ("state/VNM", "participant"),
        ("org/iom", "participant"),
        ("org/unhcr", "participant"),
        ("org/rso", "participant"),
    }


def test_a_fronted_participle_over_a_group_is_no_chair_of_the_meeting(gazetteer):
    body = (
        "Co-chaired by Australia and Indonesia, the Working Group on Trafficking in Persons reports annually. "
        "Co-chaired by New Zealand and Viet Nam, the meeting adopted its report."
    )
    assert _roles(statement_with(body), gazetteer) == {("state/NZL", "co-chair"), ("state/VNM", "co-chair")}


def test_a_clause_whose_first_date_is_the_meetings_own_despite_earlier_ones_after_it(gazetteer):
    text = (
        "FIFTH SOUTH AMERICAN CONFERENCE ON MIGRATION\nLA PAZ, BOLIVIA, 25 AND 26 NOVEMBER 2004\n\n"
        "The Representatives of the Governments of Argentina, Bolivia and Chile, gathered at the Fifth South American "
        "Conference on Migration, held on 25 and 26 November 2004 in La Paz, as a continuation of the Fourth "
        "Conference, held in Montevideo in November 2003, with Spain present as an observer country, adopt this "
        "Declaration.\n\n"
        "Peru, which attended the Fourth Conference held in Montevideo in November 2003, sent its regards.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/ARG", "participant"),
        ("state/BOL", "participant"),
        ("state/CHL", "participant"),
        ("state/ESP", "observer"),
    }


def test_an_acronym_before_the_verb_co_chaired_is_a_chair_not_a_bodys_office(gazetteer):
    body = "Representatives of Thailand and of IOM co-chaired the two days of discussion. The ASEAN Chair spoke."
    assert _roles(statement_with(body), gazetteer) == {("state/THA", "co-chair"), ("org/iom", "co-chair")}


def test_the_host_as_an_object_a_partner_in_a_participle_and_a_meeting_still_to_come(gazetteer):
    body = (
        "Delegations from Angola, Botswana and Zimbabwe joined the host. The Government of Venezuela, working with "
        "IOM in its role of Technical Secretariat, hosted the Conference. The ministers will meet their "
        "counterparts from China and Japan on Saturday."
    )
    roles = _roles(statement_with(body), gazetteer)
    assert {("state/AGO", "participant"), ("state/BWA", "participant"), ("state/ZWE", "participant")} <= roles
    assert not {("org/iom", "host"), ("state/CHN", "participant"), ("state/JPN", "participant")} & roles
    assert not any(role == "host" for actor, role in roles if actor in ("state/AGO", "state/BWA", "state/ZWE"))


def test_a_roster_written_as_one_list_under_an_annex_heading(gazetteer):
    text = (
        "Ministerial MIDSA\nMaputo, 10-11 July 2013\n\n1. Ministers met in Maputo.\n\n"
        "ANNEX 3: MIDSA PARTICIPANTS\n\n"
        "Republic of Angola; Democratic Republic of Congo; Kingdom\nof Lesotho; Republic of Mozambique\n(host)\n\n"
        "SADC Secretariat; International Organization for Migration (IOM)\n\n"
        "Observer: International Labour Organization (ILO)\n\n"
        "2. Ministers agreed that the next MIDSA would be convened in 2015.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/AGO", "participant"),
        ("state/COD", "participant"),
        ("state/LSO", "participant"),
        ("state/MOZ", "participant"),
        ("state/MOZ", "host"),
        ("org/sadc-secretariat", "participant"),
        ("org/iom", "participant"),
        ("org/ilo", "observer"),
    }


def test_with_the_participation_of_representing_and_under_the_presidency_pro_tempore(gazetteer):
    text = (
        "Regional Conference on Migration\nAntigua Guatemala, 30-31 May 2002\n\n"
        "1. The Conference was held in Antigua Guatemala on 30-31 May 2002, under the Presidency Pro Tempore of "
        "Guatemala, with the participation of the Member Countries: Belize, Canada and Mexico.\n\n"
        "2. Sixty delegates attended, representing the Governments of Honduras and Panama.\n"
    )
    # the Presidency Pro Tempore is an office of the process (coordination), not the chair of this meeting
    assert _roles(text, gazetteer) == {
        ("state/BLZ", "participant"),
        ("state/CAN", "participant"),
        ("state/MEX", "participant"),
        ("state/HND", "participant"),
        ("state/PAN", "participant"),
    }


def test_the_states_of_a_signature_block(gazetteer):
    text = (
        "ASEAN Declaration on Transnational Crime\nManila, 20 December 1997\n\n1. We resolve to meet again.\n\n"
        "DONE at Manila, the Philippines, this Twentieth Day of December 1997.\n\n"
        "For Brunei Darussalam: Minister of Home Affairs\nFor the Republic of Indonesia: Minister of Home Affairs\n"
        "For the Kingdom of Thailand: Minister of Interior\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/BRN", "participant"),
        ("state/IDN", "participant"),
        ("state/THA", "participant"),
    }


def test_a_sessions_chairs_take_part_and_observer_status_at_the_united_nations_is_no_role(gazetteer):
    text = statement_with(
        "Some 530 delegates took part, representing Member States and Observers of the United Nations. The "
        "Secretary-General of the United Nations addressed the opening plenary. The session on diasporas was "
        "co-chaired by Mexico and the Netherlands. The opening session was chaired by Morocco."
    )
    assert _roles(text, gazetteer) == {
        ("org/un", "participant"),
        ("state/MEX", "participant"),
        ("state/NLD", "participant"),
        ("state/MAR", "co-chair"),
    }


def test_the_forum_whose_numbered_meeting_it_is_does_not_attend(gazetteer):
    text = statement_with(
        "The Government Meeting of the third Global Forum on Migration and Development (GFMD) was convened by the "
        "Hellenic Republic on 2 May 2018."
    )
    assert _roles(text, gazetteer) == set()


def test_states_that_joined_host_nepal_take_part_and_nepal_hosts(gazetteer):
    text = statement_with(
        "Ministers from Afghanistan, Bangladesh and Sri Lanka joined host Nepal for the two days. Representatives "
        "of the South Asian Association for Regional Cooperation sat in as observers."
    )
    assert _roles(text, gazetteer) == {
        ("state/AFG", "participant"),
        ("state/BGD", "participant"),
        ("state/LKA", "participant"),
        ("state/NPL", "host"),
        ("org/saarc", "observer"),
    }


def test_an_organisation_acting_as_technical_secretariat_is_apart_from_the_presidency(gazetteer):
    text = statement_with(
        "The Conference met under the Pro Tempore Presidency of Uruguay, with the International Organization for "
        "Migration acting as its Technical Secretariat."
    )
    assert _roles(text, gazetteer) == {("org/iom", "participant")}  # the Presidency: coordination of the process


def test_an_annex_with_labels_in_small_letters_over_semicolon_lists(gazetteer):
    text = (
        "First Meeting\nManila, 23-24 April 2018\n\n1. The Group met in Manila.\n\nANNEX - LIST OF DELEGATIONS\n\n"
        "Members:\nAustralia; Bangladesh; Philippines.\nInternational Organization for Migration (IOM).\n\n"
        "Observers:\nCanada; United Nations Action for Cooperation Against Trafficking in Persons (UN-ACT).\n\n"
        "Partner\n  European Commission\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/AUS", "participant"),
        ("state/BGD", "participant"),
        ("state/PHL", "participant"),
        ("org/iom", "participant"),
        ("state/CAN", "observer"),
        ("org/un-act", "observer"),
        ("org/eu", "participant"),
    }


def test_the_co_chairs_of_the_process_who_host_the_meeting_chair_it(gazetteer):
    assert _roles(
        statement_with("The Co-Chairs of the Bali Process, Australia and Indonesia, hosted the meeting in Sydney."),
        gazetteer,
    ) == {("state/AUS", "co-chair"), ("state/AUS", "host"), ("state/IDN", "co-chair"), ("state/IDN", "host")}
    assert _roles(
        statement_with(
            "The meeting was hosted and chaired by the two Co-Chairs of the Bali Process, Indonesia and Australia."
        ),
        gazetteer,
    ) == {("state/AUS", "co-chair"), ("state/AUS", "host"), ("state/IDN", "co-chair"), ("state/IDN", "host")}


def test_the_organisation_whose_chair_a_state_holds_does_not_attend(gazetteer):
    text = statement_with("The Philippines, this year's ASEAN chair, hosted the meeting, and Cambodia attended.")
    assert _roles(text, gazetteer) == {("state/PHL", "host"), ("state/KHM", "participant")}


def test_the_chairs_of_a_working_group_in_a_relative_clause_coordinate_it_and_a_short_name_again_is_no_one(gazetteer):
    text = statement_with(
        "Indonesia hosted the meeting. Members commended the Working Group on Trafficking in Persons, which "
        "Malaysia and New Zealand co-chair. The Co-Chairs of the Bali Process on People Smuggling, Trafficking in "
        "Persons and Related Transnational Crime (Bali Process), Indonesia and Australia, opened it."
    )
    roles = _roles(text, gazetteer)
    assert ("state/MYS", "co-chair") not in roles and ("state/NZL", "co-chair") not in roles
    assert not any(actor == "process/bali-process" for actor, _ in roles)


def test_the_dialogue_partners_it_held_consultations_with_take_part(gazetteer):
    text = statement_with(
        "On the margins, SOMTC held consultations with its dialogue partners: China, Japan and India."
    )
    assert _roles(text, gazetteer) == {
        ("state/CHN", "participant"),
        ("state/JPN", "participant"),
        ("state/IND", "participant"),
    }


def test_lists_by_side_after_took_part(gazetteer):
    text = statement_with(
        "Senior officials of the member states took part: on the sending side Bangladesh, India and Nepal; on the "
        "receiving side the UAE, Bahrain and Kuwait."
    )
    assert {actor for actor, _ in _roles(text, gazetteer)} == {
        "state/BGD", "state/IND", "state/NPL", "state/ARE", "state/BHR", "state/KWT"
    }  # fmt: skip


def test_the_chairs_of_a_session_with_a_partner_take_part(gazetteer):
    text = statement_with(
        "Singapore and the European Union presided over the SOMTC-EU session. The session between SOMTC and "
        "Canada was jointly led by Myanmar. Costa Rica presided over the opening session."
    )
    assert _roles(text, gazetteer) == {
        ("state/SGP", "participant"),
        ("org/eu", "participant"),
        ("state/MMR", "participant"),
        ("state/CRI", "co-chair"),
    }


def test_a_roster_in_two_columns_under_a_lettered_annex_heading(gazetteer):
    text = (
        "Workshop on Returns\nBangkok, Thailand\n12 May 2014\n\n"
        "1. The workshop was held in Bangkok. A list of delegations is at Annex A.\n\n"
        "Annex A - Delegations\n\n"
        "Bhutan                         Nepal\n"
        "Fiji (Co-Chair)                Tonga\n"
        "Kiribati                       Vanuatu (Host)\n\n"
        "International Organization for Migration (IOM)\n"
        "Office of the United Nations High Commissioner for Refugees (UNHCR)\n"
        "United Nations Office on Drugs and Crime (UNODC)\n"
    )
    assert _roles(text, gazetteer) == {
        *((f"state/{iso}", "participant") for iso in ("BTN", "NPL", "FJI", "TON", "KIR", "VUT")),
        ("org/iom", "participant"),
        ("org/unhcr", "participant"),
        ("org/unodc", "participant"),
        ("state/FJI", "co-chair"),  # as the roster marks them
        ("state/VUT", "host"),
    }


def test_the_member_states_of_an_organisation_are_those_of_the_meetings_day(gazetteer):
    asean_2024 = {
        (f"state/{iso}", "participant")
        for iso in ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"]
    }
    text = "AMMTC\nVientiane, 28 August 2024\n\nMinisters of the ten ASEAN member states met in Vientiane.\n"
    assert _roles(text, gazetteer) == asean_2024
    text = "AMMTC\nVientiane, 28 August 2024\n\nSenior officials of all ASEAN Member States took part.\n"
    assert _roles(text, gazetteer) == asean_2024
    text = "AMMTC\nManila, 20 December 1997\n\nThe Member States of ASEAN attended.\n"
    assert ("state/KHM", "participant") not in _roles(text, gazetteer)  # Cambodia joined in 1999
    assert len(_roles(text, gazetteer)) == 9
    text = (  # members the gazetteer does not know: the list after the phrase names them, not SADC
        "MIDSA\nGaborone, 1 June 2016\n\nOfficials came from the SADC Member States: Angola, Botswana and Malawi.\n"
    )
    assert _roles(text, gazetteer) == {(f"state/{iso}", "participant") for iso in ("AGO", "BWA", "MWI")}


def test_a_chair_named_by_a_police_office_then_a_list_attended_by(gazetteer):
    text = statement_with(
        "The Meeting was chaired by the Chief of the Myanmar Police Force, as SOMTC Chairman, and attended by "
        "the heads of delegation of Brunei Darussalam, Cambodia and Viet Nam."
    )
    assert _roles(text, gazetteer) == {
        ("state/MMR", "co-chair"),
        *((f"state/{iso}", "participant") for iso in ("BRN", "KHM", "VNM")),
    }


def test_participants_registered_representing_a_list(gazetteer):
    text = statement_with(
        "Sixty-eight participants were registered, representing 25 partner countries of the dialogue, together "
        "with the European Union, Frontex and INTERPOL."
    )
    assert _roles(text, gazetteer) == {
        ("org/eu", "participant"),
        ("org/frontex", "participant"),
        ("org/interpol", "participant"),
    }


def test_observers_with_the_presence_of_a_host_thanked_for_its_hospitality_and_an_offer_to_host(gazetteer):
    text = statement_with(
        "With the presence, as observers, of Mexico and Spain, and of the Andean Community, the Conference "
        "met.\n\n2. The Conference thanks the Government of Brazil for its warm hospitality.\n\n"
        "3. The Conference accepts the offer of Chile to assume the Pro Tempore Presidency and host the XII "
        "Conference in Santiago in 2012."
    )
    assert _roles(text, gazetteer) == {
        ("state/MEX", "observer"),
        ("state/ESP", "observer"),
        ("org/andean-community", "observer"),
        ("state/BRA", "host"),
    }


def test_the_co_chairs_named_before_their_states_convene_the_gathering(gazetteer):
    text = statement_with(
        "The Co-Chairs of the Bali Process, Indonesia and Australia, convened the fifth gathering of senior officials."
    )
    assert _roles(text, gazetteer) == {("state/IDN", "co-chair"), ("state/AUS", "co-chair")}


def test_counterparts_met_a_meeting_hosted_jointly_a_chair_named_by_its_demonym_and_a_future_host(gazetteer):
    text = statement_with(
        "The Foreign Ministers of Brunei Darussalam and Viet Nam met with their counterparts from Japan and "
        "the Republic of Korea.\n\n2. The meeting was hosted jointly by Portugal and by the Czech Republic; the "
        "Czech Chair presided over the sessions.\n\n3. The next meeting, which the Philippines will host in "
        "Manila, was announced."
    )
    assert _roles(text, gazetteer) == {
        *((f"state/{iso}", "participant") for iso in ("BRN", "VNM", "JPN", "KOR")),
        ("state/PRT", "host"),
        ("state/CZE", "host"),
        ("state/CZE", "co-chair"),
    }


def test_a_state_that_led_the_proceedings_chairs_and_its_office_is_no_unresolved_name(gazetteer):
    record = read_snippet(statement_with("South Africa, in the Chair of MIDSA, led the proceedings."), gazetteer)
    assert {(p.actor.key, p.role) for p in record.participations} == {("state/ZAF", "co-chair")}
    assert [w.message for w in record.warnings if "unresolved" in w.message] == []


def test_hosted_in_a_place_on_a_day_by(gazetteer):
    text = (
        "Fourth Senior Officials Meeting\nBali, 10 March 2011\n\n"
        "The meeting was hosted in Bali on 10 March 2011 by Indonesia and Australia.\n"
    )
    assert _roles(text, gazetteer) == {("state/IDN", "host"), ("state/AUS", "host")}


def test_interventions_made_by_and_members_and_observers_addressed_by_a_request(gazetteer):
    text = statement_with(
        "Interventions were made by Nepal and Pakistan, and by the International Labour Organization.\n\n"
        "2. The Co-Chairs requested the RSO to circulate this summary to all Members and Observers and invited "
        "IOM and UNODC to share their research."
    )
    assert _roles(text, gazetteer) == {
        ("state/NPL", "participant"),
        ("state/PAK", "participant"),
        ("org/ilo", "participant"),
    }


def test_consultations_held_with_and_representatives_met_and_a_gathering_after_its_chair(gazetteer):
    text = (
        "15th SOMTC\nSiem Reap, 8 June 2015\n\nThe meeting, hosted by Cambodia and chaired by the head of its "
        "delegation, brought together delegations of Brunei Darussalam and Viet Nam.\n\n"
        "Consultations were held during the meeting with Canada and India. The officials also met "
        "representatives of INTERPOL.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/KHM", "host"),
        *((f"state/{iso}", "participant") for iso in ("BRN", "VNM", "CAN", "IND")),
        ("org/interpol", "participant"),
    }


def test_a_roster_parted_by_stars_with_role_marks(gazetteer):
    text = (
        "Ministerial Dialogue\nVictoria Falls, Zimbabwe, 7-9 July 2015\n\n"
        "We, the Ministers of SADC, meeting at the third Ministerial-level Migration Dialogue for Southern "
        "Africa, agree to act.\n\nANNEX: PARTICIPATING DELEGATIONS\nAngola * Botswana * Lesotho *\n"
        "Zimbabwe (host)\nInternational Organization for Migration (secretariat)\n"
        "Office of the United Nations High Commissioner for Refugees (observer)\n"
    )
    assert _roles(text, gazetteer) == {
        ("org/sadc", "participant"),
        ("state/AGO", "participant"),
        ("state/BWA", "participant"),
        ("state/LSO", "participant"),
        ("state/ZWE", "participant"),
        ("state/ZWE", "host"),
        ("org/iom", "participant"),
        ("org/unhcr", "observer"),  # not also a participant; and the Dialogue met, it did not attend
    }


def test_delegates_who_come_from_a_dashed_list_and_officials_of_an_agency(gazetteer):
    body = (
        "More than 190 delegates took part. They come from Brunei Darussalam - Cambodia and Indonesia - and "
        "from the ASEAN Secretariat. Senior officials of ASEAN met the press, together with senior officials "
        "of the UN refugee agency UNHCR and of the International Organization for Migration."
    )
    assert roles_in(body, gazetteer) == {
        ("state/BRN", "participant"),
        ("state/KHM", "participant"),
        ("state/IDN", "participant"),
        ("org/asean-secretariat", "participant"),
        ("org/unhcr", "participant"),  # an agency's officials stand for it; ASEAN's are its members'
        ("org/iom", "participant"),
    }


def test_hosts_as_an_object_a_police_chair_and_a_themed_group_chaired(gazetteer):
    body = (
        "Delegations from Belize and Costa Rica joined their Canadian hosts. The meeting was chaired by the "
        "Indonesian National Police. Delegates heard the group on border management and cross-border crime, "
        "chaired by Mali."
    )
    assert roles_in(body, gazetteer) == {
        ("state/BLZ", "participant"),
        ("state/CRI", "participant"),
        ("state/CAN", "host"),
        ("state/IDN", "co-chair"),
    }


def test_bodies_listed_after_a_chair_under_a_lead_in_of_attendance(gazetteer):
    text = (
        "Global Meeting of Regional Consultative Processes\nLima, Peru, 22-23 May 2013\n\n"
        "Representatives of the following processes took part:\n"
        "* the Colombo Process, then chaired by Bangladesh, and the Abu Dhabi Dialogue;\n"
        "* the Budapest Process, chaired by Turkey, the Prague Process and the Almaty Process.\n"
    )
    assert _roles(text, gazetteer) == {
        ("process/colombo-process", "participant"),
        ("process/abu-dhabi-dialogue", "participant"),
        ("process/budapest-process", "participant"),
        ("process/prague-process", "participant"),
        ("process/almaty-process", "participant"),
    }


def test_special_guests_named_after_a_colon_colleagues_as_did_and_a_secretariat_after_the_chairs(gazetteer):
    body = (
        "Members took part. They were joined, as special guests, by the chairs of other processes on migration: "
        "the Colombo Process and the Migration Dialogue for Southern Africa (MIDSA). Experts from Fiji joined the "
        "call, as did colleagues from IOM. Australia and Indonesia chaired it at Counsellor level, and the Regional "
        "Support Office (RSO) provided the secretariat."
    )
    assert roles_in(body, gazetteer) == {
        ("process/colombo-process", "participant"),
        ("process/midsa", "participant"),
        ("state/FJI", "participant"),
        ("org/iom", "participant"),
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
        ("org/rso", "participant"),  # not a chair: the chairs' verb stands between
    }


def test_members_asked_to_make_use_of_a_centre_do_not_make_it_attend(gazetteer):
    body = "The meeting encouraged members to make use of the training offered by JCLEC. Officials from Fiji took part."
    assert roles_in(body, gazetteer) == {("state/FJI", "participant")}


def test_two_police_forces_chair_for_their_states_and_a_minister_led_the_meeting(gazetteer):
    body = (
        "The meeting was co-chaired by the Royal Malaysia Police and the Australian Federal Police. "
        "The New Zealand Foreign Minister led the meeting on its second day."
    )
    assert roles_in(body, gazetteer) == {
        ("state/MYS", "co-chair"),
        ("state/AUS", "co-chair"),
        ("state/NZL", "co-chair"),
    }


def test_a_chair_named_in_a_relative_clause_and_organisations_among_others_and_an_office_in_apposition(gazetteer):
    body = (
        "Turkey, which chairs the Budapest Process, presided over the meeting with Hungary, the Co-Chair of the "
        "Process. Forty participants attended, together with the European Commission and seven agencies, among "
        "them the International Organization for Migration and UNHCR."
    )
    participations, warnings = read_attendance(structure_of(statement_with(body)), gazetteer)
    assert {(p.actor.key, p.role) for p in participations} == {
        ("state/TUR", "co-chair"),
        ("state/HUN", "co-chair"),
        ("org/eu", "participant"),
        ("org/iom", "participant"),
        ("org/unhcr", "participant"),
    }
    assert warnings == []  # 'the Co-Chair of the Process' is an office, not unresolved names


def test_present_tense_and_all_represented_among_those_taking_part(gazetteer):
    assert roles_in("Belize, Canada and Mexico were all represented.", gazetteer) == {
        ("state/BLZ", "participant"),
        ("state/CAN", "participant"),
        ("state/MEX", "participant"),
    }
    body = "IOM and the ILO are also represented, as are the Netherlands and Germany on behalf of the partners."
    assert roles_in(body, gazetteer) == {
        ("org/iom", "participant"),
        ("org/ilo", "participant"),
        ("state/NLD", "participant"),
        ("state/DEU", "participant"),
    }
    body = (
        "Delegations of Afghanistan and Thailand were among those taking part, along with the UN refugee agency UNHCR."
    )
    assert roles_in(body, gazetteer) == {
        ("state/AFG", "participant"),
        ("state/THA", "participant"),
        ("org/unhcr", "participant"),
    }


def test_participants_drawn_from_services_members_in_apposition_and_member_organisations(gazetteer):
    body = (
        "Some 60 participants took part, drawn from the law enforcement and prosecution services of Cambodia and "
        "Viet Nam, alongside specialists from the United Nations Office on Drugs and Crime (UNODC)."
    )
    assert roles_in(body, gazetteer) == {
        ("state/KHM", "participant"),
        ("state/VNM", "participant"),
        ("org/unodc", "participant"),
    }
    body = (
        "Fiji, Samoa and the International Labour Organization, Bali Process members that do not sit on the "
        "Working Group, followed the meeting as observers."
    )
    assert roles_in(body, gazetteer) == {("state/FJI", "observer"), ("state/WSM", "observer"), ("org/ilo", "observer")}
    body = "Members in attendance were Australia and Viet Nam, together with the member organisations IOM and UNHCR."
    assert roles_in(body, gazetteer) == {
        ("state/AUS", "participant"),
        ("state/VNM", "participant"),
        ("org/iom", "participant"),
        ("org/unhcr", "participant"),
    }


def test_both_sides_of_a_table_a_standing_observer_and_previous_co_chairs(gazetteer):
    body = (
        "The eleven Colombo Process countries - Afghanistan, Bangladesh and Viet Nam - sat down with the States "
        "of the Gulf Cooperation Council (Bahrain and Kuwait) and Yemen."
    )
    assert roles_in(body, gazetteer) == {
        (key, "participant") for key in ("state/AFG", "state/BGD", "state/VNM", "state/BHR", "state/KWT", "state/YEM")
    }
    body = "It was hosted by the United Arab Emirates, an active observer of the Colombo Process, in Abu Dhabi."
    assert roles_in(body, gazetteer) == {("state/ARE", "host")}
    body = "Delegations of Germany and Morocco, the previous Co-Chairs, took part as members of the Troika."
    assert roles_in(body, gazetteer) == {("state/DEU", "participant"), ("state/MAR", "participant")}
    body = "It is hosted by Turkey, which has chaired the Budapest Process since 2006."
    assert roles_in(body, gazetteer) == {("state/TUR", "host")}


def test_a_chair_named_by_a_states_adjective_before_an_office_or_a_counterpart(gazetteer):
    body = "The meeting was chaired by the Ecuadorian Vice Minister for Human Mobility, Ambassador Santiago Chavez."
    assert roles_in(body, gazetteer) == {("state/ECU", "co-chair")}
    body = "Foreign Minister Marty Natalegawa and his Australian counterpart Bob Carr co-chaired the conference."
    assert roles_in(body, gazetteer) == {("state/AUS", "co-chair")}


def test_the_states_an_envoy_is_accredited_to_are_not_there(gazetteer):
    assert roles_in("The Ambassador of Indonesia to Thailand and Viet Nam attended the meeting.", gazetteer) == {
        ("state/IDN", "participant")
    }


def test_members_that_sent_experts_and_a_labelled_list_under_an_annex_label(gazetteer):
    text = (
        "Expert Working Group Meeting\nYangon, 3-5 June 2014\n\nAll ASEAN Member States sent experts to the Meeting.\n"
    )
    assert _roles(text, gazetteer) == {
        (f"state/{code}", "participant")
        for code in ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM")
    }
    text = (
        "Senior Officials Meeting\nKampala, 22 March 2022\n\n1. The meeting was held.\n\n"
        "Annex: List of delegations\n\nPartner states: Belgium, Djibouti, Egypt.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/BEL", "participant"),
        ("state/DJI", "participant"),
        ("state/EGY", "participant"),
    }


def test_a_state_that_chairs_a_body_this_year_and_working_tables_chaired_by_states(gazetteer):
    body = "Brunei, which chairs the ASEAN Senior Officials Meeting on Transnational Crime this year, spoke."
    assert ("state/BRN", "co-chair") not in roles_in(body, gazetteer)
    body = "The tables were chaired by Switzerland and the Russian Federation, and by Afghanistan and Pakistan."
    assert roles_in(body, gazetteer) == {
        (key, "participant") for key in ("state/CHE", "state/RUS", "state/AFG", "state/PAK")
    }


def test_a_states_border_force_in_the_chair(gazetteer):
    body = "It was chaired jointly by the Ministry of Foreign Affairs of Indonesia and the Australian Border Force."
    assert roles_in(body, gazetteer) == {("state/IDN", "co-chair"), ("state/AUS", "co-chair")}


def test_an_aside_of_members_of_another_body_and_an_outgoing_chair(gazetteer):
    body = (
        "Colombia and Ecuador, members of the South American Conference that do not sit in the RCM, followed the "
        "meeting as observers."
    )
    assert roles_in(body, gazetteer) == {("state/COL", "observer"), ("state/ECU", "observer")}
    body = "Mexico, outgoing Chair, and Mauritius, incoming Chair, took part in the Troika."  # offices of the Forum
    assert not {role for _, role in roles_in(body, gazetteer)} & {"co-chair"}


def test_an_organisation_whose_name_holds_and_in_a_list_of_organisations(gazetteer):
    body = (
        "The workshop brought together officials from several organisations, among them the Regional Operational "
        "Centre in support of the Khartoum Process and the AU-Horn of Africa Initiative (ROCK), Frontex and ICMPD."
    )
    assert roles_in(body, gazetteer) == {
        ("org/rock", "participant"),
        ("org/frontex", "participant"),
        ("org/icmpd", "participant"),
    }


def test_officials_joined_from_organisations_represented_by_and_a_future_roster(gazetteer):
    body = "Officials joined from Australia and Cambodia. Member organisations were represented by IOM and UNHCR."
    assert roles_in(body, gazetteer) == {
        ("state/AUS", "participant"),
        ("state/KHM", "participant"),
        ("org/iom", "participant"),
        ("org/unhcr", "participant"),
    }
    body = (
        "Delegations of Afghanistan and Iran will present national reports, and observer states have also been "
        "invited. Taking part will be the Vice Minister of the Republic of Kazakhstan."
    )
    assert roles_in(body, gazetteer) == {
        ("state/AFG", "participant"),
        ("state/IRN", "participant"),
        ("state/KAZ", "participant"),
    }


def test_a_second_labelled_list_after_a_semicolon_those_at_the_table_and_those_who_took_the_floor(gazetteer):
    body = (
        "The meeting brought together representatives of the following African partner countries: Benin and "
        "Tunisia; of the following European partner countries: Belgium and Switzerland; and of ECOWAS. Around the "
        "table sat Mali and Spain, together with the European Commission. Malaysia and Viet Nam each took the "
        "floor to update the group."
    )
    assert roles_in(body, gazetteer) == {
        (key, "participant")
        for key in (
            "state/BEN",
            "state/TUN",
            "state/BEL",
            "state/CHE",
            "org/ecowas",
            "state/MLI",
            "state/ESP",
            "org/eu",
            "state/MYS",
            "state/VNM",
        )
    }


def test_practitioners_brought_together_by_a_workshop_and_officials_described_before_joined_from(gazetteer):
    body = (
        "The workshop brought together labour inspectors, port authorities and prosecutors from Cambodia and "
        "Myanmar, as well as officials from Fiji, whose waters host large distant-water fleets. Business leaders "
        "from Malaysia and Singapore joined them. Officials responsible for returns joined from Nepal and Palau."
    )
    assert roles_in(body, gazetteer) == {
        (f"state/{code}", "participant") for code in ("KHM", "MMR", "FJI", "MYS", "SGP", "NPL", "PLW")
    } | {("collective/business", "participant")}  # business leaders take part as such


def test_a_list_after_as_well_as_broken_at_a_line_end(gazetteer):
    body = "Delegations came from Armenia and Belarus, as\nwell as from Finland and Sweden."
    assert roles_in(body, gazetteer) == {(f"state/{code}", "participant") for code in ("ARM", "BLR", "FIN", "SWE")}


def test_delegates_drawn_from_the_member_states_of_an_organisation_and_from_partners(gazetteer):
    body = (
        "A total of 221 delegates attended, drawn from the ASEAN Member States and from ten dialogue partners, "
        "namely Australia and Canada."
    )
    asean = ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM")
    assert _roles(statement_with(body), gazetteer) == {
        (f"state/{code}", "participant") for code in (*asean, "AUS", "CAN")
    }


def test_joining_a_process_as_a_member_a_phrase_that_ends_before_a_place_and_a_delegation_made_up(gazetteer):
    body = (
        "Uganda joined the Process as a Member after the adoption of the Rome Declaration, together with Norway. "
        "Investigators and police from eleven member states spent three days at the Regional Support Office (RSO) "
        "in Bangkok. The Ugandan delegation was made up of senior officials."
    )
    assert roles_in(body, gazetteer) == {("state/UGA", "participant")}


def test_joint_chairmanship_an_official_who_opened_the_meeting_and_a_host_proud_to_host(gazetteer):
    body = (
        "The meeting was held under the joint chairmanship of Australia and Indonesia. The Australian Minister for "
        "Foreign Affairs opened the meeting. Thailand was proud to host the Conference. Officials heard reports "
        "from the two Ad Hoc Experts' Groups, coordinated respectively by New Zealand and by Viet Nam."
    )
    assert roles_in(body, gazetteer) == {
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
        ("state/AUS", "participant"),
        ("state/THA", "host"),
    }


def test_we_co_chaired_under_a_title_that_names_the_two_ministers(gazetteer):
    text = (
        "JOINT PRESS STATEMENT\nBY THE FOREIGN MINISTER OF THE REPUBLIC OF INDONESIA\n"
        "AND THE FOREIGN MINISTER OF AUSTRALIA\n\nMarch 23, 2016\n\n"
        "1. Today we co-chaired the Sixth Ministerial Conference of the Bali Process in Bali, Indonesia.\n\n"
        "2. We co-chaired the first conference in Bali in February 2002.\n"
    )
    record = read_snippet(text, gazetteer)
    assert {(p.actor.key, p.role, p.mention.quote) for p in record.participations} == {
        ("state/IDN", "co-chair", "we"),
        ("state/AUS", "co-chair", "we"),
    }
    assert {(r.start, r.place) for r in record.event.readings} == {("2016-03-23", ""), ("2016-03-23", "Bali")}


def test_a_surname_an_envoys_post_another_meeting_that_morning_and_an_opening_ceremony(gazetteer):
    body = (
        "The Chief of the Indonesian National Police, General Badrodin Haiti, opened the meeting. New Zealand's "
        "Ambassador to Viet Nam opened the workshop. Earlier that morning the Consultation with China was held "
        "under the joint chairmanship of Myanmar and China. The Director General of the International Organization "
        "for Migration also addressed the opening ceremony."
    )
    assert roles_in(body, gazetteer) == {
        ("state/IDN", "participant"),
        ("state/NZL", "participant"),
        ("org/iom", "participant"),
    }


def test_co_chairs_in_apposition_with_the_process_named_again_in_parentheses_and_a_panel(gazetteer):
    body = (
        "Indonesia and Australia, as Co-Chairs of the Bali Process on People Smuggling, Trafficking in Persons and "
        "Related Transnational Crime (Bali Process), convened the Sixth Meeting. UNODC joined a panel alongside "
        "the UK Home Office."
    )
    assert roles_in(body, gazetteer) == {
        ("state/IDN", "co-chair"),
        ("state/AUS", "co-chair"),
        ("org/unodc", "participant"),
    }


def test_as_host_country_opening_the_sentence(gazetteer):
    body = "As host country, Burkina Faso fielded a large delegation. Mali, as host, spoke."
    assert roles_in(body, gazetteer) == {("state/BFA", "host"), ("state/MLI", "host")}


def test_states_that_follow_the_process_as_observers_are_not_observers_of_the_meeting(gazetteer):
    body = (
        "Bahrain, Italy and the UAE, the main destination countries, follow the Process as observers. Argentina "
        "and Jamaica followed the discussions as observers."
    )
    assert roles_in(body, gazetteer) == {("state/ARG", "observer"), ("state/JAM", "observer")}


def test_the_co_chair_of_a_process_the_forums_observers_and_those_invited_to_attend_later(gazetteer):
    # the process's chair and co-chair, not the meeting's
    assert roles_in(
        "Ministers gathered at the invitation of Turkey, which chairs the Budapest Process, with Hungary as Co-Chair.",
        gazetteer,
    ) == {("state/TUR", "host")}
    # but a meeting chaired with a co-chair is the meeting's
    assert roles_in("Australia chaired the Conference, with Indonesia as Co-Chair.", gazetteer) == {
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
    }
    # a process's observers are not the process
    assert roles_in(
        "Over a hundred states attended, together with the GFMD observers, among them IOM and the ILO.", gazetteer
    ) == {("org/iom", "observer"), ("org/ilo", "observer")}
    # an invitation to take part later is no attendance
    assert roles_in("Ministers invited Japan to participate in the Process as an observer.", gazetteer) == set()


def test_second_lists_under_labels_collectives_that_attend_and_counterparts(gazetteer):
    assert roles_in(
        "Ministers took part from the sending countries - Bangladesh, India and Nepal - and from the receiving "
        "countries the UAE, Bahrain and Kuwait.",
        gazetteer,
    ) == {(f"state/{c}", "participant") for c in ("BGD", "IND", "NPL", "ARE", "BHR", "KWT")}
    assert roles_in(
        "IOM attended as an observer, as did representatives of the private sector and of civil society.", gazetteer
    ) == {("org/iom", "observer"), ("collective/business", "observer"), ("collective/civil-society", "observer")}
    # a collective that names an office or a session's partner does not attend
    assert (
        roles_in(
            "Ministers thanked the business co-chairs and met in a dialogue session with civil society.", gazetteer
        )
        == set()
    )
    assert roles_in(
        "The Conference was co-chaired by Indonesian Foreign Minister Hassan Wirajuda and his Australian counterpart.",
        gazetteer,
    ) == {("state/IDN", "co-chair"), ("state/AUS", "co-chair")}
    # a demonym after a place is an office holder, not more of the place
    assert roles_in("Today in Perth, Indonesian Foreign Minister Retno Marsudi co-chaired the Forum.", gazetteer) == {
        ("state/IDN", "co-chair")
    }
    # the co-chairs of a process named at length, in a relative clause: coordination, not this meeting's chairs
    assert (
        roles_in(
            "We welcomed cooperation with the Bali Process on People Smuggling, Trafficking in Persons and Related "
            "Transnational Crime, which Indonesia and Australia co-chair.",
            gazetteer,
        )
        == set()
    )


def test_a_meeting_of_a_process_chaired_and_a_second_list_under_a_label_with_of(gazetteer):
    assert _roles(
        "Senior Officials' Meeting\nAsmara, 7 March 2019\n\n1. The Senior Officials' Meeting (SOM) of the Khartoum "
        "Process met in Asmara on 7 March 2019 under the chairmanship of the State of Eritrea, which took over the "
        "Chair of the Process from Italy.\n",
        gazetteer,
    ) == {("state/ERI", "co-chair")}
    assert roles_in(
        "The host will welcome delegations from the countries of origin - Nepal and India - and from the "
        "countries of destination - Oman and Qatar.",
        gazetteer,
    ) == {(f"state/{c}", "participant") for c in ("NPL", "IND", "OMN", "QAT")}


def test_a_table_of_participants_flattened_with_bars_and_cells_going_on_below(gazetteer):
    text = (
        "Co-Chairs' Statement\nBangkok, 28 November 2019\n\n"
        "1. Senior officials met in Bangkok.\n\n"
        "2. Canada followed the proceedings as an observer.\n\n"
        "ANNEX A - LIST OF PARTICIPANTS\n\n"
        " No. | Member               | No. | Member\n"
        "-----+----------------------+-----+--------------------------------------\n"
        "  1  | Afghanistan          |  4  | New Zealand\n"
        "  2  | Australia (Co-Chair) |  5  | International Organization for\n"
        "     |                      |     | Migration (IOM)\n"
        "  3  | Thailand (Host)      |  6  | Pakistan\n\n"
        "Observers (alphabetical): Canada; European\nUnion; Switzerland.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/AFG", "participant"),
        ("state/NZL", "participant"),  # not the co-chair the next row marks
        ("state/AUS", "participant"),
        ("state/AUS", "co-chair"),
        ("org/iom", "participant"),
        ("state/THA", "participant"),
        ("state/THA", "host"),
        ("state/PAK", "participant"),
        ("state/CAN", "observer"),
        ("org/eu", "observer"),
        ("state/CHE", "observer"),
    }


def test_an_annex_of_participating_states_in_columns(gazetteer):
    text = (
        "Ministerial Conference\nIstanbul, 20 February 2019\n\n"
        "1. Ministers adopted the Commitments.\n\n"
        "ANNEX - PARTICIPATING STATES (in the order of the table of signatures)\n\n"
        "Afghanistan          Albania              Armenia\n"
        "Greece               Hungary              Iran (Islamic\n"
        "                                          Republic of)\n"
        "Sweden               Switzerland          Turkey\n"
    )
    assert _roles(text, gazetteer) == {
        (f"state/{c}", "participant") for c in ("AFG", "ALB", "ARM", "GRC", "HUN", "SWE", "CHE", "TUR", "IRN")
    }  # 'Iran (Islamic' / 'Republic of)', cut by the row below, is read from the block as a whole


def test_a_future_meetings_host_and_a_process_with_a_number_of_observers_are_no_roles_here(gazetteer):
    assert roles_in(
        "Ministers from Fiji and Samoa attended. They agreed to hold a second meeting of the Forum in 2019, to be "
        "hosted by Indonesia. The Bali Process brings together 45 members and a number of observers.",
        gazetteer,
    ) == {("state/FJI", "participant"), ("state/WSM", "participant")}


def test_officials_attended_from_a_list_and_a_descriptor_before_a_name_in_a_list(gazetteer):
    assert roles_in(
        "Some sixty officials attended from Australia, Nepal and Viet Nam. Experts from the United Nations "
        "Inter-Agency Project on Human Trafficking took part as resource persons.",
        gazetteer,
    ) == {(f"state/{c}", "participant") for c in ("AUS", "NPL", "VNM")} | {("org/uniap", "participant")}
    assert roles_in(
        "The Secretariat organised the meeting with the support of the International Organization for Migration "
        "and the German development agency GIZ, both of which took part in the sessions.",
        gazetteer,
    ) == {("org/iom", "participant"), ("org/giz", "participant")}


def test_joining_the_hosts_and_co_chairs_and_presiding_over_jointly_by(gazetteer):
    assert roles_in(
        "Officials from Afghanistan and Malaysia joined the hosts and Co-Chairs, as did representatives of IOM.",
        gazetteer,
    ) == {("state/AFG", "participant"), ("state/MYS", "participant"), ("org/iom", "participant")}
    assert roles_in(
        "The meeting was hosted by New Zealand and presided over jointly by Australia and Indonesia.", gazetteer
    ) == {("state/NZL", "host"), ("state/AUS", "co-chair"), ("state/IDN", "co-chair")}


def test_a_states_delegation_to_the_meeting(gazetteer):
    assert roles_in(
        "The Ambassador led the Thai delegation to the Conference on behalf of the Minister.", gazetteer
    ) == {("state/THA", "participant")}


def test_a_preview_says_its_own_meeting_in_the_future(gazetteer):
    text = (
        "Media release\n16 November 2023\n\nWellington to host regional talks\n\n"
        "New Zealand will host officials from across the region in Wellington next week for the annual meeting.\n\n"
        "The meeting, on 21 and 22 November 2023, will be co-chaired by New Zealand and Viet Nam.\n\n"
        "Ministers will meet again in Suva in 2024, hosted by Fiji.\n"
    )
    assert _roles(text, gazetteer) == {("state/NZL", "host"), ("state/NZL", "co-chair"), ("state/VNM", "co-chair")}


def test_taking_part_are_and_as_will_after_observers(gazetteer):
    assert roles_in(
        "Countries taking part are Nepal and Pakistan. IOM and the European Union will join as observers, as will "
        "representatives of the private sector and of civil society.",
        gazetteer,
    ) == {
        ("state/NPL", "participant"),
        ("state/PAK", "participant"),
        ("org/iom", "observer"),
        ("org/eu", "observer"),
        ("collective/business", "observer"),
        ("collective/civil-society", "observer"),
    }


def test_a_wire_previews_its_meeting_and_a_list_goes_on_past_itself(gazetteer):
    text = (
        "Ministers in Dubai for the consultation\n\n"
        "DUBAI, 9th February 2024 (WAM) -- Ministers will meet in Dubai on Saturday and Sunday, 10-11 February 2024, "
        "for the Seventh Ministerial Consultation.\n\n"
        "The United Arab Emirates, which will host the consultation, expects delegations from two countries of "
        "origin - Nepal and Pakistan - and from three countries of destination: the UAE itself, Bahrain and Oman.\n"
    )
    assert _roles(text, gazetteer) == {("state/ARE", "host"), ("state/ARE", "participant")} | {
        (f"state/{c}", "participant") for c in ("NPL", "PAK", "BHR", "OMN")
    }


def test_observer_organisations_as_a_label_and_as_the_addressees_of_a_request(gazetteer):
    assert roles_in(
        "Representatives of observer organisations also attended: the Oceania Customs Organisation (OCO), the "
        "Pacific Islands Forum Secretariat (PIFS), IOM and UNHCR.",
        gazetteer,
    ) == {(f"org/{o}", "observer") for o in ("oco", "pif-secretariat", "iom", "unhcr")}
    assert (
        roles_in(
            "Members encouraged the observer organisations to align their training offers with the PIDC calendar.",
            gazetteer,
        )
        == set()
    )


def test_a_round_that_will_bring_together_a_list(gazetteer):
    assert roles_in("This year's round will bring together the countries of origin - Nepal and India.", gazetteer) == {
        ("state/NPL", "participant"),
        ("state/IND", "participant"),
    }


def test_alongside_observed_the_proceedings_and_joined_one_session(gazetteer):
    assert roles_in(
        "The meeting gathered officials from Australia and Thailand, alongside IOM and UNODC. Officials from France "
        "and from INTERPOL observed the proceedings. Fiji and Papua New Guinea joined one session remotely.",
        gazetteer,
    ) == {
        ("state/AUS", "participant"),
        ("state/THA", "participant"),
        ("org/iom", "participant"),
        ("org/unodc", "participant"),
        ("state/FRA", "observer"),
        ("org/interpol", "observer"),
        ("state/FJI", "participant"),
        ("state/PNG", "participant"),
    }
    assert roles_in(
        "Hosted by Morocco, the Conference was opened by its Minister, alongside Belgium, outgoing Presidency.",
        gazetteer,
    ) == {("state/MAR", "host")}


def test_host_and_attending_fields(gazetteer):
    text = (
        "Second Meeting - Outcomes Report\n\nVenue: Cinnamon Grand Hotel, Colombo\nDates: 11 and 12 November 2015\n"
        "Host: Government of the Democratic Socialist Republic of Sri Lanka\n\n"
        "Attending: Australia; Bangladesh; International Organization for Migration.\n\nThe Group met.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/LKA", "host"),
        ("state/AUS", "participant"),
        ("state/BGD", "participant"),
        ("org/iom", "participant"),
    }


def test_welcomed_as_observers_representatives_of_and_a_numbered_meeting_of_a_process(gazetteer):
    assert roles_in(
        "The Conference also welcomed, as observers, representatives of the Oceania Customs Organisation (OCO) and "
        "the International Organization for Migration (IOM).",
        gazetteer,
    ) == {("org/oco", "observer"), ("org/iom", "observer")}
    assert roles_in(
        "In the city of Sucre, the XVIII South American Conference on Migration (SACM) met. The Delegations of the "
        "Governments of Chile and Peru took part.",
        gazetteer,
    ) == {("state/CHL", "participant"), ("state/PER", "participant")}


def test_a_meeting_with_its_acronym_brought_together_participants_from_among_them(gazetteer):
    assert roles_in(
        "The Senior Officials' Meeting (SOM) brought together 62 participants from 29 states, among them Armenia "
        "and Georgia, as well as UNHCR.",
        gazetteer,
    ) == {("state/ARM", "participant"), ("state/GEO", "participant"), ("org/unhcr", "participant")}


def test_organisations_present_among_them(gazetteer):
    assert roles_in(
        "We thank the many international organisations present, among them IOM, UNHCR and the ILO.", gazetteer
    ) == {("org/iom", "participant"), ("org/unhcr", "participant"), ("org/ilo", "participant")}


def test_a_presentation_from_an_organisation(gazetteer):
    assert roles_in(
        "The Meeting welcomed a presentation from the International Organization for Migration (IOM) on lessons "
        "learnt.",
        gazetteer,
    ) == {("org/iom", "participant")}


def test_a_rows_own_observer_mark_does_not_make_the_rows_above_observers(gazetteer):
    text = (
        "Senior Officials' Meeting\nAsmara, 7 March 2019\n\nThe meeting was held.\n\n"
        "Annex I - List of participants (as registered)\n\n"
        " Kenya                          Principal Secretary, Immigration\n"
        " Sudan                          Commissioner for Refugees\n"
        " IOM (observer)                 Chief of Mission, Asmara\n"
    )
    found = _roles(text, gazetteer)
    assert {("state/KEN", "participant"), ("state/SDN", "participant"), ("org/iom", "observer")} <= found
    assert ("state/KEN", "observer") not in found and ("state/SDN", "observer") not in found


def test_a_preview_dated_in_a_run_together_page_field(gazetteer):
    text = (
        "NewsBudapest Process15 February 2019\n\nMinisters to meet in Istanbul next week\n\n"
        "Vienna – On 20 February 2019 ministers will meet in Istanbul for the Sixth Ministerial Conference. The "
        "conference will be hosted by the Republic of Turkey, which has chaired the Budapest Process since 2006; "
        "Hungary is the Process's co-chair.\n\n"
        "Among the states that have confirmed ministerial participation are Afghanistan and Iraq. The European "
        "Union will be represented by the European Commissioner for Migration.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/TUR", "host"),  # 'since 2006' is the chair's term, not a later meeting
        ("state/AFG", "participant"),
        ("state/IRQ", "participant"),
        ("org/eu", "participant"),
    }  # Hungary co-chairs the process (coordination), not the meeting


def test_colleagues_from_in_a_speech(gazetteer):
    assert roles_in(
        "I am glad to see so many familiar faces: colleagues from Cambodia and Lao PDR; and our counterparts from "
        "UNODC.",
        gazetteer,
    ) == {("state/KHM", "participant"), ("state/LAO", "participant"), ("org/unodc", "participant")}


def test_taking_part_from_a_side_and_a_side_represented_by(gazetteer):
    assert roles_in(
        "Taking part from the countries of origin are Nepal and Pakistan; the countries of destination will be "
        "represented by Bahrain and Kuwait.",
        gazetteer,
    ) == {
        ("state/NPL", "participant"),
        ("state/PAK", "participant"),
        ("state/BHR", "participant"),
        ("state/KWT", "participant"),
    }


def test_a_table_of_delegations_with_their_status(gazetteer):
    text = (
        "Senior Officials' Meeting\nBangkok, 25-26 June 2019\n\nTABLE 1. DELEGATIONS\n"
        "+----+------------------------------+---------------+\n"
        "| No | Delegation                   | Status        |\n"
        "+----+------------------------------+---------------+\n"
        "| 1  | Australia                    | Co-Chair      |\n"
        "| 2  | Thailand                     | Host/Member   |\n"
        "| 3  | Canada                       | Observer      |\n"
        "| 4  | Regional Support Office      | In attendance |\n"
        "| 5  | Freedonia                    | Member        |\n"
        "| 6  | UNHCR                        | Rapporteur    |\n"
        "+----+------------------------------+---------------+\n\n"
        "Officials met.\n"
    )
    record = read_snippet(text, gazetteer)
    assert {(p.actor.key, p.role) for p in record.participations} == {
        ("state/AUS", "co-chair"),
        ("state/THA", "host"),
        ("state/THA", "participant"),
        ("state/CAN", "observer"),
        ("org/rso", "participant"),
    }
    assert {w.message for w in record.warnings} >= {
        "unresolved participant 'Freedonia': not in the gazetteer",
        "status 'Rapporteur' of 'UNHCR' names no role",
    }


def test_an_annex_with_sub_headings_in_mixed_case(gazetteer):
    text = (
        "CONSULTATION MECHANISM\nMeeting convened by video conference, 23 March 2023\n\n1. Members met.\n\n"
        "ANNEX A - PARTICIPANTS\n\nCo-Chairs\n  Australia\n  Indonesia\n\nMost affected countries\n  Bangladesh\n\n"
        "Observer\n  United Nations Office on Drugs and Crime\n\nIn attendance\n  Regional Support Office of the Bali "
        "Process (RSO)\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
        ("state/BGD", "participant"),
        ("org/unodc", "observer"),
        ("org/rso", "participant"),
    }


def test_a_former_chair_of_the_process_a_while_clause_and_a_host_who_welcomed_officials(gazetteer):
    assert roles_in(
        "The Government of Nepal welcomed senior officials of the member states to Kathmandu. Eritrea took over "
        "from Italy, which had chaired the Khartoum Process throughout 2018. IOM and the ILO were in attendance, "
        "while a delegation of Canada joined as an observer.",
        gazetteer,
    ) == {("state/NPL", "host"), ("org/iom", "participant"), ("org/ilo", "participant"), ("state/CAN", "observer")}


def test_an_annex_line_listing_delegations_with_commas_and_counterparts_to_meet_the_next_day(gazetteer):
    text = (
        "Ministerial Conference\nIstanbul, 20 February 2019\n\n1. We met.\n\n2. We looked forward to meeting our "
        "counterparts from China and Japan at the Consultation the following day.\n\n"
        "ANNEX – PARTICIPANTS\n\nCO-CHAIR\nHungary\n\nPARTICIPATING STATES\nAfghanistan, Austria, Bangladesh,\n"
        "Greece, Iraq\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/HUN", "co-chair"),
        ("state/AFG", "participant"),
        ("state/AUT", "participant"),
        ("state/BGD", "participant"),
        ("state/GRC", "participant"),
        ("state/IRQ", "participant"),
    }


def test_more_ways_of_naming_who_attends(gazetteer):
    assert roles_in(
        "Ministers and business leaders attended from Fiji and India. On the receiving side, delegations are "
        "expected from Bahrain and Kuwait. Taking part on the sending side will be Nepal. Among the governments "
        "that spoke in the opening segment were those of Colombia and Mexico. IOM has been invited to follow the "
        "proceedings as an observer, as have representatives of civil society.",
        gazetteer,
    ) == {
        ("collective/business", "participant"),
        ("state/FJI", "participant"),
        ("state/IND", "participant"),
        ("state/BHR", "participant"),
        ("state/KWT", "participant"),
        ("state/NPL", "participant"),
        ("state/COL", "participant"),
        ("state/MEX", "participant"),
        ("org/iom", "observer"),
        ("collective/civil-society", "observer"),
    }


def test_a_list_parted_by_bars_and_a_meeting_that_brings_together_past_an_aside(gazetteer):
    assert roles_in(
        "Member delegations: Australia | Fiji | Tonga\n\nThe consultation, held under the chairmanship of the "
        "United Arab Emirates, which hosts the event, brings together Bangladesh and India.",
        gazetteer,
    ) >= {
        ("state/AUS", "participant"),
        ("state/FJI", "participant"),
        ("state/TON", "participant"),
        ("state/BGD", "participant"),
        ("state/IND", "participant"),
    }


def test_a_meeting_of_a_group_chaired_jointly_is_the_meetings_chairs(gazetteer):
    text = statement_with(
        "The Eighth Senior Officials' Meeting of the Bali Process Ad Hoc Group was chaired jointly by Indonesia's "
        "Director General for Multilateral Affairs and Australia's Ambassador for People Smuggling Issues."
    )
    record = read_snippet(text, gazetteer)
    assert {(p.actor.key, p.role) for p in record.participations} >= {
        ("state/IDN", "co-chair"),
        ("state/AUS", "co-chair"),
    }
    assert record.coordinations == []


def test_taking_part_this_year_are(gazetteer):
    assert roles_in("Taking part this year are the countries of origin Nepal and Pakistan.", gazetteer) == {
        ("state/NPL", "participant"),
        ("state/PAK", "participant"),
    }


def test_a_roll_no_cue_governs_takes_part_unless_it_leads_or_is_asked(gazetteer):
    assert roles_in(
        "Delegations present in Bangkok: Cambodia, Lao PDR, Myanmar and Thailand. From the countries of "
        "destination: Bahrain, Kuwait and Oman. The meeting called on Fiji, "
        "Samoa and Tonga to join the delegations. Together in Bangkok: Japan and Korea. Together with Palau, "
        "Nauru and Tuvalu, Nepal would lead the delegations.",
        gazetteer,
    ) == {
        ("state/KHM", "participant"),
        ("state/LAO", "participant"),
        ("state/MMR", "participant"),
        ("state/THA", "participant"),
        *((f"state/{iso}", "participant") for iso in ("BHR", "KWT", "OMN")),
    }  # two names are no roll; asked to join is no attendance; a leader's clause is not a roll


def test_a_roll_gives_no_second_role_to_a_named_chair(gazetteer):
    assert roles_in(
        "The meeting was co-chaired by Indonesia and Australia. Together in Bali were Australia, Indonesia, "
        "Malaysia and Thailand.",
        gazetteer,
    ) == {
        ("state/IDN", "co-chair"),
        ("state/AUS", "co-chair"),
        ("state/MYS", "participant"),
        ("state/THA", "participant"),
    }


def test_items_that_open_on_their_own_verb_take_no_role_from_a_label_of_co_chairs(gazetteer):
    text = (
        "Government and Business Forum\nAdelaide, 10 February 2023\n\n"
        "The meeting was co-chaired by Australia and Indonesia.\n\n"
        "Government and business co-chairs:\n\n"
        "• commit to promoting ethical recruitment;\n"
        "• ask the Regional Support Office to build a toolkit; and\n"
        "• support the creation of a network of business champions.\n"
    )
    record = read_snippet(text, gazetteer)
    assert {(p.actor.key, p.role) for p in record.participations} == {
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
    }
    assert [(c.modality, [a.actor.key for a in c.addressees]) for c in record.commitments] == [
        ("agree", ["state/AUS", "state/IDN"]),
        ("request", ["org/rso"]),
        ("support", ["state/AUS", "state/IDN"]),
    ]


def test_a_speaker_named_over_the_title_who_says_it_is_a_pleasure_to_co_chair(gazetteer):
    text = (
        "Opening statement by the Minister for Foreign Affairs of the Republic of Indonesia\n"
        "Seventh Bali Process Ministerial Conference\nNusa Dua, Bali, 7 August 2018\n\n"
        "It is a pleasure to co-chair this Conference once again with my good friend from Australia.\n\n"
        "I call on our partners in civil society to work with the Regional Support Office, and I encourage "
        "every member to share data. I will co-chair the Bali Process for two more years.\n"
    )
    record = read_snippet(text, gazetteer)
    assert ("state/IDN", "co-chair", "co-chair") in {
        (p.actor.key, p.role, p.mention.quote) for p in record.participations
    }
    assert [(c.modality, [a.actor.key for a in c.addressees]) for c in record.commitments] == [
        ("call-on", ["collective/civil-society"]),
        ("encourage", ["collective/members"]),
    ]


def test_observers_such_as_absent_delegations_counterparts_met_apart_and_a_host_of_refugees(gazetteer):
    assert roles_in(
        "The Conference brought together delegations of Fiji, Nepal and Palau. Observers such as Canada and "
        "Switzerland were also present. Thailand and the United Arab Emirates sent apologies. The Ministers also "
        "met their counterparts from China, Japan and the Republic of Korea in the AMMTC+3 Consultation. We "
        "invite the international community to sustain its support to Bangladesh as host of the displaced "
        "population.",
        gazetteer,
    ) == {
        ("state/FJI", "participant"),
        ("state/NPL", "participant"),
        ("state/PLW", "participant"),
        ("state/CAN", "observer"),
        ("state/CHE", "observer"),
    }


def test_governments_meeting_in_a_city_confirmed_participation_friends_and_processes_through_their_agents(gazetteer):
    assert roles_in(
        "The Governments of Chile, Peru and Uruguay, meeting in the city of Cochabamba on the occasion of the "
        "Conference, adopted this Declaration. Delegations from Fiji and Samoa have confirmed their participation. "
        "Allow me to greet in particular our friends from Nepal and Bhutan. Regional consultative processes were "
        "represented in a dedicated session by the Budapest Process (through ICMPD), the Colombo Process "
        "(through its Chair, Sri Lanka) and the Abu Dhabi Dialogue. The Friends of the Forum thanked Ecuador.",
        gazetteer,
    ) == {
        *((f"state/{iso}", "participant") for iso in ("CHL", "PER", "URY", "FJI", "WSM", "NPL", "BTN")),
        ("process/budapest-process", "participant"),
        ("process/colombo-process", "participant"),
        ("process/abu-dhabi-dialogue", "participant"),
    }


def test_co_chairs_in_apposition_who_led_a_virtual_meeting(gazetteer):
    assert roles_in(
        "Indonesia and Australia, as Co-Chairs of the Bali Process, led a virtual meeting of the Ad Hoc Group "
        "Senior Officials on Tuesday.",
        gazetteer,
    ) == {("state/IDN", "co-chair"), ("state/AUS", "co-chair")}


def test_bulleted_names_under_an_annex_list_of_participants(gazetteer):
    text = statement_with(
        "The Group met in Colombo.\n\nANNEX A – LIST OF PARTICIPANTS\n\nMembers\n* Afghanistan\n* Bangladesh\n"
        "* Indonesia\n"
    )
    assert {("state/AFG", "participant"), ("state/BGD", "participant"), ("state/IDN", "participant")} <= _roles(
        text, gazetteer
    )


def test_members_attending_over_bullets_and_labels_of_sending_and_receiving_states(gazetteer):
    text = statement_with(
        "The Group met in Colombo.\n\nMembers attending:\n* Afghanistan\n* Bangladesh\n\n"
        "Labour-sending member states: Nepal and Pakistan.\nLabour-receiving member states: Kuwait and Oman."
    )
    assert _roles(text, gazetteer) == {
        *((f"state/{iso}", "participant") for iso in ("AFG", "BGD", "NPL", "PAK", "KWT", "OMN")),
    }


def test_hosts_of_a_body_a_presidency_of_the_council_and_a_chair_of_a_working_group_on_a_theme(gazetteer):
    assert roles_in(
        "The Permanent Secretariat of the Abu Dhabi Dialogue, hosted by the United Arab Emirates, serviced the "
        "Consultation. Ministers met at the invitation of the Slovak Presidency of the Council of the European "
        "Union. Noting the work of the Working Group\non Skills and Qualification Recognition, chaired by Sri Lanka;",
        gazetteer,
    ) == {("state/SVK", "host")}
    # an organiser's co-host, and a host named after a presidency, are the meeting's
    assert roles_in(
        "Organised by the Bali Process Regional Support Office, co-hosted by the Royal Thai Police. Ministers met "
        "under the Italian Presidency of the Council of the European Union, at the invitation of the Government of "
        "the Italian Republic.",
        gazetteer,
    ) >= {("state/THA", "host"), ("state/ITA", "host")}


def test_a_state_that_will_host_and_preside_over_a_meeting_whose_body_it_has_housed_since_a_year(gazetteer):
    text = (
        "Ministerial Consultation\n\nDUBAI, 9th February 2024 (WAM) -- Ministers will meet in Dubai on Saturday "
        "10th and Sunday 11th February for the Consultation.\n\nThe United Arab Emirates, which will host and "
        "preside over the consultation, has also hosted the Permanent Secretariat since it was launched in 2008.\n"
    )
    assert _roles(text, gazetteer) == {("state/ARE", "host"), ("state/ARE", "co-chair")}


def test_the_forum_co_chaired_on_each_side_and_a_state_that_provided_the_venue(gazetteer):
    assert roles_in(
        "The Forum was co-chaired on the government side by the Minister for Foreign Affairs of Indonesia and "
        "the Minister for Foreign Affairs of Australia, and on the business side by two chief executives. "
        "Thailand provided the venue.",
        gazetteer,
    ) == {("state/IDN", "co-chair"), ("state/AUS", "co-chair"), ("state/THA", "host")}


def test_the_co_chairs_were_named_after_the_verb(gazetteer):
    assert roles_in(
        "The Government co-chairs were the Minister for Foreign Affairs of Indonesia and the Minister for Foreign "
        "Affairs of Australia; the business co-chairs were two chief executives. The co-chairs were pleased that "
        "Fiji took part.",
        gazetteer,
    ) == {("state/IDN", "co-chair"), ("state/AUS", "co-chair"), ("state/FJI", "participant")}


def test_an_aside_then_together_with_joins_two_lists_under_one_role(gazetteer):
    assert roles_in(
        "Bahrain, Kuwait and Qatar, as countries of destination, together with the European Union, Italy and "
        "Switzerland, joined the Consultation as observers.",
        gazetteer,
    ) == {(k, "observer") for k in ("state/BHR", "state/KWT", "state/QAT", "org/eu", "state/ITA", "state/CHE")}


def test_states_asked_to_act_and_a_meeting_to_be_hosted_or_to_take_place_later_give_no_role(gazetteer):
    assert (
        roles_in(
            "We call upon the participating States of the Silk Routes region, namely Afghanistan, Bangladesh, Iran, "
            "Iraq and Pakistan, to designate national focal points. We look forward to the 12th AMMTC, to be hosted by "
            "Myanmar in 2019. The 23rd Annual Conference will take place in Koror, Palau, in 2020, under the "
            "chairmanship of Palau.",
            gazetteer,
        )
        == set()
    )


def test_a_ruled_grid_of_names_under_a_one_cell_heading_and_items_opening_on_a_verb_in_capitals(gazetteer):
    text = (
        "Ministerial Conference\nIstanbul, 20 February 2019\n\nWe, the Ministers, gathered in Istanbul at the "
        "invitation of Turkey, which chairs the Process, with Hungary as Co-Chair;\n\nD. INVITE the European "
        "Union to continue its support;\n\nE. ENCOURAGE IOM and UNHCR to align their programmes.\n\n"
        "ANNEX: PARTICIPANTS\n\n| Participating States |\n|----------------------|\n"
        "| Afghanistan | Armenia | Austria |\n"
        "| Bulgaria | Georgia |\n\n| Organisations attending as observers |\n|----------------------|\n"
        "| IOM | UNHCR |\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/TUR", "host"),
        *((f"state/{iso}", "participant") for iso in ("AFG", "ARM", "AUT", "BGR", "GEO")),
        ("org/iom", "observer"),
        ("org/unhcr", "observer"),
    }


def test_a_remarks_column_a_sentence_after_the_table_and_labels_each_of_its_own_line(gazetteer):
    text = (
        "REPORT OF THE MEETING\nThimphu, Bhutan\n\n2. PARTICIPATION\nTable 2. Delegations\n"
        "  No.  Member State     Level               Remarks\n"
        "  1    Bhutan           Secretary           Chair / host\n"
        "  2    Maldives         Director            -\n  3    Mongolia         -                   did not attend\n"
        "Observers: Qatar (Chair of the Abu Dhabi Dialogue) and the International Labour Organization.\n\n"
        "3. Expected at the next round:\n  Countries of origin: Nepal, Sri Lanka\n  Countries of destination: Oman,\n"
        "    Kuwait\n  Observers: IOM\n"
    )
    found = {(p.actor.key, p.role) for p in read_snippet(text, gazetteer).participations}
    assert found == {
        ("state/BTN", "co-chair"),
        ("state/BTN", "host"),
        ("state/BTN", "participant"),
        ("state/MDV", "participant"),
        ("state/QAT", "observer"),
        ("org/ilo", "observer"),
        ("state/NPL", "participant"),
        ("state/LKA", "participant"),
        ("state/OMN", "participant"),
        ("state/KWT", "participant"),
        ("org/iom", "observer"),
    }


def test_a_preambles_clauses_each_on_its_line_and_a_chair_who_will_preside(gazetteer):
    text = (
        "FINAL DECLARATION\nVienna, 4 June 2021\n\nWe, the Ministers of the participating States, meeting in Vienna "
        "at the invitation of Austria,\nJoined by representatives of the European Union and of the International "
        "Organization for Migration as observers,\nTaking note of the senior officials' meeting held in Sofia on\n"
        "2 March 2021 that prepared this Conference,\n\n1. We agree to act.\n\n"
        "2. Bulgaria currently chairs the Budapest Process and will preside over the ministerial session.\n"
    )
    found = {(p.actor.key, p.role) for p in read_snippet(text, gazetteer).participations}
    assert found >= {("org/eu", "observer"), ("org/iom", "observer"), ("state/BGR", "co-chair")}
    assert ("process/budapest-process", "co-chair") not in found


def test_bullets_under_the_subheadings_of_an_annex_of_delegations(gazetteer):
    text = (
        "Working Group on Trafficking in Persons\nSiem Reap, 15-16 March 2016\n\n1. The Working Group met in "
        "Siem Reap.\n\nANNEX A - LIST OF DELEGATIONS\n\nCo-chairs\n  * Indonesia\n  * Australia\n\nHost\n"
        "  * Cambodia\n\nMembers\n  * Bangladesh\n  * Lao PDR\n\nInternational organisations\n  * IOM\n\n"
        "Observers\n  * Asia Pacific Refugee Rights Network\n"
    )
    found = {(p.actor.key, p.role) for p in read_snippet(text, gazetteer).participations}
    assert found == {
        ("state/IDN", "co-chair"),
        ("state/AUS", "co-chair"),
        ("state/KHM", "host"),
        ("state/BGD", "participant"),
        ("state/LAO", "participant"),
        ("org/iom", "participant"),
        ("org/aprrn", "observer"),
    }


def test_a_list_under_a_heading_line_an_enumeration_past_an_office_and_chairs_in_a_relative_clause(gazetteer):
    text = (
        "JOINT STATEMENT\nBangkok, Thailand - 5 May 2021\n\nOfficials met in Bangkok for their ninth meeting, which "
        "Australia and Indonesia, the Co-Chairs of the Bali Process, chaired together.\n\nThe Steering Group brought "
        "together its members: the two Co-Chairs, Thailand, New Zealand and the International Organization for "
        "Migration.\n\nANNEX\nStates participating in the meeting\n\nFiji, Samoa and Tonga.\n"
    )
    found = {(p.actor.key, p.role) for p in read_snippet(text, gazetteer).participations}
    assert found >= {
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
        ("state/THA", "participant"),
        ("state/NZL", "participant"),
        ("org/iom", "participant"),
        ("state/FJI", "participant"),
        ("state/WSM", "participant"),
        ("state/TON", "participant"),
    }


def test_a_process_chairs_no_meeting_nor_takes_part_in_its_own_and_invitations_are_not_attendance(gazetteer):
    text = (
        "Regional Conference on Migration: Vice-Ministerial Meeting\nPanama City, 21 June 2018\n\n"
        "1. The Regional Conference on Migration met under the presidency of Panama, with the Budapest Process "
        "taking part as an observer.\n\n2. Invitations have gone to Canada, Mexico and Belize; IOM will also "
        "take part.\n"
    )
    found = {(p.actor.key, p.role) for p in read_snippet(text, gazetteer).participations}
    assert ("process/budapest-process", "observer") in found
    assert ("org/iom", "participant") in found
    assert not {key for key, _ in found} & {"process/rcm", "state/CAN", "state/MEX", "state/BLZ"}


def test_a_row_label_before_a_bar_gives_the_role_of_its_names(gazetteer):
    text = (
        "Ministerial Conference\nBali, 7 August 2018\n\nMinisters met in Bali.\n\nAnnex – Participants\n\n"
        "Co-Chairs | Indonesia; Australia\nMembers | Fiji; Japan; Nepal\nObservers | Canada; ILO\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/IDN", "co-chair"),
        ("state/AUS", "co-chair"),
        ("state/FJI", "participant"),
        ("state/JPN", "participant"),
        ("state/NPL", "participant"),
        ("state/CAN", "observer"),
        ("org/ilo", "observer"),
    }


def test_a_table_of_member_states_and_their_heads_with_a_chair_marked(gazetteer):
    text = (
        "Ministerial Consultation\nColombo, 24 January 2017\n\nMinisters met in Colombo.\n\n"
        "Member States                | Head of delegation\nNepal                        | Minister of Labour\n"
        "Sri Lanka (Chair)            | Minister of Foreign Employment\nViet Nam                     | Vice Minister\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/NPL", "participant"),
        ("state/LKA", "participant"),
        ("state/LKA", "co-chair"),
        ("state/VNM", "participant"),
    }


def test_observers_named_after_their_cue_and_co_chairs_who_convened(gazetteer):
    body = (
        "Indonesia and Australia, the two Co-Chairs of the Bali Process, convened the Sixth Ministerial Conference "
        "in Bali. Attending as observers were the European Commission, Italy and the Netherlands."
    )
    assert roles_in(body, gazetteer) == {
        ("state/IDN", "co-chair"),
        ("state/AUS", "co-chair"),
        ("org/eu", "observer"),
        ("state/ITA", "observer"),
        ("state/NLD", "observer"),
    }
    fronted = "As Co-Chairs of the Bali Process, Indonesia and Australia convened the fourteenth meeting of the Group."
    assert roles_in(fronted, gazetteer) == {("state/IDN", "co-chair"), ("state/AUS", "co-chair")}


def test_what_a_list_does_besides_attending_gives_it_no_role(gazetteer):
    text = (
        "Regional Ministerial Conference\nBali, 15 April 2009\n\n1. Participants\n"
        "(1) The two Foreign Ministers presided as co-chairs. Indonesia and Australia have jointly led the Bali "
        "Process since 2002.\n(2) Delegations from Fiji, Nepal and Japan took part.\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/FJI", "participant"),
        ("state/NPL", "participant"),
        ("state/JPN", "participant"),
    }
    region = "Ministers from across the Asia-Pacific moved to give new life to the Bali Process."
    assert roles_in(region, gazetteer) == set()


def test_other_meetings_with_counterparts_and_a_chair_to_come(gazetteer):
    body = (
        "The ASEAN Ministers were joined by Thailand. They looked forward to their consultations with their "
        "counterparts from China, Japan and the Republic of Korea the next day, and meet their counterparts from "
        "India for the 3rd AMMTC+India Consultation. Myanmar will chair and host the 12th AMMTC in 2018."
    )
    assert roles_in(body, gazetteer) == {("state/THA", "participant")}


def test_a_host_in_apposition_is_not_the_next_chair_and_an_office_hosted_is_no_meeting(gazetteer):
    body = (
        "It was co-chaired by the Republic of Kenya, host of the meeting, and by the United Kingdom. Ministers "
        "welcomed the work of the Regional Support Office and thanked Thailand for hosting it."
    )
    assert roles_in(body, gazetteer) == {("state/KEN", "co-chair"), ("state/KEN", "host"), ("state/GBR", "co-chair")}


def test_the_chairs_of_a_group_in_brackets_are_not_the_meetings(gazetteer):
    body = (
        "Officials met in Bangkok. They commended the Working Group on Disruption of People Smuggling and "
        "Trafficking in Persons Networks (Malaysia and New Zealand, co-chairs)."
    )
    assert roles_in(body, gazetteer) == set()


def test_an_annex_line_over_a_roster_title_and_a_list_cut_by_semicolons(gazetteer):
    text = (
        "Ad Hoc Group Senior Officials' Meeting\nColombo, 12 November 2013\n\n"
        "1. Officials met in Colombo. The meeting was also attended, as observers, by Japan.\n\n"
        "2. Ministers and officials of the following States took part: the Republic of Angola; the Republic of "
        "Botswana; and the Kingdom of Lesotho.\n\n"
        "ANNEX A\nMEMBERS OF THE AD HOC GROUP PRESENT\n\n"
        "Afghanistan                      Malaysia\nAustralia                        New Zealand\n"
        "Bangladesh                       Pakistan\nInternational Organization for Migration (IOM)\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/BGD", "participant"),
        ("state/PAK", "participant"),
        ("org/iom", "participant"),
        ("state/JPN", "observer"),
        ("state/AGO", "participant"),
        ("state/BWA", "participant"),
        ("state/LSO", "participant"),
        ("state/AFG", "participant"),
        ("state/MYS", "participant"),
        ("state/AUS", "participant"),
        ("state/NZL", "participant"),
    }


def test_ruled_tables_of_delegations_with_their_capacity_or_their_mark(gazetteer):
    text = (
        "Fourth Meeting of the ARCP\nCairo, 10-11 March 2019\n\nThe meeting was held in Cairo.\n\n"
        "Delegation                              Capacity\n"
        "------------------------------------    ----------------\n"
        "People's Democratic Republic of Algeria Member State\nKingdom of Bahrain                      Member State\n"
        "IOM                                     Observer\n\n"
        "Name / Title                                 Delegation\n"
        "------------------------------------------   --------------------\n"
        "Ambassador for People Smuggling and Human\n"
        "  Trafficking                                Australia (Co-Chair)\n"
        "Co-Managers                                  Regional Support Office (observer)\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/DZA", "participant"),
        ("state/BHR", "participant"),
        ("org/iom", "observer"),
        ("state/AUS", "participant"),
        ("state/AUS", "co-chair"),
        ("org/rso", "observer"),
    }


def test_observers_after_a_colon_a_forward_presence_a_new_clause_and_a_dateline(gazetteer):
    body = (
        "The following organisations also attended as observers: the International Organization for Migration "
        "and the Economic Commission for Latin America and the Caribbean. Noting with appreciation the "
        "participation of UNHCR, and the presence as observers of the European Union."
    )
    assert roles_in(body, gazetteer) == {
        ("org/iom", "observer"),
        ("org/eclac", "observer"),
        ("org/unhcr", "participant"),
        ("org/eu", "observer"),
    }
    text = (
        "Asian and Gulf States Launch New Dialogue\n\nPosted: 01/25/2008\n\n"
        "Switzerland - Labour ministers met in Abu Dhabi on 21-22 January 2008. The meeting was hosted by the "
        "United Arab Emirates, and IOM provided its secretariat. Pacific Island countries sent officials.\n"
    )
    assert _roles(text, gazetteer) == {("state/ARE", "host"), ("org/iom", "participant")}


def test_a_roster_line_of_names_set_apart_by_dashes(gazetteer):
    text = (
        "Ad Hoc Group Senior Officials' Meeting\nBali, 27 September 2022\n\n1. Officials met in Bali.\n\n"
        "Annex 1 – Participants\n\nMembers (in person or online):\nAfghanistan — Australia — Bangladesh —\n"
        "Fiji — IOM\n\nObservers:\nCanada — Switzerland\n"
    )
    assert _roles(text, gazetteer) == {
        ("state/AFG", "participant"),
        ("state/AUS", "participant"),
        ("state/BGD", "participant"),
        ("state/FJI", "participant"),
        ("org/iom", "participant"),
        ("state/CAN", "observer"),
        ("state/CHE", "observer"),
    }


def test_the_hosts_cue_stops_at_those_who_came(gazetteer):
    body = (
        "At the invitation of the Government of the United Mexican States, the Vice-Ministers and Heads of "
        "Delegation of Belize, Canada and Panama met in the city of Puebla."
    )
    assert roles_in(body, gazetteer) == {
        ("state/MEX", "host"),
        ("state/BLZ", "participant"),
        ("state/CAN", "participant"),
        ("state/PAN", "participant"),
    }


def test_a_host_as_a_title_an_initiative_a_themes_chairs_and_a_chair_to_come(gazetteer):
    body = (
        "Delegates from Brunei, Indonesia and Laos attended, as did host Cambodia. The Conference was convened at "
        "the joint initiative of Morocco, Spain and France, and the Kingdom of Morocco hosted it. The Steering "
        "Committee shall be chaired in its first year by Italy, and Egypt shall chair it in the following year."
    )
    assert roles_in(body, gazetteer) == {
        ("state/BRN", "participant"),
        ("state/IDN", "participant"),
        ("state/LAO", "participant"),
        ("state/KHM", "participant"),
        ("state/MAR", "host"),
    }
    themes = statement_with(
        "The thematic area working groups are:\n\n- Ethical Recruitment - co-chaired by the Philippines and "
        "Bangladesh;\n- Remittances - chaired by Pakistan."
    )
    assert {r for r in _roles(themes, gazetteer) if r[1] == "co-chair"} == set()
