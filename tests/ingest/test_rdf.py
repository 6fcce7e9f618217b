"""ingest.rdf: one statement's triples follow the ontology, and events are resolved across statements."""

from snippets import ATTENDANCE, EVENTS

from balikg.core import iris
from balikg.core.vocab import BKG, DCTERMS, NIF, PROV, RDF, RDFS, SCHEMA
from ingest.rdf import Holders, document_triples, event_context
from ingest.read import read_text
from ingest.records import Span
from ingest.source import SourceText

STEM = "snippet"


def record_of(text: str, gazetteer, stem: str = STEM):
    return read_text(SourceText(f"sources/{stem}.txt", text, "0" * 64), gazetteer)


def test_a_sentence_is_part_of_the_first_paragraph_or_item_that_holds_it():
    def part(begin: int, end: int, iri: str) -> tuple[Span, str]:
        return Span("s.txt", begin, end, "x" * (end - begin)), iri

    # paragraphs in order, then items in order (a run of their own), then a part out of order
    parts = [part(0, 10, "p1"), part(10, 30, "p2"), part(40, 50, "p3"), part(12, 20, "i1"), part(5, 45, "x")]
    holders = Holders(parts)
    assert [len(run) for _, run in holders.runs] == [3, 1, 1]
    assert holders.first_holding(2, 8) == "p1" and holders.first_holding(12, 18) == "p2"
    assert holders.first_holding(8, 12) == "x" and holders.first_holding(31, 39) == "x"
    assert holders.first_holding(46, 60) is None and holders.first_holding(10, 10) == "p1"
    for begin in range(0, 60):
        for end in range(begin, 61):
            expected = next((iri for span, iri in parts if span.begin <= begin and end <= span.end), None)
            assert holders.first_holding(begin, end) == expected, (begin, end)


def test_participations_with_their_spans(gazetteer):
    record = record_of(ATTENDANCE, gazetteer)
    triples = set(document_triples(record, event_context([record]), gazetteer))
    meeting = record.event.key
    observer = iris.participation(meeting, "observer", "state/CAN")
    assert (iris.event(meeting), PROV.qualifiedAssociation, observer, None) in triples
    assert (observer, RDF.type, BKG.Participation, None) in triples
    assert (observer, PROV.hadRole, iris.role("observer"), None) in triples
    (source,) = [o for s, p, o, _ in triples if s == observer and p == DCTERMS.source]
    quote = next(o for s, p, o, _ in triples if s == source and p == NIF.anchorOf)
    begin, end = (int(x) for x in source.rsplit("#char=", 1)[1].split(","))
    assert quote == ATTENDANCE[begin:end] == "Canada"
    assert (iris.actor("state/CAN"), BKG.iso3166Alpha3, "CAN", "") in triples
    assert not any(s.startswith("_:") or o.startswith("_:") for s, _, o, _ in triples)


def test_obligations_and_their_parties(gazetteer):
    record = record_of(ATTENDANCE, gazetteer)
    triples = set(document_triples(record, event_context([record]), gazetteer))
    item_b = iris.obligation(STEM, "B")
    assert (item_b, BKG.modality, iris.modality("recommend"), None) in triples
    assert (item_b, SCHEMA.agent, iris.addressing(STEM, "B", "auxiliary", "collective/states"), None) in triples
    assert (item_b, DCTERMS.isPartOf, iris.paragraph(STEM, 4), None) in triples
    labels = {
        o for s, p, o, _ in triples if s == iris.addressing(STEM, "B", "addressee", "org/iom") and p == RDFS.label
    }
    assert labels == {"B addressed to International Organization for Migration"}


def test_a_meeting_another_statement_names_is_one_node(gazetteer):
    heading = EVENTS.replace("Brisbane, 8-9 June 2004", "Bali, 26-28 February 2002")
    own = record_of(
        heading.replace("Senior Officials Meeting", "Bali Regional Ministerial Conference"), gazetteer, "first"
    )
    other = record_of(EVENTS, gazetteer, "second")
    context = event_context([own, other])
    assert context.event_key("first-bali-regional-ministerial-conference-2002", "second") == own.event.key
    triples = set(document_triples(other, context, gazetteer))
    assert (iris.event(own.event.key), RDF.type, BKG.Meeting, None) in triples
    assert not any(s == iris.event("first-bali-regional-ministerial-conference-2002") for s, *_ in triples)


def _labels_of_participations(triples) -> dict:
    """Each participation node's labels."""
    nodes = {s for s, p, o, _ in triples if p == RDF.type and o == BKG.Participation}
    found: dict = {}
    for s, p, o, _ in triples:
        if s in nodes and p == RDFS.label:
            found.setdefault(s, set()).add(o)
    return found


def test_two_numbered_meetings_in_one_place_and_week_stay_two(gazetteer):
    first = record_of(EVENTS.replace("Senior Officials Meeting", "Fourth Senior Officials Meeting"), gazetteer, "a")
    later = EVENTS.replace("Senior Officials Meeting", "5th Senior Officials Meeting").replace("8-9 June", "9-10 June")
    second = record_of(later, gazetteer, "b")
    assert event_context([first, second]).aliases == {}
    assert first.event.key != second.event.key


def test_statements_about_one_meeting_give_each_participation_one_label(gazetteer):
    titled = EVENTS.replace("Senior Officials Meeting", "Bali Process Senior Officials Meeting")
    page = record_of(titled, gazetteer, "a")
    statement = record_of(EVENTS, gazetteer, "b")
    context = event_context([page, statement])
    assert context.event_key(statement.event.key, "b") == page.event.key
    merged = set(document_triples(page, context, gazetteer)) | set(document_triples(statement, context, gazetteer))
    labels = _labels_of_participations(merged)
    fiji = iris.participation(page.event.key, "participant", "state/FJI")
    assert labels[fiji] == {"Fiji: participant at Bali Process Senior Officials Meeting"}
    assert all(len(found) == 1 for found in labels.values())


def test_a_title_taken_from_the_first_sentence_is_part_of_its_paragraph(gazetteer):
    text = "Australia and Indonesia co-chaired the meeting in Bangkok on 5 May 2015. Members agreed to meet again.\n"
    record = record_of(text, gazetteer)
    title = iris.span(STEM, record.structure.title.begin, record.structure.title.end)
    triples = document_triples(record, event_context([record]), gazetteer)
    assert {o for s, p, o, _ in triples if s == title and p == DCTERMS.isPartOf} == {iris.paragraph(STEM, "1")}


def test_meetings_of_one_name_and_year_in_two_countries_are_two_nodes(gazetteer):
    london = record_of("Senior Officials' Meeting\nLondon, 24 November 2015\n\n1. Officials met.\n", gazetteer, "a")
    budapest = record_of("Senior Officials' Meeting\nBudapest, 6-7 July 2015\n\n1. Officials met.\n", gazetteer, "c")
    page = record_of(
        "Core Group Meeting\nWarsaw, 22 April 2015\n\n1. The Group will report to the Senior Officials' Meeting "
        "in Budapest on 6-7 July 2015. It will report to the Senior Officials' Meeting in London on "
        "24 November 2015.\n",
        gazetteer,
        "b",
    )
    keys = {e.readings[0].place: e.key for e in page.other_events}  # one text: the second gets its place
    assert keys == {"London": "senior-officials-meeting-2015", "Budapest": "senior-officials-meeting-budapest-2015"}
    assert london.event.key == budapest.event.key == "senior-officials-meeting-2015"
    context = event_context([london, budapest])  # two texts: the later one's own meeting gets its place
    assert context.event_key(london.event.key, "a") == "senior-officials-meeting-2015"
    assert context.event_key(budapest.event.key, "c") == "senior-officials-meeting-2015-budapest"


def test_a_city_in_a_territory_lies_in_its_state_and_one_name_in_two_countries_is_two_places(gazetteer):
    hong_kong = record_of("Regional Workshop\nVictoria, Hong Kong, 5 May 2015\n\nOfficials met.\n", gazetteer, "a")
    seychelles = record_of("Regional Workshop\nVictoria, Seychelles, 6 June 2016\n\nOfficials met.\n", gazetteer, "b")
    context = event_context([hong_kong, seychelles])
    found = {
        (s, o)
        for record in (hong_kong, seychelles)
        for s, p, o, _ in document_triples(record, context, gazetteer)
        if p == SCHEMA.containedInPlace and "/place/" in s
    }
    assert found == {  # Hong Kong is a territory: the place lies in its state
        (iris.place("Victoria", "HKG"), iris.actor("state/CHN")),
        (iris.place("Victoria", "SYC"), iris.actor("state/SYC")),
    }
    alone = {s for s, p, o, _ in document_triples(hong_kong, event_context([hong_kong]), gazetteer) if "/place/" in s}
    assert alone == {iris.place("Victoria")}  # read in one country only: its name alone


def test_a_paragraph_of_a_section_never_described_belongs_to_the_statement(gazetteer):
    from dataclasses import replace

    record = record_of(ATTENDANCE, gazetteer)
    first = record.structure.paragraphs[0]
    structure = replace(record.structure, paragraphs=(replace(first, section="IX"), *record.structure.paragraphs[1:]))
    triples = set(document_triples(replace(record, structure=structure), event_context([record]), gazetteer))
    paragraph = iris.paragraph(STEM, first.label)
    parents = {o for s, p, o, _ in triples if s == paragraph and p == DCTERMS.isPartOf}
    assert parents == {iris.document(STEM)}
    assert not any(iris.section(STEM, "IX") in (s, o) for s, _, o, _ in triples)
