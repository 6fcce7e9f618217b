"""Records to RDF: one graph for all statements, following ontology/balikg.ttl."""

from collections import defaultdict

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from ingest.dates import find_dates
from ingest.event import slug
from ingest.gazetteer import Gazetteer
from ingest.records import Actor, DateReading, DocumentRecord, Span
from ingest.text import sentences, squash
from ingest.vocab import (
    ACTOR_CLASS,
    ACTOR_TYPE,
    BKG,
    ID,
    MODALITY,
    NIF,
    PREFIXES,
    ROLE,
    SCHEMA,
    WD,
    actor_iri,
    doc_iri,
    flat,
    span_iri,
)

GAZETTEER_FILES = {
    "territories": ("sources/gazetteer/territories.jsonl", "OpenSanctions rigour territories (trimmed)", "MIT"),
    "organisations": ("sources/gazetteer/organisations.csv", "international organisations and processes", ""),
    "groups": ("sources/gazetteer/groups.csv", "groups of consultative processes", ""),
    "collectives": ("sources/gazetteer/collectives.csv", "collective addressees", ""),
}
KIND_FILE = {
    "state": "territories",
    "territory": "territories",
    "organisation": "organisations",
    "secretariat": "organisations",
    "process": "organisations",
    "group": "groups",
    "collective": "collectives",
}


def date_literal(value: str) -> Literal:
    """xsd:date for YYYY-MM-DD, xsd:gYearMonth for YYYY-MM."""
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYearMonth)


class GraphWriter:
    """Accumulates the triples of many statements into one graph; actors are added once."""

    def __init__(self, gazetteer: Gazetteer):
        self.graph = Graph()
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        self.gazetteer = gazetteer
        self.actors_done: set[str] = set()
        self.readings: dict[str, list[tuple[DateReading, str]]] = defaultdict(list)
        self.event_labels: dict[str, str] = {}

    def add(self, s, p, o) -> None:
        """Add one triple."""
        self.graph.add((s, p, o))

    # ------------------------------------------------------------------ spans and structure

    def span(self, record: DocumentRecord, span: Span, kind: URIRef = NIF.String) -> URIRef:
        """A span node: its document, offsets and exact quote."""
        node = span_iri(record.stem, span)
        self.add(node, RDF.type, kind)
        self.add(node, NIF.referenceContext, doc_iri(record.stem))
        self.add(node, NIF.beginIndex, Literal(span.begin, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.endIndex, Literal(span.end, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.anchorOf, Literal(span.quote))
        return node

    def mention(self, record: DocumentRecord, span: Span, sentence: Span) -> URIRef:
        """A mention span, linked to the sentence it stands in."""
        node = self.span(record, span)
        self.add(node, NIF.sentence, self.sentence(record, sentence))
        return node

    def sentence(self, record: DocumentRecord, sentence: Span) -> URIRef:
        """A sentence span, part of the paragraph or item that holds it."""
        node = self.span(record, sentence, NIF.Sentence)
        for part, iri in self.parts(record):
            if part.begin <= sentence.begin and sentence.end <= part.end:
                self.add(node, DCTERMS.isPartOf, iri)
                break
        return node

    def parts(self, record: DocumentRecord) -> list[tuple[Span, URIRef]]:
        """Paragraph and item spans with their IRIs."""
        doc = doc_iri(record.stem)
        out = [(p.span, URIRef(f"{doc}/paragraph/{p.number}")) for p in record.structure.paragraphs]
        return out + [(i.span, URIRef(f"{doc}/item/{i.letter}")) for i in record.structure.items]

    def document(self, record: DocumentRecord) -> None:
        """The statement, its text and its layout."""
        structure = record.structure
        doc = doc_iri(record.stem)
        kind = squash(structure.kind.quote) if structure.kind else "Statement"
        self.add(doc, RDF.type, BKG.Statement)
        self.add(doc, RDF.type, NIF.Context)
        self.add(doc, RDFS.label, Literal(f"{kind}: {record.event.label}"))
        self.add(doc, DCTERMS.title, Literal(squash(structure.title.quote)))
        self.add(doc, SCHEMA.genre, Literal(kind))
        self.add(doc, BKG.sourcePath, Literal(record.source))
        self.add(doc, SCHEMA.sha256, Literal(record.sha256))
        self.add(doc, NIF.isString, Literal(record.text))
        self.add(doc, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger))
        self.add(doc, NIF.endIndex, Literal(len(record.text), datatype=XSD.nonNegativeInteger))
        self.add(doc, SCHEMA.about, ID[f"event/{record.event.key}"])
        self.add(self.span(record, structure.title, NIF.Title), DCTERMS.isPartOf, doc)
        if structure.closing:
            found = find_dates(structure.closing.quote)
            if found:
                self.add(doc, DCTERMS.issued, date_literal(found[-1][1].end))
            self.add(doc, DCTERMS.source, self.span(record, structure.closing))
        for section in structure.sections:
            node = URIRef(f"{doc}/section/{section.numeral}")
            self.structure_node(record, node, section.span, BKG.Section, section.numeral, doc)
            title = squash(section.title.quote)
            self.add(node, DCTERMS.title, Literal(title))
            self.add(node, RDFS.label, Literal(f"Section {section.numeral}: {title}"))
        for paragraph in structure.paragraphs:
            node = URIRef(f"{doc}/paragraph/{paragraph.number}")
            parent = URIRef(f"{doc}/section/{paragraph.section}") if paragraph.section else doc
            self.structure_node(record, node, paragraph.span, NIF.Paragraph, str(paragraph.number), parent)
            self.add(node, RDFS.label, Literal(f"Paragraph {paragraph.number}"))
        for item in structure.items:
            node = URIRef(f"{doc}/item/{item.letter}")
            parent = URIRef(f"{doc}/section/{item.section}") if item.section else doc
            self.structure_node(record, node, item.span, BKG.LetteredItem, item.letter, parent)
            self.add(node, RDFS.label, Literal(f"Item {item.letter}"))
            if item.lead_in:
                self.add(node, BKG.introducedBy, self.sentence(record, item.lead_in))

    def structure_node(self, record, node: URIRef, span: Span, kind: URIRef, notation: str, parent) -> None:
        """A section, paragraph or item: a typed span with its notation and parent."""
        self.add(node, RDF.type, kind)
        self.add(node, SKOS.notation, Literal(notation))
        self.add(node, DCTERMS.isPartOf, parent)
        self.add(node, NIF.referenceContext, doc_iri(record.stem))
        self.add(node, NIF.beginIndex, Literal(span.begin, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.endIndex, Literal(span.end, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.anchorOf, Literal(span.quote))

    # ------------------------------------------------------------------ actors

    def actor(self, actor: Actor, mention: URIRef | None = None) -> URIRef:
        """An actor with its gazetteer facts, added once; parents are added too."""
        node = actor_iri(actor)
        if actor.key in self.actors_done:
            return node
        self.actors_done.add(actor.key)
        self.add(node, RDF.type, ACTOR_CLASS[actor.kind])
        self.add(node, RDFS.label, Literal(actor.label))
        self.add(node, DCTERMS.type, ACTOR_TYPE[actor.kind])
        if actor.iso3:
            self.add(node, BKG.iso3166Alpha3, Literal(actor.iso3))
        if actor.qid:
            self.add(node, SKOS.exactMatch, WD[actor.qid])
        if actor.acronym:
            self.add(node, BKG.acronym, Literal(actor.acronym))
        for name, _ in self.gazetteer.names_of(actor.key):
            if name != actor.label:
                self.add(node, SKOS.altLabel, Literal(name))
        if actor.key in self.gazetteer.written:
            self.add(node, DCTERMS.source, self.gazetteer_file(KIND_FILE[actor.kind]))
        elif mention is not None:
            self.add(node, DCTERMS.source, mention)
        if actor.parent and actor.parent in self.gazetteer.actors:
            parent_actor = self.gazetteer.actors[actor.parent]
            parent = self.actor(parent_actor)
            link = {
                "territory": SCHEMA.containedInPlace,
                "secretariat": ORG.unitOf,
                "group": ORG.subOrganizationOf,
            }.get(actor.kind, ORG.subOrganizationOf)
            self.add(node, link, parent)
        return node

    def gazetteer_file(self, name: str) -> URIRef:
        """The gazetteer file an actor's codes and names come from."""
        path, label, licence = GAZETTEER_FILES[name]
        node = ID[f"gazetteer/{name}"]
        self.add(node, RDF.type, SCHEMA.Dataset)
        self.add(node, RDFS.label, Literal(f"balikg gazetteer: {label}"))
        self.add(node, BKG.sourcePath, Literal(path))
        if licence == "MIT":
            self.add(node, DCTERMS.license, URIRef("https://spdx.org/licenses/MIT"))
        return node

    # ------------------------------------------------------------------ facts

    def event(self, record: DocumentRecord) -> URIRef:
        """The meeting: type, label, and (later, across documents) dates and place."""
        event = record.event
        node = ID[f"event/{event.key}"]
        self.add(node, RDF.type, BKG.Meeting)
        self.add(node, RDFS.label, Literal(event.label))
        self.add(node, DCTERMS.source, self.span(record, event.title, NIF.Title))
        for reading in event.readings:
            self.readings[event.key].append((reading, record.stem))
        self.event_labels[event.key] = event.label
        return node

    def finish_events(self, records: list[DocumentRecord]) -> None:
        """Per event: one schedule node per reading, and the envelope of all readings as its dates."""
        by_stem = {r.stem: r for r in records}
        for key, readings in sorted(self.readings.items()):
            node = ID[f"event/{key}"]
            for reading, stem in readings:
                record = by_stem[stem]
                schedule = URIRef(f"{node}/dates/{stem}-{reading.span.begin}")
                self.add(node, SCHEMA.eventSchedule, schedule)
                self.add(schedule, RDF.type, SCHEMA.Schedule)
                label = f"Dates of {self.event_labels[key]}, as '{squash(reading.span.quote)}'"
                self.add(schedule, RDFS.label, Literal(label))
                self.add(schedule, SCHEMA.startDate, date_literal(reading.start))
                self.add(schedule, SCHEMA.endDate, date_literal(reading.end))
                self.add(schedule, DCTERMS.source, self.span(record, reading.span))
                place = self.place(reading)
                self.add(schedule, SCHEMA.location, place)
                self.add(node, SCHEMA.location, place)
            self.add(node, SCHEMA.startDate, date_literal(min(r.start for r, _ in readings)))
            self.add(node, SCHEMA.endDate, date_literal(max(r.end for r, _ in readings)))

    def place(self, reading: DateReading) -> URIRef:
        """A place named by a date reading, inside its country when the text gives one."""
        node = ID[f"place/{slug(reading.place)}"]
        self.add(node, RDF.type, SCHEMA.Place)
        self.add(node, RDFS.label, Literal(reading.place))
        if reading.country is not None:
            self.add(node, SCHEMA.containedInPlace, self.actor(reading.country))
        return node

    def participations(self, record: DocumentRecord, event: URIRef) -> None:
        """Each participation as a prov:Association of the event, with its mention span."""
        for p in record.participations:
            mention = self.mention(record, p.mention, p.sentence)
            agent = self.actor(p.actor, mention)
            node = URIRef(f"{event}/{p.role}/{flat(p.actor.key)}")
            self.add(event, PROV.qualifiedAssociation, node)
            self.add(event, PROV.wasAssociatedWith, agent)
            self.add(node, RDF.type, BKG.Participation)
            self.add(node, RDFS.label, Literal(f"{p.actor.label}: {p.role} at {record.event.label}"))
            self.add(node, PROV.agent, agent)
            self.add(node, PROV.hadRole, ROLE[p.role])
            self.add(node, DCTERMS.source, mention)
            if p.represents is not None:
                self.add(node, BKG.onBehalfOf, self.actor(p.represents))

    def coordinations(self, record: DocumentRecord) -> None:
        """Each coordination as an org:Membership in the coordinator role."""
        for c in record.coordinations:
            mention = self.mention(record, c.mention, c.sentence)
            group = self.actor(c.coordinated)
            agent = self.actor(c.coordinator, mention)
            node = URIRef(f"{group}/coordinator/{flat(c.coordinator.key)}")
            self.add(node, RDF.type, BKG.Coordination)
            self.add(node, RDFS.label, Literal(f"{c.coordinator.label}: coordinator of {c.coordinated.label}"))
            self.add(node, ORG.member, agent)
            self.add(node, ORG.organization, group)
            self.add(node, ORG.role, ROLE.coordinator)
            self.add(node, DCTERMS.source, mention)

    def obligations(self, record: DocumentRecord) -> None:
        """Each obligation (a potential schema:Action) and its addressees (schema:Role nodes)."""
        doc = doc_iri(record.stem)
        for o in record.obligations:
            node = URIRef(f"{doc}/obligation/{o.code}")
            text = squash(o.span.quote)
            self.add(node, RDF.type, BKG.Obligation)
            self.add(node, RDFS.label, Literal(f"{o.code}. {text}"))
            self.add(node, SKOS.notation, Literal(o.code))
            self.add(node, BKG.modality, MODALITY[o.modality])
            self.add(node, SCHEMA.text, Literal(text))
            self.add(node, SCHEMA.actionStatus, SCHEMA.PotentialActionStatus)
            self.add(node, DCTERMS.source, URIRef(f"{doc}/item/{o.code}"))
            self.add(node, DCTERMS.isPartOf, URIRef(f"{doc}/paragraph/{o.paragraph}"))
            self.add(node, BKG.introducedBy, self.sentence(record, o.lead_in))
            for a in o.addressees:
                sentence = next(s for s in sentences(_holder(o, a.mention)) if s.begin <= a.mention.begin < s.end)
                mention = self.mention(record, a.mention, sentence)
                agent = self.actor(a.actor, mention)
                link = URIRef(f"{node}/addressee/{flat(a.actor.key)}")
                self.add(node, SCHEMA.agent, link)
                self.add(link, RDF.type, BKG.Addressing)
                self.add(link, RDFS.label, Literal(f"{o.code} addressed to {a.actor.label}"))
                self.add(link, SCHEMA.agent, agent)
                self.add(link, SCHEMA.roleName, ROLE.addressee)
                self.add(link, DCTERMS.source, mention)


def _holder(obligation, mention: Span) -> Span:
    """The item or lead-in that holds a mention."""
    if obligation.span.begin <= mention.begin < obligation.span.end:
        return obligation.span
    return obligation.lead_in


def records_to_graph(records: list[DocumentRecord], gazetteer: Gazetteer) -> Graph:
    """The content graph of all records."""
    writer = GraphWriter(gazetteer)
    for record in records:
        writer.document(record)
        event = writer.event(record)
        writer.participations(record, event)
        writer.coordinations(record)
        writer.obligations(record)
    writer.finish_events(records)
    return writer.graph
