"""Actor lists: names with commas and 'and', acronyms, fillers, and unresolved entries with spans."""

from ingest.mentions import initials_fit, read_list
from ingest.records import Span


def reading(gazetteer, text):
    return read_list(Span("s.txt", 100, 100 + len(text), text), gazetteer)


def test_names_with_commas_and_and_stay_whole(gazetteer):
    text = (
        "Austria, Asia Pacific Consultations\non Refugees, Displaced Persons and Migrants (APC), "
        "Trinidad and Tobago and Japan"
    )
    r = reading(gazetteer, text)
    assert [m.actor.key for m in r.mentions] == ["state/AUT", "process/apc", "state/TTO", "state/JPN"]
    assert r.unresolved == []
    for m in r.mentions:
        assert text[m.span.begin - 100 : m.span.end - 100] == m.span.quote


def test_unresolved_entries_are_reported_with_their_span(gazetteer):
    text = "Freedonia, Asian Development Bank (ADB) and Ruritania"
    r = reading(gazetteer, text)
    assert [m.actor.key for m in r.mentions] == ["org/adb"]
    assert [(u.quote, u.begin) for u in r.unresolved] == [("Freedonia", 100), ("Ruritania", 144)]


def test_fillers_are_not_part_of_the_mention(gazetteer):
    r = reading(
        gazetteer, "Fiji, as well as the United Nations High Commissioner for Refugees and representatives of the IOM"
    )
    assert [m.span.quote for m in r.mentions] == ["Fiji", "United Nations High Commissioner for Refugees", "IOM"]


def test_acronym_initials():
    assert initials_fit("Association of South-East Asian Nations", "ASEAN")
    assert initials_fit("Inter-Governmental Consultations on Asylum, Refugee", "IGC")
    assert not initials_fit("Freedonia, Asian Development Bank", "ADB")


def test_a_name_hyphenated_across_a_line_break_is_one_mention(gazetteer):
    from ingest.mentions import scan_mentions

    text = "Present were Mal-\ndives, Austra-\nlia and the In-\nternational Organization for Migration."
    block = Span("s.txt", 0, len(text), text)
    found = [(m.actor.key, m.span.quote) for m in scan_mentions(block, gazetteer)]
    assert found == [
        ("state/MDV", "Mal-\ndives"),
        ("state/AUS", "Austra-\nlia"),
        ("org/iom", "In-\nternational Organization for Migration"),
    ]


def test_a_hyphen_before_a_capital_at_a_line_end_is_not_undone(gazetteer):
    from ingest.mentions import tokens

    assert [w for w, _, _ in tokens("Co-\nChairs and Mal-\ndives")] == ["co", "chairs", "and", "maldives"]
