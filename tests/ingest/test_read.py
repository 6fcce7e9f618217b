"""The seed statement and a second statement of another layout, read by the same code."""

from pathlib import Path

from balikg.core.paths import ROOT
from ingest.read import read_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def roles(record, role, kind=None):
    return {
        (p.actor.iso3 if kind == "state" else p.actor.key)
        for p in record.participations
        if p.role == role and (kind is None or (p.actor.kind == "state") == (kind == "state"))
    }


def test_seed_attendance(seed_record, gold):
    for role in ("co-chair", "participant", "observer"):
        assert roles(seed_record, role, "state") == set(gold[role]["states"]), role
        assert roles(seed_record, role, "other") == set(gold[role]["others"]), role
    france = next(p for p in seed_record.participations if p.actor.iso3 == "FRA")
    assert france.represents.key == "territory/NCL" and france.mention.quote == "France (New Caledonia)"
    assert seed_record.warnings == []


def test_seed_spans_match_the_text(seed_record, seed_text):
    spans = [p.mention for p in seed_record.participations] + [p.sentence for p in seed_record.participations]
    spans += [c.mention for c in seed_record.coordinations] + [o.span for o in seed_record.obligations]
    spans += [a.mention for o in seed_record.obligations for a in o.addressees]
    for span in spans:
        assert seed_text[span.begin : span.end] == span.quote


def test_seed_event(seed_record):
    event = seed_record.event
    assert event.key == "second-regional-ministerial-conference-2003"
    readings = {(r.start, r.end, r.place, r.country.key if r.country else None) for r in event.readings}
    # the heading's 'Bali' is in Indonesia by the places table (sources/gazetteer/places.csv)
    assert readings == {
        ("2003-04-29", "2003-04-30", "Bali", "state/IDN"),
        ("2003-04-28", "2003-04-30", "Bali", "state/IDN"),
    }


def test_seed_coordination(seed_record, gold):
    pairs = {(c.coordinator.key, c.coordinated.key) for c in seed_record.coordinations}
    assert pairs == {tuple(pair) for pair in gold["coordinators"]}
    quotes = {c.coordinator.key: c.mention.quote for c in seed_record.coordinations}
    assert quotes == {
        "state/NZL": "New Zealand",
        "state/THA": "Thailand",
        "state/IDN": "the co-Chairs",
        "state/AUS": "the co-Chairs",
    }
    paragraphs = sorted(c.sentence.begin for c in seed_record.coordinations if c.coordinator.key == "state/NZL")
    assert len(paragraphs) == 2  # paragraph 18 and item G both say so


def test_seed_obligations(seed_record, gold):
    got = {
        (o.code, o.modality, str(o.paragraph), tuple(a.actor.key for a in o.addressees))
        for o in seed_record.obligations
    }
    assert got == {(c, m, p, tuple(a)) for c, m, p, a in gold["obligations"]}


def test_another_layout_with_the_same_code(gazetteer):
    record = read_file(FIXTURES / "officials-2004-crlf.txt", ROOT, gazetteer)
    assert record.event.key == "bali-process-senior-officials-meeting-2004"
    assert roles(record, "co-chair", "state") == {"IDN", "AUS"}
    assert roles(record, "participant", "state") == {"BGD", "KHM", "FJI", "LAO", "TLS", "KOR", "VNM"}
    assert roles(record, "observer", "other") == {"org/pif-secretariat", "org/unodc"}
    assert [(w.message, w.span.quote) for w in record.warnings] == [
        ("unresolved participant 'Freedonia': not in the gazetteer", "Freedonia")
    ]
    assert {(c.coordinator.key, c.coordinated.key) for c in record.coordinations} == {
        ("state/NZL", "group/ad-hoc-experts-group-i")
    }
    got = {(o.code, o.modality, tuple(a.actor.key for a in o.addressees)) for o in record.obligations}
    assert got == {
        ("a", "recommend", ("collective/states",)),
        ("b", "recommend", ("org/unodc", "org/iom")),
        ("c", "agree", ("state/IDN", "state/AUS")),
        ("d", "agree", ("collective/officials",)),
    }
    text = (FIXTURES / "officials-2004-crlf.txt").read_bytes().decode("utf-8")
    assert "\r\n" in text
    for p in record.participations:
        assert text[p.mention.begin : p.mention.end] == p.mention.quote


def test_a_misread_layout_is_a_warning_of_the_record(gazetteer, tmp_path):
    seed = (ROOT / "sources" / "bali-2003-cochairs-statement.txt").read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(seed[: seed.index("\nC.\n") + len("\nC.\nStates incre")], encoding="utf-8")
    record = read_file(cut, tmp_path, gazetteer)
    assert [(w.message, w.span.quote) for w in record.warnings if "cut short" in w.message] == [
        ("item C: ends without a full stop or semicolon ('…States incre'); it may be cut short", "States incre")
    ]
