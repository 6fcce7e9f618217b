"""`balikg viz`: one self-contained HTML page of the network (vendored vis-network, no CDN), or an SVG."""

import json
from pathlib import Path

from balikg.core.atomic import check_target, write_text

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "vendor" / "vis-network.min.js"
TEMPLATE = HERE / "templates" / "viz.html"
TYPE_COLOURS = {
    "state": "#4e79a7",
    "territory": "#76b7b2",
    "organisation": "#f28e2b",
    "secretariat": "#edc948",
    "process": "#59a14f",
    "group": "#b07aa1",
    "collective": "#9c755f",
    "meeting": "#e15759",
    "obligation": "#bab0ac",
}
EDGE_COLOURS = {
    "co-chair": "#e15759",
    "participant": "#4e79a7",
    "observer": "#9aa5b1",
    "coordinator": "#59a14f",
    "addressee": "#f28e2b",
    "on behalf of": "#76b7b2",
    "part of": "#b0b0b0",
    "agree": "#c0392b",
    "urge": "#d35400",
    "call-on": "#e67e22",
    "recommend": "#f1a340",
    "encourage": "#8e7cc3",
    "support": "#6fa8dc",
}
SHAPES = {"actor": "dot", "meeting": "box", "obligation": "diamond"}


def _short(label: str, limit: int = 28) -> str:
    """A node caption: the label, cut."""
    return label if len(label) <= limit else label[: limit - 1] + "…"


def page_data(network) -> dict:
    """The JSON the page draws from: nodes, edges, colours, the roles and modalities present."""
    nodes = []
    for node, attributes in sorted(network.nodes(data=True)):
        caption = attributes.get("iso3") or attributes.get("acronym") or attributes.get("label", node)
        if attributes.get("kind") == "obligation":
            caption = attributes.get("code", caption)
        nodes.append({"id": node, "short": _short(caption), **attributes})
    edges = [
        {"id": key, "source": u, "target": v, **attributes}
        for u, v, key, attributes in sorted(network.edges(keys=True, data=True), key=lambda e: e[2])
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "edgeById": {e["id"]: {k: e.get(k, "") for k in ("role", "modality", "kind", "target")} for e in edges},
        "roles": sorted({e["role"] for e in edges}),
        "modalities": sorted({e["modality"] for e in edges if e.get("modality")}),
        "colors": {"types": TYPE_COLOURS, "edges": EDGE_COLOURS},
        "shapes": SHAPES,
    }


def render_html(network, title: str) -> str:
    """The page, with the data and vis-network inlined."""
    from html import escape

    payload = json.dumps(page_data(network), ensure_ascii=False, sort_keys=True)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    script = VENDOR.read_text(encoding="utf-8").replace("</script", "<\\/script")
    html = TEMPLATE.read_text(encoding="utf-8")
    return html.replace("__TITLE__", escape(title)).replace("__DATA__", payload).replace("__VIS__", script)


def render_svg(network, title: str) -> str:
    """A static picture for reports (matplotlib, fixed layout seed, no timestamps)."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    matplotlib.rcParams["svg.hashsalt"] = "balikg"
    simple = nx.Graph(network)
    positions = nx.spring_layout(simple, seed=7, k=0.9 / max(1, len(simple)) ** 0.5)
    figure, axes = plt.subplots(figsize=(14, 10))
    colours = [TYPE_COLOURS.get(d.get("type", ""), "#999") for _, d in simple.nodes(data=True)]
    nx.draw_networkx_edges(simple, positions, ax=axes, alpha=0.3, width=0.6)
    nx.draw_networkx_nodes(simple, positions, ax=axes, node_color=colours, node_size=90)
    labels = {
        n: d.get("iso3") or d.get("acronym") or d.get("code") or _short(d.get("label", ""), 18)
        for n, d in simple.nodes(data=True)
    }
    nx.draw_networkx_labels(simple, positions, labels, ax=axes, font_size=6)
    axes.set_title(title)
    axes.set_axis_off()
    handles = [
        plt.Line2D([], [], marker="o", linestyle="", color=c, label=t)
        for t, c in TYPE_COLOURS.items()
        if any(d.get("type") == t for _, d in simple.nodes(data=True))
    ]
    axes.legend(handles=handles, loc="lower left", fontsize=7)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(figure)
    return buffer.getvalue()


def viz(graph_path: Path, output: Path, fmt: str, focus: str | None, role: str | None) -> tuple[int, int]:
    """Write the page (or SVG); return the drawn node and edge counts."""
    from balikg.network.graph import focused_network

    check_target(output)  # before the work
    network = focused_network(graph_path, focus, role)
    title = "balikg network" + (f": {focus}" if focus else "") + (f" ({role})" if role else "")
    text = render_svg(network, title) if fmt == "svg" else render_html(network, title)
    write_text(output, text)
    return network.number_of_nodes(), network.number_of_edges()
