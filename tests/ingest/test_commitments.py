"""ingest.commitments: commitments in numbered paragraphs; agreeing that something is so is not one."""

from snippets import ATTENDANCE, structure_of

from ingest.commitments import read_commitments


def test_paragraph_commitments(gazetteer):
    found = {c.code: c for c in read_commitments(structure_of(ATTENDANCE).paragraphs, gazetteer)}
    assert sorted(found) == ["5", "6"]  # paragraph 7 agrees that something is the case: a finding
    assert (found["5"].modality, [a.actor.key for a in found["5"].addressees]) == ("agree", ["collective/ministers"])
    assert [c.quote for c in found["5"].conditions] == ["as appropriate"]
    urge = found["6"]
    assert (urge.modality, [a.actor.key for a in urge.addressees]) == ("urge", ["collective/international-community"])
    assert [b.actor.key for b in urge.beneficiaries] == ["collective/source-countries"]
    assert [t.quote for t in urge.time_frames] == ["in approximately two years"]
    assert urge.sentence == urge.span and urge.span.quote.startswith("Ministers urged")
