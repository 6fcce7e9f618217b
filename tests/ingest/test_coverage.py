"""ingest.coverage: counts of what was read, and what a statement names that no fact relates."""

from snippets import read_snippet


def test_what_is_read_and_what_is_not(gazetteer):
    text = (
        "Senior Officials Meeting\nBangkok, 5 May 2015\n\n"
        "1. The meeting was attended by Fiji and Samoa.\n"
        "2. Officials noted the work of UNHCR.\n"
        "3. Officials agreed to meet again.\n"
        "4. Officials welcomed the workshop held in May 2014.\n"
    )
    coverage = read_snippet(text, gazetteer).coverage
    assert coverage.counts == {
        "attendance": 2,
        "co-chairs": 0,
        "hosts": 0,
        "observers": 0,
        "coordination": 0,
        "commitments": 1,
        "meeting readings": 1,
        "other meetings": 1,
    }
    assert [s.quote for s in coverage.unrelated_names] == ["UNHCR"]
    assert [s.quote for s in coverage.uncommitted_sentences] == [
        "Officials noted the work of UNHCR.",
        "Officials welcomed the workshop held in May 2014.",
    ]
    assert [(label, missing) for label, missing, _ in coverage.meetings_incomplete] == [("Workshop", "place")]
    assert not coverage.empty


def test_a_statement_that_gives_nothing(gazetteer):
    text = "Notes\n\nThe weather was fine on the island, and nobody met anyone at all that week.\n"
    coverage = read_snippet(text, gazetteer).coverage
    assert coverage.empty and coverage.as_json()["counts"]["attendance"] == 0
    assert [(label, missing) for label, missing, _ in coverage.meetings_incomplete] == [
        ("Notes", "date"),
        ("Notes", "place"),
    ]
