"""ingest.coordination: 'coordinated by X and Y respectively' pairs coordinators with groups in order."""

from snippets import EVENTS, sentences_of

from ingest.coordination import read_coordination


def test_respectively_pairs_in_order(gazetteer):
    coordinations, warnings = read_coordination(sentences_of(EVENTS), EVENTS, gazetteer, [])
    assert warnings == []
    assert [(c.coordinator.key, c.coordinated.key) for c in coordinations] == [
        ("state/NZL", "group/ad-hoc-experts-group-i"),
        ("state/THA", "group/ad-hoc-experts-group-ii"),
    ]
    assert [c.mention.quote for c in coordinations] == ["New Zealand", "Thailand"]


def test_nothing_to_coordinate_is_a_warning(gazetteer):
    text = "Title\nBali, 1 May 2010\n\n1. The work is coordinated by New Zealand.\n"
    coordinations, warnings = read_coordination(sentences_of(text), text, gazetteer, [])
    assert coordinations == [] and [w.message for w in warnings] == [
        "'coordinated by' with no group or process before it"
    ]
