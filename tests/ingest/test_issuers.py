"""ingest.issuers: who 'We' are in a statement, and who its meeting speaks as."""

from snippets import read_snippet, structure_of

from ingest.issuers import read_issuers
from ingest.parties import Parties
from ingest.records import Span


def issuers_of(text: str, gazetteer, label: str = "") -> tuple[list[str], list[str]]:
    """(who 'We' are, who the meeting is) as actor keys."""
    parties = Parties(gazetteer, text, "s.txt", named=[])
    found = read_issuers(structure_of(text), text, parties, label)
    return [a.key for a in found.we], [a.key for a in found.meeting]


def test_we_from_the_text_the_title_or_the_kind_of_meeting(gazetteer):
    we_the = (
        "Joint Communique\nHa Noi, 30 November 2005\n\n1. We, the Ministers of Brunei Darussalam and Cambodia, met.\n"
    )
    assert issuers_of(we_the, gazetteer) == (["collective/ministers"], ["collective/participants"])
    by = "Joint Statement by the Foreign Ministers of Indonesia and Australia on the Mechanism\n\nWe met today.\n"
    assert issuers_of(by, gazetteer)[0] == ["state/IDN", "state/AUS"]
    opening = "Declaration\n\nThe Vice-Ministers and Heads of Delegation of the Member Countries gathered in Panama.\n"
    assert issuers_of(opening, gazetteer)[0] == ["collective/vice-ministers"]
    officials = "Ad Hoc Group Senior Officials' Meeting\nBangkok, 5 May 2015\n\nWe met.\n"
    assert issuers_of(officials, gazetteer) == (["collective/officials"], ["collective/officials"])


def test_a_subject_the_meeting_or_a_pronoun(gazetteer):
    text = (
        "Workshop on Returns\nSydney, 12 October 2011\n\n"
        "1. The workshop agreed to meet again.\n2. We agree to share data.\n"
    )
    record = read_snippet(text, gazetteer)
    assert sorted((c.code, [a.actor.key for a in c.addressees]) for c in record.commitments) == [
        ("1", ["collective/participants"]),
        ("2", ["collective/participants"]),
    ]
    assert all(isinstance(a.mention, Span) for c in record.commitments for a in c.addressees)


def test_we_are_the_states_whose_office_holders_issue_the_statement(gazetteer):
    title = (
        "JOINT STATEMENT\nOF THE MINISTER OF HOME AFFAIRS OF MALAYSIA\nAND THE MINISTER OF PUBLIC SECURITY OF CHINA\n"
        "ON COOPERATION AGAINST TRANSNATIONAL CRIME\n\nKuala Lumpur, 3 March 2025\n\nWe met today.\n"
    )
    assert issuers_of(title, gazetteer)[0] == ["state/MYS", "state/CHN"]
    we = (
        "Joint Statement\nBrussels, 9 May 2017\n\n"
        "We, the Minister of Foreign Affairs of Mali, outgoing Chair of the Rabat Process, and the Secretary of "
        "State for Asylum and Migration of Belgium, its incoming Chair, met today.\n"
    )
    assert issuers_of(we, gazetteer)[0] == ["state/MLI", "state/BEL"]
    # ministers of many states, named together, speak as the ministers
    many = (
        "Joint Communique\nHa Noi, 30 November 2005\n\n1. We, the Ministers of Brunei Darussalam and Cambodia, met.\n"
    )
    assert issuers_of(many, gazetteer)[0] == ["collective/ministers"]


def test_we_who_are_ministers_officials_and_business_leaders_are_the_participants(gazetteer):
    text = (
        "Joint Communique\nAdelaide, 9 February 2023\n\n1. We, the ministers, senior officials and business leaders "
        "taking part in the Forum, met in Adelaide.\n"
    )
    assert issuers_of(text, gazetteer)[0] == ["collective/participants"]


def test_we_therefore_commit_to(gazetteer):
    text = (
        "Ministerial Conference\nBali, 7 August 2018\n\n1. We, the Ministers, met in Bali.\n\n"
        "2. We therefore commit to:\n   - promote ethical recruitment;\n   - strengthen transparency.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(o.modality, [a.actor.key for a in o.addressees]) for o in record.obligations] == [
        ("agree", ["collective/ministers"]),
        ("agree", ["collective/ministers"]),
    ]
