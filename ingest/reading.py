"""The text as it is read: words broken at a line end by a hyphen ('Secre-\\ntary', 'co-\\nordinates') are
joined again, a label's dot leaders read as its colon ('Observers ....... IOM, ILO' as 'Observers       : IOM,
ILO'), and every span read from it is mapped back to the offsets and exact text of the source.

The reading text is as long as the source: a joined word's line is moved left over the hyphen, line break
and indentation it lost, and as many spaces are put at the end of that line. Offsets before a join and
after the line it joins are the same in both texts."""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace

from ingest.records import Span

# a hyphen at a line end between two letters; the next line goes on in small letters, or in a word that
# starts with a capital ('Co-\nChairs', 'Timor-\nLeste'), never with an item marker ('A.')
BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*(?:\r\n|\r|\n)[ \t]*(?=[^\W\d_][^\W\d_])")
WORD_BEFORE = re.compile(r"[^\W\d_]+$")
WORD_AFTER = re.compile(r"[^\W\d_]+")
LINE_END = re.compile(r"\r\n|\r|\n|$")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# first parts that keep their hyphen when nothing else in the text decides ('co-operation', 'follow-up')
HYPHENATED_PREFIXES = {
    "co", "non", "self", "ex", "cross", "multi", "follow", "well", "long", "short", "high", "low", "anti",
    "semi", "vice", "pre", "post", "inter", "intra", "sub", "counter", "capacity", "decision", "people",
    "state", "region", "country", "government", "member", "mid", "full", "part", "by", "all",
}  # fmt: skip


# a label's dot leaders: a line's first words, then three dots or more and its value on the same line
LEADER = re.compile(r"(?m)^([ \t]*[^\W\d_][^.:\r\n]{1,60}?[^\W\d_)])([ \t]*\.{3,}[ \t]*)(?=\S)")


class Reading:
    """A source text with its broken words joined, and the way back from reading offsets to source ones."""

    def __init__(self, source: str, is_name: Callable[[str], bool] = lambda _: False):
        self.source = source
        text, self.origin = _join_broken_words(source)
        # not a roster's row, a name with its leaders to the delegation's office ('Thailand ...... Ministry of Labour')
        self.text = LEADER.sub(lambda m: m.group() if is_name(_unbracketed(m.group(1))) else _as_colon(m), text)
        if self.origin is None and self.text != text:
            self.origin = list(range(len(text)))  # same offsets, but spans' quotes are taken from the source

    @property
    def joined(self) -> bool:
        """Whether any word was joined (if not, the reading text is the source)."""
        return self.origin is not None

    def begin(self, offset: int) -> int:
        """The source offset of a span beginning at `offset` in the reading text."""
        if self.origin is None or offset >= len(self.origin):
            return offset
        return self.origin[offset]

    def end(self, offset: int) -> int:
        """The source offset of a span ending (exclusive) at `offset` in the reading text."""
        if self.origin is None or offset == 0:
            return offset
        return self.origin[offset - 1] + 1

    def span(self, span: Span) -> Span:
        """A span of the reading text as a span of the source (its exact text there)."""
        begin = self.begin(span.begin)
        end = max(begin, self.end(span.end)) if span.end > span.begin else begin
        return Span(span.source, begin, end, self.source[begin:end])

    def restore(self, value):
        """`value` (a record, or anything holding spans) with every span mapped back to the source."""
        if self.origin is None:
            return value
        return self._restore(value)

    def _restore(self, value):
        """`value` with every span in it mapped back to the source."""
        if isinstance(value, Span):
            return self.span(value)
        if isinstance(value, list):
            return [self._restore(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self._restore(v) for v in value)
        if isinstance(value, dict):
            return {k: self._restore(v) for k, v in value.items()}
        if is_dataclass(value) and not isinstance(value, type):
            changed = {}
            for f in fields(value):
                old = getattr(value, f.name)
                new = self._restore(old)
                if new is not old:
                    changed[f.name] = new
            if not changed:
                return value
            if type(value).__dataclass_params__.frozen:
                return replace(value, **changed)
            for name, new in changed.items():
                setattr(value, name, new)
            return value
        return value


def _unbracketed(label: str) -> str:
    """A label without a bracketed note at its end ('Sri Lanka (Chair)' → 'Sri Lanka')."""
    return re.sub(r"\s*\([^()]*\)$", "", label).strip()


def _as_colon(match: re.Match) -> str:
    """A label with its dot leaders read as spaces and a colon, as long as the leaders were ('Observers      : ')."""
    return match.group(1) + " " * (len(match.group(2)) - 2) + ": "


def _join_broken_words(source: str) -> tuple[str, list[int] | None]:
    """The reading text, and for each of its characters the offset of the source character it shows (None
    when no word was broken)."""
    breaks = list(BROKEN_WORD.finditer(source))
    if not breaks:
        return source, None
    attested = Counter(m.group().casefold() for m in WORD.finditer(source))
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    pending = 0  # characters dropped on the current line, given back as spaces at its end
    for match in breaks:
        if match.start() < pos:
            continue
        line_end = LINE_END.search(source, pos).start()
        if pending and line_end < match.start():  # the joined line ends before this break
            _copy(source, pos, line_end, out, origin)
            _pad(pending, line_end, out, origin)
            pos, pending = line_end, 0
        _copy(source, pos, match.start(), out, origin)
        keep = _keeps_hyphen(source, match, attested)
        if keep:
            _copy(source, match.start(), match.start() + 1, out, origin)
        pending += len(match.group()) - (1 if keep else 0)
        pos = match.end()
    if pending:
        line_end = LINE_END.search(source, pos).start()
        _copy(source, pos, line_end, out, origin)
        _pad(pending, line_end, out, origin)
        pos = line_end
    _copy(source, pos, len(source), out, origin)
    return "".join(out), origin


def _copy(source: str, begin: int, end: int, out: list[str], origin: list[int]) -> None:
    """Copy source[begin:end] to the reading text."""
    out.append(source[begin:end])
    origin.extend(range(begin, end))


def _pad(count: int, line_end: int, out: list[str], origin: list[int]) -> None:
    """Spaces at the end of a joined line, standing for the characters it lost."""
    out.append(" " * count)
    origin.extend([line_end - 1] * count)


def _keeps_hyphen(source: str, match: re.Match, attested: Counter) -> bool:
    """Whether a broken word keeps its hyphen: when it goes on with a capital ('Timor-Leste'), when the
    text writes it with one elsewhere, or when its first part is a prefix that takes one ('co-operation')."""
    before = WORD_BEFORE.search(source, max(0, match.start() - 80), match.start())
    after = WORD_AFTER.match(source, match.end())
    first, second = before.group(), after.group()
    if second[0].isupper():
        return True
    hyphenated = attested[f"{first}-{second}".casefold()]
    joined = attested[f"{first}{second}".casefold()]
    if hyphenated != joined:
        return hyphenated > joined
    return first.casefold() in HYPHENATED_PREFIXES
