"""The reading text: words broken at a line end joined, spans mapped back to the source."""

from ingest.reading import Reading
from ingest.records import Span
from tests.ingest.snippets import read_snippet


def _span_of(reading: Reading, word: str) -> Span:
    """The source span of a word of the reading text."""
    at = reading.text.index(word)
    return reading.span(Span("s.txt", at, at + len(word), word))


def test_a_broken_word_is_joined_and_its_span_is_the_source_text():
    source = "the Deputy Secre-\ntary. Next\nline"
    reading = Reading(source)
    assert reading.text == "the Deputy Secretary. Next  \nline"
    assert len(reading.text) == len(source)
    assert _span_of(reading, "Secretary") == Span("s.txt", 11, 22, "Secre-\ntary")
    assert _span_of(reading, "Deputy Secretary. Next") == Span("s.txt", 4, 28, "Deputy Secre-\ntary. Next")
    assert _span_of(reading, "line") == Span("s.txt", 29, 33, "line")  # after the joined line: unchanged


def test_a_hyphen_is_kept_before_a_capital_after_a_prefix_or_as_the_text_writes_the_word():
    source = (
        "Timor-\nLeste; co-\n  ordinates; capacity-building and capa-\ncity-building; cross-\ncutting; Or-\nganization"
    )
    text = Reading(source).text
    assert "Timor-Leste;" in text
    assert "co-ordinates;" in text
    assert text.count("capacity-building") == 2
    assert "cross-cutting;" in text
    assert "Organization" in text
    assert len(text) == len(source)


def test_breaks_on_consecutive_lines_are_all_joined():
    source = "the Com-\nmis-\nsion met\nhere"
    reading = Reading(source)
    assert reading.text.split("\n") == ["the Commission met    ", "here"]
    assert _span_of(reading, "Commission") == Span("s.txt", 4, 18, "Com-\nmis-\nsion")


def test_a_text_without_broken_words_is_read_as_it_is():
    record = object()
    reading = Reading("Ministers met in Bali.\nA. item-\n")
    assert not reading.joined
    assert reading.restore(record) is record


def test_names_broken_at_line_ends_are_read_with_their_source_spans(gazetteer):
    text = (
        "Senior Officials Meeting\nBangkok, 5 May 2015\n\n"
        "1. The meeting was attended by Mal-\ndives, Austra-\nlia and the In-\n"
        "ternational Organization for Migration.\n"
    )
    record = read_snippet(text, gazetteer)
    found = [(p.actor.key, p.mention.quote, text[p.mention.begin : p.mention.end]) for p in record.participations]
    assert [(key, quote) for key, quote, _ in found] == [
        ("state/MDV", "Mal-\ndives"),
        ("state/AUS", "Austra-\nlia"),
        ("org/iom", "In-\nternational Organization for Migration"),
    ]
    assert all(quote == source for _, quote, source in found)
    assert record.text == text


def test_a_cue_word_broken_at_a_line_end_is_read(gazetteer):
    text = (
        "Senior Officials Meeting\nBangkok, 5 May 2015\n\n"
        "1. Thailand (which co-\nordinates Ad Hoc Experts' Group II) reported on its work. Officials recom-\n"
        "mended that IOM review the plan.\n"
    )
    record = read_snippet(text, gazetteer)
    assert [(c.coordinator.key, c.coordinated.key, c.role) for c in record.coordinations] == [
        ("state/THA", "group/ad-hoc-experts-group-ii", "coordinator")
    ]
    made = [(c.modality, [a.actor.key for a in c.addressees]) for c in record.commitments]
    assert made == [("recommend", ["org/iom"])]
    assert record.commitments[0].span.quote == "Officials recom-\nmended that IOM review the plan."


def test_a_labels_dot_leaders_read_as_its_colon_a_delegations_kept(gazetteer):
    text = (
        "Consultation of Labour Ministers\nDoha, 3 March 2022\n\nMinisters of the Dialogue met in Doha today "
        "for their annual consultation.\n\nDelegations taking part:\n"
        "  Sending countries ........ Nepal, Sri Lanka,\n                             Viet Nam\n"
        "  Observers ................ ILO, IOM\n\nThe heads of delegation were:\n"
        "  Qatar (Chair) ............ Ministry of Labour\n  Oman ..................... Ministry of Labour\n"
    )
    record = read_snippet(text, gazetteer)
    assert {(p.actor.key, p.role) for p in record.participations} >= {
        ("state/NPL", "participant"),
        ("state/LKA", "participant"),
        ("state/VNM", "participant"),
        ("org/ilo", "observer"),
        ("org/iom", "observer"),
        ("state/QAT", "co-chair"),
    }
    assert all(text[p.mention.begin : p.mention.end] == p.mention.quote for p in record.participations)
    assert all(p.sentence.quote == text[p.sentence.begin : p.sentence.end] for p in record.participations)
