"""Read a graph file for the read side, with one clear line when it is missing or malformed."""

from pathlib import Path

from balikg.errors import UserError

FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".rdf": "xml",
    ".xml": "xml",
    ".jsonld": "json-ld",
}


def read_rdf_text(path: Path) -> str:
    """The file's text, refusing missing, empty, binary and non-UTF-8 files."""
    from ingest.errors import IngestError
    from ingest.source import read_text_file

    try:
        return read_text_file(path, "RDF text")[1]
    except IngestError as exc:
        hint = " (run 'balikg build' first)" if Path(path).name == "graph.ttl" and "no such file" in str(exc) else ""
        raise UserError(f"{exc}{hint}") from None


def rdf_format(path: Path) -> str:
    """The rdflib format name for a file, by extension (Turtle by default)."""
    return FORMATS.get(Path(path).suffix.lower(), "turtle")


def load_graph(path: Path):
    """Parse an RDF file into an rdflib Graph."""
    from rdflib import Graph

    text = read_rdf_text(path)
    graph = Graph()
    try:
        graph.parse(data=text, format=rdf_format(path))
    except Exception as exc:  # rdflib raises many parser-specific types
        reason = " ".join(str(exc).split())[:300]
        raise UserError(f"{path}: not a valid RDF file ({type(exc).__name__}: {reason})") from None
    return graph


def load_store(path: Path):
    """Parse an RDF file into an in-memory pyoxigraph Store."""
    import pyoxigraph

    text = read_rdf_text(path)
    formats = {
        "turtle": pyoxigraph.RdfFormat.TURTLE,
        "nt": pyoxigraph.RdfFormat.N_TRIPLES,
        "nquads": pyoxigraph.RdfFormat.N_QUADS,
        "trig": pyoxigraph.RdfFormat.TRIG,
        "xml": pyoxigraph.RdfFormat.RDF_XML,
    }
    fmt = formats.get(rdf_format(path))
    if fmt is None:
        return _store_via_rdflib(path)
    store = pyoxigraph.Store()
    try:
        store.load(text.encode("utf-8"), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        reason = " ".join(str(exc).split())[:300]
        raise UserError(f"{path}: not a valid RDF file ({type(exc).__name__}: {reason})") from None
    return store


def _store_via_rdflib(path: Path):
    """Formats pyoxigraph does not read (JSON-LD): parse with rdflib, load as N-Triples."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(load_graph(path).serialize(format="nt").encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store
