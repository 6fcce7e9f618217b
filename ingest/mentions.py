"""Actor lists in running text ('A, B, C (X) and D') split into resolved mentions with spans."""

import re
from dataclasses import dataclass

from ingest.gazetteer import ACRONYM, FILLER, Gazetteer, Resolution
from ingest.records import Mention, Span
from ingest.text import sub_span

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
