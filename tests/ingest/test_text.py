"""ingest.text: what a pattern finds in every prefix of a text, from one pass over the whole text."""

import re

from ingest.parties import PROVIDED_BY, SERVES_AS
from ingest.records import Span
from ingest.text import MatchesBefore, read_on, sentences

TEXT = (
    "The Bali Process Regional Support Office, which serves as the Regional Support Office, met. The Secretariat, "
    "provided by IOM, and the Technical Secretariat   hosted by Costa Rica spoke. ICMPD, which acts as "
    "Secretariat, and the Secretariat run by UNODC, which serves as the Joint Secretariat of the Forum."
)


def prefix_matches(matches: MatchesBefore, cut: int) -> list[tuple[int, int, str]]:
    """The kept matches and the tail, as (start, end, text)."""
    found = matches.matches[: matches.count(cut)] + matches.tail(cut)
    return [(m.start(), m.end(), m.group()) for m in found]


def test_every_prefix_has_the_matches_finditer_finds_in_it():
    for pattern in (PROVIDED_BY, SERVES_AS, re.compile(r"\bSecretariat\b[^.]{0,20}?,\s+")):
        matches = MatchesBefore(pattern, TEXT)
        assert len(matches.matches) >= 2
        for cut in range(len(TEXT) + 1):
            expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(TEXT[:cut])]
            assert prefix_matches(matches, cut) == expected, (pattern.pattern, cut)


def test_a_cut_inside_a_match_searches_again_from_its_start():
    matches = MatchesBefore(SERVES_AS, TEXT)
    cut = TEXT.index("Regional Support Office, met") + len("Regional Sup")
    assert matches.count(cut) == 0
    assert [m.group("head") for m in matches.tail(cut)] == ["Regional Sup"]


def test_a_sentence_that_leads_on_is_read_with_the_next_and_on_while_the_joined_one_still_does():
    text = "Delegates came from the following countries: Benin; of the following others: Chad. Then Mali spoke: Yes."
    block = Span("s", 10, 10 + len(text), text)
    joined = read_on(sentences(block), text, 10)
    assert [s.quote for s in joined] == [
        "Delegates came from the following countries: Benin; of the following others: Chad.",
        "Then Mali spoke: Yes.",
    ]
    assert all(s.quote == text[s.begin - 10 : s.end - 10] for s in joined)
