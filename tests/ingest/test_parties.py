"""ingest.parties: the actors a phrase names from its start, listed or not."""

from ingest.parties import Parties
from ingest.records import Coordination, Participation, Span


def phrase(text: str) -> Span:
    """A phrase as its own document."""
    return Span("p.txt", 0, len(text), text)


def keys(parties: Parties, text: str, before: str | None = None) -> list[str]:
    """The keys of what a phrase names."""
    span = Span("p.txt", len(before or ""), len(before or "") + len(text), text)
    context = phrase(before) if before is not None else None
    return [a.actor.key for a in parties.read(span, context)]


def test_lists_and_their_ends(gazetteer):
    parties = Parties(gazetteer, "", "p.txt")
    assert keys(parties, "IOM and UNHCR to lend their expertise") == ["org/iom", "org/unhcr"]
    assert keys(parties, "the Co-Chairs together with the Steering Group") == [
        "group/steering-group"
    ]  # no co-chairs known
    assert keys(parties, "members which have not yet done so") == ["collective/members"]
    assert keys(parties, "IOM, as Secretariat of the Colombo Process,") == ["org/iom"]
    assert keys(parties, "countries with large refugee populations") == []  # not countries at large
    assert keys(parties, "the review") == []


def test_names_that_stand_for_several(gazetteer):
    parties = Parties(gazetteer, "", "p.txt")
    assert keys(parties, "countries of origin, transit and destination") == [
        "collective/source-countries",
        "collective/transit-countries",
        "collective/destination-countries",
    ]
    assert keys(parties, "source and destination countries") == [
        "collective/source-countries",
        "collective/destination-countries",
    ]
    assert keys(parties, "the Plus Three Countries") == ["state/CHN", "state/JPN", "state/KOR"]
    assert keys(parties, "the Thematic Area Working Groups") == ["group/cp-tawg-skills", "group/cp-tawg-recruitment"]
    assert keys(parties, "the partner countries of the region, Afghanistan, Iraq and Pakistan") == [
        "state/AFG",
        "state/IRQ",
        "state/PAK",
    ]
    assert keys(
        parties,
        "both groups",
        before="the Working Group on Trafficking in Persons and the Task Force on "
        "Planning and Preparedness, and tasked ",
    ) == ["group/wg-tip", "group/tfpp"]


def test_the_documents_own_actors(gazetteer):
    aus, idn, nzl = (gazetteer.actors[k] for k in ("state/AUS", "state/IDN", "state/NZL"))
    iom, sweden = gazetteer.actors["org/iom"], gazetteer.actors["state/SWE"]
    mention = phrase("x")
    text = "The Bali Process Government and Business Forum met. ICMPD, which serves as the Secretariat, spoke. "
    parties = Parties.of(
        gazetteer,
        phrase(text),
        [
            Participation(aus, "co-chair", mention, mention),
            Participation(idn, "co-chair", mention, mention),
            Participation(iom, "observer", mention, mention),
            Participation(sweden, "observer", mention, mention),
        ],
        [Coordination(nzl, gazetteer.actors["group/ad-hoc-experts-group-i"], mention, mention)],
    )
    at_end = Span("p.txt", len(text), len(text), "")

    def read(words: str) -> list[str]:
        span = Span("p.txt", at_end.begin, at_end.begin + len(words), words)
        return [a.actor.key for a in parties.read(span)]

    assert read("the Co-Chairs to circulate a summary") == ["state/AUS", "state/IDN"]
    assert read("its Co-Chairs") == ["state/AUS", "state/IDN"]
    assert read("the observer organisations") == ["org/iom"]
    assert read("the observers") == ["org/iom", "state/SWE"]
    assert read("the coordinator of Ad Hoc Experts' Group I") == ["state/NZL"]
    assert read("the Forum to report") == ["group/gabf"]
    assert read("the Secretariat to prepare a roadmap") == ["org/icmpd"]
