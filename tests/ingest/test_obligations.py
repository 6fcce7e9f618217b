"""ingest.obligations: lettered items, their modality from the lead-in, addressees, helpers and conditions."""

from snippets import ATTENDANCE, structure_of

from ingest.obligations import read_obligations


def test_items_under_a_lead_in(gazetteer):
    obligations, warnings = read_obligations(structure_of(ATTENDANCE).items, gazetteer, [])
    assert warnings == []
    a, b = obligations
    assert (a.code, a.modality, a.paragraph) == ("A", "recommend", 4)
    assert [x.actor.key for x in a.addressees] == ["collective/states"]
    assert [x.actor.key for x in b.addressees] == ["org/iom"]
    assert [x.actor.key for x in b.auxiliaries] == ["collective/states"]
    assert [x.actor.key for x in b.beneficiaries] == ["collective/source-countries"]
    assert [c.quote for c in b.conditions] == ["subject to domestic laws"]
    assert b.lead_in.quote == "Ministers recommend that:"


def test_an_item_without_a_lead_in_is_a_warning(gazetteer):
    text = "Title\nBali, 1 May 2010\n\n1. Ministers met.\nA. States act.\n"
    obligations, warnings = read_obligations(structure_of(text).items, gazetteer, [])
    assert obligations == [] and [w.message for w in warnings] == ["item A has no lead-in sentence ending in ':'"]
