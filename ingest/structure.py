"""The layout of a statement: heading, dateline, sections, numbered paragraphs, lettered items.

Markers are recognised by their sequence, not their position: a paragraph number must follow the
previous one, a letter the previous letter, a section numeral the previous numeral. That keeps
'2003. These regional initiatives' a line of text and tells item 'I.' from section 'I.'.
"""

import re

from balikg.core.errors import IngestError
from ingest.dates import DATE
from ingest.records import Item, Paragraph, Section, Span, Structure
from ingest.text import Line, lines, sentences, span

DATELINE = re.compile(rf"^\s*(?P<place>[A-Z][\w .'’-]*?(?:,\s*[A-Z][\w .'’-]*?)?),\s*(?P<date>{DATE})\s*$")
PARAGRAPH = re.compile(r"^\s*(?P<num>\d{1,3})\.(?:\s+(?P<rest>\S.*?))?\s*$")
ITEM = re.compile(r"^\s*(?:(?P<upper>[A-Z])\.|\((?P<paren>[A-Za-z])\))(?:\s+(?P<rest>\S.*?))?\s*$")
SECTION = re.compile(r"^\s*(?P<num>[IVXLC]+)\.(?:\s+(?P<rest>\S.*?))?\s*$")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
TITLE_MAX_WORDS = 15


def next_letter(letter: str) -> str:
    """The letter after `letter` ('' → 'A')."""
    return chr(ord(letter) + 1) if letter else "A"


def next_numeral(numeral: str) -> str:
    """The roman numeral after `numeral` ('' → 'I')."""
    if not numeral:
        return "I"
    index = ROMAN.index(numeral) + 1
    return ROMAN[index] if index < len(ROMAN) else ""


class _Walker:
    """Walks the body lines once, keeping the sequence state that decides what a marker is."""

    def __init__(self, source: str, text: str, body: list[Line]):
        self.source, self.text, self.body = source, text, body
        self.section = ""
        self.paragraph = 0
        self.letter = ""
        self.last_kind = ""
        self.blocks: list[tuple[str, str, Line, int, list[Line]]] = []

    def classify(self, line: Line) -> tuple[str, str, int] | None:
        """('paragraph'|'item'|'section', label, offset of the text after the marker) or None."""
        options = []
        if (m := PARAGRAPH.match(line.content)) and int(m.group("num")) in self._expected_numbers():
            options.append(("paragraph", m.group("num"), m.start("rest") if m.group("rest") else -1))
        if m := ITEM.match(line.content):
            letter = m.group("upper") or m.group("paren")
            expected = next_letter(self.letter.upper())
            restart = letter.upper() == "A" and self._previous_ends_with_colon()
            if letter.upper() == expected or restart:
                options.append(("item", letter, m.start("rest") if m.group("rest") else -1))
        if (m := SECTION.match(line.content)) and m.group("num") == next_numeral(self.section):
            options.append(("section", m.group("num"), m.start("rest") if m.group("rest") else -1))
        if not options:
            return None
        if len(options) > 1 and self.last_kind == "item":
            options.sort(key=lambda o: o[0] != "item")
        elif len(options) > 1:
            options.sort(key=lambda o: o[0] != "section")
        return options[0]

    def _expected_numbers(self) -> set[int]:
        """The next paragraph number, or the one after it when a heading carried unnumbered text."""
        expected = {self.paragraph + 1}
        if self.blocks and self.blocks[-1][0] == "section":
            _, _, marker, rest, block = self.blocks[-1]
            if _split_heading(marker, rest, block)[1]:
                expected.add(self.paragraph + 2)
        return expected

    def _previous_ends_with_colon(self) -> bool:
        """Whether the text just before this line ends a lead-in ('Ministers agree that:')."""
        if not self.blocks:
            return False
        kind, label, marker, rest, block = self.blocks[-1]
        content = [ln for ln in block if ln.stripped] or ([marker] if rest >= 0 else [])
        return bool(content) and content[-1].stripped.endswith(":")

    def walk(self) -> list[tuple[str, str, Line, int, list[Line]]]:
        """Group the body into (kind, label, marker line, text offset, following lines) blocks."""
        for line in self.body:
            found = self.classify(line) if line.stripped else None
            if found is None:
                if self.blocks:
                    self.blocks[-1][4].append(line)
                elif line.stripped:
                    self.blocks.append(("text", "", line, 0, [line]))
                continue
            kind, label, rest = found
            if kind == "paragraph":
                self.paragraph = int(label)
            elif kind == "item":
                self.letter = label
            else:
                self.section = label
            self.last_kind = kind
            self.blocks.append((kind, label, line, rest, []))
        return self.blocks


def _block_span(source: str, text: str, marker: Line, rest: int, block: list[Line]) -> Span | None:
    """The span of a block's text: after the marker on its own line, through its last line."""
    content = [ln for ln in block if ln.stripped]
    begin = marker.start + rest if rest >= 0 else (content[0].start if content else -1)
    if begin < 0:
        return None
    end = content[-1].end if content else marker.end
    return span(source, text, begin, end)


def _heading(lines_: list[Line]) -> tuple[list[Line], int, Line | None]:
    """The title lines, the index of the first line after the heading, and the dateline."""
    start = next((i for i, ln in enumerate(lines_) if ln.stripped), None)
    if start is None:
        return [], 0, None
    for i in range(start, min(start + 8, len(lines_))):
        if DATELINE.match(lines_[i].content):
            return [ln for ln in lines_[start:i] if ln.stripped], i + 1, lines_[i]
    end = next((i for i in range(start, len(lines_)) if not lines_[i].stripped), len(lines_))
    return lines_[start:end], end, None


def parse_structure(source: str, text: str) -> Structure:
    """Read the layout of one statement; raise IngestError when no paragraph can be found."""
    all_lines = lines(text)
    title_lines, body_start, dateline = _heading(all_lines)
    if not title_lines:
        raise IngestError(f"{source}: no title line found")
    title = span(source, text, title_lines[0].start, title_lines[-1].end)
    body = all_lines[body_start:]
    closing = None
    tail = [ln for ln in body if ln.stripped]
    if tail and DATELINE.match(tail[-1].content):
        closing = span(source, text, tail[-1].start, tail[-1].end)
        body = body[: body.index(tail[-1])]

    kind_span = None
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    items: list[Item] = []
    current_section, current_paragraph = "", 0
    blocks = _Walker(source, text, body).walk()
    body_end = body[-1].end if body else len(text)
    section_starts = [b[2].start for b in blocks if b[0] == "section"] + [body_end]
    for kind, label, marker, rest, block in blocks:
        if kind == "text":
            kind_span = _block_span(source, text, marker, 0, block)
            continue
        if kind == "section":
            current_section = label
            heading, remainder = _split_heading(marker, rest, block)
            if not heading:
                raise IngestError(f"{source}: section {label} has no heading")
            title_span = span(source, text, heading[0][0], heading[-1][1])
            end = section_starts[section_starts.index(marker.start) + 1]
            sections.append(Section(label, title_span, span(source, text, marker.start, end)))
            if remainder:
                number = current_paragraph + 1
                para = span(source, text, remainder[0].start, remainder[-1].end)
                paragraphs.append(Paragraph(number, label, para, implicit=True))
                current_paragraph = number
            continue
        block_span = _block_span(source, text, marker, rest, block)
        if block_span is None:
            raise IngestError(f"{source}: {kind} {label} at offset {marker.start} has no text")
        if kind == "paragraph":
            current_paragraph = int(label)
            paragraphs.append(Paragraph(current_paragraph, current_section, block_span))
        else:
            items.append(Item(label, current_section, current_paragraph, block_span, None))
    if not paragraphs:
        raise IngestError(f"{source}: no numbered paragraphs found; is this a ministerial statement?")
    items = _with_lead_ins(items, paragraphs)
    return Structure(
        title,
        _dateline_span(source, text, dateline),
        kind_span,
        tuple(sections),
        tuple(paragraphs),
        tuple(items),
        closing,
    )


def _dateline_span(source: str, text: str, line: Line | None) -> Span | None:
    """The heading's place-and-date line as a span."""
    return span(source, text, line.start, line.end) if line else None


def _split_heading(marker: Line, rest: int, block: list[Line]) -> tuple[list[tuple[int, int]], list[Line]]:
    """A section's heading (as offset pairs) and any unnumbered paragraph text that follows it."""
    content = [ln for ln in block if ln.stripped]
    if rest >= 0:
        return [(marker.start + rest, marker.end)], content
    if not content:
        return [], []
    words = sum(len(ln.stripped.split()) for ln in content)
    if words <= TITLE_MAX_WORDS:
        return [(ln.start, ln.end) for ln in content], []
    return [(content[0].start, content[0].end)], content[1:]


def _with_lead_ins(items: list[Item], paragraphs: list[Paragraph]) -> list[Item]:
    """Attach to each item the last sentence ending in ':' of the paragraph or item before its run."""
    by_number = {p.number: p for p in paragraphs}
    out, lead_in, previous = [], None, None
    for item in items:
        restart = previous is None or item.paragraph != previous.paragraph or item.letter.upper() == "A"
        if restart:
            lead_in = None
            host = by_number.get(item.paragraph)
            if host is not None:
                colon = [s for s in sentences(host.span) if s.quote.endswith(":")]
                lead_in = colon[-1] if colon else None
        out.append(Item(item.letter, item.section, item.paragraph, item.span, lead_in))
        previous = item
    return out
