"""ingest.obligations: items under a modal lead-in, their modality, addressees, helpers and conditions; other
items are running text (ingest.commitments)."""

from snippets import ATTENDANCE, read_snippet


def test_items_under_a_lead_in(gazetteer):
    record = read_snippet(ATTENDANCE, gazetteer)
    a, b = record.obligations
    assert (a.code, a.modality, a.paragraph) == ("A", "recommend", "4")
    assert [x.actor.key for x in a.addressees] == ["collective/states"]
    assert [x.actor.key for x in b.addressees] == ["org/iom"]
    assert [x.actor.key for x in b.auxiliaries] == ["collective/states"]
    assert [x.actor.key for x in b.beneficiaries] == ["collective/source-countries"]
    assert [c.quote for c in b.conditions] == ["subject to domestic laws"]
    assert b.lead_in.quote == "Ministers recommend that:"


def test_an_item_without_a_modal_lead_in_is_running_text(gazetteer):
    text = "Title\nBali, 1 May 2010\n\n1. Ministers met.\nA. Ministers agreed to meet again.\nB. States act.\n"
    record = read_snippet(text, gazetteer)
    assert record.obligations == [] and record.warnings == []
    assert [(c.code, c.modality, [a.actor.key for a in c.addressees]) for c in record.commitments] == [
        ("A", "agree", ["collective/ministers"])
    ]


def test_items_that_list_the_parts_of_a_lead_ins_object_commit_nothing(gazetteer):
    text = (
        "Title\nBali, 1 May 2010\n\n1. The participating states agree to develop their cooperation along three "
        "pillars:\n(a) legal migration;\n(b) readmission and return;\n(c) migration and development.\n"
        "2. Ministers agreed to work together in two areas, namely to:\n(a) share data;\n(b) train officials.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(o.code, o.modality) for o in record.obligations] == [("2a", "agree"), ("2b", "agree")]
    assert [(c.code, c.modality, [a.actor.key for a in c.addressees]) for c in record.commitments] == [
        ("1", "agree", ["collective/participants"])
    ]


def test_items_that_open_with_a_capitalised_verb_of_asking_ask_their_object(gazetteer):
    text = (
        "Declaration\nSan Jose, 4 December 2020\n\nTHE VICE-MINISTERS RESOLVE TO:\n\n"
        "a) Approve the Strategic Plan;\n\nb) Instruct the RCGM to prepare a proposal;\n\n"
        "c) Call on the international community to support the countries of the region.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(o.code, o.modality, [a.actor.key for a in o.addressees]) for o in record.obligations] == [
        ("a", "agree", ["collective/vice-ministers"]),
        ("b", "request", ["group/rcgm"]),
        ("c", "call-on", ["collective/international-community"]),
    ]


def test_an_item_that_asks_someone_the_gazetteer_does_not_know_is_a_warning_not_the_issuers_act(gazetteer):
    text = (
        "Declaration\nSan Jose, 4 December 2020\n\nTHE VICE-MINISTERS RESOLVE TO:\n\n"
        "a) Approve the Strategic Plan;\n\nb) Call on the international cooperation community to support them.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(o.code, o.modality) for o in record.obligations] == [("a", "agree")]
    assert [w.message for w in record.warnings if "item b" in w.message] == [
        "item b: unresolved addressee of 'Call on'"
    ]


def test_a_lead_in_recommending_the_following_to_its_addressees(gazetteer):
    text = (
        "ASEAN Special Ministerial Meeting on Drug Matters\nBangkok, Thailand, 30 August 2012\n\n"
        "1. The Meeting recommended the following to the Member States:\n\n"
        "   – to give priority to interdicting drug consignments at border crossings;\n"
        "   – to strengthen cooperation among sectoral bodies.\n"
    )
    assert _undertaken(text, gazetteer) == [("recommend", ["collective/members"])] * 2


def test_the_subject_of_a_that_lead_in_after_an_aside(gazetteer):
    text = (
        "Working Group on Trafficking in Persons\nBali, 2 May 2017\n\n"
        "1. Members agreed that, over that period, the Working Group would:\n\n"
        "   i.   keep information sharing at the centre of its work;\n"
        "   ii.  hold annual meetings.\n"
    )
    assert _undertaken(text, gazetteer) == [("agree", ["group/wg-tip"])] * 2


def _undertaken(text: str, gazetteer) -> list[tuple[str, list[str]]]:
    """(modality, addressee keys) of every commitment and obligation a snippet makes."""
    record = read_snippet(text, gazetteer)
    return [(u.modality, [a.actor.key for a in u.addressees]) for u in record.commitments + record.obligations]


def test_a_bare_lead_in_under_the_preamble_commits_its_speakers(gazetteer):
    text = (
        "Ministerial Conference\nIstanbul, 20 February 2019\n\n"
        "We, the Ministers responsible for migration of Austria, Bulgaria and Turkey,\n\n"
        "Gathered in Istanbul;\n\n"
        "Hereby commit to:\n\n"
        "* pursue the priority areas of the Call for Action;\n"
        "* offer more legal pathways for labour.\n\n"
        "We call upon the countries of origin, transit and destination along the route to share information.\n"
    )
    assert sorted(_undertaken(text, gazetteer)) == [
        ("agree", ["collective/ministers"]),
        ("agree", ["collective/ministers"]),
        (
            "call-on",
            ["collective/source-countries", "collective/transit-countries", "collective/destination-countries"],
        ),
    ]


def test_an_impersonal_lead_in_binds_the_meeting_where_an_item_names_no_one(gazetteer):
    text = (
        "Regional Workshop\nCO-CHAIRS' SUMMARY\nManila, 9-10 November 2010\n\n"
        "Participants shared experience. It was agreed that:\n\n"
        "  - members would designate a focal point for victim referral;\n"
        "  - the draft regional guidelines would be circulated for comment.\n"
    )
    assert _undertaken(text, gazetteer) == [
        ("agree", ["collective/members"]),
        ("agree", ["collective/participants"]),
    ]


def test_a_numbered_lead_in_that_opens_with_its_verb_binds_the_preambles_speakers(gazetteer):
    text = (
        "SIXTH MINISTERIAL CONFERENCE\nIstanbul, 20 February 2019\n\n"
        "We, the Ministers of Afghanistan, Bangladesh and Turkey,\n\nMeeting in Istanbul on 20 February 2019;\n\n"
        "Hereby adopt this Call for Action and\n\n1. Commit ourselves to:\n"
        "• make the most of legal migration;\n• prevent irregular migration.\n"
    )
    assert _undertaken(text, gazetteer) == [("agree", ["collective/ministers"]), ("agree", ["collective/ministers"])]


def test_subjects_in_lower_case_two_kinds_sharing_their_noun_and_an_office(gazetteer):
    text = (
        "Regional Workshop\nChiang Mai, 5 May 2005\n\n1. Thailand coordinates Ad Hoc Experts' Group II.\n\n"
        "2. Participants recommended that:\n"
        "(a) source and destination countries conclude bilateral arrangements;\n"
        "(b) member countries designate a focal point;\n"
        "(c) the Coordinator of Ad Hoc Experts' Group II circulate a questionnaire.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(o.code, [a.actor.key for a in o.addressees]) for o in record.obligations] == [
        ("a", ["collective/source-countries", "collective/destination-countries"]),
        ("b", ["collective/members"]),
        ("c", ["state/THA"]),
    ]
