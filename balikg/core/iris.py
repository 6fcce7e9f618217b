"""The one door for the project's IRIs: every key and IRI is minted here, and every IRI is parsed back here.

Functions take plain keys (strings and offsets), never ingest's record classes, and return plain strings.
IRIs are readable and stable (no blank nodes, no counters): the same text always gives the same IRI.

    actors       id/state/AUS, id/territory/NCL, id/org/iom, id/process/bali-process, id/group/…, id/collective/…
    documents    id/doc/<stem>, …/section/IV, …/paragraph/29, …/item/A, …/obligation/A
    spans        id/doc/<stem>#char=<begin>,<end>  (NIF offsets)
    meetings     id/event/<key>, …/<role>/<actor>, …/dates/<stem>-<begin>
    relations    id/<group>/coordinator/<actor>, id/doc/<stem>/obligation/<code>/<role>/<actor>
"""

import re
import unicodedata

from balikg.core.errors import UserError
from balikg.core.vocab import BASE, SCHEMES, WD

ID = SCHEMES.ID
DOC = ID + "doc/"

# ---------------------------------------------------------------- keys (the part after id/)

ACTOR_SEGMENTS = {
    "state": "state",
    "territory": "territory",
    "organisation": "org",
    "secretariat": "org",
    "process": "process",
    "group": "group",
    "collective": "collective",
}


def slug(text: str) -> str:
    """A readable IRI segment: lower case ASCII words joined by hyphens, accents dropped ('Türkiye' is
    'turkiye', 'Cádiz' 'cadiz')."""
    text = text.replace("’", "").replace("'", "")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def actor_key(kind: str, code: str) -> str:
    """'state/AUS', 'org/iom', 'process/bali-process', 'group/…', 'collective/states' for an actor kind and
    its code (ISO alpha-3 for states and territories, the gazetteer id for the others)."""
    return f"{ACTOR_SEGMENTS[kind]}/{code}"


def secretariat_key(parent_key: str) -> str:
    """The key of the secretariat of an organisation the gazetteer has no row for: 'org/icmpd-secretariat'."""
    return f"{parent_key}-secretariat"


def actor_segment(key: str) -> str:
    """An actor key as one IRI segment: 'state/AUS' → 'state-AUS'."""
    return key.replace("/", "-")


def own_meeting_key(title: str, year: str) -> str:
    """A statement's own meeting: the head of its title (before ' on ', ' of ', ' for ') and the year:
    'second-regional-ministerial-conference-2003'; a head of one or two words ('Workshop') says too little
    to tell two meetings of a year apart, so then the whole title, at most eight words."""
    title = " ".join(title.split())
    head = re.split(r"\s+(?:on|of|for)\s+", title, maxsplit=1)[0]
    words = slug(head if len(head.split()) >= 3 else title).split("-")
    words = words[:8]
    if year and words[-1:] == [year]:
        words = words[:-1]  # 'Government and Business Forum 2019' of 2019: the year once
    return "-".join(filter(None, words + [year]))


def meeting_key(label: str, year: str) -> str:
    """Another meeting the text names: the head of its name (when three words or more, else the whole
    name), at most eight words, and the year."""
    head = re.split(r"\s+(?:on|of|for)\s+", label, maxsplit=1)[0]
    words = slug(head if len(head.split()) >= 3 else label).split("-")
    return "-".join(words[:8] + [year])


def apart_key(key: str, where: str) -> str:
    """The key of a meeting whose name and year another meeting elsewhere already has: that key and its place
    ('senior-officials-meeting-2015-budapest')."""
    return f"{key}-{slug(where)}"


def incident_key(label: str, year: str) -> str:
    """An incident ('Bali bombings') and its year."""
    return f"{slug(label)}-{year}"


def post_key(iso3: str, office: str) -> str:
    """An office in a state: 'IDN/foreign-minister'."""
    return f"{iso3}/{office}"


def instrument_key(label: str, adopted_at: str = "") -> str:
    """An instrument by its name, and the meeting that adopted it when the text says (the same name
    adopted at two meetings names two instruments)."""
    return slug(label) + (f"/{adopted_at}" if adopted_at else "")


# ---------------------------------------------------------------- IRIs


def actor(key: str) -> str:
    """id/state/AUS, id/org/iom, …"""
    return ID + key


def document(stem: str) -> str:
    """id/doc/<file stem>."""
    return DOC + stem


def span(stem: str, begin: int, end: int) -> str:
    """A text span, named the NIF way: id/doc/<stem>#char=<begin>,<end>."""
    return f"{document(stem)}#char={begin},{end}"


def section(stem: str, numeral: str) -> str:
    """A roman-numbered section of a statement."""
    return f"{document(stem)}/section/{numeral}"


def paragraph(stem: str, number: int | str) -> str:
    """A numbered paragraph of a statement."""
    return f"{document(stem)}/paragraph/{number}"


def item(stem: str, letter: str) -> str:
    """A lettered item of a statement."""
    return f"{document(stem)}/item/{letter}"


def obligation(stem: str, code: str) -> str:
    """An obligation, by its code in the statement ('A', '25', '5.1')."""
    return f"{document(stem)}/obligation/{code}"


def addressing(stem: str, code: str, role: str, actor_key_: str) -> str:
    """A party of an obligation in a role (addressee, auxiliary, beneficiary)."""
    return f"{obligation(stem, code)}/{role}/{actor_segment(actor_key_)}"


def event(key: str) -> str:
    """A meeting or incident."""
    return f"{ID}event/{key}"


def participation(event_key: str, role: str, actor_key_: str) -> str:
    """An actor's part in a meeting (co-chair, participant, observer, host, reporter)."""
    return f"{event(event_key)}/{role}/{actor_segment(actor_key_)}"


def coordination(coordinated_key: str, coordinator_key: str, role: str = "coordinator") -> str:
    """An actor coordinating, chairing or co-chairing a group or process."""
    return f"{actor(coordinated_key)}/{role}/{actor_segment(coordinator_key)}"


def schedule(event_key: str, stem: str, begin: int) -> str:
    """One statement's reading of a meeting's dates, by where the reading starts."""
    return f"{event(event_key)}/dates/{stem}-{begin}"


def place(name: str, country_code: str = "") -> str:
    """A place named in a dateline; with its country's code when its name is read in more than one country
    ('place/victoria-syc')."""
    return f"{ID}place/{slug(name)}" + (f"-{slug(country_code)}" if country_code else "")


def post(key: str) -> str:
    """An office in a state (org:Post)."""
    return f"{ID}post/{key}"


def instrument(key: str) -> str:
    """A declaration, programme, plan, convention or statement."""
    return f"{ID}instrument/{key}"


def gazetteer_file(name: str) -> str:
    """One gazetteer table as a dataset."""
    return f"{ID}gazetteer/{name}"


def role(name: str) -> str:
    """A concept of the role scheme."""
    return SCHEMES.ROLE + name


def modality(notation: str) -> str:
    """A concept of the modality scheme."""
    return SCHEMES.MODALITY + notation


def actor_type(kind: str) -> str:
    """A concept of the actor-type scheme."""
    return SCHEMES.ACTOR_TYPE + kind


def topic(name: str) -> str:
    """A concept of the topic scheme."""
    return SCHEMES.TOPIC + name


def wikidata(qid: str) -> str:
    """A Wikidata item."""
    return WD.NS + qid


def named_graph(name: str, base: str | None = None) -> str:
    """The named graph of one statement (or 'ontology', 'dataset'), under the project's graph namespace or
    under a base IRI the user gives."""
    return (base.rstrip("/") + "/" if base else SCHEMES.GRAPH) + name


_GRAPH_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\\x7f-\x9f]+")


def graph_iri_given(text: str, option: str) -> str:
    """A graph IRI the user gives (it is written into SPARQL Update, where no binding can hold it): an
    absolute IRI without spaces or the characters IRIs exclude; else a UserError naming the option."""
    if not _GRAPH_IRI.fullmatch(text):
        raise UserError(f'{option} {text[:80]!r}: not an absolute IRI (scheme:…, no spaces or <>"{{}}|^`\\)')
    return text


def push_staging(graph: str | None) -> str:
    """The named graph a push loads into before it swaps into `graph` (None: the default graph): the
    target's IRI with '/push-staging', or graph/default/push-staging under the project's namespace."""
    return (graph.rstrip("/") if graph else SCHEMES.GRAPH + "default") + "/push-staging"


def dataset() -> str:
    """The dataset (VoID/DCAT)."""
    return f"{ID}dataset"


def distribution(file_name: str) -> str:
    """A file the dataset is distributed as."""
    return f"{dataset()}/{file_name}"


def class_partition(name: str) -> str:
    """The dataset's partition of one class."""
    return f"{dataset()}/class/{name}"


def build_activity(digest: str) -> str:
    """One build, named after the digest of the graph it produced."""
    return f"{ID}build/{digest[:16]}"


def build_association(digest: str) -> str:
    """The build's association with the software."""
    return f"{build_activity(digest)}/association"


def software() -> str:
    """balikg, as a prov:SoftwareAgent."""
    return f"{ID}software/balikg"


def software_release(version: str) -> str:
    """One version of balikg, the plan of a build."""
    return f"{software()}/{version}"


def graph_version(digest: str) -> str:
    """One version of graph.ttl, by the sha256 of its bytes."""
    return f"{ID}graph/{digest}"


# ---------------------------------------------------------------- parsing IRIs back


def document_of(iri: str) -> str | None:
    """The statement stem an IRI sits under (…/id/doc/STEM, …/STEM/…, …/STEM#char=…), or None."""
    if not iri.startswith(DOC):
        return None
    return iri[len(DOC) :].split("/", 1)[0].split("#", 1)[0]


def is_vocabulary(iri: str) -> bool:
    """Ontology terms and concept schemes: balikg IRIs outside id/."""
    return iri.startswith(BASE) and not iri.startswith(ID)


def local(iri: str) -> str:
    """An IRI without the id/ namespace ('state/AUS'); other IRIs unchanged."""
    return iri.removeprefix(ID)


def shorten(iri: str, abbreviations: dict[str, str]) -> str:
    """An IRI with the first matching namespace replaced by its short form ('id:state/AUS')."""
    for long, short in abbreviations.items():
        if iri.startswith(long):
            return short + iri[len(long) :]
    return iri
