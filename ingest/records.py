"""The records ingestion produces: plain data, each fact with the text span it came from."""

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of a source: 0-based, end-exclusive code-point offsets and the exact text there."""

    source: str
    begin: int
    end: int
    quote: str


@dataclass(frozen=True)
class Actor:
    """A resolved actor: a state, territory, organisation, secretariat, process, group or collective."""

    key: str
    kind: str
    label: str
    acronym: str = ""
    iso3: str = ""
    iso2: str = ""
    qid: str = ""
    parent: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Mention:
    """An actor named in the text; `represents` is the territory a state attended for."""

    actor: Actor
    span: Span
    represents: Actor | None = None


@dataclass(frozen=True)
class Section:
    """A roman-numbered section and its heading."""

    numeral: str
    title: Span
    span: Span


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: its label is its number ('29'), or, when the text carries none, its place in reading
    order ('3'), in the preamble ('p1') or after a numbered paragraph ('29-1'); `implicit` then."""

    label: str
    section: str
    span: Span
    implicit: bool = False


@dataclass(frozen=True)
class Item:
    """A lettered item or a bullet: its label ('A', or its paragraph and its place in the run: '12b'), the
    paragraph it follows and the lead-in sentence that introduces it."""

    label: str
    section: str
    paragraph: str
    span: Span
    lead_in: Span | None

    @property
    def letter(self) -> str:
        """The label (items were lettered before bullets were read)."""
        return self.label


@dataclass(frozen=True)
class Structure:
    """The document's layout: heading (title, place-and-date lines, kind), sections, paragraphs, items, the
    closing line, and the page furniture left out (banners, menus, footers)."""

    title: Span
    datelines: tuple[Span, ...]
    kind: Span | None
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    items: tuple[Item, ...]
    closing: Span | None
    left_out: tuple[Span, ...] = ()
    issued: Span | None = None


@dataclass(frozen=True)
class DateReading:
    """One statement of when and where a meeting took place, as the text gives it."""

    start: str
    end: str
    place: str
    country: Actor | None
    span: Span


@dataclass(frozen=True)
class Event:
    """The meeting a statement reports on, with every reading of its place and dates."""

    key: str
    label: str
    title: Span
    readings: tuple[DateReading, ...]
    also_dated: tuple[Span, ...] = ()  # where the text dates it besides its readings (a release's day in its range)


@dataclass(frozen=True)
class Participation:
    """An actor taking part in an event in a role (co-chair, participant, observer)."""

    actor: Actor
    role: str
    mention: Span
    sentence: Span
    represents: Actor | None = None
    post: "Post | None" = None  # the office through which the text names the actor ('the Director-General of IOM')


@dataclass(frozen=True)
class Coordination:
    """An actor coordinating, chairing or co-chairing a group or process, as one sentence states it."""

    coordinator: Actor
    coordinated: Actor
    mention: Span
    sentence: Span
    role: str = "coordinator"


@dataclass(frozen=True)
class Addressee:
    """The actor an obligation is addressed to, and where the text names it."""

    actor: Actor
    mention: Span


@dataclass(frozen=True, kw_only=True)
class Undertaking:
    """What a lettered obligation and a paragraph commitment share: code, modality, text, parties, qualifiers.

    `addressees` bear it (the item's subject, the object of 'urged', or the issuing collective itself);
    `auxiliaries` help ('in close cooperation with'); `beneficiaries` are helped ('to assist')."""

    code: str
    modality: str
    paragraph: str
    span: Span
    addressees: tuple[Addressee, ...]
    auxiliaries: tuple[Addressee, ...] = ()
    beneficiaries: tuple[Addressee, ...] = ()
    conditions: tuple[Span, ...] = ()
    time_frames: tuple[Span, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Obligation(Undertaking):
    """A lettered item read as an obligation; `lead_in` is the sentence that introduces its run."""

    lead_in: Span


@dataclass(frozen=True)
class IngestWarning:
    """Something the ingestion could not resolve, with where it is."""

    message: str
    span: Span


@dataclass
class DocumentRecord:
    """Everything read from one statement."""

    source: str
    sha256: str
    text: str
    stem: str
    structure: Structure
    event: Event
    participations: list[Participation] = field(default_factory=list)
    coordinations: list[Coordination] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)
    other_events: list["OtherEvent"] = field(default_factory=list)
    instruments: list["Instrument"] = field(default_factory=list)
    roles: list["RoleAtEvent"] = field(default_factory=list)
    commitments: list["Commitment"] = field(default_factory=list)
    non_binding: Span | None = None
    posts: list["Post"] = field(default_factory=list)
    groups_established: list[tuple] = field(default_factory=list)
    mandates: list[tuple] = field(default_factory=list)
    coverage: "object | None" = None  # ingest.coverage.Coverage: what was read and what was not related


@dataclass(frozen=True)
class Instrument:
    """A declaration, work programme, plan of action, convention or statement the text names."""

    key: str
    label: str
    kind: str
    mention: Span
    sentence: Span
    adopted_at: str = ""
    concerns: tuple[Actor, ...] = ()


@dataclass(frozen=True)
class OtherEvent:
    """Another meeting (or an incident) the text names, with where, when and who chaired or held it."""

    key: str
    label: str
    kind: str
    mention: Span
    sentence: Span
    readings: tuple[DateReading, ...]
    chairs: tuple[Mention, ...] = ()
    holder: Mention | None = None


@dataclass(frozen=True)
class Post:
    """An office in a state or an organisation (a Foreign Minister, IOM's Director-General), as the text
    names it; the person is not named."""

    key: str
    label: str
    within: Actor
    mention: Span


@dataclass(frozen=True)
class RoleAtEvent:
    """A further role at the statement's meeting: host, or reporter on a group (through a post)."""

    actor: Actor
    role: str
    mention: Span
    sentence: Span
    post: Post | None = None
    subject: Actor | None = None


@dataclass(frozen=True, kw_only=True)
class Commitment(Undertaking):
    """A commitment in running text ('Ministers urged the international community to …'): its span is the
    sentence that makes it, or the part of it that does when the sentence makes several ('… and requested
    the Forum to …'); `lead_in` is the verbless lead-in its subject comes from ('Ministers:'), if any."""

    sentence: Span
    lead_in: Span | None = None
