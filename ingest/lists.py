"""Lists of actors in running text: 'Afghanistan, Bangladesh, Democratic Republic of Korea, … and Viet Nam,
joined by the Director-General of the International Organization for Migration'.

The names the gazetteer knows are found first (balikg's name index, longest name first, so that a name
holding 'and' or commas stays whole); mentions with only separators between them form one list. A piece
of a list that names nothing known is read more loosely (an office in front of an organisation's name,
'A/B' alternatives, the words of a longer name: 'Democratic Republic of Korea' is the DPRK, the more so
beside the Republic of Korea), and is otherwise reported, with its span, as unresolved.
"""

import re
from dataclasses import dataclass, field

from balikg.core import iris
from ingest.gazetteer import Gazetteer
from ingest.mentions import scan_mentions
from ingest.records import Mention, Post, Span
from ingest.text import sub_span

SEPARATOR_WORDS = (
    r"and|as well as|together with|along with|plus|also|as did|the|of|from|by|and by|and of|and from|"
    r"namely|including|in particular|such as|besides|with|as well|itself|themselves|"
    # 'together with the member organisations IOM, UNHCR and UNODC'
    r"(?:member|international|observer|partner|participating|intergovernmental) organi[sz]ations"
)
# a role marked after a name in a list of delegations: 'United Arab Emirates (host)', 'Australia (Co-Chair)'
ROLE_MARK = re.compile(
    r"\s*\(\s*(?:(?P<host>(?:co-?)?host)|(?P<chair>(?:co-?)?chair)|(?P<observer>(?:as\s+(?:an?\s+)?)?observers?))\s*\)",
    re.IGNORECASE,
)
THROUGH_ASIDE = re.compile(
    r"\s*\((?:through|via|represented\s+by|in\s+the\s+person\s+of)\s[^()]{1,80}\)", re.IGNORECASE
)
GAP = re.compile(rf"^(?:[\s,;:()\[\]–—&*•·|-]|\b(?:{SEPARATOR_WORDS})\b)*$", re.IGNORECASE)
# '… - A, B and C - and D …', '– A and B – with D': D is apart
MODIFIER_GAP = re.compile(
    rf"\s+(?:(?!(?:{SEPARATOR_WORDS}|or|to|in|on|for|at|its|their)\b)[a-z][\w-]*\s+){{1,3}}"
)  # 'UN refugee agency UNHCR', 'EU border agency Frontex'
CLOSING_DASH = re.compile(r"\s[–—-]\s*,?\s*(?:and|as well as|with|together with|along with|alongside)\b")
ACTING_AS = re.compile(
    r"\s+(?:acting|serving|working)\s+as\b|\s+as\s+(?:its|the)\s+(?:technical\s+)?secretariat\b", re.I
)
OFFICE_IN = re.compile(
    r",\s+in\s+(?:the|its)\s+(?:capacity\s+as\s+)?(?:co-?)?chair(?:manship)?\s+of\s+(?:the\s+)?", re.I
)
PIECE_SPLIT = re.compile(rf"\s*(?:[,;()\[\]–—]|\b(?:{SEPARATOR_WORDS})\b)\s*", re.IGNORECASE)
OFFICE = re.compile(
    r"^(?:the\s+)?(?:(?:Assistant|Deputy|Acting|Associate|Executive|Special|Permanent)\s+)*"
    r"(?:Director[\s-]General|Secretary[\s-]General|High\s+Commissioner|Director|Coordinator|Co-?Managers?|"
    r"Chair(?:man|person)?|Head|President|Representatives?|Commissioner|Ambassador|Envoy|Minister(?:s)?"
    r"(?:\s+(?:of|for)\s+[A-Z][\w\s]*?)?)"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?)?",
)
OFFICE_WORD = re.compile(
    r"\b(?:Assistant|Deputy|Director[\s-]General|Secretary[\s-]General|Director|Coordinator|Co-?Managers?|"
    r"Chair(?:man|person)?|Head|President|Representatives?|Commissioner)\b"
)
# 'Australia's Ambassador for People Smuggling and Human Trafficking, and Indonesia's Director-General …':
# a state present through its office; the office's words (commas and 'and' among them) part the list
_OFFICE_AFTER_POSSESSIVE = (  # 'Australia's Ambassador', 'Indonesia's Director-General'
    r"['’]s\s+(?:(?:Assistant|Deputy|Acting|Senior|Special|Permanent|Foreign|Chief|Vice)[\s-]+)*"
    r"(?:Ambassador|Director[\s-]General|Minister|Secretary|Envoy|Representative|Commissioner|Coordinator|"
    r"Co-?Chair|Chair|Head|Director|Official)s?\b"
)
OFFICE_AFTER_POSSESSIVE = re.compile(_OFFICE_AFTER_POSSESSIVE)
OFFICE_BETWEEN_NAMES = re.compile(  # from the possessive to the next name of the list
    _OFFICE_AFTER_POSSESSIVE
    + r"(?:\s*,?\s+(?:[A-Z][\w-]*\b(?!['’])|of|for|to|on|and|the|in|&))*\s*(?:,\s*and|,|;|\s+and)\s+(?:the\s+)?"
)
# 'Indonesian Foreign Minister Hassan Wirajuda and his Australian counterpart': one office holder, then another
OFFICER_BETWEEN_DEMONYMS = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,6}(?:,\s*(?:and\s+)?|and\s+)(?:his|her|their|the)?\s*"
)
AGENCY_BETWEEN_NAMES = re.compile(  # 'the Royal Malaysia Police and the Australian Federal Police': a state's agency
    r"\s+(?:Police(?:\s+Force)?|Immigration(?:\s+Department)?|Border\s+Force|Coast\s+Guard)"
    r"\s*(?:,\s*and|,|;|\s+and)\s+(?:the\s+)?(?:Royal\s+)?"
)
# the states an envoy is accredited to are not there: 'the Ambassador of Indonesia to Australia and Vanuatu',
# "New Zealand's Ambassador to Viet Nam"
ACCREDITED_REACH = (
    200  # characters before a name where its envoy's office may stand (one search each, not the whole text)
)
ACCREDITED_TO = re.compile(
    r"\b(?:Ambassadors?|Embass(?:y|ies)|Permanent\s+Representatives?|High\s+Commissioners?|Consuls?(?:\s+General)?)"
    r"(?:\s+of\s+[^,;.()]{1,60}?)?\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|and)\s+(?:the\s+)?)*$"
)
# a surname, not a state: 'the Chief of the Indonesian National Police, General Badrodin Haiti'
TITLE_AND_NAME_BEFORE = re.compile(
    r"\b(?:General|Lieutenant|Colonel|Admiral|Brigadier|Major|Commissioner|Dr|Mr|Mrs|Ms|Datuk|Dato['’]?|Tan\s+Sri)"
    r"\.?\s+(?:[A-Z][\w'’-]*\.?\s+){1,3}$"
)
CAPITALISED_PIECE = re.compile(
    r"^(?:[A-Z][\w'’.&/-]*|of|and|the|de|for|on|in)(?:\s+(?:[A-Z][\w'’.&/-]*|of|and|the|de|for|on|in|\d+))*$"
)


@dataclass
class ActorList:
    """Actors named one after another: their mentions in order, the pieces nothing resolved, the offices
    through which an organisation was present, and the stretch of text the list covers."""

    mentions: list[Mention] = field(default_factory=list)
    unresolved: list[Span] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    begin: int = 0
    end: int = 0


def _pieces(block: Span, begin: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the non-separator pieces of block[begin:end]."""
    out, start = [], begin
    text = block.quote
    for m in PIECE_SPLIT.finditer(text, begin, end):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < end:
        out.append((start, end))
    return [(b, e) for b, e in out if text[b:e].strip()]


def actor_lists(block: Span, gazetteer: Gazetteer, kinds: set[str] | None = None) -> list[ActorList]:
    """The lists of actors in a block (a sentence or clause), each with its unresolved pieces."""
    text = block.quote
    found = [
        m
        for m in scan_mentions(block, gazetteer, kinds)
        if not ACCREDITED_TO.search(
            text[max(0, m.span.begin - block.begin - ACCREDITED_REACH) : m.span.begin - block.begin]
        )
        and not TITLE_AND_NAME_BEFORE.search(text, max(0, m.span.begin - block.begin - 60), m.span.begin - block.begin)
    ]
    # who stands for a listed actor: '… the Budapest Process (through ICMPD), the Colombo Process (through its
    # Chair, Nepal), …' lists the processes, not their agents
    asides = [(a.start(), a.end()) for a in THROUGH_ASIDE.finditer(text)]
    found = [m for m in found if not any(b <= m.span.begin - block.begin < e for b, e in asides)]
    lists: list[ActorList] = []
    for mention in found:
        begin, end = mention.span.begin - block.begin, mention.span.end - block.begin
        current = lists[-1] if lists else None
        if current is not None:
            gap = ROLE_MARK.sub("", THROUGH_ASIDE.sub("", text[current.end : begin]))  # 'Viet Nam (host); Fiji'
            pieces = _pieces(block, current.end, begin)
            # ', with the International Organization for Migration acting as its Technical Secretariat': apart
            apart = bool(re.search(r"\bwith\b", gap)) and ACTING_AS.match(text, end) is not None
            apart = apart or OFFICE_IN.fullmatch(text[current.end : begin]) is not None  # 'A, in the Chair of B'
            joined = (
                (GAP.match(gap) and not CLOSING_DASH.search(gap))
                or OFFICE_BETWEEN_NAMES.fullmatch(gap)
                or AGENCY_BETWEEN_NAMES.fullmatch(gap)
                or (
                    current.mentions[-1].span.quote in gazetteer.demonyms
                    and mention.span.quote in gazetteer.demonyms
                    and OFFICER_BETWEEN_DEMONYMS.fullmatch(gap) is not None
                )
            )
            last = current.mentions[-1].actor.kind
            if MODIFIER_GAP.fullmatch(gap) and last == mention.actor.kind == "organisation":
                current.mentions[-1] = mention  # 'the UN refugee agency UNHCR': the first name only qualifies
                current.end = end
                continue
            if joined and not apart:
                current.mentions.append(mention)
                current.end = end
                continue
            capitalised = all(CAPITALISED_PIECE.match(text[b:e].strip()) for b, e in pieces)
            if pieces and capitalised and len(pieces) <= 3 and not apart:
                current.unresolved += [sub_span(block, b, e) for b, e in pieces]
                current.mentions.append(mention)
                current.end = end
                continue
        lists.append(ActorList([mention], [], [], begin, end))
    for actor_list in lists:
        _offices(block, actor_list, gazetteer)
        _acronyms_and_secretariats(block, actor_list, gazetteer)
        _tail(block, actor_list)
        _resolve_loosely(block, actor_list, gazetteer, kinds)
        _on_behalf(block, actor_list)
    return lists


OFFICE_BEFORE_NAME = re.compile(
    r"(?:\bthe\s+)?(?P<office>(?:(?:Assistant|Deputy|Acting|Associate|Executive|Special|Chief|Regional)\s+)*"
    r"(?:Director[\s-]General|Secretary[\s-]General|High\s+Commissioner|Director|Coordinator|Chair(?:man|person)?|"
    r"Head|President|Representative|Commissioner|Executive\s+Secretary|Administrator|Co-?Managers?)"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?)|(?:Assistant|Deputy)\s+)$"
)
OFFICE_HOLDING_KINDS = ("organisation", "secretariat")


def _offices(block: Span, actor_list: ActorList, gazetteer: Gazetteer) -> None:
    """'the Director-General of the International Organization for Migration', 'the Assistant United
    Nations High Commissioner for Refugees': the organisation is there through an office (an org:Post).
    A Secretary-General heads the organisation's secretariat when the gazetteer lists one ('the
    Secretary-General of ASEAN' is the ASEAN Secretariat)."""
    text = block.quote
    for index, mention in enumerate(actor_list.mentions):
        if mention.actor.kind not in OFFICE_HOLDING_KINDS:
            continue
        begin = mention.span.begin - block.begin
        found = OFFICE_BEFORE_NAME.search(text, max(0, begin - 80), begin)
        if found is None:
            continue
        office = " ".join(found["office"].split())
        office = re.sub(r"\s+(?:of|for|to)(?:\s+the)?$", "", office)
        office = re.sub(r"\b(Director|Secretary)[\s-]+[Gg]eneral\b", r"\1-General", office)  # one spelling, one post
        if office in ("Assistant", "Deputy"):  # 'the Assistant United Nations High Commissioner for Refugees'
            label = f"{office} {' '.join(mention.span.quote.split())}"
        else:
            label = f"{office} of {mention.actor.label}"
        if office.endswith("Secretary-General") and (secretariat := gazetteer.listed_secretariat_of(mention.actor)):
            mention = actor_list.mentions[index] = Mention(secretariat, mention.span, mention.represents)
        key = iris.post_key(iris.actor_segment(mention.actor.key), iris.slug(label))
        span = sub_span(block, found.start(), mention.span.end - block.begin)
        actor_list.posts.append(Post(key, label, mention.actor, span))
        actor_list.unresolved = [u for u in actor_list.unresolved if not (span.begin <= u.begin and u.end <= span.end)]


AFTER_NAME = re.compile(r"\s*\(\s*(?P<acr>[A-Z][\w+&-]{1,15})\s*\)")
QUALIFIER_AFTER = re.compile(r"\s*\((?P<inner>[^()]{1,60})\)")
SECRETARIAT_AFTER = re.compile(r"\s+Secretariat\b")


def _acronyms_and_secretariats(block: Span, actor_list: ActorList, gazetteer: Gazetteer) -> None:
    """'Asian Development Bank (ADB)' is one mention; 'International Centre for Migration Policy Development
    Secretariat (ICMPD)' and 'Association of South-East Asian Nations (ASEAN) Secretariat' name a secretariat."""
    text = block.quote
    out: list[Mention] = []
    skip_until = -1
    for mention in actor_list.mentions:
        begin, end = mention.span.begin - block.begin, mention.span.end - block.begin
        if begin < skip_until:
            continue
        actor, stop, represents = mention.actor, end, mention.represents
        if (qualified := QUALIFIER_AFTER.match(text, stop)) and not AFTER_NAME.match(text, stop):
            # 'Iran (Islamic Republic of)', and 'France (New Caledonia)': France, for New Caledonia
            whole = gazetteer.resolve(text[begin : qualified.end()])
            if whole is not None and whole.actor.key == actor.key:
                stop, represents = qualified.end(), whole.represents or represents
        if acr := AFTER_NAME.match(text, stop):
            stop = acr.end()
        if sec := SECRETARIAT_AFTER.match(text, stop):
            stop = sec.end()
            if acr2 := AFTER_NAME.match(text, stop):
                stop = acr2.end()
            if actor.kind == "organisation":
                actor = gazetteer.secretariat_of(actor)
        out.append(Mention(actor, sub_span(block, begin, stop), represents))
        skip_until = stop
    actor_list.mentions = out
    actor_list.unresolved = [  # pieces now inside a longer mention ('(ADB)', '… Secretariat') are read
        u for u in actor_list.unresolved if not any(m.span.begin <= u.begin and u.end <= m.span.end for m in out)
    ]
    if out:
        actor_list.end = max(actor_list.end, out[-1].span.end - block.begin)


def _on_behalf(block: Span, actor_list: ActorList) -> None:
    """'France (New Caledonia)': a state that attends for one of its territories, one mention."""
    text = block.quote
    out: list[Mention] = []
    for mention in actor_list.mentions:
        previous = out[-1] if out else None
        if previous is not None and mention.actor.kind == "territory" and mention.actor.parent == previous.actor.key:
            gap = text[previous.span.end - block.begin : mention.span.begin - block.begin]
            after = text[mention.span.end - block.begin :]
            if gap.strip() == "(" and after.lstrip().startswith(")"):
                close = mention.span.end - block.begin + after.index(")") + 1
                whole = sub_span(block, previous.span.begin - block.begin, close)
                out[-1] = Mention(previous.actor, whole, mention.actor)
                continue
        out.append(mention)
    actor_list.mentions = out


TRAILING_OFFICE = re.compile(
    r",\s+(?:the|its|our|their)\s+(?:(?:current|outgoing|incoming|new|present)\s+)?"
    r"(?:Co-?Chair|Chair(?:man|person)?|Co-?ordinator|Presidency|Secretariat|Host)s?\s+(?:of|for)\b"
)


def _tail(block: Span, actor_list: ActorList) -> None:
    """Unknown names that end a list: '…, Fiji and Ruritania.' (capitalised pieces up to the clause end)."""
    text = block.quote
    if TRAILING_OFFICE.match(text, actor_list.end):
        return  # 'Hungary, the Co-Chair of the Process': an office in apposition, not more names
    rest = re.match(r"[^.;:()]*", text[actor_list.end :]).group()
    pieces = _pieces(block, actor_list.end, actor_list.end + len(rest))
    if not pieces or not GAP.match(text[actor_list.end : pieces[0][0]]) or text[actor_list.end : pieces[0][0]] == "":
        return
    taken = []
    for b, e in pieces:
        piece = text[b:e].strip()
        if not CAPITALISED_PIECE.match(piece) or len(piece.split()) > 6:
            break
        taken.append((b, e))
    if taken and len(taken) == len(pieces):
        actor_list.unresolved += [sub_span(block, b, e) for b, e in taken]
        actor_list.end = taken[-1][1]


def _resolve_loosely(block: Span, actor_list: ActorList, gazetteer: Gazetteer, kinds: set[str] | None = None) -> None:
    """Resolve a list's unresolved pieces more loosely, and re-read a known name that is only the tail of
    a longer unknown one ('Democratic Republic of Korea' holds 'Republic of Korea')."""
    text = block.quote
    listed = {m.actor.key for m in actor_list.mentions}
    mentions = []
    for mention in actor_list.mentions:
        begin = mention.span.begin - block.begin
        lead = re.search(r"(?:\b[A-Z][\w'’-]*\s+)+$", text[max(0, begin - 60) : begin])
        if lead and not OFFICE_WORD.search(lead.group()) and not re.search(r"\b(?:The|And)\s*$", lead.group()):
            whole = sub_span(block, begin - len(lead.group()), mention.span.end - block.begin)
            actor = gazetteer.fuzzy(whole.quote, listed - {mention.actor.key})
            if actor is not None and actor.key != mention.actor.key:
                mentions.append(Mention(actor, whole))
                listed.add(actor.key)
                continue
        mentions.append(mention)
    unresolved = []
    for piece in actor_list.unresolved:
        actor, span = _loose(piece, gazetteer, listed)
        if actor is not None and kinds is not None and actor.kind not in kinds:
            continue  # 'the Member Countries' between two states: words of the list, not one of its actors
        if actor is None:
            unresolved.append(piece)
        else:
            mentions.append(Mention(actor, span))
            listed.add(actor.key)
    actor_list.mentions = sorted(mentions, key=lambda m: m.span.begin)
    actor_list.unresolved = unresolved


def _loose(piece: Span, gazetteer: Gazetteer, listed: set[str]):
    """An unresolved list piece read loosely: an office before a name, 'A/B', a longer or inexact name."""
    office = OFFICE.match(piece.quote)
    if office and office.end() < len(piece.quote):
        rest = sub_span(piece, office.end(), len(piece.quote))
        found = gazetteer.resolve(rest.quote) or None
        if found is not None:
            return found.actor, rest
    for part in re.split(r"\s*/\s*", piece.quote)[::-1] if "/" in piece.quote else []:
        found = gazetteer.resolve(part)
        if found is not None:
            start = piece.quote.index(part)
            return found.actor, sub_span(piece, start, start + len(part))
    found = gazetteer.resolve(piece.quote)
    if found is not None:
        return found.actor, piece
    actor = gazetteer.fuzzy(piece.quote, listed)
    return actor, piece
