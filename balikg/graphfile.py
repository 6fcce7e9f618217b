"""Load a graph file for the read side, with one clear line when it is missing or malformed."""

from pathlib import Path

from balikg.errors import UserError


def load_graph(path: Path):
    """Parse a Turtle (or other RDF, by extension) file into an rdflib Graph."""
    from rdflib import Graph
    from rdflib.util import guess_format

    path = Path(path)
    if not path.is_file():
        hint = " (run 'balikg build' first)" if path.name == "graph.ttl" else ""
        raise UserError(f"{path}: no such file{hint}")
    data = path.read_bytes()
    if not data.strip():
        raise UserError(f"{path}: the file is empty")
    if b"\x00" in data:
        raise UserError(f"{path}: binary file, expected RDF text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    graph = Graph()
    try:
        graph.parse(data=text, format=guess_format(str(path)) or "turtle")
    except Exception as exc:  # rdflib raises many parser-specific types
        reason = " ".join(str(exc).split())[:300]
        raise UserError(f"{path}: not a valid RDF file ({type(exc).__name__}: {reason})") from None
    return graph
