"""The IRI door: every kind of IRI, its readable shape, and parsing IRIs back."""

import pytest

from balikg.core import iris
from balikg.core.vocab import BASE

ID = BASE + "id/"


def test_actors_documents_and_spans():
    assert iris.actor_key("state", "AUS") == "state/AUS"
    assert iris.actor_key("organisation", "iom") == iris.actor_key("secretariat", "iom") == "org/iom"
    assert iris.actor_key("process", "bali-process") == "process/bali-process"
    assert iris.secretariat_key("org/icmpd") == "org/icmpd-secretariat"
    assert iris.actor("state/AUS") == ID + "state/AUS"
    assert iris.actor_segment("state/AUS") == "state-AUS"
    assert iris.document("seed") == ID + "doc/seed"
    assert iris.span("seed", 3, 9) == ID + "doc/seed#char=3,9"
    assert iris.section("seed", "IV") == ID + "doc/seed/section/IV"
    assert iris.paragraph("seed", 29) == ID + "doc/seed/paragraph/29"
    assert iris.item("seed", "A") == ID + "doc/seed/item/A"
    assert iris.obligation("seed", "5.1") == ID + "doc/seed/obligation/5.1"
    assert iris.addressing("seed", "E", "addressee", "org/iom") == ID + "doc/seed/obligation/E/addressee/org-iom"


def test_meetings_and_relations():
    assert iris.event("m-2003") == ID + "event/m-2003"
    assert iris.participation("m-2003", "observer", "state/CAN") == ID + "event/m-2003/observer/state-CAN"
    assert iris.coordination("group/g-i", "state/NZL") == ID + "group/g-i/coordinator/state-NZL"
    assert iris.schedule("m-2003", "seed", 120) == ID + "event/m-2003/dates/seed-120"
    assert iris.place("Phnom Penh") == ID + "place/phnom-penh"
    assert iris.post(iris.post_key("IDN", "foreign-minister")) == ID + "post/IDN/foreign-minister"
    assert iris.instrument(iris.instrument_key("Nasonini Declaration", "m-2002")) == (
        ID + "instrument/nasonini-declaration/m-2002"
    )
    assert iris.role("co-chair") == BASE + "role/co-chair"
    assert iris.modality("call-on") == BASE + "modality/call-on"
    assert iris.named_graph("seed") == BASE + "graph/seed"
    assert iris.named_graph("seed", "https://example.org/g/") == "https://example.org/g/seed"
    assert iris.push_staging(None) == BASE + "graph/default/push-staging"
    assert iris.push_staging("https://example.org/g/seed") == "https://example.org/g/seed/push-staging"


@pytest.mark.parametrize(
    ("title", "year", "key"),
    [
        (
            "Second Regional Ministerial Conference on People Smuggling",
            "2003",
            "second-regional-ministerial-conference-2003",
        ),
        ("Co-chairs' Statement", "", "co-chairs-statement"),
        # two workshops of one year: a head of one word would give both 'workshop-2012'
        ('Workshop on "Victim Protection"', "2012", "workshop-on-victim-protection-2012"),
        (
            "Workshop on Biometrics for Identity Integrity in Immigration",
            "2012",
            "workshop-on-biometrics-for-identity-integrity-in-immigration-2012",
        ),
    ],
)
def test_own_meeting_keys(title, year, key):
    assert iris.own_meeting_key(title, year) == key


def test_other_meeting_and_incident_keys():
    assert iris.meeting_key("8th ASEAN Summit", "2002") == "8th-asean-summit-2002"
    assert iris.meeting_key("Conference on Money Laundering and Terrorist Financing", "2002") == (
        "conference-on-money-laundering-and-terrorist-financing-2002"
    )
    long = "First Bali Regional Ministerial Conference on People Smuggling"
    assert iris.meeting_key(long, "2002") == "first-bali-regional-ministerial-conference-2002"
    assert iris.incident_key("Bali bombings", "2002") == "bali-bombings-2002"
    assert iris.slug("Experts’ Group II") == "experts-group-ii"
    assert iris.slug("Türkiye takes over in Cádiz") == "turkiye-takes-over-in-cadiz"  # accents dropped, not the letter


def test_parsing_back():
    assert iris.document_of(iris.span("seed", 1, 2)) == "seed"
    assert iris.document_of(iris.item("seed", "A")) == "seed"
    assert iris.document_of(iris.actor("state/AUS")) is None
    assert iris.is_vocabulary(BASE + "ontology#Meeting") and iris.is_vocabulary(iris.role("observer"))
    assert not iris.is_vocabulary(iris.actor("org/iom"))
    assert iris.local(iris.actor("org/iom")) == "org/iom"
    assert iris.shorten(iris.actor("org/iom"), {ID: "id:"}) == "id:org/iom"
