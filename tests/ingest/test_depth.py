"""Everything else the statements say: meetings, instruments, roles, posts, commitments, and other statements."""

from pathlib import Path

from balikg.build.pipeline import build
from balikg.core.paths import ROOT, SOURCES
from ingest.read import read_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = SOURCES / "bali-2003-cochairs-statement.txt"


def test_seed_meetings_instruments_and_roles(seed_record, gold):
    meetings = {(e.key, e.readings[0].start, e.readings[0].end) for e in seed_record.other_events}
    assert meetings == {(k, s, e) for k, s, e, _, _ in gold["meetings"][1:]}
    instruments = {(i.key, i.kind, i.adopted_at) for i in seed_record.instruments}
    assert instruments == {tuple(i) for i in gold["instruments"]}
    roles = {(r.actor.key, r.role, r.subject.key if r.subject else "") for r in seed_record.roles}
    assert roles == {(a, r, s) for a, r, e, s in gold["roles"] if r in ("host", "reporter")}
    assert {p.key for p in seed_record.posts} == {k for k, _ in gold["posts"]}
    assert "non-binding nature" in seed_record.non_binding.quote


def test_seed_commitments(seed_record, gold):
    got = {
        (
            c.code,
            c.modality,
            str(c.paragraph),
            tuple(b.actor.key for b in c.addressees),
            tuple(b.actor.key for b in c.beneficiaries),
        )
        for c in seed_record.commitments
    }
    assert got == {(c, m, p, tuple(b), tuple(f)) for c, m, p, b, _, f in gold["commitments"]}
    codes = [c.code for c in seed_record.commitments]
    assert "8" not in codes  # 'Ministers agreed that illegal migration threatened …' is a finding


def test_a_ministerial_statement_with_lf_lines_and_other_actors(gazetteer):
    record = read_file(FIXTURES / "ministerial-2009-lf.txt", ROOT, gazetteer)
    assert record.event.key == "third-regional-ministerial-conference-2009"
    observers = {p.actor.key for p in record.participations if p.role == "observer"}
    assert observers == {"state/DNK", "state/DEU", "state/ITA", "org/pif-secretariat"}
    assert [w.span.quote for w in record.warnings] == ["Ruritania"]
    (commitment,) = record.commitments
    assert (commitment.code, commitment.modality) == ("4", "urge")
    assert [b.actor.key for b in commitment.addressees] == ["collective/source-countries"]
    assert [c.quote for c in commitment.conditions] == ["as appropriate"]
    b = next(o for o in record.obligations if o.code == "B")
    assert [a.actor.key for a in b.addressees] == ["org/unhcr"] and [a.actor.key for a in b.auxiliaries] == ["org/iom"]


def test_several_statements_make_one_graph_with_one_node_per_actor():
    from rdflib.namespace import PROV, RDF, RDFS

    from balikg.core import iris
    from balikg.core.terms import iri_node
    from balikg.core.vocab import BKG

    result = build([SEED, FIXTURES / "officials-2004-crlf.txt", FIXTURES / "ministerial-2009-lf.txt"])
    graph = result.graph
    indonesia = iri_node(iris.actor("state/IDN"))
    assert len(list(graph.objects(indonesia, RDFS.label))) == 1
    events = {str(e).rsplit("/", 1)[-1] for e in graph.subjects(RDF.type, iri_node(BKG.Meeting))}
    assert {
        "second-regional-ministerial-conference-2003",
        "bali-process-senior-officials-meeting-2004",
        "third-regional-ministerial-conference-2009",
    } <= events
    assert "second-bali-regional-ministerial-conference-2003" not in events  # the 2009 text's mention resolved
    chaired = [str(s) for s in graph.subjects(PROV.agent, indonesia) if "/co-chair/" in str(s)]
    assert len(chaired) == 4
    from balikg.validation.verdict import validate_graph

    assert [f for f in validate_graph(graph) if f.severity == "Violation"] == []


def test_other_wordings_of_the_same_facts(gazetteer):
    """'The Conference was co-chaired by', 'attended as observers: …', US dates, a dateline with its country."""
    record = read_file(FIXTURES / "ministerial-2011-variants.txt", ROOT, gazetteer)
    (reading,) = record.event.readings
    assert (reading.start, reading.end, reading.place, reading.country.key) == (
        "2011-03-29",
        "2011-03-30",
        "Bali",
        "state/IDN",
    )
    roles = {(p.role, p.actor.key) for p in record.participations}
    assert roles == {
        ("co-chair", "state/IDN"),
        ("co-chair", "state/AUS"),
        ("participant", "state/BGD"),
        ("participant", "state/KHM"),
        ("participant", "state/MNG"),
        ("observer", "state/CAN"),
        ("observer", "org/unodc"),
    }
    assert [w.span.quote for w in record.warnings] == ["Atlantis"]
    a, b = record.obligations
    assert (a.code, a.modality, [x.actor.key for x in a.addressees]) == ("a", "agree", ["collective/ministers"])
    assert [c.quote for c in a.conditions] == ["as appropriate"] and "information-sharing" in a.topics
    assert [t.quote for t in b.time_frames] == ["in approximately two years"]
