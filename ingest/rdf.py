"""Records to triples, one statement at a time, following ontology/balikg.ttl.

Each statement's triples depend on its own record and on a small EventContext read from all records
(which meetings are the same, their first label, the envelope of their dates), so a statement's triples
can be cached and rebuilt alone. The graph is the union of every statement's triples. Every IRI comes
from balikg.core.iris, every term from balikg.core.vocab.
"""

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from balikg.core import iris
from balikg.core.terms import Triple, link, text, typed
from balikg.core.vocab import BKG, DCTERMS, EXTERNAL, NIF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from ingest.dates import find_dates, overlap, readings_apart
from ingest.gazetteer import Gazetteer
from ingest.lexicon import ordinal_number
from ingest.records import Actor, DateReading, DocumentRecord, Span, Undertaking
from ingest.text import sentences, squash

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
ACTOR_CLASS = {
    "state": BKG.State,
    "territory": BKG.Territory,
    "organisation": BKG.InternationalOrganisation,
    "secretariat": BKG.Secretariat,
    "process": BKG.ConsultativeProcess,
    "group": BKG.ExpertsGroup,
    "collective": BKG.Collective,
}
PARENT_LINK = {"territory": SCHEMA.containedInPlace, "secretariat": ORG.unitOf, "group": ORG.subOrganizationOf}
PARTY_WORDS = {"addressee": "addressed to", "auxiliary": "with the help of", "beneficiary": "for the benefit of"}


def date_datatype(value: str) -> str:
    """xsd:date for YYYY-MM-DD, xsd:gYearMonth for YYYY-MM, xsd:gYear for YYYY."""
    return {10: XSD.date, 7: XSD.gYearMonth}.get(len(value), XSD.gYear)


@dataclass
class EventContext:
    """What one statement's triples need from the others: aliases, first labels and date envelopes of events."""

    aliases: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    envelopes: dict[str, tuple[str, str]] = field(default_factory=dict)
    renamed: dict[str, dict[str, str]] = field(default_factory=dict)  # stem → its key → a key of its own
    # a place name read in more than one country ('Victoria' of the Seychelles and of Canada): the places of
    # that name get their country's code in their key
    shared_places: frozenset[str] = frozenset()
    # each place node's label: the first spelling the statements give it ('Bogotá' and 'Bogota' are one place)
    place_labels: dict[str, str] = field(default_factory=dict)

    def slice_for(self, record: DocumentRecord) -> dict:
        """The part of the context a statement's triples depend on (a cache key ingredient)."""
        raw = {record.event.key} | {e.key for e in record.other_events}
        raw |= {i.adopted_at for i in record.instruments if i.adopted_at}
        raw |= {key for _, key, _ in record.groups_established}
        aliases = {k: self.aliases[k] for k in sorted(raw) if k in self.aliases}
        renamed = self.renamed.get(record.stem, {})
        keys = sorted({self.event_key(k, record.stem) for k in raw})
        return {
            "aliases": aliases,
            "renamed": dict(sorted(renamed.items())),
            "shared_places": sorted(set(place_countries([record])) & self.shared_places),
            "labels": {k: self.labels.get(k) for k in keys},
            "envelopes": {k: self.envelopes.get(k) for k in keys},
            "place_labels": {n: self.place_labels.get(n) for n in sorted(place_nodes(record, self.shared_places))},
        }

    def event_key(self, key: str, stem: str) -> str:
        """The key an event of a statement is known under across statements: its own meeting's, when one names
        it; a key of its own, when another meeting of that name and year was elsewhere."""
        if (own := self.renamed.get(stem, {}).get(key)) is not None:
            return own
        return self.aliases.get(key, key)


def _placed_readings(record: DocumentRecord) -> list[DateReading]:
    """The readings of a statement's meetings (its own, then the others) that name a place."""
    readings = [*record.event.readings, *(r for e in record.other_events for r in e.readings)]
    return [r for r in readings if r.place]


def place_node(reading: DateReading, shared: frozenset[str]) -> str:
    """The node of a reading's place: its name, with its country's code when the name is one of `shared`."""
    code = reading.country.iso3 if reading.country and iris.slug(reading.place) in shared else ""
    return iris.place(reading.place, code)


def place_countries(records: list[DocumentRecord]) -> dict[str, set[str]]:
    """Each place name the statements read (as its IRI segment) with the countries they place it in."""
    found: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for reading in _placed_readings(record):
            found[iris.slug(reading.place)].add(reading.country.key if reading.country else "")
    return found


def place_nodes(record: DocumentRecord, shared: frozenset[str]) -> dict[str, str]:
    """Each place node a statement's readings name, with the spelling it first gives it."""
    found: dict[str, str] = {}
    for reading in _placed_readings(record):
        found.setdefault(place_node(reading, shared), reading.place)
    return found


def event_context(records: list[DocumentRecord]) -> EventContext:
    """Aliases across statements, each event's first label (own meetings first), its dates' envelope, and the
    place names read in more than one country."""
    aliases = same_event_keys(records)
    shared = frozenset(name for name, countries in place_countries(records).items() if len(countries - {""}) > 1)
    context = EventContext(aliases=aliases, renamed=distinct_event_keys(records, aliases), shared_places=shared)
    for record in records:
        for node, label in place_nodes(record, shared).items():
            context.place_labels.setdefault(node, label)
    readings: dict[str, list[DateReading]] = defaultdict(list)
    for record in records:
        key = context.event_key(record.event.key, record.stem)
        context.labels.setdefault(key, record.event.label)
        readings[key] += record.event.readings
    for record in records:
        for e in record.other_events:
            key = context.event_key(e.key, record.stem)
            context.labels.setdefault(key, e.label)
            readings[key] += e.readings
    for key, found in readings.items():
        dated = [r for r in found if r.start]
        precise = [r for r in dated if len(r.start) == 10 and len(r.end) == 10]
        if precise or dated:  # day-precise readings, when there are any, bound the meeting
            chosen = precise or dated
            context.envelopes[key] = (min(r.start for r in chosen), max(r.end for r in chosen))
    return context


class StatementTriples:
    """Accumulates the triples of one statement; actors are added once."""

    def __init__(self, record: DocumentRecord, gazetteer: Gazetteer, context: EventContext | None = None):
        self.record = record
        self.stem = record.stem
        self.triples: set[Triple] = set()
        self.gazetteer = gazetteer
        self.context = context or EventContext()
        self.actors_done: set[str] = set()
        self.readings: dict[str, list[DateReading]] = defaultdict(list)
        self.holders: Holders | None = None  # the paragraphs and items, indexed on the first sentence
        self.sentence_of: dict[str, Span] = {}  # a mention's or phrase's node → the sentence it is linked to
        self.paragraph_labels = frozenset(p.label for p in record.structure.paragraphs)
        # the statement's own place names read in more than one country (the build's are in the context)
        self.own_place_labels: dict[str, str] = {}  # without a context: the statement's first spelling
        self.own_shared_places = frozenset(
            name for name, countries in place_countries([record]).items() if len(countries - {""}) > 1
        )

    def link(self, s: str, p: str, o: str) -> None:
        """Add a triple whose object is an IRI."""
        self.triples.add(link(s, p, o))

    def text(self, s: str, p: str, value: str) -> None:
        """Add a triple whose object is a plain literal."""
        self.triples.add(text(s, p, value))

    def typed(self, s: str, p: str, value: str | int, datatype: str) -> None:
        """Add a triple whose object is a typed literal."""
        self.triples.add(typed(s, p, value, datatype))

    def date(self, s: str, p: str, value: str) -> None:
        """Add a date (xsd:date, or xsd:gYearMonth where only the month is known)."""
        self.typed(s, p, value, date_datatype(value))

    def offsets(self, node: str, begin: int, end: int) -> None:
        """A node's NIF offsets."""
        self.typed(node, NIF.beginIndex, begin, XSD.nonNegativeInteger)
        self.typed(node, NIF.endIndex, end, XSD.nonNegativeInteger)

    # ------------------------------------------------------------------ spans and structure

    def span(self, span: Span, kind: str = NIF.String) -> str:
        """A span node: its document, offsets and exact quote."""
        node = iris.span(self.stem, span.begin, span.end)
        self.link(node, RDF.type, kind)
        self.link(node, NIF.referenceContext, iris.document(self.stem))
        self.offsets(node, span.begin, span.end)
        self.text(node, NIF.anchorOf, span.quote)
        return node

    def mention(self, span: Span, sentence: Span) -> str:
        """A mention span, linked to the sentence it stands in."""
        node = self.span(span)
        self._in_sentence(node, sentence)
        return node

    def phrase(self, span: Span, sentence: Span) -> str:
        """A part of a sentence that makes one of its several commitments."""
        node = self.span(span, NIF.Phrase)
        self._in_sentence(node, sentence)
        return node

    def _in_sentence(self, node: str, sentence: Span) -> None:
        """Link a span to its one sentence: when two readings give one mention different sentences (a bullet read
        whole, and the sentence of it another reading split off), the narrower, so that each span lies in one."""
        known = self.sentence_of.get(node)
        if known is not None and (known.end - known.begin, known.begin) <= (
            sentence.end - sentence.begin,
            sentence.begin,
        ):
            return
        if known is not None:
            self.triples.discard(link(node, NIF.sentence, iris.span(self.stem, known.begin, known.end)))
        self.sentence_of[node] = sentence
        self.link(node, NIF.sentence, self.sentence(sentence))

    def sentence(self, sentence: Span) -> str:
        """A sentence span, part of the paragraph or item that holds it."""
        node = self.span(sentence, NIF.Sentence)
        if (iri := self._holder(sentence)) is not None:
            self.link(node, DCTERMS.isPartOf, iri)
        return node

    def _holder(self, span: Span) -> str | None:
        """The IRI of the first paragraph or item that holds a span, if any."""
        if self.holders is None:
            self.holders = Holders(self.parts())
        return self.holders.first_holding(span.begin, span.end)

    def parts(self) -> list[tuple[Span, str]]:
        """Paragraph and item spans with their IRIs."""
        structure = self.record.structure
        out = [(p.span, iris.paragraph(self.stem, p.label)) for p in structure.paragraphs]
        return out + [(i.span, iris.item(self.stem, i.letter)) for i in structure.items]

    def document(self) -> None:
        """The statement, its text and its layout."""
        record, structure = self.record, self.record.structure
        doc = iris.document(self.stem)
        kind = squash(structure.kind.quote) if structure.kind else "Statement"
        self.link(doc, RDF.type, BKG.Statement)
        self.link(doc, RDF.type, NIF.Context)
        self.text(doc, RDFS.label, f"{kind}: {record.event.label}")
        self.text(doc, DCTERMS.title, squash(structure.title.quote))
        self.text(doc, SCHEMA.genre, kind)
        self.text(doc, BKG.sourcePath, record.source)
        self.text(doc, SCHEMA.sha256, record.sha256)
        self.text(doc, NIF.isString, record.text)
        self.offsets(doc, 0, len(record.text))
        self.link(doc, SCHEMA.about, iris.event(self.context.event_key(record.event.key, self.stem)))
        title = structure.title
        # a title taken from the first sentence of the body is part of its paragraph, as that sentence is
        self.link(self.span(title, NIF.Title), DCTERMS.isPartOf, self._holder(title) or doc)
        for line in (structure.issued, structure.closing):
            if line is None:
                continue
            found = find_dates(line.quote)
            if found:
                self.date(doc, DCTERMS.issued, found[-1][1].end)
            self.link(doc, DCTERMS.source, self.span(line))
            break
        for section in structure.sections:
            node = iris.section(self.stem, section.numeral)
            self.structure_node(node, section.span, BKG.Section, section.numeral, doc)
            title = squash(section.title.quote)
            self.text(node, DCTERMS.title, title)
            self.text(node, RDFS.label, f"Section {section.numeral}: {title}")
        described = {section.numeral for section in structure.sections}  # a part of no section so described is
        # the statement's own: the graph never names a section it does not describe
        for paragraph in structure.paragraphs:
            node = iris.paragraph(self.stem, paragraph.label)
            parent = iris.section(self.stem, paragraph.section) if paragraph.section in described else doc
            self.structure_node(node, paragraph.span, NIF.Paragraph, paragraph.label, parent)
            self.text(node, RDFS.label, f"Paragraph {paragraph.label}")
        for item in structure.items:
            node = iris.item(self.stem, item.letter)
            parent = iris.section(self.stem, item.section) if item.section in described else doc
            self.structure_node(node, item.span, BKG.LetteredItem, item.letter, parent)
            self.text(node, RDFS.label, f"Item {item.letter}")
            if item.lead_in:
                self.link(node, BKG.introducedBy, self.sentence(item.lead_in))

    def structure_node(self, node: str, span: Span, kind: str, notation: str, parent: str) -> None:
        """A section, paragraph or item: a typed span with its notation and parent."""
        self.link(node, RDF.type, kind)
        self.text(node, SKOS.notation, notation)
        self.link(node, DCTERMS.isPartOf, parent)
        self.link(node, NIF.referenceContext, iris.document(self.stem))
        self.offsets(node, span.begin, span.end)
        self.text(node, NIF.anchorOf, span.quote)

    # ------------------------------------------------------------------ actors

    def actor(self, actor: Actor, mention: str | None = None) -> str:
        """An actor with its gazetteer facts, added once; parents are added too."""
        node = iris.actor(actor.key)
        if actor.key in self.actors_done:
            return node
        self.actors_done.add(actor.key)
        self.link(node, RDF.type, ACTOR_CLASS[actor.kind])
        self.text(node, RDFS.label, actor.label)
        self.link(node, DCTERMS.type, iris.actor_type(actor.kind))
        if actor.iso3:
            self.text(node, BKG.iso3166Alpha3, actor.iso3)
        if actor.qid:
            self.link(node, SKOS.exactMatch, iris.wikidata(actor.qid))
        if actor.acronym:
            self.text(node, BKG.acronym, actor.acronym)
        for name, _ in self.gazetteer.names_of(actor.key):
            if name.casefold() != actor.label.casefold():  # 'ministers' beside 'Ministers' is the same name
                self.text(node, SKOS.altLabel, name)
        if actor.key in self.gazetteer.written:
            self.link(node, DCTERMS.source, self.gazetteer_file(KIND_FILE[actor.kind]))
        elif mention is not None:
            self.link(node, DCTERMS.source, mention)
        if actor.parent and actor.parent in self.gazetteer.actors:
            parent = self.actor(self.gazetteer.actors[actor.parent])
            self.link(node, PARENT_LINK.get(actor.kind, ORG.subOrganizationOf), parent)
        return node

    def gazetteer_file(self, name: str) -> str:
        """The gazetteer file an actor's codes and names come from."""
        path, label, licence = GAZETTEER_FILES[name]
        node = iris.gazetteer_file(name)
        self.link(node, RDF.type, SCHEMA.Dataset)
        self.text(node, RDFS.label, f"balikg gazetteer: {label}")
        self.text(node, BKG.sourcePath, path)
        if licence == "MIT":
            self.link(node, DCTERMS.license, EXTERNAL.MIT)
        return node

    # ------------------------------------------------------------------ facts

    def own_meeting(self) -> str:
        """The statement's own meeting: type, label, and (later, across documents) dates and place."""
        event = self.record.event
        source = self.span(event.title, NIF.Title)
        return self.any_event(
            self.context.event_key(event.key, self.stem), event.label, BKG.Meeting, source, event.readings
        )

    def any_event(self, key: str, label: str, kind: str, source: str, readings) -> str:
        """A meeting or incident with its label and source; its dates are gathered for finish_events.

        The first label an event gets in the corpus is its label (statements' own meetings come first);
        other names for it become alternative labels."""
        node = iris.event(key)
        first = self.context.labels.get(key, label)
        self.link(node, RDF.type, kind)
        self.text(node, RDFS.label, first)
        if label != first:
            self.text(node, SKOS.altLabel, label)
        self.link(node, DCTERMS.source, source)
        self.readings[key] += readings
        return node

    def other_events(self) -> None:
        """The other meetings and incidents the text names, their co-chairs and the groups that held them."""
        for e in self.record.other_events:
            mention = self.mention(e.mention, e.sentence)
            kind = BKG.Meeting if e.kind == "meeting" else SCHEMA.Event
            key = self.context.event_key(e.key, self.stem)
            node = self.any_event(key, e.label, kind, mention, e.readings)
            for chair in e.chairs:
                self.participation(key, e.label, chair.actor, "co-chair", chair.span, e.sentence)
            if e.holder is not None:
                self.link(node, SCHEMA.organizer, self.actor(e.holder.actor))

    def participation(
        self,
        event_key: str,
        event_label: str,
        actor: Actor,
        role: str,
        span: Span,
        sentence: Span,
        represents: Actor | None = None,
    ) -> str:
        """One prov:Association of an event with an actor in a role, with its mention span; labelled with the
        event's first name, so that statements about one meeting give each association one label."""
        event_label = self.context.labels.get(event_key, event_label)
        mention = self.mention(span, sentence)
        agent = self.actor(actor, mention)
        event = iris.event(event_key)
        node = iris.participation(event_key, role, actor.key)
        self.link(event, PROV.qualifiedAssociation, node)
        self.link(event, PROV.wasAssociatedWith, agent)
        self.link(node, RDF.type, BKG.Participation)
        self.text(node, RDFS.label, f"{actor.label}: {role} at {event_label}")
        self.link(node, PROV.agent, agent)
        self.link(node, PROV.hadRole, iris.role(role))
        self.link(node, DCTERMS.source, mention)
        if represents is not None:
            self.link(node, BKG.onBehalfOf, self.actor(represents))
        return node

    def post(self, post, sentence: Span) -> str:
        """An office in a state or an organisation (org:Post); the person who holds it is not named."""
        node = iris.post(post.key)
        self.link(node, RDF.type, ORG.Post)
        self.text(node, RDFS.label, post.label)
        self.link(node, ORG.postIn, self.actor(post.within))
        self.link(node, DCTERMS.source, self.mention(post.mention, sentence))
        return node

    def roles(self) -> None:
        """Hosts and reporters of the statement's meeting; the posts of co-chairs and reporters."""
        record = self.record
        own = record.event
        own_key = self.context.event_key(own.key, self.stem)
        for r in record.roles:
            node = self.participation(own_key, own.label, r.actor, r.role, r.mention, r.sentence)
            if r.post is not None:
                self.link(node, BKG.throughPost, self.post(r.post, r.sentence))
            if r.subject is not None:
                self.link(node, DCTERMS.subject, self.actor(r.subject))
        chairs = {p.actor.key: p for p in record.participations if p.role == "co-chair"}
        for post in record.posts:
            chair = chairs.get(post.within.key)
            if chair is not None and chair.mention == post.mention:
                node = iris.participation(own_key, "co-chair", post.within.key)
                self.link(node, BKG.throughPost, self.post(post, chair.sentence))

    def instruments(self) -> None:
        """Declarations, programmes, plans, conventions and statements, with the event that adopted them."""
        for i in self.record.instruments:
            node = iris.instrument(i.key)
            self.link(node, RDF.type, BKG.Instrument)
            self.text(node, RDFS.label, i.label)
            self.text(node, SCHEMA.genre, i.kind)
            self.link(node, DCTERMS.source, self.mention(i.mention, i.sentence))
            if i.adopted_at:
                self.link(node, PROV.wasGeneratedBy, iris.event(self.context.event_key(i.adopted_at, self.stem)))
            for actor in i.concerns:
                self.link(node, SCHEMA.about, self.actor(actor))

    def groups(self) -> None:
        """Where groups were established, and their mandates."""
        for group, event_key, _span in self.record.groups_established:
            self.link(self.actor(group), ORG.resultedFrom, iris.event(self.context.event_key(event_key, self.stem)))
        for group, span in self.record.mandates:
            self.text(self.actor(group), ORG.purpose, squash(span.quote))

    def finish_events(self) -> None:
        """Per event: one schedule node per reading in this statement (its dates, its place, or both); the
        envelope of all the corpus's dated readings as its dates."""
        for key, readings in sorted(self.readings.items()):
            node = iris.event(key)
            for reading in readings:
                schedule = iris.schedule(key, self.stem, reading.span.begin)
                self.link(node, SCHEMA.eventSchedule, schedule)
                self.link(schedule, RDF.type, SCHEMA.Schedule)
                what = "Dates" if reading.start else "Place"
                label = f"{what} of {self.context.labels.get(key)}, as '{squash(reading.span.quote)}'"
                self.text(schedule, RDFS.label, label)
                if reading.start:
                    self.date(schedule, SCHEMA.startDate, reading.start)
                    self.date(schedule, SCHEMA.endDate, reading.end)
                self.link(schedule, DCTERMS.source, self.span(reading.span))
                place = self.place(reading)
                if place is not None:
                    self.link(schedule, SCHEMA.location, place)
                    self.link(node, SCHEMA.location, place)
            dated = [r for r in readings if r.start]
            if dated:
                start, end = self.context.envelopes.get(key, (dated[0].start, dated[0].end))
                self.date(node, SCHEMA.startDate, start)
                self.date(node, SCHEMA.endDate, end)

    def place(self, reading: DateReading) -> str | None:
        """A place named by a reading, inside its country when known; the country itself when the text names
        no city; None when it names neither."""
        if not reading.place:
            return self.actor(reading.country) if reading.country is not None else None
        node = place_node(reading, self.context.shared_places | self.own_shared_places)
        self.link(node, RDF.type, SCHEMA.Place)
        label = self.context.place_labels.get(node) or self.own_place_labels.setdefault(node, reading.place)
        self.text(node, RDFS.label, label)
        state = reading.country
        if state is not None and state.kind == "territory":  # 'Victoria' of Hong Kong: a place lies in a state
            state = self.gazetteer.actors.get(state.parent) if state.parent else None
        if state is not None:
            self.link(node, SCHEMA.containedInPlace, self.actor(state))
        return node

    def participations(self) -> None:
        """Each participation as a prov:Association of the statement's meeting, with its mention span."""
        own = self.record.event
        own_key = self.context.event_key(own.key, self.stem)
        for p in self.record.participations:
            node = self.participation(own_key, own.label, p.actor, p.role, p.mention, p.sentence, p.represents)
            if p.post is not None:
                self.link(node, BKG.throughPost, self.post(p.post, p.sentence))

    def coordinations(self) -> None:
        """Each coordination as an org:Membership in its role: coordinator, chair or co-chair."""
        for c in self.record.coordinations:
            mention = self.mention(c.mention, c.sentence)
            group = self.actor(c.coordinated)
            agent = self.actor(c.coordinator, mention)
            node = iris.coordination(c.coordinated.key, c.coordinator.key, c.role)
            self.link(node, RDF.type, BKG.Coordination)
            self.text(node, RDFS.label, f"{c.coordinator.label}: {c.role} of {c.coordinated.label}")
            self.link(node, ORG.member, agent)
            self.link(node, ORG.organization, group)
            self.link(node, ORG.role, iris.role(c.role))
            self.link(node, DCTERMS.source, mention)

    def obligations(self) -> None:
        """Lettered items and paragraph commitments: potential schema:Actions with their parties (schema:Role)."""
        for o in self.record.obligations:
            node = self.undertaking(o, iris.item(self.stem, o.code))
            self.link(node, BKG.introducedBy, self.sentence(o.lead_in))
            self.parties(node, o, [o.span, o.lead_in])
        for c in self.record.commitments:
            source = self.sentence(c.sentence) if c.span == c.sentence else self.phrase(c.span, c.sentence)
            node = self.undertaking(c, source)
            if c.lead_in is not None:
                self.link(node, BKG.introducedBy, self.sentence(c.lead_in))
            self.parties(node, c, [c.sentence] + ([c.lead_in] if c.lead_in is not None else []))

    def undertaking(self, u: Undertaking, source: str) -> str:
        """The obligation node: code, modality, text, topics, conditions, time frames, paragraph, source."""
        node = iris.obligation(self.stem, u.code)
        words = squash(u.span.quote)
        self.link(node, RDF.type, BKG.Obligation)
        self.text(node, RDFS.label, f"{u.code}. {words}")
        self.text(node, SKOS.notation, u.code)
        self.link(node, BKG.modality, iris.modality(u.modality))
        self.text(node, SCHEMA.text, words)
        self.link(node, SCHEMA.actionStatus, SCHEMA.PotentialActionStatus)
        self.link(node, DCTERMS.source, source)
        # items before any paragraph ('i) …' opening the body) are part of no paragraph: of their item, or the text
        labelled = u.paragraph in self.paragraph_labels
        holder = iris.paragraph(self.stem, u.paragraph) if labelled else self._holder(u.span)
        self.link(node, DCTERMS.isPartOf, holder or iris.document(self.stem))
        for name in u.topics:
            self.link(node, BKG.topic, iris.topic(name))
        for condition in u.conditions:
            self.link(node, BKG.condition, self.span(condition))
        for frame in u.time_frames:
            self.link(node, BKG.timeFrame, self.span(frame))
        return node

    def parties(self, node: str, u: Undertaking, holders: list[Span]) -> None:
        """One schema:Role node per party of an obligation: addressees, auxiliaries, beneficiaries."""
        for role, parties in (
            ("addressee", u.addressees),
            ("auxiliary", u.auxiliaries),
            ("beneficiary", u.beneficiaries),
        ):
            for a in parties:
                holder = next(h for h in holders if h.begin <= a.mention.begin < h.end)
                sentence = next(s for s in sentences(holder) if s.begin <= a.mention.begin < s.end)
                mention = self.mention(a.mention, sentence)
                agent = self.actor(a.actor, mention)
                party = iris.addressing(self.stem, u.code, role, a.actor.key)
                self.link(node, SCHEMA.agent, party)
                self.link(party, RDF.type, BKG.Addressing)
                self.text(party, RDFS.label, f"{u.code} {PARTY_WORDS[role]} {a.actor.label}")
                self.link(party, SCHEMA.agent, agent)
                self.link(party, SCHEMA.roleName, iris.role(role))
                self.link(party, DCTERMS.source, mention)

    def non_binding(self) -> None:
        """Where the statement says it is not binding."""
        if self.record.non_binding is not None:
            doc = iris.document(self.stem)
            self.link(doc, BKG.nonBindingStatedIn, self.sentence(self.record.non_binding))


class Holders:
    """Paragraph and item spans, in order, asked for the first that holds a range: by bisect on each run of
    spans that follow one another without overlapping, one run after another."""

    def __init__(self, parts: list[tuple[Span, str]]):
        self.runs: list[tuple[list[int], list[tuple[Span, str]]]] = []
        for part in parts:
            run = self.runs[-1][1] if self.runs else None
            if run is None or part[0].begin < run[-1][0].end:
                self.runs.append(([], []))
            self.runs[-1][0].append(part[0].begin)
            self.runs[-1][1].append(part)

    def first_holding(self, begin: int, end: int) -> str | None:
        """The IRI of the first part, in the given order, with part.begin <= begin and end <= part.end."""
        if end <= begin:  # an empty range may sit where one part ends and the next begins: the first holds it
            parts = (part for _, run in self.runs for part in run)
            return next((iri for span, iri in parts if span.begin <= begin and end <= span.end), None)
        for begins, run in self.runs:
            at = bisect_right(begins, begin) - 1
            if at >= 0 and end <= run[at][0].end:
                return run[at][1]
        return None


def same_event_keys(records: list[DocumentRecord]) -> dict[str, str]:
    """Which meetings are one: a statement's own meeting that an earlier statement's own meeting already is
    (an event page and the co-chairs' statement of one conference: same place, overlapping dates, the same
    kind of meeting, no two different ordinals), and other statements' mentions of a statement's own
    meeting → the first one's key."""
    own: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    aliases: dict[str, str] = {}
    labels: dict[str, str] = {}
    for record in records:
        event = record.event
        labels.setdefault(event.key, event.label)
        placed = [r for r in event.readings if r.place and r.start]
        same = next(
            (
                key
                for r in placed
                for start, end, key, head in own.get(iris.slug(r.place), [])
                if overlap((r.start, r.end), (start, end))
                and head == _head(event.label)
                and key != event.key
                and _same_number(event.label, labels[key])
            ),
            None,
        )
        if same is not None:
            aliases[event.key] = same
            continue
        for r in placed:
            own[iris.slug(r.place)].append((r.start, r.end, event.key, _head(event.label)))
    for record in records:
        for event in record.other_events:
            for reading in event.readings:
                if not (reading.place and reading.start):
                    continue
                for start, end, key, head in own.get(iris.slug(reading.place), []):
                    kinds = {head, _head(event.label)}
                    same_days = overlap((reading.start, reading.end), (start, end))
                    if same_days and key != event.key and (len(kinds) == 1 or "" in kinds):
                        aliases[event.key] = key
    return aliases


def distinct_event_keys(records: list[DocumentRecord], aliases: dict[str, str]) -> dict[str, dict[str, str]]:
    """Meetings of one name and year in two statements that cannot be one (in two countries, or on days that do
    not meet: 'the Senior Officials' Meeting' of 2015 in Budapest and in London): the later statement's gets a
    key of its own, its key and the place's name ('senior-officials-meeting-2015-budapest')."""
    homes: dict[str, list[tuple[str, str, list[DateReading]]]] = defaultdict(list)  # key → (key used, stem, readings)
    renamed: dict[str, dict[str, str]] = defaultdict(dict)
    for record in records:
        events = [(record.event.key, record.event.readings)]
        events += [(e.key, e.readings) for e in record.other_events if e.kind == "meeting"]
        for key, readings in events:
            if key in aliases or key in renamed[record.stem]:
                continue
            known = homes[key]
            home = next((h for h in known if h[1] == record.stem or not readings_apart(h[2], readings)), None)
            if home is not None:
                if home[0] != key:
                    renamed[record.stem][key] = home[0]
                continue
            where = next(
                (r.place or (r.country.label if r.country else "") for r in readings if r.place or r.country), ""
            )
            used = key if not known else iris.apart_key(key, where or record.stem)
            known.append((used, record.stem, list(readings)))
            if used != key:
                renamed[record.stem][key] = used
    return {stem: keys for stem, keys in renamed.items() if keys}


def _same_number(label: str, other: str) -> bool:
    """Whether two names of a meeting could name the same one: not two different ordinals ('45th', '105th')."""
    numbers = {ordinal_number(label), ordinal_number(other)} - {None}
    return len(numbers) <= 1


def _head(label: str) -> str:
    """The kind of meeting a label names: its meeting noun ('conference', 'meeting'), or ''."""
    from ingest.layout import MEETING_NOUN

    match = MEETING_NOUN.search(label)
    return match.group().lower().rstrip("s") if match else ""


def document_triples(record: DocumentRecord, context: EventContext, gazetteer: Gazetteer) -> list[Triple]:
    """One statement's triples, sorted: its text and layout, its meeting, and every fact read from it."""
    writer = StatementTriples(record, gazetteer, context)
    writer.document()
    writer.own_meeting()
    writer.participations()
    writer.coordinations()
    writer.obligations()
    writer.other_events()
    writer.roles()
    writer.instruments()
    writer.groups()
    writer.non_binding()
    writer.finish_events()
    return sorted(writer.triples)
