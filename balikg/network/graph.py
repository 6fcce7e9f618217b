"""The graph as a network of actors, meetings and obligations (networkx), for export, viz and stats."""

from pathlib import Path

from balikg.core.errors import UserError
from balikg.core.paths import NETWORK_QUERIES
from balikg.query.engines import run_oxigraph


def _value(term) -> str:
    """A result term as a plain string ('' when unbound)."""
    return "" if term is None else term.value


def network_from_store(store):
    """A networkx MultiDiGraph: nodes with label/kind/type/codes, edges with role, modality and quotes."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    nodes = run_oxigraph(store, (NETWORK_QUERIES / "nodes.rq").read_text(encoding="utf-8"), "nodes.rq")
    for row in nodes.rows:
        values = {name: _value(term) for name, term in zip(nodes.variables, row, strict=True)}
        node = values.pop("node")
        attributes = {k: v for k, v in values.items() if v}
        if node in graph:  # a node with two types keeps the first, by query order
            continue
        graph.add_node(node, **attributes)
    edges = run_oxigraph(store, (NETWORK_QUERIES / "edges.rq").read_text(encoding="utf-8"), "edges.rq")
    collected: dict[str, dict] = {}
    for row in edges.rows:
        values = {name: _value(term) for name, term in zip(edges.variables, row, strict=True)}
        if values["source"] not in graph or values["target"] not in graph:
            continue
        edge = collected.setdefault(
            values["edge"],
            {k: values[k] for k in ("source", "target", "kind", "role", "modality")} | {"evidence": set()},
        )
        if values["quote"]:
            evidence = (values["file"], int(values["begin"]), int(values["end"]), values["quote"], values["sentence"])
            edge["evidence"].add(evidence)
    for key, edge in sorted(collected.items()):
        evidence = sorted(edge.pop("evidence"))
        source, target = edge.pop("source"), edge.pop("target")
        attributes = {k: v for k, v in edge.items() if v}
        if evidence:
            attributes["quote"] = " | ".join(dict.fromkeys(e[3] for e in evidence))
            attributes["sentence"] = " | ".join(" ".join((e[4] or e[3]).split()) for e in evidence)
            attributes["where"] = " | ".join(f"{e[0]}:{e[1]}-{e[2]}" for e in evidence)
        graph.add_edge(source, target, key=key, **attributes)
    return graph


def load_network(graph_path: Path):
    """The network of a graph file."""
    from balikg.core.rdffile import load_store

    return network_from_store(load_store(graph_path))


def actors_named(store, name: str) -> list[str]:
    """The actors a name stands for, by the stored rule (queries/actors-named.rq)."""
    from balikg.query.answers import bound_text
    from balikg.query.stored import load_query

    query = load_query("actors-named")
    results = run_oxigraph(store, bound_text(query, {"actor": name.strip()}), str(query.path))
    return sorted(row[0].value for row in results.rows if row[0] is not None)


def focused_network(graph_path: Path, focus: str | None = None, role: str | None = None):
    """The network of a graph file, restricted to one actor's neighbourhood and/or one role or modality."""
    from balikg.core.rdffile import load_store

    store = load_store(graph_path)
    network = network_from_store(store)
    node = None
    if focus:
        found = [n for n in actors_named(store, focus) if n in network]
        if not found:
            raise UserError(f"--focus {focus}: no actor with this label, alternative name, acronym, ISO code or IRI")
        node = found[0]
    return restrict(network, node, role, focus)


def restrict(graph, node: str | None = None, role: str | None = None, focus: str | None = None):
    """The neighbourhood of one node, and/or only the edges of one role or modality (`focus` is how the
    user named the node, for messages)."""
    view = graph
    if role:
        keep = [
            (u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if role in (d.get("role"), d.get("modality"))
        ]
        if not keep:
            raise UserError(f"--role {role}: no edge has this role or modality")
        view = graph.edge_subgraph(keep).copy()
    if node:
        if node not in view:
            raise UserError(f"--focus {focus}: the actor has no edge with role {role}")
        neighbours = {node} | set(view.predecessors(node)) | set(view.successors(node))
        view = view.subgraph(neighbours).copy()
    return view
