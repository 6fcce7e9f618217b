"""Actor lists: names with commas and 'and', acronyms, fillers, and unresolved entries with spans."""

import re
from pathlib import Path

from ingest.mentions import NamesBefore, initials_fit, read_list, scan_mentions
from ingest.records import Span


def reading(gazetteer, text):
    return read_list(Span("s.txt", 100, 100 + len(text), text), gazetteer)


def test_the_last_name_before_any_offset_is_that_of_a_scan_of_the_text_cut_there(gazetteer):
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    stems = ("budapest-2013-istanbul-declaration", "rcm-2016-communique")
    text = "\n\n".join((corpus / f"{stem}.txt").read_text(encoding="utf-8") for stem in stems)
    names = NamesBefore(text, gazetteer)
    # where a name may start or end, or a word be cut: word starts and ends, and the middles of words
    cuts = sorted({0, len(text)} | {c for m in re.finditer(r"\w+", text) for c in (m.start(), m.end() - 1)})
    seen = set()
    for cut in cuts[::5]:
        scanned = scan_mentions(Span("c.txt", 0, cut, text[:cut]), gazetteer)
        for kinds in ({"process"}, {"group", "organisation"}):
            of_kinds = [m.actor.key for m in scanned if m.actor.kind in kinds]
            found = names.last(cut, kinds)
            assert (found.key if found else None) == (of_kinds[-1] if of_kinds else None), (cut, kinds)
            seen.add(found.key if found else None)
    assert {None, "process/budapest-process", "process/rcm", "org/icmpd"} <= seen


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


def test_a_formal_name_the_gazetteer_does_not_list_is_the_state(gazetteer):
    text = "the Republic of Hungary, the Kingdom of Lesotho and the Democratic Republic of the Congo"
    r = reading(gazetteer, text)
    assert [(m.actor.key, m.span.quote) for m in r.mentions] == [
        ("state/HUN", "Republic of Hungary"),
        ("state/LSO", "Kingdom of Lesotho"),
        ("state/COD", "Democratic Republic of the Congo"),
    ]
    assert r.unresolved == []
