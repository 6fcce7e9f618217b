"""ingest.roles: hosts of the statement's meeting, reporters through their posts, co-chairs' posts."""

from snippets import ATTENDANCE, EVENTS, sentences_of

from ingest.roles import read_roles


def test_host_and_reporter(gazetteer):
    roles, posts = read_roles(sentences_of(EVENTS), gazetteer, None)
    assert [(r.role, r.actor.key) for r in roles] == [("host", "state/AUS"), ("reporter", "state/NZL")]
    reporter = roles[1]
    assert (reporter.subject.key, reporter.post.key) == ("group/ad-hoc-experts-group-i", "NZL/foreign-minister")
    assert [p.label for p in posts] == ["Foreign Minister of New Zealand"]


def test_the_co_chairs_posts(gazetteer):
    sentences = sentences_of(ATTENDANCE)
    _, posts = read_roles(sentences, gazetteer, sentences[0])
    assert [(p.key, p.label) for p in posts] == [
        ("IDN/foreign-minister", "Foreign Minister of Indonesia"),
        ("AUS/foreign-minister", "Foreign Minister of Australia"),
    ]
