"""Who speaks in a statement: who 'We' are ('We, the Ministers …', 'Statement by the Foreign Ministers of
Indonesia and Australia', 'The Vice-Ministers … of the Member Countries'), and who 'the Meeting' is."""

import re
from dataclasses import dataclass

from balikg.core import iris
from ingest.mentions import scan_mentions
from ingest.parties import Parties
from ingest.records import Actor, Addressee, Span, Structure
from ingest.text import sub_span

MIXED_COMPANY = re.compile(  # more than one kind of participant after the first: ', senior officials and business …'
    r",?\s+(?:and\s+)?(?:senior\s+)?(?:officials|ministers|business\s+leaders|representatives|heads\s+of|experts|"
    r"delegates)\b",
    re.IGNORECASE,
)
WE_THE = re.compile(r"\b(?:We|WE),\s+(?P<np>the\s+[^,;:]{3,160}?)\s*(?:,|:\s*$)", re.MULTILINE)
BY_THE = re.compile(
    r"\b(?:Statement|Declaration|Communiqu[eé]|Remarks|Message|Letter)\s+(?:by|of|from)\s+the\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Ministers|Co-?Chairs|Leaders|Heads\s+of\s+(?:State|Government|Delegation))\s+"
    r"(?:of|from)\s+(?P<list>[^,;:\n]+?)(?=\s+on\b|\s+at\b|\s+in\b|[,;:\n]|$)"
)
# the ministers who speak, named by their offices: 'Joint Statement of the Minister of Labour of the United Arab
# Emirates and the Secretary of Labor … of the Philippines'; 'We, the Minister of Foreign Affairs … of the
# Republic of Equatorial Guinea, …, and the Secretary of State … of the Kingdom of Spain, … issue'
OFFICES_IN_TITLE = re.compile(
    r"\b(?:Statement|Declaration|Communiqu[eé])\s+(?:by|of|from)\s+the\s+(?P<list>.+?)(?=\s+on\s|\s+at\s|$)",
    re.IGNORECASE | re.DOTALL,
)
WE_OFFICE_HOLDERS = re.compile(
    r"\b(?:[Ww]e|WE),\s+(?P<list>[^.;]{5,400}?),?\s+(?:met|meet|issue|issued|have|hereby|jointly|co-?chaired|chaired|"
    r"declare|gathered|convened|agree|agreed|reaffirm|make|adopt|adopted)\b"
)
SINGLE_OFFICE = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Director[\s-]General|Commissioner|Envoy|President|Chancellor)\b", re.IGNORECASE
)
PLURAL_OFFICES = re.compile(r"\b(?:Ministers|Secretaries|Heads|Representatives|Leaders|Delegations)\b", re.IGNORECASE)
OPENING_SUBJECT = re.compile(r"^The\s+(?P<np>(?:Vice-)?Ministers|Senior\s+Officials|Officials|Participants|Leaders)\b")
MEETING_ISSUER = (
    (re.compile(r"\bVice[-\s]?Minist", re.IGNORECASE), iris.actor_key("collective", "vice-ministers")),
    (re.compile(r"\bMinist(?:erial|ers)\b", re.IGNORECASE), iris.actor_key("collective", "ministers")),
    (re.compile(r"\b(?:Senior\s+Officials|SOM)\b", re.IGNORECASE), iris.actor_key("collective", "officials")),
)
SELF = re.compile(
    r"^(?:the\s+)?(?:meeting|conference|workshop|session|retreat|consultation|dialogue|symposium)\b", re.IGNORECASE
)
# a body whose meeting the statement reports, when the gazetteer does not name it: 'The Working Group:' over
# '* agreed to …' in a page on a meeting of the Working Group on the Silk Routes Region
BODY_SELF = re.compile(r"^(?:the\s+)?(?:working\s+group|task\s+force|forum|group)$", re.IGNORECASE)
# the meeting's members by the posts they hold, when the gazetteer knows no such collective: 'Over three days the
# Heads of Immigration:', 'The Directors-General agreed …'
MEMBERS_BY_POST = re.compile(
    r"^(?:the\s+)?(?:(?:participating|attending)\s+)?(?:heads|chiefs|directors[\s-]+general|commissioners)"
    r"(?:\s+of\s+(?!state\b)[a-z][\w\s-]{1,40})?$",
    re.IGNORECASE,
)


TRAILING_ADVERB = re.compile(r"(?:\s+(?:therefore|also|further|hereby|jointly|thus|accordingly|now|again))+$")


@dataclass(frozen=True)
class Issuers:
    """Who 'We' are in a statement, and who its meeting is when it 'agreed' (its issuing collective)."""

    we: tuple[Actor, ...]
    meeting: tuple[Actor, ...]
    label: str = ""  # the meeting's own name ('… 7th Regional Migration Coordination Committee (RMCC)')

    def of_subject(self, subject: Span, parties: Parties) -> list[Addressee] | None:
        """The actors a commitment's subject names, or None when it names none the ingestion knows."""
        words = TRAILING_ADVERB.sub("", subject.quote.strip())  # 'We therefore commit to:'
        if re.fullmatch(r"[Ww]e|WE", words):
            return [Addressee(a, subject) for a in self.we]
        if SELF.match(words) and len(words.split()) <= 4:
            return [Addressee(a, subject) for a in self.meeting]
        found = parties.read(subject)
        if not found and (everyone := KINDS_OF_PARTICIPANTS.fullmatch(words)):
            found = parties.read(sub_span(subject, everyone.start("head"), everyone.end("head")))
        if not found and (BODY_SELF.match(words) or MEMBERS_BY_POST.match(words) or self._names_the_meeting(words)):
            return [Addressee(a, subject) for a in self.meeting]
        return found or None

    def _names_the_meeting(self, words: str) -> bool:
        """Whether a subject the gazetteer does not know is the meeting's own body by its name or acronym
        ('the RMCC:' in a release on the 7th Regional Migration Coordination Committee (RMCC))."""
        name = re.sub(r"^the\s+", "", words, flags=re.IGNORECASE)
        return (
            bool(self.label)
            and bool(re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}", name))
            and bool(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.label))
        )


# the participants by their kinds: 'government and business participants', 'all participating delegations'
KINDS_OF_PARTICIPANTS = re.compile(
    r"(?:(?:the|all)\s+)*(?:[a-z][\w-]*\s+(?:and\s+[a-z][\w-]*\s+)?)?(?P<head>participants|delegations)"
)


def read_issuers(structure: Structure, text: str, parties: Parties, event_label: str) -> Issuers:
    """Who speaks: 'We, the …' in the text, else the offices a title names, else the opening sentence's
    subject, else the collective the meeting's kind implies (ministers for a ministerial meeting)."""
    meeting = _meeting_issuer(structure, event_label, parties)
    document = Span(structure.title.source, 0, len(text), text)
    if holders := _office_holders(structure, document, parties):
        return Issuers(holders, meeting, event_label)
    for match in WE_THE.finditer(text):
        np = sub_span(document, match.start("np"), match.end("np"))
        head = re.match(r"the\s+(?P<head>(?:Vice-)?Ministers|(?:Senior\s+)?Officials|Leaders|Participants)\b", np.quote)
        if MIXED_COMPANY.match(text, match.end("np")) and re.fullmatch(r"(?i:the\s+(?:vice-)?ministers)", np.quote):
            head = None  # 'We, the ministers, senior officials and business leaders taking part in …': participants
            np = sub_span(np, 0, 0)
        found = parties.read(sub_span(np, head.start("head"), head.end("head")) if head else np)
        if not found and not np.quote and (everyone := parties.gazetteer.actors.get("collective/participants")):
            return Issuers((everyone,), meeting, event_label)
        if found:
            return Issuers(tuple(a.actor for a in found), meeting, event_label)
    for line in [structure.title, *structure.datelines, *[p.span for p in structure.paragraphs[:1]]]:
        if match := BY_THE.search(line.quote):
            found = parties.read(sub_span(line, match.start("list"), match.end("list")))
            if found and all(a.actor.kind in ("state", "territory") for a in found):
                return Issuers(tuple(a.actor for a in found), meeting, event_label)
    for paragraph in structure.paragraphs[:2]:
        if match := OPENING_SUBJECT.match(paragraph.span.quote):
            found = parties.read(sub_span(paragraph.span, match.start(), match.end()))
            if found:
                return Issuers((found[0].actor,), meeting, event_label)
    return Issuers(meeting, meeting, event_label)


def _office_holders(structure: Structure, document: Span, parties: Parties) -> tuple[Actor, ...]:
    """The states (one to three) whose office holders, each named singly, issue the statement: from its title
    or its 'We, the Minister of …'."""
    # from the top: 'JOINT STATEMENT' over 'OF THE MINISTER …'; 'Opening statement by the Minister …' over the title
    heading = sub_span(document, 0, structure.title.end)
    found = [sub_span(heading, m.start("list"), m.end("list")) for m in OFFICES_IN_TITLE.finditer(heading.quote)]
    found += [sub_span(document, m.start("list"), m.end("list")) for m in WE_OFFICE_HOLDERS.finditer(document.quote)]
    for holders in found:
        if not SINGLE_OFFICE.search(holders.quote) or PLURAL_OFFICES.search(holders.quote):
            continue  # 'We, the Ministers of …' speak as the ministers, not as their states
        states = scan_mentions(holders, parties.gazetteer, {"state", "territory"})
        if 0 < len({m.actor.key for m in states}) <= 3:
            return tuple(dict.fromkeys(m.actor for m in states))
    return ()


def _meeting_issuer(structure: Structure, event_label: str, parties: Parties) -> tuple[Actor, ...]:
    """The collective a meeting of this kind speaks as: its ministers, its officials, or its participants."""
    heading = " ".join([structure.title.quote, event_label])
    for pattern, key in MEETING_ISSUER:
        if pattern.search(heading) and key in parties.gazetteer.actors:
            return (parties.gazetteer.actors[key],)
    participants = parties.gazetteer.actors.get(iris.actor_key("collective", "participants"))
    return (participants,) if participants else ()
