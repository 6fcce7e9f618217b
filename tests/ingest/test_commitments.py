"""ingest.commitments: commitments in running text, whoever makes them and however the sentence is built."""

import pytest
from snippets import ATTENDANCE, read_snippet, undertakings_of

MINISTERS = "collective/ministers"


def statement(body: str, title: str = "Ministerial Conference on Migration\nPerth, 3-4 May 2010") -> str:
    """A small statement: a title block, then the body."""
    return f"{title}\n\n{body}\n"


def _bearers_of(text: str, gazetteer) -> list[tuple[str, list[str]]]:
    """(modality, addressee keys) of every commitment a snippet makes, in text order."""
    return [(c.modality, [a.actor.key for a in c.addressees]) for c in read_snippet(text, gazetteer).commitments]


def test_paragraph_commitments_and_findings(gazetteer):
    record = read_snippet(ATTENDANCE, gazetteer)
    found = {c.code: c for c in record.commitments}
    assert sorted(found) == ["5", "6"]  # paragraph 7 agrees that something is the case: a finding
    assert (found["5"].modality, [a.actor.key for a in found["5"].addressees]) == (
        "agree",
        ["group/ad-hoc-experts-group-i"],
    )
    assert [c.quote for c in found["5"].conditions] == ["as appropriate"]
    urge = found["6"]
    assert (urge.modality, [a.actor.key for a in urge.addressees]) == ("urge", ["collective/international-community"])
    assert [b.actor.key for b in urge.beneficiaries] == ["collective/source-countries"]
    assert [t.quote for t in urge.time_frames] == ["in approximately two years"]
    assert urge.sentence == urge.span and urge.span.quote.startswith("Ministers urged")


def test_tenses_subjects_and_appositions(gazetteer):
    text = statement(
        "1. We agree to hold the next conference in 2012.\n"
        "2. The Member Countries, troubled by xenophobia against migrants, agree to act against it.\n"
        "3. To that end, senior officials agreed to set up a task force.\n"
        "4. Ministers called upon the international community to fund reintegration.\n"
        "5. Participants encouraged one another to share data.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", [MINISTERS]),  # 'We' of a ministerial conference: its ministers
        ("2", "agree", ["collective/members"]),
        ("3", "agree", ["collective/officials"]),
        ("4", "call-on", ["collective/international-community"]),
        ("5", "encourage", ["collective/participants"]),
    ]


def test_coordinated_verbs_make_one_commitment_each(gazetteer):
    text = statement(
        "1. Ministers welcomed the report of the Forum and requested the Regional Support Office to report again.\n"
        "2. Ministers adopted the Strategy and supported the Regional Support Office, and tasked "
        "IOM and UNHCR to assist.\n"
    )
    record = read_snippet(text, gazetteer)
    found = {c.code: c for c in record.commitments}
    assert sorted(found) == ["1", "2.1", "2.2"]
    assert (found["1"].modality, [a.actor.key for a in found["1"].addressees]) == ("request", ["org/rso"])
    support = found["2.1"]  # support that names no one to act is borne by who gives it; the named is its beneficiary
    assert (support.modality, [a.actor.key for a in support.addressees]) == ("support", [MINISTERS])
    assert [b.actor.key for b in support.beneficiaries] == ["org/rso"]
    assert (found["2.2"].modality, [a.actor.key for a in found["2.2"].addressees]) == (
        "request",
        ["org/iom", "org/unhcr"],
    )
    # two commitments in one sentence: each spans its own part of it, inside the sentence
    assert found["2.1"].sentence == found["2.2"].sentence
    assert found["2.2"].span.quote.startswith("and tasked") and found["2.1"].span.quote.startswith("Ministers adopted")


@pytest.mark.parametrize(
    ("body", "bearers"),
    [
        ("Ministers supported the Regional Support Office in extending its work.", ["org/rso"]),
        ("The Heads also supported Fiji in preparing a workshop on document fraud.", ["state/FJI"]),
        ("Ministers supported the RSO's proposal to expand its training.", ["org/rso"]),
        ("Ministers supported the continued leadership of Thailand and New Zealand.", ["state/THA", "state/NZL"]),
        ("Ministers supported closer links between the AMMTC and the SOMTC.", [MINISTERS]),
    ],
)
def test_the_supported_who_acts_bears_the_support(body, bearers, gazetteer):
    (found,) = read_snippet(statement(f"1. {body}\n"), gazetteer).commitments
    assert (found.modality, [a.actor.key for a in found.addressees]) == ("support", bearers)


def test_heads_of_agencies_speak_for_the_meeting(gazetteer):
    text = (
        "Annual Conference\nApia, 17 September 2019\n\nOver three days the Heads of Immigration:\n\n• agreed to act;\n"
    )
    (found,) = read_snippet(text, gazetteer).commitments
    assert (found.modality, [a.actor.key for a in found.addressees]) == ("agree", ["collective/participants"])


def test_reported_and_recalled_verbs_commit_no_one(gazetteer):
    text = statement(
        "1. Officials recalled that Ministers, meeting in Bali, had asked the Co-Chairs to consult members.\n"
        "2. Ministers had earlier asked the Co-Chairs to keep the membership under review.\n"
        "3. Ministers agreed that irregular migration remained a serious concern.\n"
        "4. Ministers encouraged continued dialogue.\n"
    )
    assert undertakings_of(text, gazetteer) == []


def test_that_clauses_passives_and_impersonal_agreement(gazetteer):
    text = statement(
        "1. The meeting was co-chaired by Australia and Indonesia.\n"
        "2. Ministers agreed the review would be carried out by the Co-Chairs together with the Steering Group.\n"
        "3. Ministers agreed that a workshop would be organised by the Republic of Korea in 2011.\n"
        "4. It was further agreed that the Steering Group would meet again.\n"
        "5. The Regional Support Office was tasked to develop a handbook.\n"
        "6. As agreed by all participants, the talks stay confidential.\n"
        "7. Ministers agreed that the thirteenth meeting would take place in Bali.\n"
        "8. Ministers recommended that countries of origin, transit and destination cooperate on returns.\n"
        "9. Ministers recommended that States which have not yet done so ratify the Protocol.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("2", "agree", ["state/AUS", "state/IDN", "group/steering-group"]),
        ("3", "agree", ["state/KOR"]),
        ("4", "agree", ["group/steering-group"]),
        ("5", "request", ["org/rso"]),
        ("6", "agree", ["collective/participants"]),
        ("7", "agree", [MINISTERS]),  # a meeting bears nothing: the agreement is the issuer's
        (
            "8",
            "recommend",
            ["collective/source-countries", "collective/transit-countries", "collective/destination-countries"],
        ),
        ("9", "recommend", ["collective/states"]),
    ]


def test_names_that_do_not_list_their_actors(gazetteer):
    text = statement(
        "1. The meeting welcomed the International Centre for Migration Policy Development, which serves as the "
        "Secretariat of the Process.\n"
        "2. We request the Secretariat to prepare a roadmap.\n"
        "3. We encourage the Plus Three Countries to continue their training.\n"
        "4. We call on the partner countries of the region, Afghanistan, Iraq and Pakistan, to name contact points.\n"
        "5. Ministers commended the Ad Hoc Experts' Group I and the Ad Hoc Experts' Group II, and tasked both "
        "groups to report.\n",
        title="Budapest Process Ministerial Conference\nIstanbul, 19 April 2013",
    )
    assert undertakings_of(text, gazetteer) == [
        ("2", "request", ["org/icmpd"]),
        ("3", "encourage", ["state/CHN", "state/JPN", "state/KOR"]),
        ("4", "call-on", ["state/AFG", "state/IRQ", "state/PAK"]),
        ("5", "request", ["group/ad-hoc-experts-group-i", "group/ad-hoc-experts-group-ii"]),
    ]


def test_who_we_are(gazetteer):
    joint = statement(
        "On 13 October 2017 Indonesia and Australia met in Jakarta.\n\nWe commit to continue consultations.\n",
        title="Joint Statement by the Foreign Ministers of Indonesia and Australia on the Consultation Mechanism",
    )
    assert undertakings_of(joint, gazetteer) == [("2", "agree", ["state/IDN", "state/AUS"])]
    vice = statement("1. We, the Vice-Ministers of the Member Countries, agree to meet again.\n", title="Declaration")
    assert undertakings_of(vice, gazetteer) == [("1", "agree", ["collective/vice-ministers"])]


def test_bullets_under_a_verbless_lead_in(gazetteer):
    text = statement(
        "Looking ahead, senior officials:\n\n"
        "- agreed that the Steering Group should prepare a work plan;\n"
        "- recommended that Ministers consider a further conference;\n"
        "- welcomed the report of IOM.\n"
    )
    record = read_snippet(text, gazetteer)
    assert sorted((c.code, c.modality, [a.actor.key for a in c.addressees]) for c in record.commitments) == [
        ("1a", "agree", ["group/steering-group"]),
        ("1b", "recommend", [MINISTERS]),
    ]
    assert all(c.lead_in is not None and c.lead_in.quote.endswith("senior officials:") for c in record.commitments)


def test_a_modal_lead_in_that_names_its_bearers(gazetteer):
    text = statement("1. We recommend that Member States:\n\n- protect migrant workers;\n- reduce recruitment costs.\n")
    assert undertakings_of(text, gazetteer) == [
        ("1a", "recommend", ["collective/members"]),
        ("1b", "recommend", ["collective/members"]),
    ]


def test_infinitive_paragraphs_under_a_modal_lead_in(gazetteer):
    text = statement(
        "THE MEMBER COUNTRIES OF THE CONFERENCE AGREE:\n\n"
        "1. To guarantee the rights of migrants, whatever their status.\n\n"
        "2. To urge the States of destination outside the region to refrain from criminalising migrants.\n\n"
        "3. To instruct IOM to prepare a report for the next Conference.\n\n"
        "4. To thank the Government of Bolivia for its hospitality.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", ["collective/members"]),
        ("2", "urge", ["collective/destination-countries"]),
        ("3", "request", ["org/iom"]),
    ]


def test_lead_ins_with_an_opening_phrase_or_a_pronoun(gazetteer):
    text = statement(
        "1. Ministers endorsed a Statement. In the Statement the Ministers:\n"
        "* urged Member States to adopt procedures for children;\n"
        "* requested IOM to support a training programme.\n\n"
        "2. Ministers endorsed the Joint Declaration. In doing so, they:\n"
        "* decided to prolong the Action Plan;\n"
        "* invited ICMPD to seek funding.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1a", "urge", ["collective/members"]),
        ("1b", "request", ["org/iom"]),
        ("2a", "agree", ["collective/ministers"]),
        ("2b", "request", ["org/icmpd"]),
    ]


def test_development_partners_are_the_international_community(gazetteer):
    text = statement("1. Participants called upon development partners to fund the regional programme.\n")
    assert undertakings_of(text, gazetteer) == [("1", "call-on", ["collective/international-community"])]


def test_a_lead_in_after_a_long_opening_phrase(gazetteer):
    text = statement(
        "1. At the close of the conference the ministers:\n"
        "* called on Member States to bring their laws into line with the Protocol;\n"
        "* invited IOM to set up a regional secretariat.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1a", "call-on", ["collective/members"]),
        ("1b", "request", ["org/iom"]),
    ]


def test_a_lead_in_after_several_opening_phrases_and_one_wrapped_before_its_colon(gazetteer):
    statement = (
        "Sixth Ministerial Consultation\nKathmandu, Nepal, 15-16 November 2018\n\n1. Ministers met.\n\n"
        "2. Ministers adopted the Declaration. In it, and in the discussion that preceded it, Ministers:\n\n"
        "i) agreed to make the Goals a reference;\nii) requested IOM to map the skills.\n\n"
        "3. Officials agreed to the following priorities for\n2016-17:\n\n"
        "- expanding the use of the policy guides;\n- developing guidance tools for officials.\n"
    )
    assert undertakings_of(statement, gazetteer) == [
        ("2a", "agree", ["collective/ministers"]),
        ("2b", "request", ["org/iom"]),
        ("3a", "agree", ["collective/officials"]),
        ("3b", "agree", ["collective/officials"]),
    ]


def test_experts_and_the_consultation_as_subjects(gazetteer):
    text = (
        "Ad Hoc Experts' Group Meeting\nBangkok, 5 May 2003\n\n"
        "1. Experts agree that model provisions on smuggling should be drafted.\n"
        "2. The Consultation requested IOM to map recruitment costs.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", ["collective/participants"]),
        ("2", "request", ["org/iom"]),
    ]


def test_passives_joined_by_and_each_ask_their_subject(gazetteer):
    text = (
        "Ministerial Conference\nBali, 5 April 2005\n\n"
        "1. Member countries were requested to name focal points, and IOM was asked to prepare a study.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1.1", "request", ["collective/members"]),
        ("1.2", "request", ["org/iom"]),
    ]


def test_the_secretariat_named_by_its_provider_in_apposition(gazetteer):
    text = (
        "Ministerial Conference\nMarrakesh, 2 May 2018\n\n"
        "1. Ministers requested the Secretariat, provided by ICMPD, to align its activities with the plan.\n"
    )
    assert undertakings_of(text, gazetteer) == [("1", "request", ["org/icmpd"])]


def test_the_secretariat_run_by_unnamed_bodies_is_no_one_named_after_them(gazetteer):
    text = (
        "Ministerial Conference\nMarrakesh, 2 May 2018\n\n"
        "1. Ministers asked the Secretariat, run by the two Commissions with ICMPD's support, to report yearly.\n"
    )
    assert undertakings_of(text, gazetteer) == []


def test_the_secretariat_named_earlier_by_its_role(gazetteer):
    text = (
        "Ministerial Conference\nIstanbul, 20 February 2019\n\n"
        "Acknowledging the role of the International Centre for Migration Policy Development (ICMPD) as the "
        "Secretariat of the Budapest Process;\n\n"
        "1. We invite the Secretariat to prepare a monitoring framework.\n"
    )
    assert undertakings_of(text, gazetteer) == [("1", "request", ["org/icmpd"])]


def test_agreeing_to_recommend_that_others_act_is_a_recommendation_to_them(gazetteer):
    text = (
        "Ministerial Conference\nBali, 5 April 2011\n\n"
        "1. The experts decided to recommend that the Steering Group consider a second gathering.\n"
        "2. Officials agreed to recommend the draft to Ministers for adoption.\n"
        "3. We authorise the Regional Support Office to prepare a stocktake of needs.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "recommend", ["group/steering-group"]),
        ("2", "agree", ["collective/officials"]),
        ("3", "request", ["org/rso"]),
    ]


DECLARATION_IN_CAPITALS = """Council note
Brussels, 3 March 2011

The Presidency informs delegations of the text approved by the Ministers.

WE, the Ministers for Foreign Affairs of GHANA, MALI and SPAIN, together with the Commission,

MEETING in Dakar on 2 March 2011,

Supported by the International Centre for Migration Policy Development in its role as Secretariat,

1.  DECIDE to renew the cooperation programme for three years;

2.  CALL ON the partner countries of the Atlantic route, Mauritania, Morocco and Senegal, to apply it;

3.  INVITE the European Commission to fund its first year.
"""


def test_operative_verbs_in_capitals_after_a_preamble_that_runs_on_with_commas(gazetteer):
    assert undertakings_of(DECLARATION_IN_CAPITALS, gazetteer) == [
        ("1", "agree", ["collective/ministers"]),
        ("2", "call-on", ["state/MRT", "state/MAR", "state/SEN"]),
        ("3", "request", ["org/eu"]),
    ]


def test_a_lead_in_in_which_they_and_a_bullet_whose_subject_is_in_lower_case(gazetteer):
    text = (
        "Conference on Migration\nSantiago, 16 November 2022\n\n"
        "The twelve Member Countries signed the Declaration of Santiago, in which they:\n\n"
        "- agree on five priority axes for the coming years;\n"
        "- instruct IOM to prepare an updated plan.\n\n"
        "Following the exchange:\n\n"
        "- the Chair-in-Office requested the Member States to nominate focal points.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1a", "agree", ["collective/members"]),
        ("1b", "request", ["org/iom"]),
        ("2a", "request", ["collective/members"]),
    ]


def test_a_lead_in_whose_we_stands_in_apposition(gazetteer):
    text = (
        "Eleventh GFMD Summit Meeting\nMarrakesh, 7 December 2018\n\n"
        "1. Having heard the reports of the three roundtables, we, the Co-Chairs:\n\n"
        "a) recommend that States draw on the roundtable outcomes;\n"
        "b) request the GFMD Support Unit to circulate the reports.\n\n"
        "2. We, the Co-Chairs:\n\n"
        "a) call on the business community to work with the Forum.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1a", "recommend", ["collective/states"]),
        ("2a", "call-on", ["collective/business"]),
        ("b", "request", ["org/gfmd-support-unit"]),  # the one 'b', its label unique as it is
    ]


def test_a_lead_in_that_runs_on_into_its_bullets_and_collectives_of_the_genre(gazetteer):
    text = (
        "Twelfth AMMTC\nNay Pyi Taw, 31 October 2018\n\n"
        "In the Joint Statement issued at the end of the meeting, the ministers\n"
        "* agreed to step up the exchange of information;\n"
        "* called on donors and companies to fund shelters.\n\n"
        "At the end of the meeting:\n\n"
        "- the ambassadors agreed to relay the common messages;\n"
        "- the receiving States were encouraged to share data on recruitment costs;\n"
        "- sending countries were urged to license recruitment agencies.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1a", "agree", ["collective/ministers"]),
        ("1b", "call-on", ["collective/international-community", "collective/business"]),
        ("2a", "agree", ["collective/participants"]),
        ("2b", "encourage", ["collective/destination-countries"]),
        ("2c", "urge", ["collective/source-countries"]),
    ]


def test_the_members_of_a_named_group_and_businesses_narrowed_by_a_word(gazetteer):
    text = (
        "Ninth Annual Meeting\nBangkok, 10 November 2023\n\nOutcomes\n\n"
        "- WG-TIP members agreed to finalise the Forward Work Plan.\n"
        "- Members called on technology companies to remove deceptive advertisements.\n"
        "- Members urged donor States and dialogue partners to fund shelters.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("a", "agree", ["collective/members"]),
        ("b", "call-on", ["collective/business"]),
    ]
    # 'donor States', 'dialogue partners': no collective the gazetteer names, told, not dropped in silence
    warnings = [(w.message, w.span.quote) for w in read_snippet(text, gazetteer).warnings]
    assert warnings == [
        (
            "unresolved addressee of 'urged': not in the gazetteer",
            "Members urged donor States and dialogue partners to fund shelters.",
        )
    ]


def test_the_co_chairs_of_a_process_are_those_the_statement_says_co_chair_it(gazetteer):
    text = (
        "Jakarta Declaration\nJakarta, 20 August 2013\n\n"
        "Reaffirming the value of the Bali Process, which Indonesia and Australia co-chair;\n\n"
        "1. We invite the Co-Chairs of the Bali Process to carry the outcomes of this Conference forward.\n"
    )
    assert undertakings_of(text, gazetteer) == [("1", "request", ["state/IDN", "state/AUS"])]


def test_a_groups_meeting_is_the_group_and_its_officials_are_officials(gazetteer):
    text = (
        "Third Meeting\nBangkok, 2 May 2019\n\n"
        "1. The Meeting recommended that the Ad Hoc Group Senior Officials' Meeting take note of the checklist.\n"
        "2. Members asked the Ad Hoc Group senior officials to endorse the plan.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "recommend", ["group/ad-hoc-group"]),
        ("2", "request", ["collective/officials"]),
    ]


def test_being_committed_directing_lower_case_bullet_subjects_and_some_of_a_collective(gazetteer):
    body = (
        "1. We are firmly committed to accelerating the work programme.\n"
        "2. Ministers directed their senior officials to finalise the plan.\n"
        "3. At the end of the meeting:\n"
        "- participants agreed to send written comments by June;\n"
        "- delegations were encouraged to confirm the dates.\n"
        "4. Several delegations asked that the rights of migrants be stressed.\n"
        "5. Some Members asked IOM to prepare a study.\n"
    )
    assert undertakings_of(statement(body), gazetteer) == [
        ("1", "agree", ["collective/ministers"]),
        ("2", "request", ["collective/officials"]),
        ("3a", "agree", ["collective/participants"]),
        ("3b", "encourage", ["collective/participants"]),
        ("5", "request", ["org/iom"]),
    ]


def test_the_chair_of_the_process_the_secretariat_that_has_served_and_a_two_word_verb_opening_an_item(gazetteer):
    text = (
        "Senior Officials' Meeting\nheld by videoconference, 2 December 2020\n\n"
        "Turkey spoke as Chair of the Budapest Process. ICMPD, which has served as Secretariat of the Process "
        "since 1994, reported.\n\nSenior Officials:\n\n"
        "1. request the Secretariat to prepare a review;\n"
        "2. recommend that the Chair consult participating states;\n"
        "3. call on donors to maintain their funding.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "request", ["org/icmpd"]),
        ("2", "recommend", ["state/TUR"]),
        ("3", "call-on", ["collective/international-community"]),
    ]


def test_the_secretariat_of_the_process_the_statement_names_from_the_gazetteer_unless_the_text_says_who_runs_it(
    gazetteer,
):
    head = "Senior Officials' Meeting\nIstanbul, 2 December 2013\n\n1. The Budapest Process met in Istanbul."
    asked = " Officials requested the Secretariat to prepare a review.\n"
    assert undertakings_of(head + asked, gazetteer) == [("1", "request", ["org/icmpd"])]
    described = head + " The two Commissions jointly run the Secretariat." + asked
    assert undertakings_of(described, gazetteer) == []
    apposed = head + " We invite the Secretariat of the two processes, IOM, to prepare a mapping.\n"
    assert undertakings_of(apposed, gazetteer) == [("1", "request", ["org/iom"])]


def test_the_object_of_an_asking_lead_in_bears_its_items(gazetteer):
    text = (
        "Senior Officials' Meeting\nLondon, 24 November 2015\n\n"
        "1. Senior officials adopted the terms of reference of the RSO and asked it to:\n"
        "(a) map ongoing projects;\n(b) present the mapping at the next meeting.\n\n"
        "2. Members recommended to Ministers:\n(a) adopting a Declaration;\n(b) establishing a Mechanism.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1a", "request", ["org/rso"]),
        ("1b", "request", ["org/rso"]),
        ("2a", "recommend", ["collective/ministers"]),
        ("2b", "recommend", ["collective/ministers"]),
    ]


def test_a_declaration_whose_we_preamble_ends_before_do_hereby(gazetteer):
    text = (
        "ASEAN Declaration on Transnational Crime\nManila, 20 December 1997\n\n"
        "WE, the Ministers of Interior of the Member Countries of ASEAN, gathered in Manila;\n\n"
        "CONCERNED at the effects of transnational crime;\n\nDO HEREBY:\n\n"
        "1. Resolve to hold a Ministerial Meeting every two years;\n\n"
        "2. Task the ASEAN Chiefs of National Police (ASEANAPOL) to widen their cooperation;\n\n"
        "3. Invite the Dialogue Partners of ASEAN to share expertise.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", ["collective/ministers"]),
        ("2", "request", ["org/aseanapol"]),
        ("3", "request", ["collective/international-community"]),
    ]


def test_the_dialogue_partners_are_those_the_text_says_came_as_such(gazetteer):
    text = statement(
        "1. Senior officials of China, Japan and the Republic of Korea attended as ASEAN's Dialogue Partners.\n"
        "2. Ministers encouraged the Dialogue Partners to fund training.\n"
    )
    assert undertakings_of(text, gazetteer) == [("2", "encourage", ["state/CHN", "state/JPN", "state/KOR"])]


def test_governments_asked_are_states_and_governments_that_act_participate(gazetteer):
    text = statement(
        "1. Governments agreed to keep the Forum state-led.\n"
        "2. The Chair encouraged governments to volunteer as co-chairs.\n"
        "3. The Chair asked participating governments to send reports.\n"
        "4. Ministers recommended that the Governments of the region ratify the Convention.\n"
        "5. Ministers recommended that SADC governments use the indicators.\n"
        "6. Panellists urged governments to prepare for new patterns.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", ["collective/participants"]),
        ("2", "encourage", ["collective/states"]),
        ("3", "request", ["collective/participants"]),
        ("4", "recommend", ["collective/regional-states"]),
        ("5", "recommend", ["collective/members"]),
    ]


def test_a_first_verb_before_the_lead_in_verb_the_two_working_groups_and_the_co_hosts(gazetteer):
    text = (
        "Senior Officials' Meeting\nBangkok, 5 May 2016\n\n"
        "1. Australia and Indonesia co-chaired the meeting. Malaysia and IOM co-hosted it. "
        "The Working Group on Trafficking in Persons, the Working Group "
        "on the Disruption of People Smuggling and Trafficking in Persons Networks and the Task Force on Planning "
        "and Preparedness reported.\n\n"
        "2. Members agreed on provisional agendas and recommended to Ministers:\n(a) adopting a Declaration.\n\n"
        "3. Members encouraged the two working groups to meet jointly. The co-hosts were asked to circulate the "
        "summary. The Co-Chairs will report the outcomes, and invited UNHCR to advise members. The RSO will "
        "support the campaigns. The Member States commit themselves to cooperating.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("2", "agree", ["collective/members"]),
        ("3.1", "encourage", ["group/wg-tip", "group/wg-disruption"]),
        ("3.2", "request", ["state/MYS", "org/iom"]),
        ("3.3", "request", ["org/unhcr"]),
        ("3.4", "agree", ["collective/members"]),
        ("a", "recommend", ["collective/ministers"]),
    ]


def test_the_incoming_chair_is_the_state_the_text_welcomes_as_the_next_chair_of_the_process(gazetteer):
    text = (
        "Eleventh GFMD Summit\nMarrakesh, 7 December 2018\n\n1. The Global Forum on Migration and Development met "
        "in Marrakesh. The Summit welcomed the Republic of Ecuador as the next Chair of the Forum.\n\n"
        "2. We invite the incoming Chair to carry forward the dialogue.\n"
    )
    assert undertakings_of(text, gazetteer) == [("2", "request", ["state/ECU"])]


def test_the_international_organisations_present_and_the_troika(gazetteer):
    text = statement(
        "1. IOM, the ILO and the European Union attended. The Global Forum on Migration and Development is chaired "
        "by France.\n2. Ministers called on the international organisations present to support the plan.\n"
        "3. Ministers requested the Troika to propose a theme.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("2", "call-on", ["org/iom", "org/ilo"]),
        ("3", "request", ["state/FRA"]),
    ]


def test_the_dialogue_partners_are_not_the_members_named_beside_them(gazetteer):
    text = (
        "SOMTC\nVientiane, 24 May 2017\n\n1. Senior officials of the ASEAN member countries and of ASEAN's "
        "dialogue partners attended, with Australia and China as dialogue partners.\n\n"
        "2. The meeting encouraged the dialogue partners to fund the work plan.\n"
    )
    assert undertakings_of(text, gazetteer) == [("2", "encourage", ["state/AUS", "state/CHN"])]


def test_a_working_group_the_gazetteer_does_not_name_speaks_as_its_meeting(gazetteer):
    text = (
        "Meeting of the Working Group on the Silk Routes Region\nIstanbul, 24 November 2016\n\n"
        "Senior experts met in Istanbul.\n\nThe Working Group:\n"
        "* agreed to prepare a joint paper on labour migration;\n"
        "* encouraged the European Union to continue funding the project.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("2a", "agree", ["collective/participants"]),
        ("2b", "encourage", ["org/eu"]),
    ]


def test_they_after_and_an_opening_in_it_and_the_somtc_named_without_asean(gazetteer):
    text = statement(
        "1. The ministers agreed to hold joint investigations, and they resolved to exchange information.\n\n"
        "2. A second declaration was adopted. In it the ministers commit to develop effective mechanisms.\n\n"
        "3. The meeting called on Member States to speed up ratification and tasked the Senior Officials Meeting "
        "on Transnational Crime (SOMTC) with preparing a work programme."
    )
    assert undertakings_of(text, gazetteer) == [
        ("1.1", "agree", ["collective/ministers"]),
        ("1.2", "agree", ["collective/ministers"]),  # 'they': the subject before
        ("2", "agree", ["collective/ministers"]),
        ("3.1", "call-on", ["collective/members"]),
        ("3.2", "request", ["group/somtc"]),
    ]


def test_the_officials_in_small_letters_and_a_lead_in_that_agreed_on_areas_listed_below(gazetteer):
    text = statement(
        "1. Over two days, the officials:\n   i.  agreed to establish national focal points;\n"
        "  ii.  asked IOM to map remittance flows.\n\n"
        "2. The officials agreed on five thematic areas, with a lead country:\n"
        "   - skills recognition (led by Sri Lanka);\n   - ethical recruitment (led by Bangladesh).\n"
    )
    assert undertakings_of(text, gazetteer)[:2] == [
        ("1a", "agree", ["collective/officials"]),
        ("1b", "request", ["org/iom"]),
    ]
    assert all(not code.startswith("2") or code == "2" for code, _, _ in undertakings_of(text, gazetteer))


def test_bullets_of_their_own_verbs_after_a_lead_in_ending_in_and(gazetteer):
    text = statement(
        "By adopting the Declaration, the ministers committed to five priority areas, and:\n\n"
        "* agreed to strengthen cooperation on return;\n"
        "* called on the countries of origin to open legal migration channels;\n"
        "* requested IOM to report on progress every year."
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", ["collective/ministers"]),  # the lead-in's own verb commits on its own
        ("1a", "agree", ["collective/ministers"]),
        ("1b", "call-on", ["collective/source-countries"]),
        ("1c", "request", ["org/iom"]),
    ]


def test_they_also_over_bullets_is_the_subject_named_before(gazetteer):
    text = statement(
        "In their Declaration, the Vice-Ministers agreed that the Conference should remain the main forum. "
        "They also:\n\n* decided to update the working arrangements;\n* instructed the SOMTC to hold a meeting."
    )
    assert undertakings_of(text, gazetteer)[1:] == [
        ("1a", "agree", ["collective/vice-ministers"]),
        ("1b", "request", ["group/somtc"]),
    ]


def test_a_passive_then_the_participants_verb_and_support_as_a_noun(gazetteer):
    text = statement(
        "1. The meeting was co-chaired by Australia and Indonesia.\n\n"
        "2. IOM was invited to keep sharing its experience, and participants encouraged the Co-Chairs to arrange "
        "regular exchanges.\n\n3. Participants looked back on closer cooperation; support for victims; and new laws."
    )
    assert undertakings_of(text, gazetteer) == [
        ("2.1", "request", ["org/iom"]),
        ("2.2", "encourage", ["state/AUS", "state/IDN"]),
    ]


def test_a_declarations_that_they_the_private_sector_and_a_training_centre(gazetteer):
    text = statement(
        "1. That they agree to move forward with the Plan and decide to review it every two years.\n\n"
        "2. We invite the private sector to join the Forum.\n\n"
        "3. The meeting invited JCLEC to host a second meeting of training directors."
    )
    assert undertakings_of(text, gazetteer) == [
        ("1.1", "agree", ["collective/ministers"]),
        ("1.2", "agree", ["collective/ministers"]),
        ("2", "request", ["collective/business"]),
        ("3", "request", ["org/jclec"]),
    ]


def test_a_declaration_that_we_over_capitalised_verbs_and_a_body_with_its_acronym_in_a_list(gazetteer):
    text = statement(
        "WE, the Ministers of the Member Countries of ASEAN, gathered in Manila;\n\n"
        "DO HEREBY DECLARE THAT WE:\n\n1. Resolve to meet at least once every two years;\n\n"
        "2. Invite the ASEAN Senior Officials on Drug Matters (ASOD) and the ASEAN Chiefs of National Police "
        "(ASEANAPOL) to strengthen their cooperation."
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", ["collective/ministers"]),
        ("2", "request", ["group/asod", "org/aseanapol"]),
    ]


def test_bullets_of_their_own_verbs_after_a_lead_in_whose_own_verb_commits_nothing(gazetteer):
    text = statement(
        "The Ministers welcomed the progress of the five working groups, and:\n\n"
        "- agreed to finalise the terms of reference by June;\n- requested IOM to update the website."
    )
    assert undertakings_of(text, gazetteer) == [
        ("1a", "agree", ["collective/ministers"]),
        ("1b", "request", ["org/iom"]),
    ]


def test_a_lead_in_reported_by_a_spokesman_and_vice_ministers_without_a_hyphen(gazetteer):
    body = (
        "At the close, a spokesman of the Ministry of Interior told reporters that the participants:\n\n"
        " 1) agreed to strengthen national coordination mechanisms;\n"
        " 2) requested IOM to continue its technical support.\n\n"
        "According to the draft conclusions circulated on the last day, the\nvice ministers:\n\n"
        "- agreed to strengthen the network of consular protection officers;\n"
        "- instructed the Regional Consultation Group on Migration to prepare guidelines.\n"
    )
    assert [(c, m, a) for c, m, a in undertakings_of(statement(body), gazetteer)] == [
        ("1", "agree", ["collective/participants"]),
        ("2", "request", ["org/iom"]),
        ("2-1a", "agree", ["collective/vice-ministers"]),
        ("2-1b", "request", ["group/rcgm"]),
    ]


def test_addressees_spelled_out_between_dashes(gazetteer):
    body = (
        "The ministers:\n\n- called on the partner countries of the Silk Routes region -\n  Afghanistan, Iran and "
        "Pakistan - to designate national focal points.\n"
    )
    assert undertakings_of(statement(body), gazetteer) == [
        ("1a", "call-on", ["state/AFG", "state/IRN", "state/PAK"]),
    ]


def test_an_upper_case_pronoun_lead_in_over_infinitive_paragraphs_and_a_lead_in_naming_the_meetings_body(gazetteer):
    text = (
        "JOINT COMMUNIQUE\n\nVI REGIONAL CONFERENCE ON MIGRATION\nSan Jose, Costa Rica, March 22-23, 2001\n\n"
        "The Vice-Ministers met in San Jose.\n\nTHEY AGREED:\n\n1. To replace the term in all documents.\n\n"
        "2. To ask IOM to set up a support unit.\n"
    )
    found = {
        c.code: (c.modality, [a.actor.key for a in c.addressees]) for c in read_snippet(text, gazetteer).commitments
    }
    assert found == {"1": ("agree", ["collective/vice-ministers"]), "2": ("request", ["org/iom"])}
    body = (
        "IGAD holds its 7th Regional Migration Coordination Committee (RMCC)\n\n"
        "November 29, 2017 (ADDIS ABABA, Ethiopia): IGAD today convened the seventh meeting of the RMCC.\n\n"
        "At the close of the meeting, the RMCC:\n\n"
        "  i.   agreed to submit a revised Migration Action Plan;\n"
        "  ii.  requested the IGAD Secretariat to prepare a report.\n"
    )
    found = {
        c.code: (c.modality, [a.actor.key for a in c.addressees]) for c in read_snippet(body, gazetteer).commitments
    }
    assert found["2a"][0] == "agree" and found["2a"][1] and found["2b"] == ("request", ["org/igad-secretariat"])


def test_a_clause_with_its_own_subject_after_and_and_a_mandative_subjunctive(gazetteer):
    body = (
        "1. UNODC presented the progress of its project, and the meeting requested UNODC to report on it.\n\n"
        "2. Participants decided to set up a secure portal and agreed that a workshop on biometrics be held in "
        "2012-13.\n\n"
        "3. Participants agreed that the situation could be improved.\n"
    )
    assert undertakings_of(statement(body), gazetteer) == [
        ("1", "request", ["org/unodc"]),
        ("2.1", "agree", ["collective/participants"]),
        ("2.2", "agree", ["collective/participants"]),
    ]


def test_a_series_of_verbs_and_a_lead_in_of_auxiliaries_alone(gazetteer):
    body = (
        "1. The ministers agreed to expand the exchange of information, tasked the Senior Officials Meeting on "
        "Transnational Crime (SOMTC) to draw up a work programme, and encouraged Member States to accede.\n\n"
        "2. The ministers welcomed the report, noted the progress, and agreed to meet again.\n\n"
        "3. The Office gives effect to the Framework, which Ministers agreed at the Fourth Conference and which "
        "senior officials, meeting in Bali, decided to put into practice.\n"
    )
    assert undertakings_of(statement(body), gazetteer) == [
        ("1.1", "agree", ["collective/ministers"]),
        ("1.2", "request", ["group/somtc"]),
        ("1.3", "encourage", ["collective/members"]),
        ("2", "agree", ["collective/ministers"]),
    ]
    text = (
        "IV SOUTH AMERICAN CONFERENCE ON MIGRATION\nMontevideo, 6 and 7 November 2003\n\n"
        "The Delegations of the Governments of Bolivia and Uruguay met in Montevideo.\n\nHAVE AGREED:\n\n"
        "1. To restructure the Plan of Action.\n"
    )
    assert [(c.modality, bool(c.addressees)) for c in read_snippet(text, gazetteer).commitments] == [("agree", True)]


def test_a_bare_verb_lead_in_under_a_preamble_entrusting_and_reaffirming(gazetteer):
    text = (
        "II SOUTH AMERICAN CONFERENCE ON MIGRATION\nSantiago, 2 and 3 April 2001\n\n"
        "The Delegations of the Governments of Chile and Peru met in Santiago.\n\n"
        "CONVINCED that regional integration requires the movement of persons;\n\nRESOLVE:\n\n"
        "1. To reaffirm the principles agreed in Buenos Aires.\n\n"
        "2. To entrust the Government of Chile with the follow-up of this Declaration.\n\n"
        "3. To convene the Third Conference in Quito in 2002.\n"
    )
    found = [(c.code, c.modality) for c in read_snippet(text, gazetteer).commitments]
    assert found == [("2", "request"), ("3", "agree")]
    assert [a.actor.key for a in read_snippet(text, gazetteer).commitments[0].addressees] == ["state/CHL"]


def test_a_bullet_that_goes_on_with_they_and_the_bodies_an_addressee_includes(gazetteer):
    text = statement(
        "1. At the close of the meeting:\n"
        "- Participants agreed on the outline of the declaration;\n"
        "- they recommended that the database be kept up to date;\n"
        "- they asked ICMPD to revise the draft.\n\n"
        "2. Ministers encourage the regional processes, including the Colombo Process and the Budapest Process, "
        "to share their experience.",
        title="Senior Officials' Meeting\nCracow, 15-16 June 2016",
    )
    found = sorted(_bearers_of(text, gazetteer))
    assert found == [
        ("agree", ["collective/participants"]),
        ("encourage", ["process/colombo-process", "process/budapest-process"]),
        ("recommend", ["collective/participants"]),  # 'they': the participants of the bullet before, not officials
        ("request", ["org/icmpd"]),
    ]


def test_it_stands_for_the_body_named_before_and_reported_words_are_not_the_meetings(gazetteer):
    text = statement(
        "Ministers agreed to re-establish the Ad Hoc Group and asked it to report back within a year.\n\n"
        "Smith urged regional countries to act. Rights groups urged governments to protect refugees. Analysts "
        "called on Canberra to do more."
    )
    found = sorted(_bearers_of(text, gazetteer))
    assert found == [("agree", ["collective/ministers"]), ("request", ["group/ad-hoc-group"])]


def test_supporting_an_offer_or_the_work_of_a_body_is_theirs_to_carry_out(gazetteer):
    text = statement(
        "Ministers supported the proposal of Thailand to host a workshop. Ministers supported the continued work of "
        "the Working Group on Trafficking in Persons. Ministers supported the Regional Support Office."
    )
    found = sorted(_bearers_of(text, gazetteer))
    assert found == [
        ("support", ["collective/ministers"]),  # the Office is supported, not asked to act
        ("support", ["group/wg-tip"]),
        ("support", ["state/THA"]),
    ]


def test_a_collective_spelled_out_after_namely_and_an_invitation_to_a_meeting(gazetteer):
    text = statement(
        "We call on the countries of the Silk Routes region, namely Afghanistan, Iraq and Pakistan, to designate "
        "focal points. Sri Lanka invited the Member States, namely Nepal and India, to the second Senior Officials' "
        "Meeting. Ministers invited IOM to contribute to the workshop."
    )
    found = _bearers_of(text, gazetteer)
    assert found == [("call-on", ["state/AFG", "state/IRQ", "state/PAK"]), ("request", ["org/iom"])]


def test_the_groups_coordinator_an_officials_short_title_and_participating_experts(gazetteer):
    text = statement(
        "1. The meeting of Ad Hoc Experts' Group I was convened by New Zealand, which coordinates the Group.\n\n"
        "2. Participating experts:\n\n(a) agreed to nominate contact points;\n\n"
        "(b) asked the coordinator to circulate a draft.\n\n"
        "3. The meeting further requested the APC Coordinator to share the report."
    )
    found = sorted(_bearers_of(text, gazetteer))
    assert found == [
        ("agree", ["collective/participants"]),
        ("request", ["process/apc"]),
        ("request", ["state/NZL"]),
    ]


def test_a_lead_in_among_others_and_exhort(gazetteer):
    text = statement(
        "1. Through the Kathmandu Declaration, the Member States, among others:\n\n"
        "* resolved to promote fair recruitment;\n"
        "* requested IOM to continue its support.\n\n"
        "2. The Ministers exhorted the countries of origin, transit and destination to protect migrants."
    )
    found = sorted(_bearers_of(text, gazetteer))
    assert found == [
        ("agree", ["collective/members"]),
        ("request", ["org/iom"]),
        ("urge", ["collective/source-countries", "collective/transit-countries", "collective/destination-countries"]),
    ]


def test_quoted_words_and_an_outsiders_own_calls_are_not_the_meetings(gazetteer):
    text = statement(
        "Ministers tasked senior officials to reactivate the Consultation Mechanism.\n\n"
        '"We cannot wait. We need an arrangement that supports the States concerned," the Commissioner told '
        "delegates.\n\n"
        "The agencies called on all Bali Process States to act, and urged donors to sustain funding."
    )
    assert _bearers_of(text, gazetteer) == [("request", ["collective/officials"])]


def test_a_roman_lead_in_over_numbered_verbs_and_them_after_an_asking_verb(gazetteer):
    text = statement(
        "I.  Ministers adopted a statement in which they:\n"
        "    1. agreed to hold a second meeting of the Forum in 2019;\n"
        "    2. tasked the Regional Support Office to draft a framework.\n\n"
        "II. Ministers further called on all members to ratify the Protocol and encouraged\n"
        "    them to share information on smuggling routes."
    )
    assert _bearers_of(text, gazetteer) == [
        ("agree", [MINISTERS]),
        ("request", ["org/rso"]),
        ("call-on", ["collective/members"]),
        ("encourage", ["collective/members"]),
    ]


def test_a_wire_dateline_a_long_subject_and_bullets_after_and_among_others(gazetteer):
    text = statement(
        "MANILA, Sept 20 (Bernama) -- ASEAN ministers in charge of transnational crime today agreed to tighten "
        "cooperation against terrorism.\n\n"
        "According to the joint statement, the ministers adopted the Manila Declaration and, among others:\n"
        "• tasked the Senior Officials Meeting on Transnational Crime (SOMTC) to draw up a work plan;\n"
        "• agreed that the 12th AMMTC would be hosted by Myanmar in 2018."
    )
    assert _bearers_of(text, gazetteer) == [
        ("agree", [MINISTERS]),
        ("request", ["group/somtc"]),
        ("agree", ["state/MMR"]),
    ]


def test_a_passive_inside_a_relative_clause_is_reported(gazetteer):
    text = statement(
        "The meeting will take stock of the Conference held in Adelaide, Australia, in February 2023, whose "
        "outcomes the Working Group was tasked with taking forward."
    )
    assert _bearers_of(text, gazetteer) == []


def test_it_after_an_asking_verb_takes_its_addressee(gazetteer):
    text = statement("4. We request ICMPD to prepare a monitoring framework, and ask it to submit a report in 2020.")
    assert _bearers_of(text, gazetteer) == [("request", ["org/icmpd"]), ("request", ["org/icmpd"])]


def test_recruitment_agencies_and_employers_organisations_are_business(gazetteer):
    text = statement(
        "The Ministry calls on recruitment agencies to register for the side event, and invites employers' "
        "organisations of the member states to contribute case studies."
    )
    assert _bearers_of(text, gazetteer) == [("call-on", ["collective/business"]), ("request", ["collective/business"])]


def test_sadcs_international_cooperating_partners_are_the_international_community(gazetteer):
    text = statement(
        "The Ministers called upon International Cooperating Partners to continue supporting the programme."
    )
    assert _bearers_of(text, gazetteer) == [("call-on", ["collective/international-community"])]


def test_a_lead_in_subject_before_a_participle_and_shouted_verbs_after_a_verb_led_lead_in(gazetteer):
    text = statement(
        "The Member Countries of the Conference, having considered the reports of the Technical Meeting:\n\n"
        "- Agree to adopt the Plan;\n- Urge the countries of destination to guarantee access to justice."
    )
    assert _bearers_of(text, gazetteer) == [
        ("agree", ["collective/members"]),
        ("urge", ["collective/destination-countries"]),
    ]
    text = statement(
        "We, the Ministers and Heads of Delegation of the partner countries, namely Belgium and France,\n\n"
        "meeting in Marrakesh on 2 May 2018,\n\n"
        "I. UNDERTAKE, in the implementation of this Plan, to:\na) make migration work for development;\n"
        "b) improve cooperation on return;\n\n"
        "II. INVITE the European Commission to support the projects arising from the Plan;\n\n"
        "III. AGREE to hold the next Conference in 2021."
    )
    assert _bearers_of(text, gazetteer) == [("request", ["org/eu"]), ("agree", [MINISTERS])]


def test_supporting_the_meeting_itself_is_a_service_not_a_commitment(gazetteer):
    text = statement(
        "ICMPD supported the meeting as Secretariat of the Process. IOM has supported the Process since its "
        "creation in 2002. Ministers supported the work of the Regional Support Office."
    )
    assert _bearers_of(text, gazetteer) == [("support", ["org/rso"])]


def test_a_lead_in_that_stops_at_its_subject_an_appeal_and_support_as_a_noun(gazetteer):
    text = statement(
        "1. IOM, which provides technical support to the Dialogue, was in attendance.\n\n"
        "2. In their Windhoek Communiqué the Ministers\n"
        "  (i)   resolved to finalise the regional action plan;\n"
        "  (ii)  appealed to development partners to support data collection.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("2a", "agree", [MINISTERS]),
        ("2b", "call-on", ["collective/international-community"]),
    ]


def test_a_declaration_in_capitals_and_a_lead_in_that_adopts_and_in_it(gazetteer):
    text = statement(
        "1. WE AUTHORISE the Co-Chairs to consult affected countries, and WE TASK the Ad Hoc Group to review "
        "the responses.\n\n"
        "2. WE AGREE to engage more closely with the private sector, and REQUEST the\n"
        "   Co-Chairs to convene a forum.\n\n"
        "3. The meeting was co-chaired by Australia and Indonesia.\n\n"
        "4. Participants adopted the Rome Declaration and, in it:\n"
        "* invited UNHCR and IOM to contribute their expertise.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(c.modality, [a.actor.key for a in c.addressees]) for c in record.commitments] == [
        ("request", ["state/AUS", "state/IDN"]),
        ("request", ["group/ad-hoc-group"]),
        ("agree", [MINISTERS]),
        ("request", ["state/AUS", "state/IDN"]),
        ("request", ["org/unhcr", "org/iom"]),
    ]
    assert {(p.actor.key, p.role) for p in record.participations} == {
        ("state/AUS", "co-chair"),
        ("state/IDN", "co-chair"),
    }


def test_a_preamble_of_recitals_then_bare_verbs_we_shall_and_a_heading_over_a_subject(gazetteer):
    text = statement(
        "We, the Ministers of Afghanistan, Iran and Pakistan, met in Almaty;\n\n"
        "Noting with appreciation the participation of Turkmenistan;\n\n"
        "1. Decide to establish the Process;\n\n"
        "2. Call upon States of the region to accede to the Convention;\n\n"
        "Hereby declare that we shall, in the first instance:\n\n"
        "(a) pilot an orientation programme;\n\n"
        "Key outcomes\nThe Senior Officials:\n\n"
        "* requested IOM to prepare a mapping.\n"
    )
    assert undertakings_of(text, gazetteer) == [
        ("1", "agree", [MINISTERS]),
        ("2", "call-on", ["collective/regional-states"]),
        ("2-2a", "request", ["org/iom"]),
        ("a", "agree", [MINISTERS]),
    ]


def test_declare_over_infinitives_each_its_own_and_a_letter_left_in_a_paragraph(gazetteer):
    text = statement(
        "We, the Governments of Chile and Peru, meeting in Lima;\n\n"
        "DECLARE:\n\n"
        "1. To reaffirm that migrants are subjects of rights.\n\n"
        "2. To promote regular migration pathways and to strengthen consular assistance.\n\n"
        "3. To urge countries of destination to respect the rights of migrants.\n\n"
        "4. To accept with thanks the offer of Colombia to assume the Presidency and to host the next Conference.\n"
    )
    assert [(c.modality, c.span.quote) for c in read_snippet(text, gazetteer).commitments] == [
        ("agree", "To promote regular migration pathways"),
        ("agree", "and to strengthen consular assistance."),
        ("urge", "To urge countries of destination to respect the rights of migrants."),
    ]
    lettered = statement("d) Experts agreed to designate national contact points.\n")
    assert _bearers_of(lettered, gazetteer) == [("agree", ["collective/participants"])]


def test_we_as_co_chairs_and_the_states_in_the_region(gazetteer):
    text = (
        "Joint Media Release\n3 July 2023\n\nAustralia and Indonesia co-chaired the meeting in Bangkok on 21 June "
        "2023.\n\nAs Co-Chairs, we are committed to ensuring the Process can respond. We urge all states in the "
        "region to meet their obligations.\n"
    )
    assert _bearers_of(text, gazetteer) == [
        ("agree", ["state/AUS", "state/IDN"]),
        ("urge", ["collective/regional-states"]),
    ]


def test_a_relative_clauses_verbs_a_declaration_that_states_and_a_lead_in_naming_the_task_force(gazetteer):
    text = statement(
        "1. We recalled the Tenth AMMTC, hosted by Malaysia, which adopted the Kuala Lumpur Declaration and "
        "decided to convene the AMMTC annually.\n\n2. The Declaration states that member states:\n\n"
        "* agree to develop pilot programmes;\n\n3. At the close of the exercise, Task Force members:\n\n"
        "* agree to finalise the Guide;"
    )
    assert _bearers_of(text, gazetteer) == [("agree", ["collective/members"]), ("agree", ["collective/members"])]


def test_a_declaration_named_before_the_ministers_without_a_comma(gazetteer):
    text = statement(
        "1. In the declaration adopted this afternoon the ministers undertake to set up a dialogue on migration. "
        "They agree to establish a Steering Committee."
    )
    assert _bearers_of(text, gazetteer) == [("agree", ["collective/ministers"]), ("agree", ["collective/ministers"])]


def test_items_after_a_lead_in_running_on_with_and_and_a_pronoun_after_the_subjects_sentence(gazetteer):
    text = statement(
        "Officials welcomed the draft work plan, and\n    (i)   asked the RSO to circulate it by May;\n"
        "    (ii)  agreed to hold a workshop in Manila.\n\n"
        "Ministers adopted the Perth Declaration. In it they:\n• agreed to share data;\n"
        "• invited IOM to support them.\n\n"
        "In a joint outcome document, government and business participants:\n- committed to promote ethical "
        "recruitment."
    )
    assert _bearers_of(text, gazetteer) == [
        ("request", ["org/rso"]),
        ("agree", ["collective/officials"]),
        ("agree", ["collective/ministers"]),
        ("request", ["org/iom"]),
        ("agree", ["collective/participants"]),
    ]


def test_who_an_agreement_or_request_names_to_act(gazetteer):
    text = statement(
        "1. The Conference was co-chaired by Indonesia and Australia. The two Ad Hoc Experts' Groups, coordinated "
        "by New Zealand and Thailand respectively, reported to it.\n"
        "2. Ministers agreed to authorise the Co-Chairs to consult affected countries.\n"
        "3. Ministers agreed that the two experts' groups should continue their work and decided that the "
        "coordinators should report to officials in 2011.\n"
        "4. Ministers recognised the role of UNHCR and IOM and requested both organisations to continue their "
        "support.\n"
        "5. They likewise urged Member States to adopt laws, and tasked the Ad Hoc Group to prepare a plan.\n"
        "6. Ministers supported the engagement of the Colombo Process in the Global Compact.\n"
        "7. Ministers recommended that each Member State adopt a national migration policy.\n"
    )
    assert _bearers_of(text, gazetteer) == [
        ("agree", ["state/IDN", "state/AUS"]),
        ("agree", ["group/ad-hoc-experts-group-i", "group/ad-hoc-experts-group-ii"]),
        ("agree", ["state/NZL", "state/THA"]),
        ("request", ["org/unhcr", "org/iom"]),
        ("urge", ["collective/members"]),
        ("request", ["group/ad-hoc-group"]),
        ("support", ["process/colombo-process"]),
        ("recommend", ["collective/members"]),
    ]


def test_lead_ins_that_report_a_record_or_name_the_members(gazetteer):
    text = statement(
        "Ministers met in Bangkok for two days.\n\nThe Co-Chairs' Statement records that Ministers:\n\n"
        "* agreed to extend the mandates of both groups;\n* urged governments to enact laws.\n\n"
        "We, the members of the Working Group:\n\n* agree to keep in regular contact;\n"
        "* request the RSO to organise a training module.\n",
        title="Working Group on Disruption\nBangkok, 5 May 2020",
    )
    assert [(m, keys) for _, m, keys in undertakings_of(text, gazetteer)] == [
        ("agree", ["collective/ministers"]),
        ("urge", ["collective/states"]),
        ("agree", ["collective/members"]),
        ("request", ["org/rso"]),
    ]


def test_a_group_that_commits_itself_commits_its_members(gazetteer):
    text = statement(
        "The Working Group on Trafficking in Persons decided to:\n\n* adopt the Policy Guide;\n* meet annually.\n\n"
        "The Working Group on Trafficking in Persons further agreed to review the Guide in 2018.\n",
        title="Working Group on Trafficking in Persons\nHa Noi, 5 May 2016",
    )
    assert [(m, keys) for _, m, keys in undertakings_of(text, gazetteer)] == [
        ("agree", ["collective/members"]),
        ("agree", ["collective/members"]),
        ("agree", ["collective/members"]),
    ]


def test_a_lead_ins_subject_after_a_long_opening_phrase_with_commas(gazetteer):
    text = statement(
        "Officials met for two days.\n\n"
        "Building on the thematic meeting held in Nairobi, Kenya, in September 2019 and on the Steering Committee "
        "meeting (Brussels, 17 June 2019), senior officials:\n\n"
        "(a) agreed to hold the next thematic meeting in The Hague;\n(b) tasked the Secretariat with a work plan.\n",
        title="Senior Officials' Meeting of the Budapest Process\nAnkara, 10 December 2019",
    )
    assert [(m, keys) for _, m, keys in undertakings_of(text, gazetteer)] == [
        ("agree", ["collective/officials"]),
        ("request", ["org/icmpd"]),
    ]
