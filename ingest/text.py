"""Offsets, lines, sentences and normalisation over a source text (no newline translation)."""

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from ingest.records import Span

LINE = re.compile(r"[^\r\n]*")
SENTENCE_END = re.compile(r"[.!?:](?=\s+[\"“‘'(]?[A-Z0-9]|\s*$)")
# a full stop that ends an abbreviation or an initial ('H.E. Retno L.P. Marsudi', 'the Hon. Julie Bishop')
ABBREVIATION = re.compile(
    r"(?:\b(?:H\.E|Hon|Dr|Mr|Mrs|Ms|Prof|Sen|St|No|Nos|Art|Arts|para|paras|e\.g|i\.e|cf|vs|Jr|Sr|Rev|Gen|Lt|Col|Capt|Amb|"
    r"Jan|Feb|Apr|Aug|Sept|Sep|Oct|Nov|Dec)"
    r"|(?<!\w)[A-Z])\.$"
)


@dataclass(frozen=True)
class Line:
    """One line: where its content starts and ends (newline excluded) and the content."""

    start: int
    end: int
    content: str

    @property
    def stripped(self) -> str:
        """The content without surrounding white space."""
        return self.content.strip()


def lines(text: str) -> list[Line]:
    """Split into lines on LF, CRLF or CR, keeping each line's offsets into the text."""
    out = []
    pos = 0
    while pos <= len(text):
        match = LINE.match(text, pos)
        out.append(Line(match.start(), match.end(), match.group()))
        pos = match.end()
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < len(text):
            pos += 1
        else:
            break
    return out


def span(source: str, text: str, begin: int, end: int) -> Span:
    """The span [begin, end) with surrounding white space trimmed off."""
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return Span(source, begin, end, text[begin:end])


def sub_span(outer: Span, begin: int, end: int) -> Span:
    """A span inside `outer`, from offsets relative to the start of its quote, trimmed."""
    quote = outer.quote
    while begin < end and quote[begin].isspace():
        begin += 1
    while end > begin and quote[end - 1].isspace():
        end -= 1
    return Span(outer.source, outer.begin + begin, outer.begin + end, quote[begin:end])


# a wire's dateline before its first sentence: 'MANILA, Sept 20 (Bernama) -- ', 'DUBAI, 9th February 2024 (WAM) -- '
WIRE_DATELINE = re.compile(r"[A-Z][^\n]{2,60}?\s(?:--|[–—-])\s+(?=[A-Z])")
# strictly, a wire's dateline that opens a body (a city in capitals, or an agency in brackets): 'DUBAI, 9th
# February, 2024 (WAM) -- …', 'Jakarta (ANTARA News) - …', 'MANILA - …'
WIRE_START = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{2,30}|[A-Z][\w .'’-]{2,30}\s*\([A-Z][^()]{1,30}\))"
    r"(?:,\s+[^\n]{3,40}?)?(?:\s*\([^()]{2,30}\))?\s+(?:--|[–—-])\s+(?=[A-Z])"
)
ANNEX_LABEL = re.compile(r"\W*(?:annex|appendix|attachment)(?:\s+[\w.-]{1,5})?\s*:", re.IGNORECASE)


def leads_on(sentence: Span) -> bool:
    """Whether a sentence ending in ':' is read with the one after it ('… the two Co-Chairs: A and B.'); not
    an annex's label alone ('Annex:' over 'List of delegations Partner states:')."""
    return sentence.quote.endswith(":") and not ANNEX_LABEL.fullmatch(sentence.quote)


def read_on(parts: list[Span], text: str, offset: int = 0) -> list[Span]:
    """The sentences, one that ends in ':' read with the one it introduces, and on while the joined one still
    ends in ':' ('… of the following African countries: A and B; of the following European countries: C, D.');
    `text` holds the parts, from `offset` in their source."""
    out: list[Span] = []
    index = 0
    while index < len(parts):
        sentence = parts[index]
        index += 1
        while (
            leads_on(sentence)
            and index < len(parts)
            and not text[sentence.end - offset : parts[index].begin - offset].strip()
        ):
            end = parts[index].end
            sentence = Span(sentence.source, sentence.begin, end, text[sentence.begin - offset : end - offset])
            index += 1
        out.append(sentence)
    return out


def sentences(block: Span) -> list[Span]:
    """Split a block of text into sentences, ending at . ! ? or : before a capital or the end."""
    out = []
    start = 0
    for match in SENTENCE_END.finditer(block.quote):
        if match.group() == "." and ABBREVIATION.search(block.quote, max(0, match.start() - 6), match.end()):
            continue
        out.append(sub_span(block, start, match.end()))
        start = match.end()
    if block.quote[start:].strip():
        out.append(sub_span(block, start, len(block.quote)))
    return [s for s in out if s.quote]


def squash(text: str) -> str:
    """Collapse runs of white space (including line breaks) to one space."""
    return " ".join(text.split())


def fold(word: str) -> str:
    """Case-folded and without accents ('Côte' and 'Cote' alike, as ASCII extraction writes them)."""
    if word.isascii():
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise(name: str, accents: bool = False) -> str:
    """The lookup form of a name: folded (no case, no accents unless kept), straight apostrophes, hyphens as
    spaces."""
    name = name.replace("’", "'").replace("‘", "'").replace("`", "'")
    name = re.sub(r"[-‐‑–]", " ", name)
    name = re.sub(r"\s*'\s*", "'", name)
    return (squash(name).casefold() if accents else fold(squash(name))).strip(" .,;:")


class MatchesBefore:
    """What a pattern's finditer finds in any prefix of a text, from one pass over the whole text.

    For a pattern whose matches do not depend on the end of the text (no '$', no look-ahead or word
    boundary at its end): a search that fails in the whole text fails in any prefix, and a match that
    ends by the cut is found in the prefix as well, so only the stretch from the first match that runs
    past the cut is searched again."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.pattern = pattern
        self.text = text
        self.matches = list(pattern.finditer(text))
        self.ends = [m.end() for m in self.matches]

    def count(self, cut: int) -> int:
        """How many of the whole text's matches the prefix cut at `cut` keeps (its first matches)."""
        return bisect_right(self.ends, cut)

    def tail(self, cut: int) -> list[re.Match]:
        """The prefix's matches after those it keeps (from where the first match past the cut began)."""
        kept = self.count(cut)
        if kept == len(self.matches):
            return []
        return list(self.pattern.finditer(self.text, self.matches[kept].start(), cut))
