"""Actor lists in running text ('A, B, C (X) and D') split into resolved mentions with spans."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ingest.gazetteer import ACRONYM, FILLER, FORMAL_STATE_PREFIX, Gazetteer, Resolution
from ingest.records import Actor, Mention, Span
from ingest.text import fold, normalise, sub_span

SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+")
MAX_JOIN = 10
SMALL_WORDS = {"of", "for", "on", "and", "the", "in", "to", "de", "du", "des", "la", "le"}


@dataclass(frozen=True)
class ListReading:
    """The mentions a list resolved to, and the stretches of it nothing resolved."""

    mentions: list[Mention]
    unresolved: list[Span]


def fragments(block: Span) -> list[tuple[int, int]]:
    """Offsets (relative to the block) of the pieces between list separators."""
    out, start = [], 0
    depth_free = _outside_parentheses(block.quote)
    for match in SEPARATOR.finditer(block.quote):
        if not depth_free[match.start()]:
            continue
        if match.start() > start:
            out.append((start, match.start()))
        start = match.end()
    if start < len(block.quote):
        out.append((start, len(block.quote)))
    return out


def _outside_parentheses(text: str) -> list[bool]:
    """For each offset, whether it lies outside any parentheses."""
    depth, flags = 0, []
    for char in text:
        depth += char == "("
        flags.append(depth == 0)
        depth -= char == ")" and depth > 0
    return flags


def initials_fit(name: str, acronym: str) -> bool:
    """Whether an acronym spells the initials of a name's capitalised words, from the first word."""
    words = [w for w in re.split(r"[\s\-‐–/]+", FILLER.sub("", name)) if w]
    initials = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in SMALL_WORDS)
    return bool(initials) and initials.upper().startswith(acronym.upper())


def read_list(block: Span, gazetteer: Gazetteer, stop_at_unresolved: bool = False) -> ListReading:
    """Resolve a list left to right, joining pieces where a name contains commas or 'and'."""
    pieces = fragments(block)
    mentions, unresolved, i = [], [], 0
    while i < len(pieces):
        found = _longest_name(block, pieces, i, gazetteer) or _acronym_name(block, pieces, i, gazetteer)
        if found is None:
            if stop_at_unresolved:
                break
            unresolved.append(sub_span(block, *pieces[i]))
            i += 1
            continue
        j, resolution = found
        mention = sub_span(block, pieces[i][0], pieces[j][1])
        mention = _without_filler(mention)
        mentions.append(Mention(resolution.actor, mention, resolution.represents))
        i = j + 1
    return ListReading(mentions, unresolved)


def _without_filler(mention: Span) -> Span:
    """The mention without a leading 'the' or 'representatives of the'."""
    match = FILLER.match(mention.quote)
    return sub_span(mention, match.end(), len(mention.quote)) if match else mention


def _longest_name(block: Span, pieces: list[tuple[int, int]], i: int, gazetteer: Gazetteer):
    """The longest run of pieces from i that is one known name (e.g. 'Trinidad and Tobago')."""
    for j in range(min(len(pieces), i + MAX_JOIN) - 1, i - 1, -1):
        text = block.quote[pieces[i][0] : pieces[j][1]]
        if j > i and "(" in block.quote[pieces[i][0] : pieces[j - 1][1]]:
            continue
        if j == i:
            resolution = gazetteer.resolve(text)
        else:
            actor = gazetteer.lookup(text)
            resolution = Resolution(actor) if actor else None
        if resolution is not None:
            return j, resolution
    return None


def _acronym_name(block: Span, pieces: list[tuple[int, int]], i: int, gazetteer: Gazetteer):
    """A long name with commas whose last piece ends in a known '(ACR)' the name's initials spell."""
    for j in range(i + 1, min(len(pieces), i + MAX_JOIN)):
        if "(" in block.quote[pieces[i][0] : pieces[j - 1][1]]:
            return None
        text = " ".join(block.quote[pieces[i][0] : pieces[j][1]].split())
        match = ACRONYM.match(FILLER.sub("", text))
        if match is None:
            continue
        if not initials_fit(match["name"], match["acr"]):
            return None
        resolution = gazetteer.resolve(text)
        return (j, resolution) if resolution is not None else None
    return None


def name_regex(names: list[str], suffix: str = "") -> re.Pattern:
    """One pattern matching any of the names (then `suffix`), tolerant of line breaks and apostrophes."""
    alternatives = []
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        words = re.split(r"[\s\-‐–]+", name.replace("’", "'"))
        pattern = ""
        for index, word in enumerate(words):
            if index:
                pattern += r"[\s\-‐–]*" if words[index - 1].endswith("'") else r"[\s\-‐–]+"
            pattern += re.escape(word).replace("'", "['’]")
        alternatives.append(pattern)
    # a name may follow a word without its space ('thatAd Hoc Experts' Group I'), a typo the statements have
    start = r"(?:(?<![\w-])|(?<=[a-z])(?=[A-Z]))"
    return re.compile(start + "(?:" + "|".join(alternatives) + ")" + suffix + r"(?![\w-])")


def first_word(name: str) -> str:
    """A name's first word as name_regex splits it (apostrophes as '): text without it cannot match."""
    return re.split(r"[\s\-‐–]+", name.replace("’", "'"))[0]


def find_actor_mentions(block: Span, gazetteer: Gazetteer, kinds: set[str]) -> list[Mention]:
    """Every mention in a block of an actor of the given kinds, by name, alias or acronym."""
    out = []
    text = block.quote.replace("’", "'")
    for actor in sorted(gazetteer.actors.values(), key=lambda a: a.key):
        if actor.kind not in kinds:
            continue
        names = [n for n, key in gazetteer.names_of(actor.key)] + ([actor.acronym] if actor.acronym else [])
        if not any(first_word(n) in text for n in names if n):  # spares compiling the pattern
            continue
        pattern = name_regex(names)
        for match in pattern.finditer(block.quote):
            out.append(Mention(actor, sub_span(block, match.start(), match.end())))
    out.sort(key=lambda m: (m.span.begin, -m.span.end))
    kept: list[Mention] = []
    for mention in out:  # a name inside a longer one ('countries' in 'regional countries') is not a mention
        if not any(
            k.span.begin <= mention.span.begin and mention.span.end <= k.span.end and k != mention for k in kept
        ):
            kept.append(mention)
    return kept


# ------------------------------------------------------------------ every name of every actor, found in one pass

# a word, with inner apostrophes (a word broken at a line end is joined by ingest.reading before this)
TOKEN = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")
JOIN = re.compile(r"[\s\-‐‑–'’.,&/+]*")
CONNECTOR_WORDS = {"of", "for", "on", "and", "the", "in", "to", "de", "du", "des", "la", "le", "et", "da", "do"}


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Words (letters and digits, with inner apostrophes) as (casefolded word, begin, end)."""
    return [(fold(m.group().replace("’", "'")), m.start(), m.end()) for m in TOKEN.finditer(text)]


@dataclass
class NameIndex:
    """The names, aliases and acronyms of every actor as word sequences in a trie: the longest name that
    starts at each word of a text is found in one pass, whatever the line breaks, hyphens or case of an
    all-capitals text. A name written with a capital must be written with one in the text."""

    trie: dict = None
    depth: int = 0  # the most words of any name
    member_organisations: frozenset[str] = frozenset()  # 'ASEAN Member States': ASEAN, whose members are known

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> "NameIndex":
        """The index of a gazetteer (built once, then kept on it)."""
        cached = getattr(gazetteer, "_name_index", None)
        if cached is not None:
            return cached
        index = cls({}, member_organisations=frozenset(gazetteer.memberships))
        for key, names in gazetteer.written.items():
            for name in names:
                if gazetteer.names.get(normalise(name)) == key:
                    index.add(name, key)
        for name, key in gazetteer.reading_aliases:
            index.add(name, key)
        for acronym, key in gazetteer.acronyms.items():
            index.add(acronym, key, exact=True)
        gazetteer._name_index = index
        return index

    def add(self, name: str, key: str, exact: bool = False) -> None:
        """Index one name of an actor."""
        words = tokens(name)
        if not words:
            return
        node = self.trie
        for word, _, _ in words:
            node = node.setdefault(word, {})
        self.depth = max(self.depth, len(words))
        first = TOKEN.search(name).group()
        entry = (key, exact, name.replace("’", "'") if exact else first[:1].isupper())
        existing = node.get(None)
        if existing is None or (existing[0] == key and existing[2] is True and entry[2] is False):
            node[None] = entry  # 'ministers' as an alias of 'Ministers': either case reads

    def scan(self, text: str) -> list[tuple[int, int, str]]:
        """(begin, end, actor key) of every longest name in the text, left to right, none overlapping."""
        return self.scan_words(text, tokens(text))[0]

    def scan_words(self, text: str, words: list[tuple[str, int, int]]) -> tuple[list[tuple[int, int, str]], list[int]]:
        """The names of a text given its words (see scan), and the words the scan tried a name from."""
        originals = [text[b:e] for _, b, e in words]
        out, i, tried = [], 0, []
        while i < len(words):
            tried.append(i)
            node, best, j = self.trie, None, i
            while j < len(words) and words[j][0] in node:
                if j > i and not JOIN.fullmatch(text, words[j - 1][2], words[j][1]):
                    break  # a name does not run across a parenthesis, a colon or a semicolon
                node = node[words[j][0]]
                j += 1
                if None in node and self._fits(node[None], originals[i:j], text[words[i][1] : words[j - 1][2]]):
                    best = (j, node[None][0])
            if (
                best is not None
                and best[0] < len(words)
                and _prefix_of_a_longer_name(text, words, best[0])
                and not (best[1].startswith("state/") and words[best[0]][0].casefold() in STATE_OFFICE_WORDS)
                and not (best[1] in self.member_organisations and words[best[0]][0] == "member")
            ):
                best = None  # 'United Nations' in 'United Nations Convention': part of another name, not a
                # state before its office ('the UAE Minister of Human Resources')
            if best is None:
                i += 1
                continue
            j, key = best
            out.append((words[i][1], words[j - 1][2], key))
            i = j
        return out, tried

    @staticmethod
    def _fits(entry: tuple, written: list[str], quote: str) -> bool:
        """Whether the words of the text are written as the name requires: an acronym exactly, a name with
        a capital with one (or in an all-capitals text)."""
        _, exact, need = entry
        if exact:
            return quote.replace("’", "'") == need
        first = written[0]
        return not need or first[:1].isupper() or first[:1].isdigit()


STATE_OFFICE_WORDS = frozenset(
    {
        *("minister", "ministers", "ministry", "government", "delegation", "delegations", "ambassador"),
        *("ambassadors", "embassy", "president", "prime", "foreign", "deputy", "vice", "secretary", "police"),
    }
)


def _prefix_of_a_longer_name(text: str, words: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the name that ends before word j goes on with a capitalised word (no comma, no line of its
    own between them): then it is the start of a longer name the index does not know."""
    gap = text[words[j - 1][2] : words[j][1]]
    following = text[words[j][1] : words[j][2]]
    return (
        gap in (" ", "\u00a0")
        and following[:1].isupper()
        and following.casefold() not in CONNECTOR_WORDS | NAME_OFFICE_WORDS
    )


# a word that names an office of the actor before it, not more of its name ('the GFMD Chairmanship')
NAME_OFFICE_WORDS = frozenset({"secretariat", "chair", "chairs", "chairmanship", "chairperson", "presidency"})


OFFICE_NOUNS = (
    # 'the Indonesian National Police', 'the Australian Federal Police': a state's agency
    r"(?:Foreign|Home|Prime|Deputy|Vice|Immigration|Interior|Justice|Police|hosts?|Federal\s+Police|Border\s+Force|"
    r"National\s+(?:Police|Security|Agency|Authority|Commission|Committee|Task\s+Force)|"
    r"Attorney|Minister|Ministers|Ministry|"
    r"President|Ambassador|Embassy|Government|Department|Secretary|Delegation|delegation|delegates|senior|"
    r"officials?|Senior\s+Officials?|foreign|ministers?|authorities|representatives?|co-?chairs?|Co-?Chairs?|Chairs?|"
    r"Chairmanship|"
    r"Presidency|High|counterparts?)\b"
)


def _demonym_pattern(gazetteer: Gazetteer) -> re.Pattern | None:
    """'Indonesian' in 'Indonesian Foreign Minister', 'the Australian and Indonesian senior officials'."""
    cached = getattr(gazetteer, "_demonym_pattern", None)
    if cached is not None or not gazetteer.demonyms:
        return cached
    adjectives = "|".join(re.escape(a) for a in sorted(gazetteer.demonyms, key=len, reverse=True))
    pattern = re.compile(rf"\b(?P<adj>{adjectives})(?=(?:\s+(?:and|,)\s*(?:{adjectives}))*\s+{OFFICE_NOUNS})")
    gazetteer._demonym_pattern = pattern
    return pattern


FORMAL_PREFIX = re.compile(FORMAL_STATE_PREFIX + r"$")


def scan_mentions(block: Span, gazetteer: Gazetteer, kinds: set[str] | None = None) -> list[Mention]:
    """Every actor the block names (of the given kinds), longest names first, as mentions with spans; a
    state's adjective before an office ('Indonesian Foreign Minister') names the state."""
    out = []
    for begin, end, key in NameIndex.of(gazetteer).scan(block.quote):
        actor = gazetteer.actors[key]
        if kinds is None or actor.kind in kinds or key in kinds:  # a kind, or one actor of another kind
            if actor.kind == "state" and (formal := FORMAL_PREFIX.search(block.quote, 0, begin)):
                begin = formal.start()  # 'the Republic of Hungary', a formal name the gazetteer does not list
            out.append(Mention(actor, sub_span(block, begin, end)))
    if (pattern := _demonym_pattern(gazetteer)) is not None and (kinds is None or "state" in kinds):
        for match in pattern.finditer(block.quote):
            if not any(
                m.span.begin - block.begin < match.end() and match.start() < m.span.end - block.begin for m in out
            ):
                actor = gazetteer.actors[gazetteer.demonyms[match["adj"]]]
                out.append(Mention(actor, sub_span(block, match.start(), match.end())))
        out.sort(key=lambda m: m.span.begin)
    return out


def states_named(block: Span, gazetteer: Gazetteer) -> frozenset[str]:
    """The ISO alpha-2 codes of the states a block names (to tell apart cities of one name: 'Cadiz')."""
    return frozenset(m.actor.iso2 for m in scan_mentions(block, gazetteer, {"state"}) if m.actor.iso2)


class NamesBefore:
    """The last name of some kinds that a scan of the text up to an offset finds (what scan_mentions finds in
    the text cut there, for 'the Process'), from one scan of the whole text: the two scans agree up to a word
    the scan tried a name from whose names all end before the cut, and only the words after it are
    scanned again."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.gazetteer = gazetteer
        self.index = NameIndex.of(gazetteer)
        self.words = tokens(text)
        self.ends = [e for _, _, e in self.words]
        self.found, self.tried = self.index.scan_words(text, self.words)
        self.by_kind: dict[str, tuple[list[int], list[str]]] = {}

    def last(self, cut: int, kinds: set[str], word: str = "") -> Actor | None:
        """The actor of the given kinds named last in the text before `cut` (without states' adjectives); with
        `word`, the last whose name holds that word ('the Dialogue': the Abu Dhabi Dialogue, not a Forum named
        after it), else the last of any name."""
        if word and (named := self._last_with(cut, kinds, word)) is not None:
            return named
        return self._last(cut, kinds)

    def _last_with(self, cut: int, kinds: set[str], word: str) -> Actor | None:
        """The actor of the given kinds whose name holds `word`, named last before `cut`."""
        best = None
        for kind in kinds:
            begins, keys = self._of_kind(kind)
            for begin, key in zip(begins[: bisect_left(begins, cut)], keys, strict=False):
                if re.search(rf"\b{re.escape(word)}\b", self.gazetteer.actors[key].label) and (
                    best is None or begin > best[0]
                ):
                    best = (begin, key)
        return self.gazetteer.actors[best[1]] if best else None

    def _last(self, cut: int, kinds: set[str]) -> Actor | None:
        """The actor of the given kinds named last before `cut`."""
        common = bisect_right(self.ends, cut)  # words that end before the cut are the cut text's first words
        # a name tried from a word before `start` reads at most `depth` words on (and the one after): all common
        depth = self.index.depth
        start = self.tried[bisect_right(self.tried, common - depth) - 1] if self.tried and common >= depth else 0
        tail_from = self.ends[common - 1] if common else 0
        window = self.words[start:common] + [
            (m.group().replace("’", "'").casefold(), m.start(), m.end())
            for m in TOKEN.finditer(self.text, tail_from, cut)
        ]
        for _, _, key in reversed(self.index.scan_words(self.text, window)[0]):
            if self.gazetteer.actors[key].kind in kinds:
                return self.gazetteer.actors[key]
        before = self.words[start][1] if start < len(self.words) else len(self.text)
        best = None
        for kind in kinds:
            begins, keys = self._of_kind(kind)
            count = bisect_left(begins, before)
            if count and (best is None or begins[count - 1] > best[0]):
                best = (begins[count - 1], keys[count - 1])
        return self.gazetteer.actors[best[1]] if best else None

    def _of_kind(self, kind: str) -> tuple[list[int], list[str]]:
        """Where the whole text's names of one kind begin, and their actors' keys."""
        if kind not in self.by_kind:
            named = [(b, k) for b, _, k in self.found if self.gazetteer.actors[k].kind == kind]
            self.by_kind[kind] = ([b for b, _ in named], [k for _, k in named])
        return self.by_kind[kind]
