"""Records to RDF, one statement at a time, following ontology/balikg.ttl.

Each statement's triples depend on its own record and on a small EventContext read from all records
(which meetings are the same, their first label, the envelope of their dates), so a statement's triples
can be cached and rebuilt alone. The graph is the union of every statement's triples.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from ingest.dates import find_dates
from ingest.event import slug
from ingest.gazetteer import Gazetteer
from ingest.records import Actor, DateReading, DocumentRecord, Span
from ingest.terms import Triple, from_rdflib
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
    TOPIC,
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


@dataclass
class EventContext:
    """What one statement's triples need from the others: aliases, first labels and date envelopes of events."""

    aliases: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    envelopes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def slice_for(self, record: DocumentRecord) -> dict:
        """The part of the context a statement's triples depend on (a cache key ingredient)."""
        raw = {record.event.key} | {e.key for e in record.other_events}
        raw |= {i.adopted_at for i in record.instruments if i.adopted_at}
        raw |= {key for _, key, _ in record.groups_established}
        aliases = {k: self.aliases[k] for k in sorted(raw) if k in self.aliases}
        keys = sorted({aliases.get(k, k) for k in raw})
        return {
            "aliases": aliases,
            "labels": {k: self.labels.get(k) for k in keys},
            "envelopes": {k: self.envelopes.get(k) for k in keys},
        }


def event_context(records: list[DocumentRecord]) -> EventContext:
    """Aliases across statements, each event's first label (own meetings first) and its dates' envelope."""
    context = EventContext(aliases=same_event_keys(records))
    readings: dict[str, list[DateReading]] = defaultdict(list)
    for record in records:
        context.labels.setdefault(record.event.key, record.event.label)
        readings[record.event.key] += record.event.readings
    for record in records:
        for e in record.other_events:
            key = context.aliases.get(e.key, e.key)
            context.labels.setdefault(key, e.label)
            readings[key] += e.readings
    for key, found in readings.items():
        if found:
            context.envelopes[key] = (min(r.start for r in found), max(r.end for r in found))
    return context


class GraphWriter:
    """Accumulates the triples of one statement; actors are added once."""

    def __init__(self, gazetteer: Gazetteer, context: EventContext | None = None):
        self.triples: set = set()
        self.gazetteer = gazetteer
        self.context = context or EventContext()
        self.actors_done: set[str] = set()
        self.readings: dict[str, list[DateReading]] = defaultdict(list)
        self.aliases = self.context.aliases

    def add(self, s, p, o) -> None:
        """Add one triple."""
        self.triples.add((s, p, o))

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
        """The statement's own meeting: type, label, and (later, across documents) dates and place."""
        event = record.event
        source = self.span(record, event.title, NIF.Title)
        return self.any_event(record, event.key, event.label, BKG.Meeting, source, event.readings)

    def any_event(self, record, key: str, label: str, kind: URIRef, source: URIRef, readings) -> URIRef:
        """A meeting or incident with its label and source; its dates are gathered for finish_events.

        The first label an event gets in the corpus is its label (statements' own meetings come first);
        other names for it become alternative labels."""
        node = ID[f"event/{key}"]
        first = self.context.labels.get(key, label)
        self.add(node, RDF.type, kind)
        self.add(node, RDFS.label, Literal(first))
        if label != first:
            self.add(node, SKOS.altLabel, Literal(label))
        self.add(node, DCTERMS.source, source)
        self.readings[key] += readings
        return node

    def other_events(self, record: DocumentRecord) -> None:
        """The other meetings and incidents the text names, their co-chairs and the groups that held them."""
        for e in record.other_events:
            mention = self.mention(record, e.mention, e.sentence)
            kind = BKG.Meeting if e.kind == "meeting" else SCHEMA.Event
            node = self.any_event(record, self.aliases.get(e.key, e.key), e.label, kind, mention, e.readings)
            for chair in e.chairs:
                self.participation(record, node, e.label, chair.actor, "co-chair", chair.span, e.sentence)
            if e.holder is not None:
                self.add(node, SCHEMA.organizer, self.actor(e.holder.actor))

    def participation(
        self,
        record,
        event: URIRef,
        event_label: str,
        actor: Actor,
        role: str,
        span,
        sentence,
        represents: Actor | None = None,
    ) -> URIRef:
        """One prov:Association of an event with an actor in a role, with its mention span."""
        mention = self.mention(record, span, sentence)
        agent = self.actor(actor, mention)
        node = URIRef(f"{event}/{role}/{flat(actor.key)}")
        self.add(event, PROV.qualifiedAssociation, node)
        self.add(event, PROV.wasAssociatedWith, agent)
        self.add(node, RDF.type, BKG.Participation)
        self.add(node, RDFS.label, Literal(f"{actor.label}: {role} at {event_label}"))
        self.add(node, PROV.agent, agent)
        self.add(node, PROV.hadRole, ROLE[role])
        self.add(node, DCTERMS.source, mention)
        if represents is not None:
            self.add(node, BKG.onBehalfOf, self.actor(represents))
        return node

    def post(self, record: DocumentRecord, post, sentence) -> URIRef:
        """An office in a state (org:Post); the person who holds it is not named."""
        node = ID[f"post/{post.key}"]
        self.add(node, RDF.type, ORG.Post)
        self.add(node, RDFS.label, Literal(post.label))
        self.add(node, ORG.postIn, self.actor(post.state))
        self.add(node, DCTERMS.source, self.mention(record, post.mention, sentence))
        return node

    def roles(self, record: DocumentRecord, event: URIRef) -> None:
        """Hosts and reporters of the statement's meeting; the posts of co-chairs and reporters."""
        for r in record.roles:
            node = self.participation(record, event, record.event.label, r.actor, r.role, r.mention, r.sentence)
            if r.post is not None:
                self.add(node, BKG.throughPost, self.post(record, r.post, r.sentence))
            if r.subject is not None:
                self.add(node, DCTERMS.subject, self.actor(r.subject))
        chairs = {p.actor.key: p for p in record.participations if p.role == "co-chair"}
        for post in record.posts:
            chair = chairs.get(post.state.key)
            if chair is not None and chair.mention == post.mention:
                node = URIRef(f"{event}/co-chair/{flat(post.state.key)}")
                self.add(node, BKG.throughPost, self.post(record, post, chair.sentence))

    def instruments(self, record: DocumentRecord) -> None:
        """Declarations, programmes, plans, conventions and statements, with the event that adopted them."""
        for i in record.instruments:
            node = ID[f"instrument/{i.key}"]
            self.add(node, RDF.type, BKG.Instrument)
            self.add(node, RDFS.label, Literal(i.label))
            self.add(node, SCHEMA.genre, Literal(i.kind))
            self.add(node, DCTERMS.source, self.mention(record, i.mention, i.sentence))
            if i.adopted_at:
                self.add(node, PROV.wasGeneratedBy, ID[f"event/{self.aliases.get(i.adopted_at, i.adopted_at)}"])
            for actor in i.concerns:
                self.add(node, SCHEMA.about, self.actor(actor))

    def groups(self, record: DocumentRecord) -> None:
        """Where groups were established, and their mandates."""
        for group, event_key, _span in record.groups_established:
            node = self.actor(group)
            self.add(node, ORG.resultedFrom, ID[f"event/{self.aliases.get(event_key, event_key)}"])
        for group, span in record.mandates:
            self.add(self.actor(group), ORG.purpose, Literal(squash(span.quote)))

    def finish_events(self, record: DocumentRecord) -> None:
        """Per event: one schedule node per reading in this statement; the envelope of all readings as its dates."""
        for key, readings in sorted(self.readings.items()):
            node = ID[f"event/{key}"]
            for reading in readings:
                schedule = URIRef(f"{node}/dates/{record.stem}-{reading.span.begin}")
                self.add(node, SCHEMA.eventSchedule, schedule)
                self.add(schedule, RDF.type, SCHEMA.Schedule)
                label = f"Dates of {self.context.labels.get(key)}, as '{squash(reading.span.quote)}'"
                self.add(schedule, RDFS.label, Literal(label))
                self.add(schedule, SCHEMA.startDate, date_literal(reading.start))
                self.add(schedule, SCHEMA.endDate, date_literal(reading.end))
                self.add(schedule, DCTERMS.source, self.span(record, reading.span))
                place = self.place(reading)
                self.add(schedule, SCHEMA.location, place)
                self.add(node, SCHEMA.location, place)
            if readings:
                start, end = self.context.envelopes.get(key, (readings[0].start, readings[0].end))
                self.add(node, SCHEMA.startDate, date_literal(start))
                self.add(node, SCHEMA.endDate, date_literal(end))

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
            self.participation(record, event, record.event.label, p.actor, p.role, p.mention, p.sentence, p.represents)

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
        """Lettered items and paragraph commitments: potential schema:Actions with their bearers (schema:Role)."""
        doc = doc_iri(record.stem)
        for o in record.obligations:
            node = self.obligation(record, o.code, o.modality, o.span, o, URIRef(f"{doc}/item/{o.code}"))
            self.add(node, DCTERMS.isPartOf, URIRef(f"{doc}/paragraph/{o.paragraph}"))
            self.add(node, BKG.introducedBy, self.sentence(record, o.lead_in))
            holders = [o.span, o.lead_in]
            self.links(record, node, o.code, o.addressees, "addressee", holders)
            self.links(record, node, o.code, o.auxiliaries, "auxiliary", holders)
            self.links(record, node, o.code, o.beneficiaries, "beneficiary", holders)
        for c in record.commitments:
            node = self.obligation(record, c.code, c.modality, c.span, c, self.sentence(record, c.sentence))
            self.add(node, DCTERMS.isPartOf, URIRef(f"{doc}/paragraph/{c.paragraph}"))
            self.links(record, node, c.code, c.bearers, "addressee", [c.sentence])
            self.links(record, node, c.code, c.auxiliaries, "auxiliary", [c.sentence])
            self.links(record, node, c.code, c.beneficiaries, "beneficiary", [c.sentence])

    def obligation(self, record, code: str, modality: str, span: Span, facts, source: URIRef) -> URIRef:
        """The obligation node: code, modality, text, topics, conditions, time frames, source."""
        node = URIRef(f"{doc_iri(record.stem)}/obligation/{code}")
        text = squash(span.quote)
        self.add(node, RDF.type, BKG.Obligation)
        self.add(node, RDFS.label, Literal(f"{code}. {text}"))
        self.add(node, SKOS.notation, Literal(code))
        self.add(node, BKG.modality, MODALITY[modality])
        self.add(node, SCHEMA.text, Literal(text))
        self.add(node, SCHEMA.actionStatus, SCHEMA.PotentialActionStatus)
        self.add(node, DCTERMS.source, source)
        for topic in facts.topics:
            self.add(node, BKG.topic, TOPIC[topic])
        for condition in facts.conditions:
            self.add(node, BKG.condition, self.span(record, condition))
        for frame in facts.time_frames:
            self.add(node, BKG.timeFrame, self.span(record, frame))
        return node

    def links(self, record, node: URIRef, code: str, parties, role: str, holders: list[Span]) -> None:
        """One schema:Role node per party of an obligation (addressee, auxiliary or beneficiary)."""
        for a in parties:
            holder = next(h for h in holders if h.begin <= a.mention.begin < h.end)
            sentence = next(s for s in sentences(holder) if s.begin <= a.mention.begin < s.end)
            mention = self.mention(record, a.mention, sentence)
            agent = self.actor(a.actor, mention)
            link = URIRef(f"{node}/{role}/{flat(a.actor.key)}")
            self.add(node, SCHEMA.agent, link)
            self.add(link, RDF.type, BKG.Addressing)
            words = {"addressee": "addressed to", "auxiliary": "with the help of", "beneficiary": "for the benefit of"}
            self.add(link, RDFS.label, Literal(f"{code} {words[role]} {a.actor.label}"))
            self.add(link, SCHEMA.agent, agent)
            self.add(link, SCHEMA.roleName, ROLE[role])
            self.add(link, DCTERMS.source, mention)


def same_event_keys(records: list[DocumentRecord]) -> dict[str, str]:
    """Other statements' mentions of a statement's own meeting: same place, overlapping dates → its key."""
    own: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for record in records:
        for reading in record.event.readings:
            own[slug(reading.place)].append((reading.start, reading.end, record.event.key))
    aliases = {}
    for record in records:
        for event in record.other_events:
            for reading in event.readings:
                for start, end, key in own.get(slug(reading.place), []):
                    if reading.start[:7] <= end and start[:7] <= reading.end and key != event.key:
                        aliases[event.key] = key
    return aliases


def document_triples(record: DocumentRecord, context: EventContext, gazetteer: Gazetteer) -> list[Triple]:
    """One statement's triples, sorted: its text and layout, its meeting, and every fact read from it."""
    writer = GraphWriter(gazetteer, context)
    writer.document(record)
    event = writer.event(record)
    writer.participations(record, event)
    writer.coordinations(record)
    writer.obligations(record)
    writer.other_events(record)
    writer.roles(record, event)
    writer.instruments(record)
    writer.groups(record)
    if record.non_binding is not None:
        writer.add(doc_iri(record.stem), BKG.nonBindingStatedIn, writer.sentence(record, record.non_binding))
    writer.finish_events(record)
    return sorted(from_rdflib(*t) for t in writer.triples)


def records_to_graph(records: list[DocumentRecord], gazetteer: Gazetteer) -> Graph:
    """The content graph of all records as an rdflib Graph (the union of every statement's triples)."""
    from ingest.terms import to_rdflib

    context = event_context(records)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for record in records:
        for triple in document_triples(record, context, gazetteer):
            graph.add(to_rdflib(triple))
    return graph
