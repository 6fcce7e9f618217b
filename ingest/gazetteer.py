"""The gazetteer: every actor the statements may name, with codes, QIDs, acronyms and aliases."""

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from balikg.core import iris
from balikg.core.errors import IngestError
from ingest.places import CAPITALISED, Place, PlaceTable, display, load_places
from ingest.records import Actor
from ingest.text import normalise

CITY_SUFFIX = re.compile(r"(?P<name>[A-Z].*?)\s+City")  # 'Djibouti City' when the tables lack it

FILLER = re.compile(
    r"^(?:(?:and|as well as|including|representatives? of|delegations? of|the|governments? of)\s+)+",
    re.IGNORECASE,
)
# a state's formal name: 'Republic of Hungary', 'Kingdom of Lesotho' (a longer name the tables list wins)
FORMAL_STATE_PREFIX = (
    r"\b(?:(?:Federal|Democratic|Socialist|Islamic|Hashemite|Co-operative|Cooperative|United)\s+)?"
    r"(?:Republic|Kingdom|Sultanate|Principality|Grand\s+Duchy|Commonwealth|Federation|State|Union)\s+of\s+(?:the\s+)?"
)
FORMAL_NAME = re.compile(rf"^{FORMAL_STATE_PREFIX}(?P<name>.+)$")
INSTITUTION = re.compile(
    r"\b(?:Ministry|Department|Office|Embassy|Secretariat|Government|University|Police|Council|Commission|Agency|"
    r"Bureau|Division|Directorate|Authority)\b"
)
INVERTED = re.compile(r"^(?P<name>.+?)\s*\((?P<qualifier>[^()]+\bof)\)$")
QUALIFIED = re.compile(r"^(?P<name>.+?)\s*\((?P<inner>[^()]+)\)$")
ACRONYM = re.compile(r"^(?P<name>.*?)\s*\((?P<acr>[A-Z][A-Za-z]{1,11})\)(?P<suffix>\s+Secretariat)?$")
SECRETARIAT = re.compile(r"^(?P<name>.+?)\s+Secretariat$")
ORGANISATION_KINDS = ("organisation", "secretariat", "process")
FUZZY_SMALL = {"of", "the", "and", "for", "on", "in", "de", "s"}


@dataclass(frozen=True)
class Resolution:
    """What a piece of text names: the actor, and the territory a state stands for, if any."""

    actor: Actor
    represents: Actor | None = None


@dataclass
class Gazetteer:
    """Lookup tables over the gazetteer files, keyed by normalised name and by acronym."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    families: dict[str, list[str]] = field(default_factory=dict)
    family_names: dict[str, str] = field(default_factory=dict)
    blocs: dict[str, list[str]] = field(default_factory=dict)
    memberships: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # organisation → (state, joined)
    process_secretariats: dict[str, str] = field(default_factory=dict)  # process key → its secretariat's key
    demonyms: dict[str, str] = field(default_factory=dict)  # 'Indonesian' → state key
    ambiguous: set[str] = field(default_factory=set)
    written: dict[str, list[str]] = field(default_factory=dict)
    places: PlaceTable = field(default_factory=PlaceTable)
    by_code: dict[str, str] = field(default_factory=dict)  # ISO alpha-2 and alpha-3 → state or territory key
    reading_aliases: list[tuple[str, str]] = field(default_factory=list)  # (name, key): read, never published

    def members_on(self, organisation: str, day: str) -> list[Actor]:
        """The member states of an organisation on a day (ISO date, or its year or month); none when the
        gazetteer has no members for it or no day is known."""
        if not day:
            return []
        members = self.memberships.get(organisation, [])
        # a year or month the joining day falls in does not say whether the state was a member yet
        return [
            self.actors[k] for k, joined in members if joined <= day and (len(day) == 10 or joined[: len(day)] < day)
        ]

    def add(self, actor: Actor, names: list[str]) -> None:
        """Register an actor under its names; a name two actors share resolves to neither."""
        self.actors[actor.key] = actor
        self.written.setdefault(actor.key, []).extend(n for n in names if n)
        for name in names:
            key = normalise(name)
            if not key or key in self.ambiguous:
                continue
            if key in self.names and self.names[key] != actor.key:
                self.ambiguous.add(key)
                del self.names[key]
            else:
                self.names[key] = actor.key
        if actor.acronym:
            self.acronyms.setdefault(actor.acronym, actor.key)

    def add_reading_alias(self, name: str, key: str) -> None:
        """Read a name as an actor's without publishing it, unless the gazetteer has that name already."""
        norm = normalise(name)
        if norm and norm not in self.names and norm not in self.ambiguous:
            self.names[norm] = key
            self.reading_aliases.append((name, key))

    def names_of(self, key: str) -> list[tuple[str, str]]:
        """The names an actor is written under that resolve to it alone, with its key."""
        return [(n, key) for n in self.written.get(key, []) if self.names.get(normalise(n)) == key]

    def lookup(self, name: str) -> Actor | None:
        """The actor with exactly this name or alias, after normalisation; a formal name the tables do not
        list ('Republic of Hungary') is its state's."""
        key = self.names.get(normalise(FILLER.sub("", name.strip())))
        if key is None and (formal := FORMAL_NAME.match(FILLER.sub("", name.strip()))):
            key = self.names.get(normalise(formal["name"]))
            key = key if key and self.actors[key].kind == "state" else None
        return self.actors[key] if key else None

    def resolve(self, text: str) -> Resolution | None:
        """Resolve one list entry: a name, 'Name (ACR)', 'X Secretariat', 'State (Territory)'."""
        text = FILLER.sub("", " ".join(text.split())).strip(" .;:")
        if not text:
            return None
        if actor := self.lookup(text):
            return Resolution(actor)
        if text in self.acronyms:
            return Resolution(self.actors[self.acronyms[text]])
        if (m := INVERTED.match(text)) and (actor := self.lookup(f"{m['name']}, {m['qualifier']}")):
            return Resolution(actor)
        if m := ACRONYM.match(text):
            name, acronym, suffix = m["name"], m["acr"], m["suffix"]
            secretariat = bool(suffix) or bool(SECRETARIAT.match(name))
            if acronym in self.acronyms:
                actor = self.actors[self.acronyms[acronym]]
                return Resolution(self.secretariat_of(actor) if secretariat else actor)
        if m := QUALIFIED.match(text):
            outer, inner = self.lookup(m["name"]), self.lookup(m["inner"])
            if outer and inner and inner.kind == "territory" and inner.parent == outer.key:
                return Resolution(outer, represents=inner)
        m = SECRETARIAT.match(text)
        parent = self.lookup(m["name"]) if m else None
        if parent is not None and parent.kind == "organisation":
            return Resolution(self.secretariat_of(parent))
        return None

    def fuzzy(self, text: str, exclude: set[str] = frozenset()) -> Actor | None:
        """The one actor whose name holds every word of `text` (small words aside) and of whose name's
        words `text` has most: 'Democratic Republic of Korea' → the DPRK, 'International Committee of Red
        Cross' → the ICRC, 'United Kingdom of Great Britain' → the United Kingdom. Actors in `exclude` (the
        others named in the same list) are not candidates; no answer when two or more remain."""
        ordered = [w for w in normalise(text).replace("'", " ").split() if w not in FUZZY_SMALL]
        words = set(ordered)
        if len(words) < 2:
            return None
        candidates = set()
        for name, key in self.names.items():
            if key in exclude:
                continue
            sequence = [w for w in name.replace("'", " ").split() if w not in FUZZY_SMALL]
            theirs = set(sequence)
            # in the name's order: 'Southern Common Market' is not the Common Market for Eastern and Southern Africa
            if words <= theirs and len(words) >= 0.6 * len(theirs) and _in_order(ordered, sequence):
                candidates.add(key)
        return self.actors[candidates.pop()] if len(candidates) == 1 else None

    def country(self, name: str) -> Actor | None:
        """The state or territory a name (or ISO code) stands for."""
        actor = self.lookup(name)
        if actor is None and name.strip().isupper() and name.strip() in self.by_code:
            actor = self.actors[self.by_code[name.strip()]]
        return actor if actor is not None and actor.kind in ("state", "territory") else None

    def place(self, text: str, near: frozenset[str] = frozenset()) -> Place | None:
        """Where a text says a meeting was: 'Bali, Indonesia', 'Bangkok', 'Cebu, the Philippines', or a
        country alone ('Indonesia'); None when it names no place the tables know (a city followed by a
        country is taken as a place even when the city is not in the tables); of cities of one name, the one
        in a country of `near` (alpha-2 codes of states the text names around it)."""
        text = " ".join(text.split()).strip(" ,.;:()")
        if not text:
            return None
        city, _, country_name = text.rpartition(",")
        if (
            city
            and (country := self.country(country_name.strip()))
            and CAPITALISED.match(city.strip())
            and not INSTITUTION.search(city)  # 'Ministry of Foreign Affairs, Kingdom of Thailand': a page's owner
        ):
            return Place(display(city), country)
        if country := self.country(text):
            # a city-state's name is also its city's ('in Singapore in 2001'): the place, not only the country
            city_state = (normalise(text), country.iso2) in self.places.named
            return Place(display(text) if city_state else None, country)
        found = self.places.country_code(text, near)
        if found is None and city and CAPITALISED.match(city.strip()):
            # 'Nusa Dua, Bali': a place and the island or region it is in, both of one country
            inner, outer = self.place(city.strip(), near), self.place(country_name.strip(), near)
            if inner is not None and outer is not None and inner.country == outer.country:
                return inner
        if found is None and (stem := CITY_SUFFIX.fullmatch(text)) and (inner := self.place(stem["name"], near)):
            return inner if inner.name else None  # 'Djibouti City': the city named after its country
        if found is None or not CAPITALISED.match(text):
            return None
        kind, code = found
        key = self.by_code.get(code)
        return Place(display(text), self.actors[key] if key else None)

    def listed_secretariat_of(self, parent: Actor) -> Actor | None:
        """The secretariat of an organisation when the gazetteer has a row for it."""
        return next((a for a in self.actors.values() if a.kind == "secretariat" and a.parent == parent.key), None)

    def group_of(self, parent: Actor, head: str) -> Actor | None:
        """The group of a process that a head names ('Core Group' of the Prague Process), when the gazetteer has
        a row for it."""
        wanted = normalise(f"{head.strip()} of")
        return next(
            (
                a
                for a in self.actors.values()
                if a.kind == "group" and a.parent == parent.key and normalise(a.label).startswith(wanted)
            ),
            None,
        )

    def secretariat_of(self, parent: Actor) -> Actor:
        """The secretariat of an organisation: its gazetteer row, or one named after it."""
        if parent.kind == "secretariat":
            return parent
        if listed := self.listed_secretariat_of(parent):
            return listed
        key = iris.secretariat_key(parent.key)
        actor = Actor(
            key,
            "secretariat",
            f"{parent.label} Secretariat",
            parent=parent.key,
            evidence=f"The secretariat of {parent.label}, as the statement names it.",
        )
        self.actors[key] = actor
        return actor

    def family(self, name: str) -> list[Actor]:
        """The groups of a family ('Ad Hoc Experts' Groups'), in numeral order."""
        return [self.actors[k] for k in self.families.get(normalise(name), [])]

    def members_named(self, name: str) -> list[Actor]:
        """The actors a plural name stands for: a family of groups, or a bloc of states ('the Plus Three
        Countries')."""
        key = normalise(FILLER.sub("", name.strip()))
        return [self.actors[k] for k in self.families.get(key) or self.blocs.get(key, [])]


def _read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a gazetteer CSV; a missing or unreadable file is a one-line error."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise IngestError(f"{path}: cannot read gazetteer table ({exc})") from None


def _load_territories(gaz: Gazetteer, path: Path) -> None:
    """States and territories with an ISO alpha-3 code."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"{path}: cannot read territories ({exc})") from None
    by_code = {row["code"]: row for row in rows}
    for row in rows:
        if not row.get("alpha3"):
            continue
        iso3 = row["alpha3"].upper()
        kind = "state" if row.get("is_country") else "territory"
        parent = by_code.get(row.get("parent", ""), {})
        actor = Actor(
            key=iris.actor_key(kind, iso3),
            kind=kind,
            label=row["name"],
            iso3=iso3,
            iso2=row["code"].upper(),
            qid=row.get("qid", ""),
            parent=iris.actor_key("state", parent["alpha3"].upper()) if parent.get("alpha3") else "",
            evidence="OpenSanctions rigour territories (MIT), sources/gazetteer/territories.jsonl",
        )
        gaz.add(actor, [row["name"], row.get("full_name", ""), *row.get("names_strong", [])])
        gaz.by_code[iso3] = actor.key
        gaz.by_code[row["code"].upper()] = actor.key


ORGANISATION_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,11}")  # an organisation's acronym, as the shapes take it


def _load_organisations(gaz: Gazetteer, path: Path) -> None:
    """Organisations, secretariats and consultative processes (a parent is another row, by its id)."""
    rows = _read_csv(path)
    kinds = {row["id"]: row["type"] for row in rows}
    for row in rows:
        kind = row["type"]
        if kind not in ORGANISATION_KINDS:
            raise IngestError(f"{path}: row {row['id']!r} has unknown type {kind!r}")
        if row["parent"] and row["parent"] not in kinds:
            raise IngestError(f"{path}: row {row['id']!r} has unknown parent {row['parent']!r}")
        if kind == "organisation" and row["acronym"] and not ORGANISATION_ACRONYM.fullmatch(row["acronym"]):
            # the graph's shapes take 2-12 letters only; a short name like 'UN-ACT' is an alias
            raise IngestError(f"{path}: row {row['id']!r} has acronym {row['acronym']!r}: 2-12 letters, or an alias")
        parent = iris.actor_key(kinds[row["parent"]], row["parent"]) if row["parent"] else ""
        actor = Actor(
            key=iris.actor_key(kind, row["id"]),
            kind=kind,
            label=row["name"],
            acronym=row["acronym"],
            qid=row["wikidata_qid"] if row["qid_status"] == "verified" else "",
            parent=parent,
            evidence=row["evidence"],
        )
        gaz.add(actor, [row["name"], *filter(None, row["aliases"].split("|"))])


def _load_groups(gaz: Gazetteer, path: Path) -> None:
    """Working groups of a process, by family and numeral."""
    for row in _read_csv(path):
        actor = Actor(
            key=iris.actor_key("group", row["id"]),
            kind="group",
            label=row["name"],
            acronym=row.get("acronym", ""),
            parent=_parent_key(gaz, row["parent"], path),
            evidence=row["evidence"],
        )
        gaz.add(actor, [row["name"], *filter(None, row.get("aliases", "").split("|"))])
        if row["family"]:
            gaz.families.setdefault(normalise(row["family"]), []).append(actor.key)
            gaz.family_names[normalise(row["family"])] = row["family"]


def _parent_key(gaz: Gazetteer, parent: str, path: Path) -> str:
    """The key of a group's parent: a process or an organisation the gazetteer already holds."""
    for kind in ("process", "organisation"):
        key = iris.actor_key(kind, parent)
        if key in gaz.actors:
            return key
    raise IngestError(f"{path}: parent {parent!r} is neither a process nor an organisation of the gazetteer")


def _load_collectives(gaz: Gazetteer, path: Path) -> None:
    """The collective addressees: 'States', 'Officials', 'the international community', …"""
    for row in _read_csv(path):
        key = iris.actor_key("collective", row["id"])
        actor = Actor(key=key, kind="collective", label=row["label"], evidence=row["definition"])
        gaz.add(actor, [row["label"], *filter(None, row["aliases"].split("|"))])


def load_gazetteer(directory: Path) -> Gazetteer:
    """Load every gazetteer file under `directory`."""
    gaz = Gazetteer()
    _load_territories(gaz, directory / "territories.jsonl")
    _drop_not_names(gaz, directory / "not_names.csv")
    _load_organisations(gaz, directory / "organisations.csv")
    _load_groups(gaz, directory / "groups.csv")
    _load_collectives(gaz, directory / "collectives.csv")
    _load_reading_aliases(gaz, directory / "aliases.csv")
    _load_iso_names(gaz)
    _load_blocs(gaz, directory / "blocs.csv")
    _load_memberships(gaz, directory / "memberships.csv")
    _load_demonyms(gaz, directory / "demonyms.csv")
    _load_process_secretariats(gaz, directory / "process_secretariats.csv")
    gaz.places = load_places(directory)
    return gaz


def _drop_not_names(gaz: Gazetteer, path: Path) -> None:
    """Corrections: names a derived table gives an actor that English statements use for something else ('Island'
    for Iceland), never read as that actor."""
    for row in _read_csv(path):
        key = normalise(row["name"])
        if gaz.names.get(key) != row["actor"]:
            raise IngestError(f"{path}: {row['name']!r} is not a name of {row['actor']!r} to drop")
        del gaz.names[key]
        gaz.ambiguous.add(key)
        gaz.written[row["actor"]] = [n for n in gaz.written.get(row["actor"], []) if normalise(n) != key]


def _load_reading_aliases(gaz: Gazetteer, path: Path) -> None:
    """Names the statements use for actors that are read but not published as labels (historical and
    short forms: 'Union of Myanmar', 'Lao PDR')."""
    for row in _read_csv(path):
        if row["actor"] not in gaz.actors:
            raise IngestError(f"{path}: alias {row['name']!r} names an unknown actor {row['actor']!r}")
        gaz.add_reading_alias(row["name"], row["actor"])


def _load_iso_names(gaz: Gazetteer) -> None:
    """The ISO 3166 official and common names of the states ('Kingdom of Morocco', 'State of Kuwait'), from
    pycountry, read like the aliases (never published); a name the gazetteer has already is left to it."""
    for key, actor in list(gaz.actors.items()):
        country = pycountry.countries.get(alpha_3=actor.iso3) if actor.iso3 else None
        if country is None:
            continue
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, "")
            if "," not in name:  # not the index form 'Korea, Republic of'
                gaz.add_reading_alias(name, key)


def _load_blocs(gaz: Gazetteer, path: Path) -> None:
    """Names the statements give a fixed set of states ('the Plus Three Countries'), read like a family."""
    for row in _read_csv(path):
        members = row["members"].split("|")
        if unknown := [m for m in members if m not in gaz.actors]:
            raise IngestError(f"{path}: bloc {row['name']!r} names unknown actors {', '.join(unknown)}")
        gaz.blocs[normalise(row["name"])] = members


def _load_memberships(gaz: Gazetteer, path: Path) -> None:
    """The member states of an organisation with the day each joined ('ASEAN Member States' in 2024: ten)."""
    for row in _read_csv(path):
        unknown = [k for k in (row["organisation"], row["member"]) if k not in gaz.actors]
        if unknown or not re.fullmatch(r"\d{4}-\d\d-\d\d", row["joined"]):
            raise IngestError(f"{path}: membership {row['organisation']} {row['member']}: unknown actor or bad date")
        gaz.memberships.setdefault(row["organisation"], []).append((row["member"], row["joined"]))


def _load_process_secretariats(gaz: Gazetteer, path: Path) -> None:
    """The organisation that serves as each process's secretariat (ICMPD for the Budapest Process)."""
    for row in _read_csv(path):
        process, secretariat = (
            iris.actor_key("process", row["process"]),
            iris.actor_key("organisation", row["secretariat"]),
        )
        if process not in gaz.actors or secretariat not in gaz.actors:
            raise IngestError(f"{path}: {row['process']!r} or {row['secretariat']!r} is not in the gazetteer")
        gaz.process_secretariats[process] = secretariat


def _load_demonyms(gaz: Gazetteer, path: Path) -> None:
    """The adjectives of states ('Indonesian'), read before an office ('Indonesian Foreign Minister')."""
    for row in _read_csv(path):
        if row["actor"] not in gaz.actors:
            raise IngestError(f"{path}: demonym {row['adjective']!r} names an unknown actor {row['actor']!r}")
        gaz.demonyms[row["adjective"]] = row["actor"]


def _in_order(words: list[str], sequence: list[str]) -> bool:
    """Whether the words come in the sequence in the same order (others between them)."""
    rest = iter(sequence)
    return all(word in rest for word in words)
