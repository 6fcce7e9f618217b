"""Commitments in running text: 'Ministers urged regional states to …', 'We agree to …', 'The Meeting agreed
that the Task Force would …', 'The RSO was tasked to …', and the bullets of a verbless lead-in ('Ministers:
– agreed to …').

A clause commits when its subject is someone the ingestion knows (a collective such as Ministers or
Officials, 'We', the meeting itself, or named actors) and its verb is one of commitment (lexicon.MODAL_VERBS),
as the main verb or joined to it ('welcomed … and requested the Forum to …'). What was reported ('had
asked'), what is only found to be so ('agreed that … is') and what is wished without an addressee are not
commitments. Who bears it: the object of an asking verb ('urged members to'), the subject of the clause an
agreeing or recommending verb governs ('agreed that the Co-Chairs would'), the agent of a passive, or else
the issuer itself.
"""

import re
from dataclasses import dataclass, replace

from ingest.gazetteer import Gazetteer
from ingest.issuers import Issuers
from ingest.lexicon import (
    AUXILIARY_CUES,
    BENEFICIARY_CUES,
    CONDITIONS,
    COORDINATING_END,
    LAST_COMMA,
    LAST_MODAL,
    MODAL_LEAD_IN,
    MODAL_VERBS,
    TIME_FRAMES,
    TO_RECOMMEND,
    enumerates,
    modality_of,
    topics_of,
)
from ingest.parties import Parties
from ingest.records import Actor, Addressee, Commitment, IngestWarning, Item, Paragraph, Span
from ingest.text import WIRE_DATELINE, sentences, sub_span

# a determiner or an adjective right before a verb's form makes it a noun: 'provides technical support to MIDSA',
# 'at the request of Thailand'
NOUN_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|their|our|his|her|this|that|such|technical|financial|logistical|administrative|continued|"
    r"strong|full|generous|provides?|provided|providing|gives?|gave|given|offers?|offered)\s+$"
)
VERB = re.compile(r"(?:" + "|".join(f"(?P<{n.replace('-', '_')}>{v})" for n, v in MODAL_VERBS.items()) + r")\b")
COMMITMENT_PHRASE = re.compile(
    r"(?:expressed|reaffirmed|reiterated|renewed)\s+(?:their|its|our)\s+(?:\w+\s+){0,2}commitment\s+to\b|"
    r"(?:are|were|remain(?:ed)?|stand|stood)\s+(?:\w+ly\s+)?committed\s+to\b|"  # 'we are firmly committed to'
    r"commit(?:ted)?\s+themselves\s+to\b"  # 'the Member States commit themselves to …'
)
ADVERBS = re.compile(
    r"(?:(?:also|further|firmly|strongly|jointly|unanimously|therefore|again|collectively|warmly|hereby|likewise|"
    r"have|has|all|both|each|today|yesterday)\s+)*"
)
SUBJECT_OF_PAST = re.compile(  # 'The senior officials welcomed …': the words before a lead-in's verb
    r"\s*(?:[^,:]{1,120},\s+)?(?P<np>(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:also\s+|further\s+)?[a-z]+ed\b"
)
LEAD_IN_ADVERB = re.compile(r"(?<=\S)(?:\s+(?:also|further|additionally|moreover|jointly|then|likewise))+$")
PARTICIPLE_TAIL = re.compile(  # a participle phrase after the subject of a lead-in
    r",\s+(?:having|after|considering|recalling|noting|taking|bearing|recogni[sz]ing|acknowledging|mindful|"
    r"convinced|aware|guided|inspired|determined)\b[^:]*:\s*$"
)
AMONG_OTHERS = re.compile(r",?\s+(?:among\s+others|inter\s+alia)\s*:\s*$")  # 'the Member States, among others:'
APPOSITIVE = re.compile(r",\s+[^,;]{2,200}?,\s+")
COMPLEMENT = re.compile(
    r"\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w'’&+-]*(?:\s+(?:[A-Z][\w'’&+-]*|of|and|the|on|for|in|to|\([A-Z]+\)))*"
)
PARENTHESES = re.compile(r"\s*\([^()]*\)")
WORD = re.compile(r"[A-Za-z][\w'’-]*")
IRREGULAR_PAST = {
    "took", "held", "met", "gave", "made", "saw", "set", "began", "heard", "sought", "brought", "undertook",
    "led", "kept", "found", "spoke", "became", "lent", "drew", "understood", "reaffirmed", "put",
}  # fmt: skip
NOT_VERBS = {"had", "to", "be", "been", "would", "will", "should", "could", "may", "might", "of", "and", "the", "that"}
COORDINATED = re.compile(  # '… and recommended', '… and they urged', a series: '… agreed to …, tasked X to …, and …'
    r"(?:,\s*|\s+|(?<=[a-z]))(?i:and)\s+(?:(?P<subject>we|WE|they|I|Ministers|Officials|Members|Participants)\s+)?|"
    r",\s+(?=[a-z]+ed\b)"
)
# a relative clause on a subject of its own, still open before a verb ('…, which adopted the Declaration and decided')
RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b[^,;()]*$")
SERIES_END = re.compile(r",\s+and\s+[a-z]+ed\b")
ISSUER_JOINED = re.compile(
    r",\s+and\s+(?=(?:the\s+)?(?i:participants|ministers|officials|members|delegates)\s+[a-z]+ed\b)"
)
PASSIVE = re.compile(
    r"(?P<np>.{2,160}?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+|further\s+)?"
    r"(?P<verb>tasked|asked|requested|invited|mandated|instructed|encouraged|urged|called\s+(?:up)?on)\s+"
    r"(?:to\s+[a-z]|with\b)"
)
RELATIVE_END = re.compile(r"\b(?:whose|which|who|whom)\b[^,]*$")  # a passive inside a relative clause
PASSIVE_JOINT = re.compile(r",?\s+(?:and|while)\s+(?=[A-Z])|;\s+(?:and\s+)?(?=[A-Z])")
AGREED_BY = re.compile(r"^As\s+(?:was\s+)?(?:agreed|decided)\s+by\s+(?P<np>[^,;]{2,120}),")
IMPERSONAL = re.compile(
    r"^It\s+(?:was|is|has\s+been)\s+(?:also\s+|further\s+)?(?=(?:agreed|decided|resolved|recommended)\b)"
)
MODAL = re.compile(r"\b(?:would|should|will|shall|must|is\s+to|are\s+to)\b")
# a mandative subjunctive: 'agreed that a workshop on biometrics be held in 2012-13'
SUBJUNCTIVE = re.compile(
    r"(?<!\bcould)(?<!\bmight)(?<!\bmay)(?<!\bcan)(?<!\bto)(?<!\bnot)(?<!\bcannot)\s+be\s+"
    r"(?:[a-z]+(?:ed|en)|held|set|made|drawn|built|undertaken)\b"
)
PASSIVE_AGENT = re.compile(r"\bbe\s+(?:\w+\s+)?\w+(?:ed|en|ne)(?:\s+(?:out|up|over|forward))?\s+by\s+")
THAT_CLAUSES = re.compile(r",?\s+and\s+that\s+|,\s+that\s+|;\s+(?:and\s+)?that\s+")
OBJECT_END = re.compile(r"\s+to\s+(?=[a-z])|\s+with\s+(?=[a-z])")
PRONOUN = re.compile(
    r"(?P<pronoun>We|we|WE|They|they|It|I|(?:The|the)\s+(?:[Mm]eeting|Conference|[Ww]orkshop|[Ss]ession|Retreat|SOM|"
    r"Consultation))\b(?!,)"
)
GENERIC_SUBJECT = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)?[\w'’-]+){0,4}")
# up to three opening phrases, each with a word in lower case ('In it, and in the discussion that preceded it,
# Ministers:'); a name before a comma is part of the subject ('Australia, Indonesia and Thailand:')
LEAD_IN = re.compile(r"^\s*(?:(?=[^,:]*\b[a-z])[^,:]{1,120},\s+){0,3}(?P<subject>(?:\S+\s+){0,9}\S+?)\s*:?\s*$")
# after a long opening phrase with commas of its own, the subject after the last one: 'Building on the thematic
# meeting held in Nairobi, Kenya, in September 2019 and on the last Steering Committee meeting (Brussels, 17 June
# 2019), senior officials:'
LAST_PHRASE = re.compile(r",\s+(?P<subject>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*:\s*$")
# a lead-in reported by someone else: '… a spokesman of the Ministry told SUNA that the participants:'
REPORTED_LEAD_IN = re.compile(
    r"\b(?:told|said|reported|reports|announced|stated|states|says|explained|confirmed|records|recorded|shows|showed)\b"
    r"[^:;.]{0,80}?\bthat\s+"
    r"(?P<subject>(?:\S+\s+){0,5}\S+?)\s*:\s*$"
)
AGREED_TO_ASK = re.compile(r"to\s+(?:authori[sz]e|mandate|task|ask|request|invite|instruct|empower)\s+")
AUXILIARY_WORDS = re.compile(r"\b(?:had|has|have|would|will|should|could|may|might|was|were|is|are|been|be|did|does)\b")
RECIPROCAL = re.compile(r"^\s*(?:one\s+another|each\s+other)\b")
IN_WHICH = re.compile(r"(?:in|by|through|with)\s+which\s+(?P<pronoun>they|we)", re.IGNORECASE)
WE_OPENS = re.compile(r"^\s*(?:We|WE)\b")
UPPER_WORDS = re.compile(r"[A-Z]{2,}(?:\s+[A-Z]{2,})?(?![\w'’-])")  # 'DECIDE', 'CALL ON', 'HAVING EXAMINED'
AS_CO_CHAIRS = re.compile(r"\b[Aa]s\s+(?P<office>(?:the\s+)?(?:two\s+)?Co-?Chairs)(?:\s+of\s+[^,;]{1,80})?,\s*$")
PARTITIVE = re.compile(r"(?:[Ss]everal|[Ss]ome|[Mm]any|[Cc]ertain|[Aa]\s+(?:few|number\s+of))\s+(?=[a-zA-Z])")
NOT_ISSUING = re.compile(  # those who speak at or about the meeting, not the meeting: 'Panellists urged …'
    r"\b(?:[Pp]anell?ists|[Ss]peakers|[Pp]resenters|[Mm]oderators|[Rr]esearchers|[Kk]eynote|[Aa]nalysts|[Cc]ritics|"
    r"[Aa]ctivists|[Jj]ournalists|[Rr]eporters|[Cc]ommentators|(?:[Rr]ights|[Aa]id|[Hh]umanitarian|[Aa]dvocacy)\s+groups|"
    r"(?:[Tt]he\s+)?(?:UN\s+|three\s+)?agencies)\b"
)
SURNAME = re.compile(r"[A-Z][a-z]+(?<!s)")  # 'Smith urged regional countries …': a person's words, reported
FUTURE_AUXILIARY = re.compile(r"(?:will|shall)\s+(?:also\s+)?(?=[a-z])")  # before the verb it plans
PLANNED = re.compile(r"\b(?:will|shall)\s+(?:also\s+)?$")  # the same, read back from the verb
HEREBY = re.compile(  # 'DO HEREBY:', 'DO HEREBY DECLARE THAT WE:'
    r"(?i:(?:do\s+)?hereby(?:\s+(?:declare|agree|resolve|decide)(?:\s+(?:that|as\s+follows))?)?(?:\s+we)?)\s*:"
)  # the operative lead-in of a declaration whose preamble says 'We'
OPENING_PHRASE = re.compile(  # 'In it the ministers commit to …'; a declaration's 'That they agree to …'
    r"(?:In|Under|Through|By|With)\s+(?:it|this|them|these|which)\s+(?=(?:the\s+)?[A-Za-z])|That\s+(?=(?:they|we)\b)|"
    # 'In the declaration adopted this afternoon the ministers undertake to …'
    r"(?:In|Under)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,4}?(?i:declaration|statement|communiqu[eé]|conclusions)"
    r"(?:\s+(?:adopted|issued|agreed)(?:\s+[\w-]+){0,3}?)?\s+(?=the\s+(?:ministers|participants|officials|members)\b)"
)
CLAUSE_END = re.compile(  # '…; ', ': agreed …', ', and the meeting requested …' (a clause with its own subject)
    r";\s+|:\s+(?=[a-z])|,\s+and\s+(?=(?:the\s+)?(?i:meeting|participants|members|ministers|(?:senior\s+)?officials|"
    r"delegates|co-?chairs|conference|workshop)\s+(?:also\s+|further\s+)?[a-z]+ed\b)"
)
ASKING = {"urge", "call-on", "encourage", "request"}


@dataclass(frozen=True)
class _Found:
    """A commitment read in a clause: its verb, its issuer and where its words run."""

    modality: str
    verb: Span
    issuer: list[Addressee]
    begin: int
    end: int
    passive: bool = False  # 'The RSO was tasked to …', 'As agreed by all participants': the issuer bears it


def read_commitments(
    paragraphs: tuple[Paragraph, ...], items: tuple[Item, ...], parties: Parties, issuers: Issuers
) -> tuple[list[Commitment], list[IngestWarning]]:
    """Every commitment of the paragraphs and of the items no modal lead-in governs: coded by paragraph or
    item label ('25', 'c'), with '.1', '.2' when one holds several; a warning for each verb of commitment
    whose addressees name no actor the gazetteer knows ('urged donor States and dialogue partners to …')."""
    out: list[Commitment] = []
    unread: list[IngestWarning] = []
    lead: tuple[list[Addressee], Span] | None = None  # a verbless lead-in over the paragraphs that follow
    modal_lead: tuple[list[Addressee], str, Span] | None = None  # 'The Member Countries … agree:' over 'To …'
    for paragraph in paragraphs:
        if modal_lead is not None and (infinitive := INFINITIVE.match(paragraph.span.quote)):
            out += _infinitive_commitments(paragraph, infinitive, modal_lead, parties, unread)
            continue
        implicit, lead_in = lead if lead is not None and opens_with_a_verb(paragraph.span) else (None, None)
        out += _commitments_of(
            paragraph.span, paragraph.label, paragraph.label, implicit, parties, issuers, lead_in, unread
        )
        last = sentences(paragraph.span)[-1] if sentences(paragraph.span) else None
        modal_lead = None
        if (
            last is not None
            and last.quote.rstrip().endswith((",", ";"))
            and issuers.we
            and WE_OPENS.search(paragraph.span.quote)
        ):
            # 'WE, the Ministers … of AUSTRIA, …,' over '1. DECIDE to adopt …': the preamble's subject runs on (past
            # recitals ending in ';': 'Noting …;', 'Recalling …;')
            lead = ([Addressee(a, last) for a in issuers.we], last)
        elif last is not None and last.quote.rstrip().endswith(":"):
            subject = lead_in_subject(last, parties, issuers)
            if subject or implicit is None:  # 'III. UNDERTAKE, …, to:' under the preamble's 'We': its subject goes on
                lead = (subject, last) if subject else None
            modal_lead = _modal_lead(last, parties, issuers)
    said_by: dict[str, list[Addressee]] = {}  # the last subject an item of each paragraph named
    for item in items:
        if item.lead_in is not None and modality_of(item.lead_in.quote) is not None and not own_verb(item):
            continue  # read as an obligation of its lead-in
        implicit = lead_in_subject(item.lead_in, parties, issuers) if item.lead_in is not None else None
        first = next(iter(sentences(item.span)), None)
        if first is not None and THEY_OPENS.match(first.quote) and said_by.get(item.paragraph):
            implicit = said_by[item.paragraph]  # '- Participants agreed …;' then '- they recommended …'
        elif first is not None and (head := _subject_and_verb(first, implicit, parties, issuers, True)) and head[0]:
            said_by[item.paragraph] = head[0]
        lead_in = item.lead_in if implicit else None
        out += _commitments_of(item.span, item.label, item.paragraph, implicit, parties, issuers, lead_in, unread)
    return out, unread


OFFER_OF = re.compile(
    r"(?:the\s+)?(?:(?:continued|ongoing|generous|kind)\s+)?(?:offer|proposal|initiative|bid|candidature|"
    r"candidacy|plan|work|leadership|engagement|involvement)s?\s+"
    r"(?:made\s+|put\s+forward\s+|presented\s+)?(?:of|by|from)\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# the one supported in what it does: 'supported Fiji in preparing a workshop', 'Support the Co-Chairs in developing
# a mechanism', "supported the RSO's proposal to expand its training"
SUPPORTED_DOER = re.compile(
    r"(?P<np>(?:the\s+)?[A-Z][^,;()]{0,80}?)(?=\s+in\s+(?:its|their|[a-z]+ing)\b|['’]s\s+(?:proposal|plan|offer|work|"
    r"initiative|bid)\b)"
)
TO_A_MEETING = re.compile(  # an invitation to a meeting, not to act: 'invited the Member States … to the 2nd SOM'
    r"(?:the|a|an|this|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?i:meeting|conference|consultation|"
    r"session|workshop|summit|forum|seminar|dialogue|SOM|retreat)s?\b(?!\s+(?:on|to)\s+(?:develop|discuss))"
)
NAMED_AMONG = re.compile(r",?\s+(?:including|in\s+particular|notably|such\s+as|namely)\s+")
POSTMODIFIERS = {"in", "on", "for", "from", "of", "at", "with", "responsible", "who", "which"}  # not verbs
SERVICE_OBJECT = re.compile(
    r"\s*(?:the\s+)?(?:meeting|conference|event|organi[sz]ation(?!\s+of\b)|preparations?|proceedings|"
    r"Process\s+since)\b"
)
THEM_TO = re.compile(r"\s*(?:them|it)\s+to\s")  # the addressees of the asking verb before, again
THEY_OPENS = re.compile(r"\W*they\b")  # an item that goes on from the one before: '- they asked ICMPD to …'
EXPRESSIVE = re.compile(  # 'To thank the Government of Bolivia …': a courtesy, not a commitment
    r"thank|express|congratulate|welcome|acknowledge|recogni[sz]e|note|commend|appreciate|highlight|underline|accept|"
    r"stress|emphasi[sz]e|reiterate|reaffirm|recall"
)
BARE_VERB_LEAD = re.compile(r"\W*(?:(?:DO\s+)?HEREBY\s+)?(?P<verb>[A-Za-z]+(?:\s+(?:UP)?ON)?)\s*:\s*")
SPEAKERS_LEAD = re.compile(r"(?i:(?:they|we)(?:\s+(?:have|hereby))*|have|has|hereby|do\s+hereby)?")
KEPT_MARKER = re.compile(r"(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|[a-z]\.(?=\s+[A-Z]))\s+(?=[A-Z])")
DECLARING = re.compile(r"(?i:declare|proclaim)")
JOINED_INFINITIVE = re.compile(r"(?:,\s*|\s+)and\s+to\s+(?P<verb>[a-z][\w-]*)\b")
INFINITIVE = re.compile(r"\s*To\s+(?:(?:also|further|jointly)\s+)?(?P<verb>[a-z][\w-]*(?:\s+(?:on|upon))?)\b")


def _modal_lead(lead: Span, parties: Parties, issuers: Issuers) -> tuple[list[Addressee], str, Span] | None:
    """Who commits and how, in a lead-in over paragraphs that open with an infinitive ('THE MEMBER COUNTRIES
    … AGREE:', 'We decide:' before '1. To guarantee …')."""
    found = modality_of(lead.quote)
    if found is None and (bare := BARE_VERB_LEAD.fullmatch(lead.quote)) and (said := _notation_or_none(bare["verb"])):
        found = (said, "")  # 'RESOLVE:' under the preamble: the speakers resolve
    if found is None and (bare := BARE_VERB_LEAD.fullmatch(lead.quote)) and DECLARING.fullmatch(bare["verb"]):
        found = ("agree", "")  # 'DECLARE:' over '1. To promote …': the speakers take on what follows
    if found is None:
        return None
    notation, subject_text = found
    if SPEAKERS_LEAD.fullmatch(subject_text.strip()):  # 'THEY AGREED:', 'HAVE AGREED:' over '1. To adopt …'
        return [Addressee(a, lead) for a in issuers.we], notation, lead
    at = lead.quote.find(subject_text.split()[0]) if subject_text.split() else -1
    if at < 0:
        return None
    subject = issuers.of_subject(sub_span(lead, at, at + len(subject_text)), parties)
    return (subject, notation, lead) if subject else None


def _infinitive_commitments(
    paragraph: Paragraph,
    infinitive: re.Match,
    modal_lead: tuple[list[Addressee], str, Span],
    parties: Parties,
    unread: list[IngestWarning],
) -> list[Commitment]:
    """A paragraph that continues a modal lead-in with an infinitive: 'To urge the States … to …' asks its
    object; 'To guarantee …', 'To hold …' commits the lead-in's subject in the lead-in's modality."""
    subject, notation, lead = modal_lead
    sentence = sentences(paragraph.span)[0]
    text, offset = paragraph.span.quote, paragraph.span.begin
    stop = sentence.end - offset
    # the infinitive, then those joined to it with no other infinitive between ('2. To promote regular pathways and
    # to strengthen the assistance …'; not '… the offer of Colombia to assume the Presidency and to host …')
    pieces = [(infinitive.start("verb"), 0)]
    for joined in JOINED_INFINITIVE.finditer(text, infinitive.end(), stop):
        if re.search(r"\bto\s+[a-z]", text[pieces[-1][0] : joined.start()]):
            break
        pieces.append((joined.start("verb"), joined.start()))
    found = []
    for index, (at, begin) in enumerate(pieces):
        verb_text = re.match(r"[a-z][\w-]*(?:\s+(?:on|upon))?", text[at:]).group()
        end = pieces[index + 1][1] if index + 1 < len(pieces) else stop
        if EXPRESSIVE.fullmatch(verb_text):
            continue
        asking = _notation_or_none(verb_text)
        if asking is not None and asking != "agree":  # 'To urge …', 'To support the participation of …'
            verb = sub_span(paragraph.span, at, at + len(verb_text))
            found.append((_Found(asking, verb, subject, offset + begin, offset + end), sentence))
        else:
            to = sub_span(paragraph.span, at - 3, at - 1)
            found.append((_Found(notation, to, subject, offset + begin, offset + end), sentence))
    return _as_commitments(found, paragraph.label, paragraph.label, parties, lead, unread)


def opens_with_a_verb(block: Span) -> bool:
    """Whether a paragraph opens with its verb ('Welcomed the steps …', 'Instructed the Group …'): its subject
    is a lead-in's ('the participating Vice-Ministers:')."""
    first = re.match(r"\s*([A-Za-z][\w-]*)", block.quote)
    if first is None:
        return False
    word = first.group(1)
    if re.match(r"\s+by\b", block.quote[first.end(1) :]):
        return False  # 'Supported by ICMPD in its capacity as Secretariat,': a passive participle, no commitment
    if shouted := UPPER_WORDS.match(block.quote, first.start(1)):  # 'DECIDE to adopt …', 'CALL ON the …'
        return bool(VERB.match(shouted.group().lower()))
    rest = block.quote[first.start(1) :]
    opening = VERB.match(rest[:1].lower() + rest[1:])  # 'call on donors to …' opens with a verb of two words
    return bool(opening) or bool(re.fullmatch(r"[A-Z][a-z]+ed", word))


def own_verb(item: Item) -> bool:
    """Whether an item is a predicate of its own after a lead-in that ends in 'and:' ('… committed to five
    priority areas, and:' over '* called on the countries of origin to …'): its verb, not the lead-in's, speaks."""
    return (
        item.lead_in is not None and bool(COORDINATING_END.search(item.lead_in.quote)) and opens_with_a_verb(item.span)
    )


def lead_in_subject(lead_in: Span, parties: Parties, issuers: Issuers) -> list[Addressee] | None:
    """Who a verbless lead-in names ('Ministers:', 'Looking ahead, senior officials:', 'In the … Declaration,
    the Member States:'): the subject of the bullets after it."""
    if HEREBY.fullmatch(lead_in.quote.strip()) and issuers.we:  # 'WE, the Ministers …;' … 'DO HEREBY:'
        return [Addressee(a, lead_in) for a in issuers.we]
    coordinating = COORDINATING_END.search(lead_in.quote)
    # '…, the participating states committed to five priority areas, and:', 'The senior officials welcomed the
    # progress of the groups, and:' over '* agreed to …': the subject of the lead-in's own verb
    if coordinating and (modal := MODAL_LEAD_IN.match(lead_in.quote)) and modal["subject"]:
        begin = modal.start("subject")
        if intro := LAST_COMMA.search(modal["subject"]):
            begin += intro.end()
        return issuers.of_subject(sub_span(lead_in, begin, modal.end("subject")), parties)
    if coordinating and (past := SUBJECT_OF_PAST.match(lead_in.quote)):
        found = issuers.of_subject(sub_span(lead_in, past.start("np"), past.end("np")), parties)
        if found:
            return found
    if among := AMONG_OTHERS.search(lead_in.quote):
        lead_in = sub_span(lead_in, 0, among.start())
    if (tail := PARTICIPLE_TAIL.search(lead_in.quote)) and tail.start() > 0:
        lead_in = sub_span(lead_in, 0, tail.start())  # 'The Member Countries, having considered the reports …:'
    match = REPORTED_LEAD_IN.search(lead_in.quote) or LEAD_IN.match(lead_in.quote) or LAST_PHRASE.search(lead_in.quote)
    if match is None:
        return None
    subject = sub_span(lead_in, match.start("subject"), match.end("subject"))
    if trailing := LEAD_IN_ADVERB.search(subject.quote):  # 'They also:', 'The Ministers further:'
        subject = sub_span(subject, 0, trailing.start())
    if relative := IN_WHICH.fullmatch(subject.quote):  # 'The Member Countries signed the Declaration, in which they:'
        named = _subject_at(lead_in, len(lead_in.quote) - len(lead_in.quote.lstrip()), None, parties, issuers)
        if named is not None and named[0]:
            return named[0]
        subject = sub_span(subject, relative.start("pronoun"), relative.end("pronoun"))
    # 'In doing so, they:', 'In it they:'
    if re.fullmatch(
        r"(?:(?:[Ii]n|[Tt]hrough|[Bb]y|[Ww]ith)\s+(?:it|them|this|these|doing\s+so|so\s+doing)\s+)?[Tt]hey",
        subject.quote,
    ):
        named = _named_subject_before(lead_in, parties, issuers)
        return [Addressee(a, subject) for a in (named or issuers.meeting)]
    we_before = re.search(r"\b[Ww][Ee],\s+$", lead_in.quote[: match.start("subject")])
    if we_before or re.match(r"[Ww][Ee],\s", subject.quote):
        return [Addressee(a, subject) for a in issuers.we]  # 'Having heard the reports, we, the Co-Chairs:'
    found = issuers.of_subject(subject, parties)
    starts = [m.end() for m in re.finditer(r"\s(?=the\s)", subject.quote)]  # 'In the Statement the Ministers:'
    starts += [m.end() for m in re.finditer(r"\n\s*(?=[A-Z])", subject.quote)]  # 'Key outcomes\nThe Senior Officials:'
    while found is None and starts:
        found = issuers.of_subject(sub_span(subject, starts.pop(0), len(subject.quote)), parties)
    return found


NAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.,;:]\s))(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:also\s+)?$"
)


def _named_subject_before(lead_in: Span, parties: Parties, issuers: Issuers) -> list[Actor]:
    """Whom 'They also:' stands for: the named subject of the last verb of commitment before it in its
    paragraph ('In their Declaration, the Vice-Ministers agreed that … They also:')."""
    text = parties.text
    start = max(text.rfind("\n\n", 0, lead_in.begin), 0)
    for verb in reversed(list(VERB.finditer(text, start, lead_in.begin))):
        if np := NAMED_SUBJECT.search(text, start, verb.start()):
            named = Span(lead_in.source, np.start("np"), np.end("np"), np["np"])
            return [a.actor for a in issuers.of_subject(named, parties) or []]
    # else the subject of the sentence just before: 'The participating States adopted the Almaty Declaration. In
    # it they'
    before = [m.end() for m in re.finditer(r"[.;]\s+", text[start : lead_in.begin])]
    opening = start + (before[-2] if len(before) > 1 else 0) if before else None
    if opening is not None and (past := SUBJECT_OF_PAST.match(text, opening, lead_in.begin)):
        named = Span(lead_in.source, past.start("np"), past.end("np"), past["np"])
        return [a.actor for a in issuers.of_subject(named, parties) or []]
    return []


def _commitments_of(
    block: Span,
    code: str,
    paragraph: str,
    implicit: list[Addressee] | None,
    parties: Parties,
    issuers: Issuers,
    lead_in: Span | None,
    unread: list[IngestWarning],
) -> list[Commitment]:
    """The commitments of one paragraph or item, numbered when there are several."""
    found: list[tuple[_Found, Span]] = []
    subject = implicit
    for sentence in sentences(block):
        if sentence.quote.rstrip().endswith(":") and not enumerates(sentence.quote):
            # a lead-in: its items are read one by one; a verb before the one that governs them commits on its
            # own ('Members agreed on provisional agendas and recommended to Ministers:')
            last = LAST_MODAL.search(sentence.quote)
            if last is not None and last.start() > 0 and re.match(r"and\s", last.group()):
                readings, subject = _read_clause(sub_span(sentence, 0, last.start()), subject, parties, issuers, True)
                found += [(f, sentence) for f in readings]
            elif end := COORDINATING_END.search(sentence.quote):  # '… committed to five priority areas, and:'
                readings, subject = _read_clause(sub_span(sentence, 0, end.start()), subject, parties, issuers, True)
                found += [(f, sentence) for f in readings]
            continue
        clause_begin = 0
        ends = [
            (m.start(), m.start() + 1 if m.group()[0] in ";:" else m.end()) for m in CLAUSE_END.finditer(sentence.quote)
        ]
        for clause_end, next_begin in [*ends, (len(sentence.quote), len(sentence.quote))]:
            clause = sub_span(sentence, clause_begin, clause_end)
            clause_begin = next_begin
            continues = subject is implicit or _within(subject, sentence)
            readings, subject = _read_clause(clause, subject, parties, issuers, continues)
            found += [(f, sentence) for f in readings]
    return _as_commitments(found, code, paragraph, parties, lead_in, unread)


def _as_commitments(
    found: list[tuple["_Found", Span]],
    code: str,
    paragraph: str,
    parties: Parties,
    lead_in: Span | None,
    unread: list[IngestWarning],
) -> list[Commitment]:
    """Commitments from what the clauses read: bearers, auxiliaries, beneficiaries, qualifiers; numbered
    when a paragraph or item holds several."""
    out = []
    asked: tuple[Span, list[Addressee]] | None = None  # the last asking verb's addressees, in its sentence
    for index, (f, sentence) in enumerate(found, 1):
        number = code if len(found) == 1 else f"{code}.{index}"
        span = sentence if f.begin == sentence.begin and f.end == sentence.end else _span(sentence, f.begin, f.end)
        before = Span(sentence.source, sentence.begin, f.verb.begin, sentence.quote[: f.verb.begin - sentence.begin])
        if _in_quotation(parties.text, f.verb.begin):
            continue  # '"We need a regional arrangement that … supports the States …," the Commissioner told them'
        after_verb = sentence.quote[f.verb.end - sentence.begin : f.end - sentence.begin]
        if f.modality == "support" and SERVICE_OBJECT.match(after_verb):
            continue  # 'ICMPD supported the meeting as Secretariat of the Process': a service, not a commitment
        to = re.search(r"\s+to\s+", after_verb)
        if f.modality in ASKING and to is not None and TO_A_MEETING.match(after_verb, to.end()):
            continue  # 'invited the Member States, namely …, to the 2nd Senior Officials' Meeting': to attend
        bearers = _bearers(f, span, before, parties)
        if f.modality == "agree":
            bearers = its_members(bearers, f.issuer, parties.gazetteer)
        if not bearers and f.modality in ASKING and THEM_TO.match(after_verb) and asked and asked[0] is sentence:
            bearers = asked[1]  # 'called on all members to ratify … and encouraged them to share …'
        if bearers and f.modality in ASKING:
            asked = (sentence, bearers)
        if not bearers:
            if f.modality in ASKING or f.modality == "recommend":
                unread.append(IngestWarning(f"unresolved addressee of {f.verb.quote!r}: not in the gazetteer", span))
            continue
        exclude = {b.actor.key for b in bearers}
        auxiliaries = cued_actors(span, AUXILIARY_CUES, parties, exclude)
        beneficiaries = cued_actors(span, BENEFICIARY_CUES, parties, exclude | {a.actor.key for a in auxiliaries})
        if f.modality == "support":
            beneficiaries = _supported(f, span, parties, exclude) + [
                b
                for b in beneficiaries
                if b.actor.key not in {s.actor.key for s in _supported(f, span, parties, exclude)}
            ]
        conditions, frames = qualifiers(span)
        out.append(
            Commitment(
                code=number,
                modality=f.modality,
                paragraph=paragraph,
                span=span,
                addressees=tuple(bearers),
                auxiliaries=tuple(auxiliaries),
                beneficiaries=tuple(beneficiaries),
                conditions=conditions,
                time_frames=frames,
                topics=topics_of(span.quote),
                sentence=sentence,
                lead_in=lead_in,
            )
        )
    return out


def _in_quotation(text: str, at: int) -> bool:
    """Whether an offset lies inside quoted words of its paragraph (a speaker's, reported): more quotation
    marks open than closed before it."""
    start = max(text.rfind("\n\n", 0, at), text.rfind("\r\n\r\n", 0, at), 0)
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _span(sentence: Span, begin: int, end: int) -> Span:
    """The part of a sentence between two absolute offsets, without surrounding blanks and commas."""
    part = sub_span(sentence, begin - sentence.begin, end - sentence.begin)
    text = part.quote
    lead = len(text) - len(text.lstrip(" ,;\n"))
    return sub_span(part, lead, len(text.rstrip(" ,;\n")))


def _read_clause(
    clause: Span, subject: list[Addressee] | None, parties: Parties, issuers: Issuers, continues: bool
) -> tuple[list[_Found], list[Addressee] | None]:
    """The commitments of one clause, and the subject later clauses inherit ('They …'); a clause that opens
    with its verb continues the subject when `continues` (the subject is in its sentence or its lead-in)."""
    text = clause.quote
    if match := AGREED_BY.match(text.lstrip()):
        at = len(text) - len(text.lstrip())
        np = sub_span(clause, at + match.start("np"), at + match.end("np"))
        verb = sub_span(clause, at + 3, at + 3 + len("agreed"))
        return [_Found("agree", verb, parties.read(np), clause.begin, clause.end, passive=True)], subject
    lead = len(text) - len(text.lstrip())
    for at in [lead] + [m.end() for m in re.finditer(r",\s+", text[:200]) if not _depth(text, m.start())]:
        if not (match := PASSIVE.match(text, at)) or RELATIVE_END.search(match["np"]):
            continue  # '…, whose outcomes the Working Group was tasked with taking forward': reported
        passives = _passives(clause, match, parties)  # 'In addition, IOM was asked to …'
        if joined := ISSUER_JOINED.search(text, match.end()):  # '… were invited to …, and participants encouraged'
            rest = sub_span(clause, joined.end(), len(text))
            more, subject = _read_clause(rest, subject, parties, issuers, False)
            cut = clause.begin + joined.start()
            return [replace(p, end=min(p.end, cut)) for p in passives] + more, subject
        if passives:
            return passives, subject
    head = _subject_and_verb(clause, subject, parties, issuers, continues)
    if head is None:
        return [], subject
    issuer, verb = head
    tense = _tense(verb.quote)
    if _notation_or_none(verb.quote) == "agree" and (inner := TO_RECOMMEND.match(text, verb.end - clause.begin)):
        verb = sub_span(clause, inner.start("verb"), inner.end("verb"))  # 'agreed to recommend that …' recommends
    entries: list[tuple[Span, list[Addressee], int]] = []
    planned = PLANNED.search(text[: verb.begin - clause.begin])  # 'The RSO will support …': a plan
    noun = re.match(r"(?i:support)\s+(?:for|from|of)\b", text[verb.begin - clause.begin :])  # 'support for victims'
    noun = noun or NOUN_BEFORE.search(text[: verb.begin - clause.begin])  # 'which provides technical support to'
    if _notation_or_none(verb.quote) and not planned and not noun:
        entries.append((verb, issuer, 0))
    for coordinated in COORDINATED.finditer(text, verb.end - clause.begin):
        after = text[coordinated.end() :]
        adverbs = ADVERBS.match(after)
        at = coordinated.end() + adverbs.end()
        match = VERB.match(text, at) or COMMITMENT_PHRASE.match(text, at) or _shouted(text, at)
        if match is None or _depth(text, coordinated.start()):
            continue
        if (
            not coordinated["subject"]
            and not coordinated.group().startswith(",")
            and RELATIVE_OPEN.search(text, verb.end - clause.begin, coordinated.start())
        ):
            continue  # '… the Tenth AMMTC, hosted by Malaysia …, which adopted the Declaration and decided to …'
        if not re.search(r"\band\b", coordinated.group()) and not (entries and SERIES_END.search(text, at)):
            continue  # a series ('agreed to …, tasked X to …, and encouraged …') goes on from a verb of commitment
        if not coordinated["subject"] and _tense(match.group()) != tense and entries:
            continue  # 'welcomed … and recommends': not one subject's; but 'will report …, and invited UNHCR to'

        if match.group().lower() in ("support", "supported", "supports") and re.match(
            r"\s+(?:by|for)\b", text[match.end() :]
        ):
            continue
        new = coordinated["subject"]
        verb_span = sub_span(clause, match.start(), match.end())
        who = issuer
        if new and new != "they":
            named = sub_span(clause, coordinated.start("subject"), coordinated.end("subject"))
            who = issuers.of_subject(named, parties) or []
        entries.append((verb_span, who, coordinated.start() if entries else 0))
    found = []
    for index, (verb_span, who, begin) in enumerate(entries):
        end = entries[index + 1][2] if index + 1 < len(entries) else len(text)
        found.append(_Found(_notation(verb_span.quote), verb_span, who, clause.begin + begin, clause.begin + end))
    return found, issuer


def _subject_and_verb(
    clause: Span, inherited: list[Addressee] | None, parties: Parties, issuers: Issuers, continues: bool
) -> tuple[list[Addressee], Span] | None:
    """The clause's subject (read at its start, or after an opening phrase and its comma) and main verb."""
    text = clause.quote
    lead = len(text) - len(text.lstrip())
    if marker := KEPT_MARKER.match(text, lead):  # 'd) Experts agreed …': a letter the layout left in the paragraph
        lead = marker.end()
    if inherited is not None and continues and opens_with_a_verb(sub_span(clause, lead, len(text))):
        verb = _verb_at(clause, lead, capital=True)
        if verb is not None:
            return inherited, verb  # 'Instructed the Group to …' under 'the Vice-Ministers:'
    # a bullet may open with its subject in lower case ('• the Chair-in-Office requested …'), else it goes on
    lower_the = re.match(r"the\s+[a-z]", text[lead:]) is not None  # '• the ambassadors agreed to …'
    if lower_the and (head := _subject_at(clause, lead, inherited, parties, issuers)) is not None:
        return head
    named_lower = re.match(r"[a-z]", text[lead:]) and _subject_at(clause, lead, inherited, parties, issuers)
    if named_lower and named_lower[0] and _notation_or_none(named_lower[1].quote):
        return named_lower  # '- participants agreed to send …' under 'At the end of the meeting:'
    if re.match(r"[a-z]", text[lead:]) and not re.match(r"(?:we|they)\b|the\s+[A-Z]", text[lead:]):
        start = lead + (m.end() if (m := re.match(r"and\s+", text[lead:])) else 0)
        if inherited is not None and continues and (verb := _verb_at(clause, start)) is not None:
            return inherited, verb
        return None
    if match := IMPERSONAL.match(text, lead):
        verb = _verb_at(clause, match.end())
        return (_actors(issuers.meeting, sub_span(clause, lead, match.end())), verb) if verb else None
    starts = [lead] + [m.end() for m in re.finditer(r",\s+", text[:300]) if not _depth(text, m.start())]
    if dateline := WIRE_DATELINE.match(text, lead):  # 'MANILA, Sept 20 (Bernama) -- ASEAN ministers … agreed'
        starts.insert(0, dateline.end())
    if opening := OPENING_PHRASE.match(text, lead):  # 'In it the ministers commit to …'
        starts.insert(0, opening.end())
    for start in starts:
        head = _subject_at(clause, start, inherited, parties, issuers)
        if head is not None:
            return head
    return None


def _subject_at(
    clause: Span, start: int, inherited: list[Addressee] | None, parties: Parties, issuers: Issuers
) -> tuple[list[Addressee], Span] | None:
    """A subject that starts at `start` and the verb right after it (past an apposition or adverbs): a
    pronoun, the meeting, named actors; or any short noun phrase right before a verb of commitment."""
    text = clause.quote
    if match := PRONOUN.match(text, start):
        verb = _verb_after(clause, match.end(), capital=match["pronoun"] == "WE")  # 'WE AUTHORISE the Co-Chairs
        if verb is None:
            return None
        mention = sub_span(clause, start, match.end())
        if match["pronoun"] in ("They", "they", "It"):
            return _actors([a.actor for a in inherited] if inherited else issuers.meeting, mention), verb
        if match["pronoun"] == "I":
            return [], verb
        office = AS_CO_CHAIRS.search(text, 0, start) if match["pronoun"] in ("We", "we", "WE") else None
        if office and (chairs := parties.read(sub_span(clause, office.start("office"), office.end("office")))):
            return [Addressee(a.actor, mention) for a in chairs], verb  # 'As Co-Chairs, we are committed to'
        return issuers.of_subject(mention, parties) or [], verb
    if PARTITIVE.match(text, start):  # 'Several delegations asked that …': some of them, not the collective
        words = list(WORD.finditer(text, start))[:6]
        verb = next((v for w in words if (v := _verb_after(clause, w.end())) and _notation_or_none(v.quote)), None)
        return ([], verb) if verb is not None else None
    named = parties.read(sub_span(clause, start, min(len(text), start + 200)))
    if named and (end := max(a.mention.end for a in named) - clause.begin) > start:
        for pattern in (COMPLEMENT, PARENTHESES):
            if m := pattern.match(text, end):
                end = m.end()
        verb = _verb_after(clause, end)
        if verb is not None:
            head = issuers.of_subject(sub_span(clause, start, end), parties) or named, verb
            if verb.quote not in POSTMODIFIERS:
                return head
            # 'ASEAN ministers in charge of transnational crime today agreed': the subject goes on to its verb
            return _longer_subject(clause, start, parties, issuers) or head
    return _longer_subject(clause, start, parties, issuers)


def _longer_subject(
    clause: Span, start: int, parties: Parties, issuers: Issuers
) -> tuple[list[Addressee], Span] | None:
    """Any short noun phrase at `start` right before a verb of commitment, and who it names."""
    text = clause.quote
    for word in list(WORD.finditer(text, start))[:8]:
        verb = _verb_after(clause, word.end())
        if verb is None or _notation_or_none(verb.quote) is None:
            continue
        subject = sub_span(clause, start, word.end())
        if AUXILIARY_WORDS.search(subject.quote):
            return None  # 'Ministers had earlier asked …': reported, not committed
        if (found := issuers.of_subject(subject, parties)) is not None:
            return found, verb
        if NOT_ISSUING.search(subject.quote) or SURNAME.fullmatch(subject.quote):
            return None  # 'Panellists urged governments to …': speakers at the meeting, not the meeting
        if GENERIC_SUBJECT.fullmatch(subject.quote):
            return [], verb  # 'Governments and business agreed that the Forum would …': bearers named after
        return None
    return None


def _verb_after(clause: Span, end: int, capital: bool = False) -> Span | None:
    """The main verb right after a subject ending at `end`, or past an apposition ('The Member Countries,
    troubled by …, agree'); with `capital`, a verb in capitals too ('WE ENCOURAGE')."""
    text = clause.quote
    if (m := APPOSITIVE.match(text, end)) and (verb := _verb_at(clause, m.end(), capital)) is not None:
        return verb
    if not (gap := re.match(r"\s+", text[end:])):
        return None
    return _verb_at(clause, end + gap.end(), capital)


def _shouted(text: str, at: int, initial: bool = False) -> re.Match | None:
    """A verb of commitment in capitals at `at` ('… , and REQUEST the Co-Chairs', 'CALL ON the …'), or with
    `initial` one that opens on a capital ('Encouraged the observers to …'), matched in small letters."""
    shouted = UPPER_WORDS.match(text, at)
    if shouted is None and not initial:
        return None
    stop = shouted.end() if shouted else at + 1
    lowered = text[:at] + text[at:stop].lower() + text[stop:]
    return VERB.match(lowered, at) or COMMITMENT_PHRASE.match(lowered, at)


def _verb_at(clause: Span, at: int, capital: bool = False) -> Span | None:
    """The finite verb at `at` (past adverbs): a verb of commitment, or any other lower-case word (with
    `capital`, the word may open the clause with a capital: 'Encouraged the observers to …')."""
    text = clause.quote
    adverbs = ADVERBS.match(text, at)
    at = adverbs.end() if adverbs else at
    if not capital and (modal := FUTURE_AUXILIARY.match(text, at)):
        at = modal.end()  # 'The Co-Chairs will report …, and invited UNHCR to': the verb after the auxiliary
    if capital and at < len(text) and text[at].isupper() and (match := _shouted(text, at, initial=True)):
        return sub_span(clause, match.start(), match.end())
    if match := (VERB.match(text, at) or COMMITMENT_PHRASE.match(text, at)):
        return sub_span(clause, match.start(), match.end())
    if (match := re.match(r"[a-z][\w-]*", text[at:])) and match.group() not in NOT_VERBS:
        return sub_span(clause, at, at + match.end())
    return None


def _bearers(found: _Found, span: Span, before: Span, parties: Parties) -> list[Addressee]:
    """Who bears a commitment: the object of an asking verb, the subject of the clause an agreeing or
    recommending verb governs, or the issuer."""
    if found.passive:
        return found.issuer
    rest = sub_span(span, found.verb.end - span.begin, len(span.quote)) if found.verb.end > span.begin else span
    words = rest.quote.lstrip()
    offset = len(rest.quote) - len(words)
    rest = sub_span(rest, offset, len(rest.quote))
    if found.modality in ASKING or found.modality == "recommend":
        if RECIPROCAL.match(words):
            return found.issuer  # 'Members encouraged one another to …'
        if not re.match(r"that\b", words):
            end = OBJECT_END.search(rest.quote)
            if end is None:
                return found.issuer if found.modality == "recommend" else []
            obj = sub_span(rest, 0, end.start())
            named = parties.read(obj, before)
            if not named and (among := NAMED_AMONG.search(obj.quote)):
                # 'encourage the regional consultative processes, including the Colombo Process and …': those named
                named = parties.read(sub_span(obj, among.end(), len(obj.quote)), before)
            return [_asked_at_large(a, parties) for a in named]
        return _that_bearers(sub_span(rest, 4, len(rest.quote)), found, parties, before, need_modal=False)
    if found.modality == "support" and (doer := SUPPORTED_DOER.match(words)):
        named = parties.read(sub_span(rest, 0, doer.end("np")), before)
        if named:
            return named
    if found.modality == "support" and (offer := OFFER_OF.match(words)):
        # 'supported the proposal of Thailand to host …', 'the continued work of the Working Group': theirs to do
        named = parties.read(sub_span(rest, offer.end(), min(len(rest.quote), offer.end() + 160)), before)
        if named:
            return named
    if found.modality == "agree":
        if match := re.match(r"that\s+", words):
            return _that_bearers(sub_span(rest, match.end(), len(rest.quote)), found, parties, before, need_modal=True)
        if asking := AGREED_TO_ASK.match(words):  # 'agreed to authorise the Co-Chairs to consult …': theirs to do
            obj = sub_span(rest, asking.end(), len(rest.quote))
            end = OBJECT_END.search(obj.quote)
            named = parties.read(sub_span(obj, 0, end.start()), before) if end is not None else []
            if named:
                return named
        if re.match(r"(?:to|on|upon)\b", words) or COMMITMENT_PHRASE.search(found.verb.quote):
            return found.issuer
        first = re.split(r"[,;]", rest.quote, maxsplit=1)[0]
        if MODAL.search(first) and not re.match(r"(?:to|on)\b", words):
            return _that_bearers(rest, found, parties, before, need_modal=True)
        return found.issuer
    return found.issuer


def its_members(bearers: list[Addressee], issuer: list[Addressee], gazetteer: Gazetteer) -> list[Addressee]:
    """A group that commits itself ('The Working Group decided to: …') commits its members: the issuer's own
    commitment borne by groups only is the members'; any other bearers as they are."""
    members = gazetteer.actors.get("collective/members")
    if (
        members is None
        or not bearers
        or [b.actor.key for b in bearers] != [a.actor.key for a in issuer]
        or any(b.actor.kind != "group" for b in bearers)
    ):
        return bearers
    return [Addressee(members, bearers[0].mention)]


def _asked_at_large(addressee: Addressee, parties: Parties) -> Addressee:
    """Governments asked to act are States at large ('encouraged governments to volunteer'), while governments
    that act are the meeting's participants ('Governments agreed to keep the Forum state-led')."""
    mention = addressee.mention
    before = parties.text[max(0, mention.begin - 20) : mention.begin]
    if (
        addressee.actor.key == "collective/participants"
        and re.fullmatch(r"(?i:(?:all\s+)?governments)", mention.quote)
        and not re.search(r"(?i:participating|attending)\s+$", before)  # 'asked participating governments to'
    ):
        return Addressee(parties.gazetteer.actors["collective/states"], mention)
    return addressee


def _that_bearers(rest: Span, found: _Found, parties: Parties, before: Span, need_modal: bool) -> list[Addressee]:
    """The subjects of 'that …' clauses ('that the Co-Chairs would …, and that Officials would …'); the agent of
    a passive one ('would be organised by the Republic of Korea'); the issuer when they name no actor. An
    agreeing verb whose clauses carry no would/should/will states a finding: no one bears it."""
    bounds = [0] + [m.end() for m in THAT_CLAUSES.finditer(rest.quote)]
    cuts = [m.start() for m in THAT_CLAUSES.finditer(rest.quote)] + [len(rest.quote)]
    out: list[Addressee] = []
    modal_seen = False
    for begin, end in zip(bounds, cuts, strict=True):
        clause = sub_span(rest, begin, end)
        modal = MODAL.search(clause.quote) or SUBJUNCTIVE.search(clause.quote)
        if need_modal and modal is None:
            continue
        modal_seen = True
        named = parties.read(sub_span(clause, 0, modal.start()) if modal else clause, before)
        if not named and (agent := PASSIVE_AGENT.search(clause.quote)):
            named = parties.read(sub_span(clause, agent.end(), len(clause.quote)), before)
        out += [a for a in named if a.actor.key not in {o.actor.key for o in out}]
    if need_modal and not modal_seen:
        return []
    return out or found.issuer


def _supported(found: _Found, span: Span, parties: Parties, exclude: set[str]) -> list[Addressee]:
    """Whom an issuer supports, when the object of 'supported' names an actor."""
    rest = sub_span(span, found.verb.end - span.begin, len(span.quote)) if found.verb.end > span.begin else span
    return [a for a in parties.read(rest) if a.actor.key not in exclude]


def cued_actors(sentence: Span, cues: re.Pattern, parties: Parties, exclude: set[str]) -> list[Addressee]:
    """Actors named right after a cue phrase, minus the bearers."""
    found: list[Addressee] = []
    for cue in cues.finditer(sentence.quote):
        rest = sub_span(sentence, cue.end(), len(sentence.quote))
        stop = re.search(r";|\s+to\s+[a-z]|,\s+(?![A-Z])|\.$", rest.quote)
        block = sub_span(rest, 0, stop.start() if stop else len(rest.quote.rstrip(".")))
        if trailing := re.search(r"(?:\s+and|\s*,)\s*$", block.quote):
            block = sub_span(block, 0, trailing.start())
        for a in parties.read(block):
            if a.actor.key not in exclude and a.actor.key not in {f.actor.key for f in found}:
                found.append(a)
    return found


def qualifiers(span: Span) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The conditions and time frames stated in a span."""
    conditions = tuple(sub_span(span, m.start(), m.end()) for m in CONDITIONS.finditer(span.quote))
    frames = tuple(sub_span(span, m.start(), m.end()) for m in TIME_FRAMES.finditer(span.quote))
    return conditions, frames


def _notation_or_none(verb: str) -> str | None:
    """The modality a verb (or 'expressed their commitment to') expresses, if any."""
    if COMMITMENT_PHRASE.match(verb):
        return "agree"
    match = VERB.fullmatch(verb.lower() if verb.isupper() else verb[:1].lower() + verb[1:])  # 'DECIDE', 'Agree'
    if match is None:
        return None
    return next(n for n in MODAL_VERBS if match.group(n.replace("-", "_")))


def _notation(verb: str) -> str:
    """The modality a verb of commitment expresses."""
    notation = _notation_or_none(verb)
    assert notation is not None, verb
    return notation


def _tense(verb: str) -> str:
    """'past' or 'present', as far as the verb's form tells."""
    first = verb.split()[0].lower()
    return "past" if first.endswith("ed") or first in IRREGULAR_PAST or first == "undertook" else "present"


def _within(addressees: list[Addressee] | None, sentence: Span) -> bool:
    """Whether every mention of the addressees stands in the sentence."""
    return bool(addressees) and all(sentence.begin <= a.mention.begin < sentence.end for a in addressees)


def _passives(clause: Span, first: re.Match, parties: Parties) -> list[_Found]:
    """A passive that asks its subject ('IOM was asked to …'), and those joined to it by 'and' ('Member
    countries were requested to …, and IOM was asked to …'): one commitment each, with its own words."""
    text = clause.quote

    def bearers_of(match: re.Match) -> list[Addressee]:
        return [_asked_at_large(a, parties) for a in parties.read(sub_span(clause, match.start("np"), match.end("np")))]

    found = [(first, bearers_of(first))]
    if not found[0][1]:
        return []
    joints = []
    for joint in PASSIVE_JOINT.finditer(text, first.end()):
        match = None if _depth(text, joint.start()) else PASSIVE.match(text, joint.end())
        if match and (bearers := bearers_of(match)):
            found.append((match, bearers))
            joints.append(joint.start())
    out = []
    for index, (match, bearers) in enumerate(found):
        verb = sub_span(clause, match.start("verb"), match.end("verb"))
        begin = clause.begin if index == 0 else clause.begin + match.start("np")
        end = clause.begin + joints[index] if index < len(joints) else clause.end
        out.append(_Found(_notation(verb.quote), verb, bearers, begin, end, passive=True))
    return out


def _depth(text: str, at: int) -> int:
    """How many parentheses are open at a position."""
    return max(0, text[:at].count("(") - text[:at].count(")"))


def _actors(actors, mention: Span) -> list[Addressee]:
    """Actors with one mention."""
    return [Addressee(a, mention) for a in actors]
