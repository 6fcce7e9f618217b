"""The network view: each edge carries the words that say so, and only those."""

from balikg.core import iris
from balikg.core.terms import iri_node
from balikg.core.vocab import DCTERMS
from balikg.network.graph import load_network

SEED = "sources/bali-2003-cochairs-statement.txt"
MEETING = "second-regional-ministerial-conference-2003"
FRA_FOR_NCL = iris.participation(MEETING, "participant", "state/FRA") + "/on-behalf-of"


def test_part_of_edges_quote_the_text_only_when_the_text_says_so(graph_file):
    network = load_network(graph_file)
    part_of = {k: d for u, v, k, d in network.edges(keys=True, data=True) if d["kind"] == "part of"}
    assert {(iris.local(k), "quote" in d) for k, d in part_of.items()} == {
        ("group/ad-hoc-experts-group-i/part-of", False),
        ("group/ad-hoc-experts-group-ii/part-of", False),
        ("org/asean-secretariat/part-of", False),
        ("territory/NCL/part-of", False),
        ("org/icmpd-secretariat/part-of", True),
    }
    icmpd = part_of[iris.actor("org/icmpd-secretariat") + "/part-of"]
    assert icmpd["quote"] == "International Centre for Migration Policy Development Secretariat (ICMPD)"
    assert icmpd["where"] == f"{SEED}:1318-1391"


def test_on_behalf_of_carries_the_participations_span(graph_file):
    network = load_network(graph_file)
    (edge,) = [(u, v, d) for u, v, k, d in network.edges(keys=True, data=True) if k == FRA_FOR_NCL]
    assert edge[:2] == (iris.actor("state/FRA"), iris.actor("territory/NCL"))
    assert (edge[2]["quote"], edge[2]["where"]) == ("France (New Caledonia)", f"{SEED}:561-583")


def test_each_edge_quotes_exactly_the_spans_of_its_relationship(graph_file):
    from rdflib import Graph

    graph = Graph().parse(graph_file, format="turtle")
    network = load_network(graph_file)
    checked = 0
    for _, _, key, data in network.edges(keys=True, data=True):
        if data["kind"] in ("participation", "coordination", "addressing"):
            sources = graph.objects(iri_node(key), iri_node(DCTERMS.source))
            spans = {str(s).rsplit("#char=", 1)[1].replace(",", "-") for s in sources}
            assert {w.rsplit(":", 1)[1] for w in data["where"].split(" | ")} == spans, key
            checked += 1
    assert checked == len([1 for *_, d in network.edges(keys=True, data=True) if "where" in d]) - 2
