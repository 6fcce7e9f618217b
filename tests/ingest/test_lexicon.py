"""ingest.lexicon: the modality of a lead-in and the topics of a text."""

import pytest

from ingest.lexicon import modality_of, topics_of


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        ("Ministers agree that:", ("agree", "Ministers")),
        ("Ministers further recommended that:", ("recommend", "Ministers")),
        ("The Conference calls upon States to:", ("call-on", "The Conference")),
        ("Officials encouraged:", ("encourage", "Officials")),
        ("Ministers noted that:", None),
        # agreeing to recommend that others act recommends; the others are named in the items' clause
        ("Senior officials agreed to recommend that Ministers:", ("recommend", "Senior officials")),
        ("Officials agreed to recommend the draft to Ministers, and:", ("agree", "Officials")),
    ],
)
def test_modality_of_a_lead_in(lead_in, expected):
    assert modality_of(lead_in) == expected


def test_topics_in_scheme_order():
    assert topics_of("improve border security and information sharing") == ("information-sharing", "border-security")
