"""`balikg export`: the graph as Turtle, JSON-LD, N-Triples, RDF/XML, TriG, GraphML, GEXF or CSV.

Every format parses back whatever a literal holds (balikg.core.escapes): the Turtle family and JSON-LD
write controls and line separators as \\uXXXX escapes; RDF/XML, GraphML and GEXF replace the characters
XML cannot hold with U+FFFD; CSV keeps them as they are (quoted when they end a line).
"""

import csv
import io
import json
from pathlib import Path

from balikg.core import iris
from balikg.core.atomic import check_target, make_directory, write_text
from balikg.core.errors import UserError
from balikg.core.escapes import escape_unsafe, needs_xml_replacement, xml_safe
from balikg.core.paths import CONTEXT

RDF_FORMATS = ("turtle", "jsonld", "nt", "xml", "trig")
NETWORK_FORMATS = ("graphml", "gexf", "csv")
FORMATS = RDF_FORMATS + NETWORK_FORMATS


def _sorted_json(value):
    """JSON-LD with arrays and @graph in a stable order (their order carries no meaning here)."""
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def to_jsonld(graph) -> str:
    """Compacted JSON-LD with the project's context inlined (never fetched)."""
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    document = {"@context": context, **{k: _sorted_json(v) for k, v in document.items() if k != "@context"}}
    return escape_unsafe(json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)) + "\n"


def to_ntriples(graph) -> str:
    """N-Triples, one triple a line, sorted (for diffs)."""
    from balikg.core.terms import from_rdflib
    from balikg.core.terms import to_ntriples as ntriples_text

    return ntriples_text(from_rdflib(*t) for t in graph)


def to_trig(graph) -> str:
    """One named graph per source document, the ontology, and the dataset description (VoID/DCAT)."""
    from rdflib import Dataset

    from balikg.core.terms import iri_node
    from balikg.publish.dataset import describe
    from balikg.publish.namedgraphs import partition

    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace)
    parts = partition(graph)
    parts["dataset"] = describe(graph)
    for name, part in parts.items():
        named = dataset.graph(iri_node(iris.named_graph(name)))
        for triple in part:
            named.add(triple)
    return escape_unsafe(dataset.serialize(format="trig"))


def make_xml_safe(graph):
    """The graph (changed in place) with each literal XML cannot hold rewritten, bad characters as U+FFFD."""
    from rdflib import Literal

    unsafe = [(s, p, o) for s, p, o in graph if isinstance(o, Literal) and needs_xml_replacement(str(o))]
    for s, p, o in unsafe:
        graph.remove((s, p, o))
        graph.add((s, p, Literal(xml_safe(str(o)), lang=o.language, datatype=o.datatype)))
    return graph


def rdf_text(graph, fmt: str) -> str:
    """The graph in one RDF format."""
    if fmt == "turtle":
        from balikg.core.turtle import canonical_turtle

        return canonical_turtle(graph)
    if fmt == "jsonld":
        return to_jsonld(graph)
    if fmt == "nt":
        return to_ntriples(graph)
    if fmt == "xml":
        return make_xml_safe(graph).serialize(format="pretty-xml")
    return to_trig(graph)


def xml_safe_network(network):
    """A copy of the network whose string attributes hold only characters XML can hold (others: U+FFFD)."""
    safe = network.copy()
    for _, data in safe.nodes(data=True):
        data.update({k: xml_safe(v) for k, v in data.items() if isinstance(v, str)})
    for *_, data in safe.edges(keys=True, data=True):
        data.update({k: xml_safe(v) for k, v in data.items() if isinstance(v, str)})
    return safe


def network_text(network, fmt: str) -> str:
    """GraphML or GEXF through networkx, with string attributes only."""
    import networkx as nx

    network = xml_safe_network(network)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(network, buffer, encoding="utf-8", prettyprint=True)
    else:
        nx.write_gexf(network, buffer, encoding="utf-8", prettyprint=True)
    # A raw carriage return can only be in element text (GraphML's values), where XML parsers read it as a
    # line feed: a character reference keeps it.
    return buffer.getvalue().decode("utf-8").replace("\r", "&#13;")


NODE_COLUMNS = ["id", "label", "kind", "type", "iso3", "wikidata", "acronym", "code", "start", "end", "place"]
EDGE_COLUMNS = ["id", "source", "target", "kind", "role", "modality", "quote", "sentence", "where"]


def write_csv(network, directory: Path) -> list[Path]:
    """nodes.csv and edges.csv in a directory."""
    directory = make_directory(directory, "csv export writes nodes.csv and edges.csv")
    nodes, edges = io.StringIO(), io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(NODE_COLUMNS)
    for node, data in sorted(network.nodes(data=True)):
        writer.writerow([node, *(data.get(c, "") for c in NODE_COLUMNS[1:])])
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    for source, target, key, data in sorted(network.edges(keys=True, data=True), key=lambda e: e[2]):
        writer.writerow([key, source, target, *(data.get(c, "") for c in EDGE_COLUMNS[3:])])
    paths = [directory / "nodes.csv", directory / "edges.csv"]
    write_text(paths[0], nodes.getvalue())
    write_text(paths[1], edges.getvalue())
    return paths


def export(graph_path: Path, fmt: str, output: Path | None) -> str | None:
    """Export; returns the text when it goes to stdout (no output path)."""
    if fmt not in FORMATS:
        raise UserError(f"--format {fmt}: choose one of {', '.join(FORMATS)}")
    if output is not None and fmt != "csv":
        check_target(output)  # before the work
    if fmt in RDF_FORMATS:
        from balikg.core.rdffile import load_graph

        text = rdf_text(load_graph(graph_path), fmt)
    else:
        from balikg.network.graph import load_network

        network = load_network(graph_path)
        if fmt == "csv":
            if output is None:
                raise UserError("--format csv writes nodes.csv and edges.csv: give a directory with -o DIR")
            write_csv(network, output)
            return None
        text = network_text(network, fmt)
    if output is None:
        return text
    write_text(Path(output), text)
    return None
