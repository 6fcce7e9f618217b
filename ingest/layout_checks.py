"""Warnings for a layout that may have been misread: numbering lost, items cut short, lead-ins with no items.

The layout reader never refuses a text; these checks make sure that a reading it had to guess at is
never silent. Each warning carries the span it is about.
"""

import re

from ingest.records import IngestWarning, Item, Paragraph, Structure
from ingest.text import sentences

LONG_BLOCK_SENTENCES = 8  # an unnumbered block this long hides paragraph breaks the reader could not see
CLOSED = re.compile(r"[.;:!?,\"'”’)\]]$")  # how a clause item ends ('…;', '…; and', '….')
JOINED = re.compile(r"\b(?:and|or)$")  # '…; and' continues into the next item


def layout_warnings(structure: Structure) -> list[IngestWarning]:
    """Every suspicious stretch of a statement's layout, as warnings with their spans."""
    return (
        _long_unnumbered(structure.paragraphs)
        + _unfinished_items(structure.items)
        + _lead_ins_without_items(structure.paragraphs, structure.items)
    )


def _long_unnumbered(paragraphs: tuple[Paragraph, ...]) -> list[IngestWarning]:
    """Unnumbered blocks of many sentences with no blank line: paragraph numbers or breaks were likely lost
    (facts are still read sentence by sentence, but paragraph codes and lead-ins may be wrong)."""
    warnings = []
    for paragraph in paragraphs:
        count = len(sentences(paragraph.span))
        if paragraph.implicit and count >= LONG_BLOCK_SENTENCES:
            warnings.append(
                IngestWarning(
                    f"paragraph {paragraph.label}: {count} sentences with no number and no blank line between "
                    "them; paragraph numbers or breaks may be missing, so paragraph codes may be wrong",
                    paragraph.span,
                )
            )
    return warnings


def _unfinished_items(items: tuple[Item, ...]) -> list[IngestWarning]:
    """Clause items that stop without closing punctuation while the items of their run close theirs, or
    the last item of a statement that stops mid-sentence: cut short (a truncated file, a lost line)."""
    runs: dict[str, list[Item]] = {}
    for item in items:
        runs.setdefault(item.paragraph, []).append(item)
    warnings = []
    for run in runs.values():
        closed = [_is_closed(i) for i in run]
        for index, item in enumerate(run):
            others = closed[:index] + closed[index + 1 :]
            siblings_close = bool(others) and sum(others) > len(others) / 2
            last_and_alone = not others and item is items[-1] and item.lead_in is not None
            if not closed[index] and (siblings_close or last_and_alone):
                warnings.append(
                    IngestWarning(
                        f"item {item.letter}: ends without a full stop or semicolon "
                        f"('…{item.span.quote[-20:]}'); it may be cut short",
                        item.span,
                    )
                )
    return warnings


def _is_closed(item: Item) -> bool:
    """Whether an item's text ends as a clause item does."""
    quote = item.span.quote.rstrip()
    return bool(CLOSED.search(quote) or JOINED.search(quote))


def _lead_ins_without_items(paragraphs: tuple[Paragraph, ...], items: tuple[Item, ...]) -> list[IngestWarning]:
    """Paragraphs that end by leading in to a list (':') when no item follows and the next paragraph is
    numbered in the same section, or nothing follows (a new section, unnumbered lines, or the numbered
    paragraphs after an unnumbered preamble may be what the lead-in introduces)."""
    hosts = {i.paragraph for i in items}
    warnings = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if (
            paragraph.span.quote.rstrip().endswith(":")
            and paragraph.label not in hosts
            and (following is None or _numbered_pair(paragraph, following))
        ):
            last = sentences(paragraph.span)[-1]
            warnings.append(
                IngestWarning(
                    f"paragraph {paragraph.label}: its lead-in ends with ':' but no items follow; they may be lost",
                    last,
                )
            )
    return warnings


def _numbered_pair(paragraph: Paragraph, following: Paragraph) -> bool:
    """Whether two paragraphs are both numbered and in the same section."""
    return not paragraph.implicit and not following.implicit and following.section == paragraph.section
