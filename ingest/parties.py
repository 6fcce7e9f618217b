"""Who a phrase of a commitment names: a list of actors ('IOM and UNHCR'), and the phrases that name actors
without listing them: 'the Co-Chairs', 'the incoming Chair', 'the co-hosts', 'the observer organisations',
'the Dialogue Partners', 'both groups', 'countries of origin, transit and destination', 'the Plus Three
Countries', 'the coordinator of Ad Hoc Experts' Group II', and short definite names of something named
before ('the Forum', 'the Secretariat': else, for a process's secretariat the text does not describe, the
one the gazetteer gives).

A phrase is read from its start: what follows the names it opens with (a relative clause, an apposition,
the rest of a clause) is not part of it.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from balikg.core import iris
from ingest.gazetteer import Gazetteer
from ingest.groups import themes_named
from ingest.lexicon import NUMBER_WORDS
from ingest.lists import OFFICE_BETWEEN_NAMES
from ingest.mentions import NamesBefore, scan_mentions
from ingest.records import Actor, Addressee, Coordination, Mention, Participation, Span
from ingest.text import MatchesBefore, sub_span

DETERMINER = re.compile(
    r"^(?:(?:all|the|every|each|those|these|other|both|its|their|our|relevant|interested|concerned|"
    r"individual|fellow|respective|participating|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\d{1,3})\s+|(?:governments?|(?:foreign\s+)?ministers?|officials|representatives|"
    r"delegations?)\s+of\s+)+",
    re.IGNORECASE,
)
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|,?\s+together\s+with\s+")
APPOSITION = re.compile(
    r",\s+(?:namely\s+|that\s+is,?\s+|i\.e\.,?\s+)?|\s+[-–—]\s+|\s*\(\s*"
)  # ', A, B and C', ' - A, B and C -', ' (A, B and C)'
ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w+&.-]{1,15}\)")
INCOMING_CHAIR = re.compile(r"^(?:the\s+)?(?:incoming|next|new|future)\s+(?:co-?)?chairs?\b", re.IGNORECASE)
TO_COME = re.compile(
    r"\b(?:incoming|next|will\s+(?:hold|chair|assume|take\s+over)|to\s+(?:succeed|take\s+over|assume|hold)|"
    r"takes?\s+over|succeed)\b",
    re.IGNORECASE,
)
CO_CHAIRS = re.compile(
    r"^(?:the\s+|its\s+|their\s+|our\s+)?(?:(?:two|both|government\s+and\s+business)\s+)?"  # 'Government and
    r"(?:co-?chairs?|chair(?:man|person)?|presidency(?:\s+pro\s+tempore)?)\b"  # business co-chairs:' over bullets
    r"(?!\s+of\b)",
    re.IGNORECASE,
)  # the meeting's co-chairs; 'the Chair', 'the Presidency Pro Tempore' when one state chaired it
OBSERVERS = re.compile(
    r"^(?:the\s+)?observers?(?:\s+(?P<kind>organi[sz]ations|states|countries|delegations))?\b", re.IGNORECASE
)
DIALOGUE_PARTNERS = re.compile(r"(?:the\s+)?(?:ASEAN(?:['’]s)?\s+)?[Dd]ialogue\s+[Pp]artners(?:\s+of\s+ASEAN)?\b")
ANAPHOR = re.compile(
    r"^(?:both(?:\s+(?:[\w'’-]+\s+)?(?:groups|bodies|organi[sz]ations))?|"
    r"the\s+two\s+(?:[\w'’-]+\s+)?(?:groups|bodies|organi[sz]ations)|"
    r"these\s+(?:two\s+)?groups)\b"
)
# an organisation's official by its short name: 'the APC Coordinator', 'the IOM Director-General'
OFFICIAL_OF_NAMED = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w&+-]{1,12})\s+(?:Co-?ordinator|Director[\s-]General|Secretary[\s-]General|"
    r"Executive\s+(?:Director|Secretary)|High\s+Commissioner)\b"
)
THE_COORDINATOR = re.compile(r"^the\s+(?:group['’]s\s+)?co-?ordinator\b(?!s|\s+of\b)", re.IGNORECASE)
THE_COORDINATORS = re.compile(  # 'the coordinators', 'the coordinators of the two experts' groups'
    r"^(?:the|their)\s+(?:two\s+)?(?:groups?['’]?\s+)?co-?ordinators\b"
    r"(?:\s+of\s+(?:the\s+|their\s+)?(?:two|both)\s+(?:[\w'’-]+\s+){0,3}?groups?\b)?",
    re.IGNORECASE,
)
IT = re.compile(r"^it\b")  # the body named last before it in its sentence
ORGANISATIONS_PRESENT = re.compile(
    r"^(?:the\s+)?(?:international\s+)?organi[sz]ations\s+(?:present|represented|attending|taking\s+part)\b",
    re.IGNORECASE,
)
PARTY_ORGANISATIONS = {"org/eu"}  # a party to the processes beside the states, not one of 'the organisations present'
TROIKA = re.compile(r"^(?:the\s+)?(?:GFMD\s+)?Troika\b")
CO_HOSTS = re.compile(r"^(?:the\s+)?(?:co-?)?hosts\b(?!\s+of\b)", re.IGNORECASE)
TRIAD_ROLES = {"origin": "source", "source": "source", "transit": "transit", "destination": "destination"}
TRIAD_WORD = r"(?:origin|source|transit|destination)"
TRIAD_AFTER = re.compile(
    rf"^(?:the\s+)?(?:countries|states|nations)\s+of\s+(?P<roles>{TRIAD_WORD}(?:\s*,\s*{TRIAD_WORD})*(?:\s*,?\s*(?:and|or)\s+{TRIAD_WORD})?)\b",
    re.IGNORECASE,
)
TRIAD_BEFORE = re.compile(
    rf"^(?:the\s+)?(?P<roles>{TRIAD_WORD}(?:\s*,\s*{TRIAD_WORD})*(?:\s*,?\s*(?:and|or)\s+{TRIAD_WORD})?)\s+(?:countries|states)\b",
    re.IGNORECASE,
)
COORDINATOR_OF = re.compile(r"^(?:the\s+)?(?:co-?)?(?:coordinator|chair)s?\s+of\s+", re.IGNORECASE)
DEFINITE = re.compile(r"^[Tt]he\s+(?P<head>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\b")
SERVES_AS = re.compile(
    r"(?:\b(?:which|who)\s+(?:(?:continues?|continued)\s+to\s+|also\s+|ha(?:s|ve)\s+(?:long\s+|also\s+)?)?"
    r"(?:serves|acts|serve|act|served|acted|runs|ran|provides|provided|holds|hosts)\s+"
    r"(?:as\s+)?|\bin\s+(?:its|their)\s+(?:capacity|role|function)\s+as\s+|"
    # 'the role of ICMPD as the Secretariat of …', 'ICMPD, the Secretariat of …'
    r"(?<=[A-Za-z)])(?:\s+as|,)\s+(?=the\s+(?:[A-Z][\w'’-]*\s+){0,2}Secretariat\b))(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?P<head>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
)
APPOSED = re.compile(r"(?:\s+of\s+[^,;()]{1,60})?,\s+(?:the\s+)?")  # 'the Secretariat of the processes, '
# a text that says who runs its secretariat, in words not read as a name of it
SECRETARIAT_DESCRIBED = re.compile(
    r"\b(?:run|runs|ran|provides?|provided|assists?|hosts?|manages?|funds?)\s+the\s+(?:[\w-]+\s+){0,2}Secretariat\b|"
    r"\bSecretariat,?\s+(?:(?:jointly|currently)\s+)?(?:run|provided|hosted|managed|funded)\s+by\b"
)
PROVIDED = r"(?:provided|run|hosted)"  # 'the Secretariat, provided by ICMPD'
PROVIDED_BY = re.compile(
    rf"\b(?:the\s+)?(?P<head>(?:[A-Z][\w'’-]*\s+){{0,2}}Secretariat)\b[^.;]{{0,60}}?,?\s+{PROVIDED}\s+by\s+"
)
PROVIDED_AFTER = re.compile(rf",?\s+{PROVIDED}\s+by\s+")  # right after 'the Secretariat'
CAPITALISED_PREFIX = re.compile(r"(?:[A-Z][\w'’+-]*\s+){1,4}")
NARROWING_PREFIX = re.compile(r"(?!(?:some|few|many|several|certain|most|no|any)\b)[a-z][\w-]*\s+")  # 'technology '
RESTRICTED = re.compile(r"\s+(?:with|having|hosting|of\s+first)\b")
RELATIVE = re.compile(r"\s+(?:which|who|whose|that)\s+|,\s+(?:as|in\s+(?:its|their)\s+capacity|joined\s+by|acting)\b")


COUNT_WORDS = {**NUMBER_WORDS, "both": 2}
COUNT_BEFORE = re.compile(r"\b(?P<count>two|both|three|four|five|six)\s+(?:of\s+the\s+)?$", re.IGNORECASE)


@dataclass
class Parties:
    """The document a phrase is read in: its gazetteer, its co-chairs and observers, its coordinations, and
    every actor it names, in order (for 'the Forum': the last forum named before)."""

    gazetteer: Gazetteer
    text: str
    source: str
    co_chairs: list[Participation] = field(default_factory=list)
    observers: list[Participation] = field(default_factory=list)
    coordinations: list[Coordination] = field(default_factory=list)
    named: list[Mention] = field(default_factory=list)
    partners: list[Participation] = field(default_factory=list)  # who attended as dialogue partners
    hosts: list[Participation] = field(default_factory=list)
    attendees: list[Participation] = field(default_factory=list)  # everyone the text says took part

    @classmethod
    def of(
        cls,
        gazetteer: Gazetteer,
        document: Span,
        participations: list[Participation],
        coordinations: list[Coordination],
    ) -> "Parties":
        """The parties of a document, its names scanned once."""
        return cls(
            gazetteer,
            document.quote,
            document.source,
            [p for p in participations if p.role == "co-chair"],
            [p for p in participations if p.role == "observer"],
            coordinations,
            scan_mentions(document, gazetteer),
            # who came as dialogue partners: not the members named beside them ('the ASEAN member countries and
            # ASEAN's dialogue partners')
            [
                p
                for p in participations
                if DIALOGUE_PARTNERS.search(p.sentence.quote) and not re.search(r"(?i)\bmember", p.mention.quote)
            ],
            [p for p in participations if p.role == "host"],
            list(participations),
        )

    @cached_property
    def index(self) -> "NamedBefore":
        """The document's names and naming patterns, indexed for 'the Forum' (see _definite)."""
        return NamedBefore(self.gazetteer, self.text, self.named)

    @cached_property
    def names_before(self) -> NamesBefore:
        """The names a scan of the document up to any offset finds (for 'the Process')."""
        return NamesBefore(self.text, self.gazetteer)

    def last_named(self, kind: str, before: int) -> Actor | None:
        """The actor of a kind named last before an offset of the document."""
        return self.index.last_of_kind(kind, before)

    def most_named(self, kind: str, before: int) -> Actor | None:
        """The actor of a kind named most often before an offset of the document (the statement's own process)."""
        return self.index.most_of_kind(kind, before)

    def read(self, phrase: Span, before: Span | None = None) -> list[Addressee]:
        """The actors a phrase names from its start, one name after another ('the Co-Chairs together with
        the Steering Group'); `before` is the text of its sentence before it (where 'both groups' finds its
        groups)."""
        phrase = _trimmed(phrase)
        out: list[Addressee] = []
        at = 0
        while (unit := self._unit(phrase, at, before)) is not None:
            found, end = unit
            out += [a for a in found if a.actor.key not in {o.actor.key for o in out}]
            if acronym := ACRONYM_AFTER.match(phrase.quote, end):  # '… on Drug Matters (ASOD) and the …'
                end = acronym.end()
            gap = LIST_GAP.match(phrase.quote, end) or OFFICE_BETWEEN_NAMES.match(phrase.quote, end)
            if gap is None or gap.end() >= len(phrase.quote):
                break
            at = gap.end()
        if out and all(a.actor.kind == "collective" for a in out) and (spelled := self._apposition(phrase)):
            return spelled  # 'the partner countries of the Silk Routes region, Afghanistan, Iraq and Pakistan'
        return out or self._apposition(phrase)

    def _unit(self, phrase: Span, at: int, before: Span | None) -> tuple[list[Addressee], int] | None:
        """One name or naming phrase at `at`, and where it ends."""
        rest = sub_span(phrase, at, len(phrase.quote))
        text = rest.quote
        if not text.strip():
            return None
        if (match := INCOMING_CHAIR.match(text)) and (incoming := self._incoming_chairs()):
            return [Addressee(a, sub_span(rest, 0, match.end())) for a in incoming], at + match.end()
        if match := CO_CHAIRS.match(text):
            mention = sub_span(rest, 0, match.end())
            chairs = [p.actor for p in self.co_chairs] or self._process_chairs()
            return [Addressee(a, mention) for a in chairs], at + match.end()
        if (match := DIALOGUE_PARTNERS.match(text)) and self.partners:
            mention = sub_span(rest, 0, match.end())  # 'the Dialogue Partners': those the text says came as such
            partners = {p.actor.key: p.actor for p in self.partners if p.actor.kind in ("state", "organisation")}
            return [Addressee(a, mention) for a in partners.values()], at + match.end()
        if match := OBSERVERS.match(text):
            found = self._observers(sub_span(rest, 0, match.end()), (match["kind"] or "").lower())
            return found, at + match.end()
        if (match := ANAPHOR.match(text)) and before is not None:
            mention = sub_span(rest, 0, match.end())
            found = self._anaphor(mention, before) or self._anaphor(mention, self._text_before(before))
            return found, at + match.end()
        official = OFFICIAL_OF_NAMED.match(text)
        named = self.gazetteer.resolve(official["name"]) if official else None
        if named is not None and named.actor.kind in ("organisation", "process", "secretariat"):
            return [
                Addressee(named.actor, sub_span(rest, 0, official.end()))
            ], at + official.end()  # 'the APC Coordinator'
        if match := THE_COORDINATOR.match(text):  # 'asked the coordinator to circulate …': of the group most named
            group = self.most_named("group", rest.begin)
            held = {c.coordinator.key: c.coordinator for c in self.coordinations if group and c.coordinated == group}
            if len(held) == 1:
                return [Addressee(a, sub_span(rest, 0, match.end())) for a in held.values()], at + match.end()
        if match := THE_COORDINATORS.match(text):  # 'decided that the coordinators should report': of the groups
            held = {c.coordinator.key: c.coordinator for c in self.coordinations if c.coordinated.kind == "group"}
            if len(held) >= 2:
                return [Addressee(a, sub_span(rest, 0, match.end())) for a in held.values()], at + match.end()
        if (match := IT.match(text)) and before is not None:  # '… re-establish the Ad Hoc Group, …, and asked it to'
            bodies = scan_mentions(before, self.gazetteer, {"group", "organisation", "secretariat", "process"})
            mention = sub_span(rest, 0, match.end())
            return ([Addressee(bodies[-1].actor, mention)] if bodies else []), at + match.end()
        if match := ORGANISATIONS_PRESENT.match(text):  # 'called on the international organisations present'
            mention = sub_span(rest, 0, match.end())
            present = {
                p.actor.key: p.actor
                for p in self.attendees
                if p.actor.kind in ("organisation", "secretariat") and p.actor.key not in PARTY_ORGANISATIONS
            }
            return [Addressee(a, mention) for a in present.values()], at + match.end()
        if match := TROIKA.match(text):  # 'requested the Troika to propose …': the process's past, present, next chairs
            mention = sub_span(rest, 0, match.end())
            return [Addressee(a, mention) for a in self._process_chairs()], at + match.end()
        if match := CO_HOSTS.match(text):  # 'The co-hosts were asked to circulate …'
            mention = sub_span(rest, 0, match.end())
            return [Addressee(p.actor, mention) for p in self.hosts], at + match.end()
        if match := (TRIAD_AFTER.match(text) or TRIAD_BEFORE.match(text)):
            return self._triad(sub_span(rest, 0, match.end()), match["roles"]), at + match.end()
        if match := COORDINATOR_OF.match(text):
            found, end = self._coordinators(rest, match.end())
            return (found, at + end) if found else None
        opening = DETERMINER.match(text)
        skip = opening.end() if opening else 0
        body = sub_span(rest, skip, len(text))
        if found := self._bloc(body):
            return found, found[0].mention.end - phrase.begin
        starts = {0, skip} | ({m.end() for m in re.finditer(r"\S+\s+", text[:skip])} if skip else set())
        found = scan_mentions(body, self.gazetteer)
        if skip:
            found += [m for m in scan_mentions(rest, self.gazetteer) if m.span.begin < body.begin]
        # a name may begin inside the determiners ('the participating countries' is the participants)
        mentions = [m for m in found if m.span.begin - rest.begin in starts]
        # 'ASEAN Member States', 'WG-TIP members': a collective after the name of whose it is; 'technology
        # companies': businesses after a word that narrows them (not 'donor States', 'dialogue partners'); not
        # 'the Ad Hoc Group Senior Officials' Meeting', the group's meeting
        prefixed = [m for m in scan_mentions(body, self.gazetteer) if m.actor.kind == "collective"]
        prefix = body.quote[: prefixed[0].span.begin - body.begin] if prefixed else ""
        owner = [m for m in mentions if m.actor.kind in ("group", "process", "organisation")]
        of_a_meeting = prefixed and re.match(
            r"['’]?s?\s+(?i:meeting)\b", body.quote[prefixed[0].span.end - body.begin :]
        )
        if of_a_meeting and not mentions and (group := self.gazetteer.lookup(prefix.strip())) is not None:
            # 'the Ad Hoc Group Senior Officials' Meeting': the group whose meeting it is
            mentions = [Mention(group, sub_span(body, 0, len(prefix.rstrip())))]
        elif prefixed and (not mentions or (owner and owner[-1].span.end <= prefixed[0].span.begin)):
            narrowed = prefixed[0].actor.key == "collective/business" and NARROWING_PREFIX.fullmatch(prefix)
            if CAPITALISED_PREFIX.fullmatch(prefix) or (not mentions and narrowed):
                mentions = [prefixed[0]]
                if owner and prefixed[0].actor.key == "collective/participants":  # 'SADC governments': its members
                    mentions = [Mention(self.gazetteer.actors["collective/members"], prefixed[0].span)]
        if mentions:
            end = max(m.span.end for m in mentions)
            longest = [m for m in mentions if m.span.end == end]
            # one actor named with or without its article: the name after it; two actors: the longer name
            same = len({m.actor.key for m in longest}) == 1
            first = max(longest, key=lambda m: m.span.begin) if same else min(longest, key=lambda m: m.span.begin)
            if first.actor.kind == "collective" and RESTRICTED.match(phrase.quote, first.span.end - phrase.begin):
                return None  # 'countries with large refugee populations' are not countries at large
            return [Addressee(first.actor, first.span)], first.span.end - phrase.begin
        if found := self._definite(rest):
            return found, found[0].mention.end - phrase.begin
        return None

    def _incoming_chairs(self) -> list[Actor]:
        """'the incoming Chair': who the text says will chair the process next ('welcomed Ecuador as the next Chair
        of the Forum', 'the offer of Greece to take over the Chair'), not a chair of this meeting."""
        now = {p.actor.key for p in self.co_chairs}
        chairs = [
            c.coordinator
            for c in self.coordinations
            if c.coordinated.kind == "process" and c.coordinator.key not in now and TO_COME.search(c.sentence.quote)
        ]
        return list({a.key: a for a in chairs}.values())

    def _process_chairs(self) -> list[Actor]:
        """When the text names no chair of its meeting: who it says chairs or co-chairs a process ('recommend
        that the Chair and Co-Chair consult …' of the Budapest Process, chaired by Turkey with Hungary)."""
        chairs = [c.coordinator for c in self.coordinations if c.coordinated.kind == "process"]
        return list({a.key: a for a in chairs}.values())

    def _observers(self, mention: Span, kind: str) -> list[Addressee]:
        """The observers of the statement's meeting, organisations or states only when the phrase says so."""
        wanted = {
            "organisations": {"organisation", "secretariat", "process"},
            "organizations": {"organisation", "secretariat", "process"},
            "states": {"state", "territory"},
            "countries": {"state", "territory"},
        }.get(kind)
        return [Addressee(p.actor, mention) for p in self.observers if wanted is None or p.actor.kind in wanted]

    def _anaphor(self, mention: Span, before: Span) -> list[Addressee]:
        """'both groups': the groups named last before it in its sentence."""
        if re.search(r"organi[sz]ations$", mention.quote):  # 'requested both organisations to continue …'
            named = [m.actor.key for m in scan_mentions(before, self.gazetteer, {"organisation"})]
            keys = list(dict.fromkeys(named))
            return [Addressee(self.gazetteer.actors[k], mention) for k in keys[-2:]] if len(keys) >= 2 else []
        groups = [m for m in scan_mentions(before, self.gazetteer, {"group"})]
        if "working" in mention.quote and len(working := [m for m in groups if "Working Group" in m.actor.label]) > 1:
            groups = working  # 'the two working groups': not the task force named after them
        if len(groups) < 2:
            family = [m for m in self._families_in(before)]
            members = list(dict.fromkeys(m.actor for m in family))
            if len(members) > 2 and ("two" in mention.quote or "both" in mention.quote):
                # 'the two working groups' of five: the two whose themes the text names ('the working group on
                # skills and qualification recognition'), else none rather than two at random
                named = themes_named(before.quote, members)
                family = [m for m in family if m.actor in named] if len(named) == 2 else []
            groups = family or groups
        keys = (
            list(dict.fromkeys(m.actor.key for m in groups))[-2:]
            if "two" in mention.quote or "both" in mention.quote
            else []
        )
        return [Addressee(self.gazetteer.actors[k], mention) for k in keys]

    def _text_before(self, before: Span) -> Span:
        """The document's text up to the end of `before` (for 'both groups' named in an earlier sentence)."""
        return Span(self.source, 0, before.end, self.text[: before.end])

    def _families_in(self, before: Span) -> list[Mention]:
        """The groups of a family named in plural ('the two Ad Hoc Experts' Groups')."""
        out = []
        for name in self.gazetteer.family_names.values():
            for match in re.finditer(re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]"), before.quote):
                mention = sub_span(before, match.start(), match.end())
                out += [Mention(a, mention) for a in self.gazetteer.family(name)]
        return out

    def _triad(self, mention: Span, words: str) -> list[Addressee]:
        """'countries of origin, transit and destination', 'source, transit and destination countries'."""
        roles = [TRIAD_ROLES[w.lower()] for w in re.findall(TRIAD_WORD, words, re.IGNORECASE)]
        out = []
        for role in dict.fromkeys(roles):
            actor = self.gazetteer.actors.get(iris.actor_key("collective", f"{role}-countries"))
            if actor is not None:
                out.append(Addressee(actor, mention))
        return out

    def _coordinators(self, phrase: Span, at: int) -> tuple[list[Addressee], int]:
        """'the coordinator of Ad Hoc Experts' Group II': who this document says coordinates that group."""
        rest = sub_span(phrase, at, len(phrase.quote))
        article = re.match(r"the\s+", rest.quote)  # 'the Co-Chairs of the Bali Process'
        start = rest.begin + (article.end() if article else 0)
        named = [m for m in scan_mentions(rest, self.gazetteer, {"group", "process"}) if m.span.begin == start]
        if not named:
            return [], 0
        group = max(named, key=lambda m: m.span.end)
        end = group.span.end - phrase.begin
        mention = sub_span(phrase, 0, end)
        found = [Addressee(c.coordinator, mention) for c in self.coordinations if c.coordinated.key == group.actor.key]
        return found, end

    def _bloc(self, body: Span) -> list[Addressee]:
        """A family of groups or a bloc of states named in plural, from the start of the phrase."""
        words = body.quote.split()
        for n in range(min(len(words), 6), 0, -1):
            candidate = " ".join(words[:n])
            members = self.gazetteer.members_named(candidate)
            if members:
                end = _end_of_words(body.quote, n)
                if all(a.kind == "group" for a in members):
                    members = self._members_meant(members, body)
                return [Addressee(a, sub_span(body, 0, end)) for a in members]
        return []

    def _members_meant(self, members: list[Actor], body: Span) -> list[Actor]:
        """The groups of a family a plural name means: those the text named before, by name or by theme ('the
        three Thematic Area Working Groups' after three were named), as many as a number says; else all of
        them, if as many."""
        before = Span(self.source, 0, body.begin, self.text[: body.begin])
        count = COUNT_BEFORE.search(before.quote)
        named_keys = {m.actor.key for m in scan_mentions(before, self.gazetteer, {"group"})}
        named = [a for a in members if a.key in named_keys]
        wanted = COUNT_WORDS[count["count"].casefold()] if count else None
        if len(named) < 2 or (wanted and len(named) != wanted):
            named = [a for a in members if a.key in named_keys or a in themes_named(before.quote, members)]
        if len(named) > 1 and wanted in (None, len(named)):
            return named
        return members if wanted in (None, len(members)) else []  # 'the two …' of five, which two not said

    def _definite(self, phrase: Span) -> list[Addressee]:
        """'the Forum', 'the Secretariat': the last actor named before whose name ends so (or begins so,
        'Technical Secretariat of …'), or that the text says serves as it."""
        match = DEFINITE.match(phrase.quote)
        if match is None:
            return []
        head = " ".join(match["head"].split()).casefold()
        mention = sub_span(phrase, 0, match.end())
        # the last of each kind of candidate, in this order: on a tie the first kind wins
        index = self.index
        if named := self._named_after(phrase, match.end()):
            return [Addressee(named, mention)]  # 'the Secretariat of the two processes, ICMPD,'
        after = PROVIDED_AFTER.match(self.text, phrase.begin + match.end())  # 'the Secretariat, provided by X,'
        candidates = [
            index.last_named(head, phrase.begin),
            index.last_provided(head, after.end() if after else phrase.begin),
            index.last_serving(head, phrase.begin),
        ]
        found = [c for c in candidates if c is not None]
        own = self._own_secretariat(head, phrase.begin)
        if own is not None:
            return [Addressee(own, mention)]  # the statement's own process's, named before: 'The PIDC Secretariat …'
        if (
            not found
            and head.endswith("secretariat")
            and not SECRETARIAT_DESCRIBED.search(self.text)  # 'the Commissions, which jointly run the Secretariat'
            and (process := self.most_named("process", phrase.begin))
        ):
            serving = self.gazetteer.process_secretariats.get(process.key)  # the Budapest Process's: ICMPD
            found = [(-1, self.gazetteer.actors[serving])] if serving else []
        found = found or [c for c in [index.first_unit(head, phrase.begin)] if c is not None]
        if not found:
            return []
        return [Addressee(max(found, key=lambda c: c[0])[1], mention)]

    def _own_secretariat(self, head: str, before: int) -> Actor | None:
        """The secretariat of the process the statement names most, when the text names it before `before` ('The
        PIDC Secretariat, based in Apia, organised the meeting' … 'asked the Secretariat to'), over another
        secretariat named in between ('the Pacific Islands Forum Secretariat')."""
        if head != "secretariat" or (process := self.most_named("process", before)) is None:
            return None
        serving = self.gazetteer.process_secretariats.get(process.key)
        if serving is None:
            return None
        written = [name for name, _ in self.gazetteer.names_of(serving)]
        text = self.text[:before].casefold()
        return self.gazetteer.actors[serving] if any(n.casefold() in text for n in written if len(n) > 4) else None

    def _named_after(self, phrase: Span, end: int) -> Actor | None:
        """An organisation named in apposition right after a definite name ('the Secretariat of the two
        processes, ICMPD, …')."""
        apposed = APPOSED.match(phrase.quote, end)
        if apposed is None:
            return None
        rest = sub_span(phrase, apposed.end(), len(phrase.quote))
        found = [m for m in scan_mentions(rest, self.gazetteer) if m.span.begin == rest.begin]
        organisations = [m for m in found if m.actor.kind in ("organisation", "secretariat")]
        if not organisations or not re.match(r"\s*(?:,|$)", self.text[organisations[0].span.end :]):
            return None
        return organisations[0].actor

    def _apposition(self, phrase: Span) -> list[Addressee]:
        """'the partner countries of the Silk Routes region, Afghanistan, Iraq and Pakistan': an unnamed head
        and the list that spells it out."""
        comma = APPOSITION.search(phrase.quote)
        if comma is None:
            return []
        rest = sub_span(phrase, comma.end(), len(phrase.quote))
        listed = self.read(rest) if DETERMINER.match(phrase.quote) else []
        covered = listed[-1].mention.end - rest.begin if listed else 0
        return listed if len(listed) > 1 and not rest.quote[covered:].strip(" ,.;-–—)") else []


def _trimmed(phrase: Span) -> Span:
    """The phrase without surrounding blanks and punctuation, cut before a relative clause or an 'as …'."""
    if cut := RELATIVE.search(phrase.quote):
        phrase = sub_span(phrase, 0, cut.start())
    text = phrase.quote
    begin = len(text) - len(text.lstrip(" \t\r\n,;:"))
    end = len(text.rstrip(" \t\r\n,;:."))
    return sub_span(phrase, begin, max(begin, end))


def _end_of_words(text: str, n: int) -> int:
    """Where the n-th word of a text ends."""
    return [m.end() for m in re.finditer(r"\S+", text)][n - 1]


SUBJECT_HEADS = frozenset({"forum", "conference", "dialogue", "process", "group"})


class NamedBefore:
    """What 'the Forum' may stand for at an offset, from one pass over the document: the last actor named
    before it whose name ends so, the last '… Secretariat, provided by X' or 'X, which serves as the …' before
    it, or an actor whose parent is named before it ('Technical Secretariat of …'); each a bisect."""

    def __init__(self, gazetteer: Gazetteer, text: str, named: list[Mention]):
        self.gazetteer = gazetteer
        self.named = named  # in text order, none overlapping: begins and ends both ascend
        self.begins = [m.span.begin for m in named]
        self.ends = [m.span.end for m in named]
        self.by_key: dict[str, list[int]] = {}
        for position, mention in enumerate(named):
            self.by_key.setdefault(mention.actor.key, []).append(position)
        self.provided = MatchesBefore(PROVIDED_BY, text)
        self.serving = MatchesBefore(SERVES_AS, text)
        self.heads: dict[tuple[str, str], list] = {}

    def _cached(self, what: str, head: str, compute) -> list:
        """One list per kind of lookup and head, computed once."""
        key = (what, head)
        if key not in self.heads:
            self.heads[key] = compute()
        return self.heads[key]

    def last_named(self, head: str, before: int) -> tuple[int, Actor] | None:
        """The last mention before `before` of an actor one of whose names is the head or ends or begins with
        it, or has it before its subject ('Global Forum on Migration …' for 'the Forum'), as (begin, actor)."""

        def keys() -> list[tuple[str, Actor]]:
            out = []
            for key, positions in self.by_key.items():
                actor = self.named[positions[0]].actor
                names = [n.casefold() for n in self.gazetteer.written.get(key, [actor.label])]
                parent = self.gazetteer.actors.get(actor.parent)
                tails = [n.casefold() for n in self.gazetteer.written.get(actor.parent, [])] if parent else []
                if any(_ends_with_parent(n, t) and _names_head(t, head) for n in names for t in tails):
                    out.append((key, parent))  # 'the Process' after the Steering Committee of the Khartoum Process
                elif any(_names_head(n, head) for n in names):
                    out.append((key, actor))
            return out

        best = None
        for key, meant in self._cached("named", head, keys):
            positions = self.by_key[key]
            count = bisect_left(positions, bisect_left(self.begins, before))
            if count and (best is None or positions[count - 1] > best[0]):
                best = (positions[count - 1], meant)
        return None if best is None else (self.begins[best[0]], best[1])

    def _of_kind_before(self, kind: str, before: int) -> list[int]:
        """The positions of the mentions of a kind that begin before an offset, in order."""
        found = self._cached("kind", kind, lambda: [i for i, m in enumerate(self.named) if m.actor.kind == kind])
        return found[: bisect_left(found, bisect_left(self.begins, before))]

    def last_of_kind(self, kind: str, before: int) -> Actor | None:
        """The actor of a kind named last before an offset."""
        found = self._of_kind_before(kind, before)
        return self.named[found[-1]].actor if found else None

    def most_of_kind(self, kind: str, before: int) -> Actor | None:
        """The actor of a kind named most often before an offset (of those named as often, the last)."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for position in self._of_kind_before(kind, before):
            key = self.named[position].actor.key
            counts[key] = counts.get(key, 0) + 1
            last[key] = position
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], last[k]))
        return self.named[last[best]].actor

    def last_provided(self, head: str, before: int) -> tuple[int, Actor] | None:
        """The last '… Secretariat …, provided by X' before `before` whose head ends with the head and after
        which an actor is named, as (its start, the first actor named after it)."""
        last_begin = self.begins[-1] if self.begins else -1
        match = next(
            (m for m in reversed(self.provided.tail(before)) if _head_fits(m, head) and m.end() <= last_begin), None
        )
        if match is None:
            fits = self._fitting("provided", self.provided, head)
            limit = min(self.provided.count(before), bisect_right(self.provided.ends, last_begin))
            count = bisect_left(fits, limit)
            match = self.provided.matches[fits[count - 1]] if count else None
        if match is None:
            return None
        provider = self.named[bisect_left(self.begins, match.end())]
        if not re.fullmatch(r"(?:the\s+)?", self.provided.text[match.end() : provider.span.begin], re.IGNORECASE):
            return None  # 'run by the two Commissions with ICMPD's support': the provider is not named there
        return match.start(), provider.actor

    def last_serving(self, head: str, before: int) -> tuple[int, Actor] | None:
        """The last 'which serves as the …' before `before` whose head ends with the head and before which an
        actor is named, as (its start, the last actor named before it)."""
        match = next((m for m in reversed(self.serving.tail(before)) if _head_fits(m, head)), None)
        if match is None:
            fits = self._fitting("serving", self.serving, head)
            count = bisect_left(fits, self.serving.count(before))
            match = self.serving.matches[fits[count - 1]] if count else None
        if match is None:
            return None
        earlier = bisect_right(self.ends, match.start())
        return (match.start(), self.named[earlier - 1].actor) if earlier else None

    def first_unit(self, head: str, before: int) -> tuple[int, Actor] | None:
        """The first actor of the gazetteer with a parent named before `before` and a name that begins with
        the head and 'of' ('Technical Secretariat of …'), as (-1, actor)."""

        def units() -> list[Actor]:
            out = []
            for actor in self.gazetteer.actors.values():
                names = [n.casefold() for n in self.gazetteer.written.get(actor.key, [actor.label])]
                if actor.parent and any(n.startswith(head + " of ") for n in names):
                    out.append(actor)
            return out

        for actor in self._cached("unit", head, units):
            positions = self.by_key.get(actor.parent)
            if positions and self.begins[positions[0]] < before:
                return -1, actor
        return None

    def _fitting(self, what: str, matches: MatchesBefore, head: str) -> list[int]:
        """Which of the whole text's matches have a head that ends with the head."""
        return self._cached(what, head, lambda: [i for i, m in enumerate(matches.matches) if _head_fits(m, head)])


def _names_head(name: str, head: str) -> bool:
    """Whether a name (case folded) may be called 'the <head>': it is the head, ends or begins with it, or
    is a forum, conference, dialogue, process or group on a subject ('Global Forum on Migration …')."""
    if name == head or name.endswith(" " + head) or name.startswith(head + " "):
        return True
    return head in SUBJECT_HEADS and f" {head} on " in name


def _ends_with_parent(name: str, parent: str) -> bool:
    """Whether a name ends with its parent's ('steering committee of the khartoum process')."""
    return name.endswith(" " + parent) and re.search(r"\s(?:of|for)\s+(?:the\s+)?$", name[: -len(parent)]) is not None


def _head_fits(match: re.Match, head: str) -> bool:
    """Whether a match's head, its white space squashed and case folded, ends with the head."""
    return " ".join(match["head"].split()).casefold().endswith(head)
