"""ingest.parties: the actors a phrase names from its start, listed or not."""

import re
from pathlib import Path

from ingest.parties import DEFINITE, PROVIDED_AFTER, PROVIDED_BY, SERVES_AS, Parties
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
    assert keys(parties, "the Thematic Area Working Groups") == [  # none named before: all of the family
        "group/cp-tawg-skills",
        "group/cp-tawg-recruitment",
        "group/cp-tawg-pdo",
        "group/cp-tawg-remittances",
        "group/cp-tawg-lma",
    ]
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


def test_a_family_in_plural_means_the_members_named_before_by_name_or_theme(gazetteer):
    named = (
        "Sri Lanka leads the group on skills and qualification recognition; Bangladesh leads the Thematic Area "
        "Working Group on Ethical Recruitment; the Philippines, pre-departure orientation and empowerment. "
    )
    for text, expected in (
        (f"{named}They encouraged the three Thematic Area Working Groups", ["skills", "recruitment", "pdo"]),
        (
            f"{named}They encouraged the two Thematic Area Working Groups",
            [],
        ),
        (
            "They heard the Thematic Area Working Groups on Skills and Qualification Recognition and on Ethical "
            "Recruitment. They encouraged the Thematic Area Working Groups",
            ["skills", "recruitment"],
        ),
    ):
        parties = Parties(gazetteer, text, "p.txt")
        at = text.rindex("the ")
        span = Span("p.txt", at, len(text), text[at:])
        assert [a.actor.key for a in parties.read(span)] == [f"group/cp-tawg-{k}" for k in expected], text


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


def former_definite(parties: Parties, phrase: Span) -> list[str]:
    """'the Forum' read the way it was before the document's names were indexed: every candidate found again
    in the whole text before the phrase (the reference NamedBefore must agree with)."""
    match = DEFINITE.match(phrase.quote)
    if match is None:
        return []
    head = " ".join(match["head"].split()).casefold()
    candidates = []
    for named in parties.named:
        if named.span.begin >= phrase.begin:
            break
        names = [n.casefold() for n in parties.gazetteer.written.get(named.actor.key, [named.actor.label])]
        on_subject = any(f" {head} on " in n for n in names)
        subject = head in ("forum", "conference", "dialogue", "process", "group") and on_subject
        if subject or any(n == head or n.endswith(" " + head) or n.startswith(head + " ") for n in names):
            candidates.append((named.span.begin, named.actor))
    apposition = PROVIDED_AFTER.match(parties.text, phrase.begin + match.end())  # 'the Secretariat, provided by X'
    last_provided = None  # the last '… Secretariat, provided by' after which a name follows, if that name is X
    for provided in PROVIDED_BY.finditer(parties.text[: apposition.end() if apposition else phrase.begin]):
        if " ".join(provided["head"].split()).casefold().endswith(head):
            after = [m for m in parties.named if m.span.begin >= provided.end()]
            if after:
                by_name = re.fullmatch(r"(?:the\s+)?", parties.text[provided.end() : after[0].span.begin], re.I)
                last_provided = (provided.start(), after[0].actor) if by_name else None
    candidates += [last_provided] if last_provided else []
    for serving in SERVES_AS.finditer(parties.text[: phrase.begin]):
        if " ".join(serving["head"].split()).casefold().endswith(head):
            earlier = [m for m in parties.named if m.span.end <= serving.start()]
            if earlier:
                candidates.append((serving.start(), earlier[-1].actor))
    for actor in parties.gazetteer.actors.values():
        if actor.parent and any(m.actor.key == actor.parent for m in parties.named if m.span.begin < phrase.begin):
            names = [n.casefold() for n in parties.gazetteer.written.get(actor.key, [actor.label])]
            if any(n.startswith(head + " of ") for n in names):
                candidates.append((-1, actor))
    return [max(candidates, key=lambda c: c[0])[1].key] if candidates else []


def test_definite_names_read_from_the_index_as_from_the_whole_text_before(gazetteer):
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    stems = ("budapest-2013-istanbul-declaration", "rcm-2016-communique", "media-release-2017-perth-business-forum")
    text = "\n\n".join((corpus / f"{stem}.txt").read_text(encoding="utf-8") for stem in stems)
    text += (
        "\n\nThe Secretariat, provided by IOM, met the Secretariat. UNODC, which serves as the Forum Secretariat, "
        "and the Regional Support Office spoke; the Secretariat and the Forum and the Office and the Technical "
        "Secretariat replied. The Secretariat of"
    )
    parties = Parties.of(gazetteer, phrase(text), [], [])
    read = []
    for match in re.finditer(r"\b[Tt]he\s+[A-Z]", text):
        span = Span(
            "p.txt", match.start(), min(len(text), match.start() + 60), text[match.start() : match.start() + 60]
        )
        found = [a.actor.key for a in parties._definite(span)]
        assert found == former_definite(parties, span), span
        read += found
    assert {"org/icmpd", "org/iom", "org/unodc", "org/rcm-technical-secretariat", "group/gabf"} <= set(read)


def test_the_secretariat_is_the_actor_the_text_says_serves_as_it(gazetteer):
    from snippets import read_snippet

    text = (
        "Core Group Meeting\nWarsaw, 20 November 2012\n\n1. ICMPD took part in its function as the Prague Process "
        "Secretariat. Members requested the Secretariat to draft rules of procedure.\n"
    )
    made = [(c.modality, [a.actor.key for a in c.addressees]) for c in read_snippet(text, gazetteer).commitments]
    assert made == [("request", ["org/icmpd"])]


def test_the_secretariat_is_the_own_process_s_when_the_text_names_it_before_another(gazetteer):
    text = (
        "Heads of immigration of the Pacific Immigration Development Community met in Nuku'alofa. The PIDC "
        "Secretariat organised the meeting; the Pacific Islands Forum Secretariat attended. The PIDC agreed. "
        "Members asked the Secretariat to seek funding."
    )
    document = phrase(text)
    parties = Parties.of(gazetteer, document, [], [])
    at = text.index("the Secretariat to")
    assert [a.actor.key for a in parties.read(Span("p.txt", at, at + 15, text[at : at + 15]))] == [
        "org/pidc-secretariat"
    ]
