"""Warnings for a misread layout: lost numbering, items cut short, lead-ins with no items; and no false alarm
on the statements of the corpus."""

from pathlib import Path

import pytest

from ingest.gazetteer import load_gazetteer
from ingest.layout import parse_structure
from ingest.layout_checks import layout_warnings
from ingest.source import read_source

ROOT = Path(__file__).resolve().parents[2]

NUMBERED = """Meeting of Officials on Smuggling
Jakarta, 3 May 2005

1.
Officials met in Jakarta and reviewed the year.
2.
Officials recommended that:
(a) States share data on smuggling routes;
(b) States train their border officers; and
(c) IOM report to the next meeting.
3.
Officials agreed that:
4.
Officials thanked Indonesia for hosting the meeting.
"""

RUN_ON = """Meeting of Officials on Smuggling
Jakarta, 3 May 2005

Officials met in Jakarta. They reviewed the year. They heard
from IOM. They heard from UNHCR. They welcomed new members. They
noted the report. They thanked the hosts. They agreed to meet
again. They asked the Secretariat to circulate the record.
"""


def _warnings(text: str) -> list[tuple[str, str]]:
    """(message, quoted span) for each layout warning of a snippet."""
    return [(w.message, w.span.quote) for w in layout_warnings(parse_structure("s.txt", text))]


def test_a_well_formed_numbered_statement_gives_one_warning_for_its_empty_lead_in():
    assert _warnings(NUMBERED) == [
        ("paragraph 3: its lead-in ends with ':' but no items follow; they may be lost", "Officials agreed that:")
    ]


def test_an_item_cut_mid_word_is_named():
    cut = NUMBERED.replace("(c) IOM report to the next meeting.", "(c) IOM rep").split("\n3.\n")[0]
    assert _warnings(cut) == [
        ("item c: ends without a full stop or semicolon ('…IOM rep'); it may be cut short", "IOM rep"),
    ]


def test_a_list_of_names_without_punctuation_is_not_cut_short():
    names = "Meeting of Officials\nJakarta, 3 May 2005\n\n1.\nThe meeting was attended by:\n"
    names += "- Australia\n- Fiji\n- Nauru\n"
    assert _warnings(names) == []


def test_a_long_block_with_no_numbers_or_breaks_is_named():
    found = _warnings(RUN_ON)
    assert [m for m, _ in found] == [
        "paragraph 1: 9 sentences with no number and no blank line between them; paragraph numbers or breaks "
        "may be missing, so paragraph codes may be wrong"
    ]
    assert found[0][1].startswith("Officials met in Jakarta.") and found[0][1].endswith("circulate the record.")


def test_a_preamble_lead_in_to_numbered_paragraphs_is_not_a_lost_list():
    text = "Declaration of Ministers\nRome, 28 November 2014\n\n"
    text += "We, the Ministers, have agreed as follows:\n\n1.\nWe commit to act.\n"
    assert _warnings(text) == []


CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "sources").glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_no_layout_warning_on_the_seed_or_the_statements_of_the_corpus(path):
    gazetteer = load_gazetteer(ROOT / "sources" / "gazetteer")
    source = read_source(path, path.parent)
    structure = parse_structure(source.path, source.text, lambda name: gazetteer.place(name) is not None)
    assert [w.message for w in layout_warnings(structure)] == []
