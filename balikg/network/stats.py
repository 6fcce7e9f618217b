"""`balikg stats`: counts per class and role, and networkx measures over the actor–meeting–obligation network."""

import json
from collections import Counter
from pathlib import Path

from balikg.core import iris
from balikg.core.tables import aligned
from balikg.core.vocab import ABBREVIATIONS

CLASS_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class
"""


def co_participation(network):
    """Actors linked by the meetings they share; edge weight = number of shared meetings."""
    import networkx as nx

    actors = {n for n, d in network.nodes(data=True) if d.get("kind") == "actor"}
    meetings = {n for n, d in network.nodes(data=True) if d.get("kind") == "meeting"}
    attended: dict[str, set[str]] = {}
    for u, v, d in network.edges(data=True):
        if d.get("kind") == "participation" and u in actors and v in meetings:
            attended.setdefault(v, set()).add(u)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(set().union(*attended.values())) if attended else [])
    for members in attended.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                weight = graph.get_edge_data(a, b, {}).get("weight", 0) + 1
                graph.add_edge(a, b, weight=weight)
    return graph


def compute(graph_path: Path, top: int = 10) -> dict:
    """Everything `stats` reports, as plain data."""
    import networkx as nx

    from balikg.core.rdffile import load_store
    from balikg.network.graph import network_from_store
    from balikg.query.engines import run_oxigraph

    store = load_store(graph_path)
    classes = run_oxigraph(store, CLASS_COUNTS, "class counts")
    network = network_from_store(store)
    label = {n: d.get("label", n) for n, d in network.nodes(data=True)}
    roles = Counter(d.get("role", "") for _, _, d in network.edges(data=True))
    modalities = Counter(d["modality"] for _, _, d in network.edges(data=True) if d.get("modality"))
    simple = nx.Graph(network)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {}
    betweenness = nx.betweenness_centrality(simple) if len(simple) > 2 else {}
    actors = [n for n, d in network.nodes(data=True) if d.get("kind") == "actor"]
    communities = nx.community.louvain_communities(simple, seed=7) if len(simple) else []
    community_of = {n: i for i, members in enumerate(communities) for n in members}
    bridges = []
    for actor in actors:
        touched = {community_of[m] for m in simple.neighbors(actor)} | {community_of[actor]}
        if len(touched) > 1:
            bridges.append(
                {
                    "actor": actor,
                    "label": label[actor],
                    "communities": len(touched),
                    "betweenness": round(betweenness.get(actor, 0.0), 4),
                }
            )
    bridges.sort(key=lambda b: (-b["communities"], -b["betweenness"], b["label"]))
    co = co_participation(network)
    pairs = sorted(co.edges(data="weight"), key=lambda e: (-e[2], label[e[0]], label[e[1]]))

    def ranking(scores: dict) -> list[dict]:
        ranked = sorted(actors, key=lambda n: (-scores.get(n, 0.0), label[n]))[:top]
        return [{"actor": n, "label": label[n], "score": round(scores.get(n, 0.0), 4)} for n in ranked]

    return {
        "graph": str(graph_path),
        "classes": {iris.shorten(row[0].value, ABBREVIATIONS): int(row[1].value) for row in classes.rows},
        "roles": dict(sorted(roles.items())),
        "modalities": dict(sorted(modalities.items())),
        "network": {
            "nodes": network.number_of_nodes(),
            "edges": network.number_of_edges(),
            "communities": len(communities),
        },
        "degree_centrality": ranking(degree),
        "betweenness_centrality": ranking(betweenness),
        "bridging_actors": bridges[:top],
        "co_participation": {
            "actors": co.number_of_nodes(),
            "links": co.number_of_edges(),
            "density": round(nx.density(co), 4) if co.number_of_nodes() > 1 else 0.0,
            "top_pairs": [{"a": label[a], "b": label[b], "shared_meetings": w} for a, b, w in pairs[:top]],
        },
    }


def format_json(report: dict) -> str:
    """The report as JSON."""
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def _table(title: str, header: list[str], rows: list[list]) -> list[str]:
    """One titled, aligned table."""
    return ["", title, *aligned(header, rows)]


def format_table(report: dict) -> str:
    """The report as aligned tables for people."""
    net = report["network"]
    co = report["co_participation"]
    lines = [f"{report['graph']}: {net['nodes']} nodes, {net['edges']} edges, {net['communities']} communities"]
    lines += _table("Instances per class", ["class", "count"], [[k, v] for k, v in report["classes"].items()])
    lines += _table("Edges per role", ["role", "edges"], [[k, v] for k, v in report["roles"].items()])
    lines += _table(
        "Obligations per modality", ["modality", "addressings"], [[k, v] for k, v in report["modalities"].items()]
    )
    lines += _table(
        "Degree centrality (actors)",
        ["actor", "degree"],
        [[r["label"], r["score"]] for r in report["degree_centrality"]],
    )
    lines += _table(
        "Betweenness centrality (actors)",
        ["actor", "betweenness"],
        [[r["label"], r["score"]] for r in report["betweenness_centrality"]],
    )
    lines += _table(
        "Actors that bridge communities",
        ["actor", "communities", "betweenness"],
        [[b["label"], b["communities"], b["betweenness"]] for b in report["bridging_actors"]],
    )
    lines += ["", f"Co-participation: {co['actors']} actors, {co['links']} links, density {co['density']}"]
    lines += _table(
        "Pairs sharing the most meetings",
        ["actor", "actor", "shared meetings"],
        [[p["a"], p["b"], p["shared_meetings"]] for p in co["top_pairs"]],
    )
    return "\n".join(lines) + "\n"
