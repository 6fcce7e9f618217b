"""Read an RDF file (graph.ttl or any other), with one clear line when it is missing or malformed."""

from pathlib import Path

from balikg.core.errors import UserError

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
    from balikg.core.textfile import TextFileError, read_text_file

    try:
        return read_text_file(path, "RDF text")[1]
    except TextFileError as exc:
        hint = " (run 'balikg build' first)" if Path(path).name == "graph.ttl" and "no such file" in str(exc) else ""
        raise UserError(f"{exc}{hint}") from None


def rdf_format(path: Path) -> str:
    """The rdflib format name for a file, by extension (Turtle by default)."""
    return FORMATS.get(Path(path).suffix.lower(), "turtle")


def load_graph(path: Path):
    """Parse an RDF file into an rdflib Graph (an ill-typed literal is kept as written, without rdflib's
    logged traceback)."""
    from rdflib import Graph

    from balikg.core.terms import quiet_ill_typed_literals

    quiet_ill_typed_literals()
    text = read_rdf_text(path)
    graph = Graph()
    try:
        graph.parse(data=text, format=rdf_format(path))
    except Exception as exc:  # rdflib raises many parser-specific types
        raise _not_rdf(path, exc) from None
    return graph


OXIGRAPH_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG", "xml": "RDF_XML"}


def load_store(path: Path):
    """Parse an RDF file into an in-memory pyoxigraph Store."""
    import pyoxigraph

    text = read_rdf_text(path)
    fmt = OXIGRAPH_FORMATS.get(rdf_format(path))
    if fmt is None:
        return _store_via_rdflib(path)
    store = pyoxigraph.Store()
    try:
        store.load(text.encode("utf-8"), format=getattr(pyoxigraph.RdfFormat, fmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise _not_rdf(path, exc) from None
    return store


def _store_via_rdflib(path: Path):
    """Formats pyoxigraph does not read (JSON-LD): parse with rdflib, load as N-Triples."""
    import pyoxigraph

    from balikg.core.terms import from_rdflib, to_ntriples

    store = pyoxigraph.Store()
    text = to_ntriples(from_rdflib(*t) for t in load_graph(path))
    store.load(text.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def load_triples(path: Path) -> list:
    """An RDF file as tuple triples (balikg.core.terms), parsed by Oxigraph's parser (literals exactly as
    written: its store would normalise some datatypes); named graphs are merged."""
    import pyoxigraph

    from balikg.core.terms import from_oxigraph, from_rdflib, sort_key

    fmt = OXIGRAPH_FORMATS.get(rdf_format(path))
    if fmt is None:
        return sorted({from_rdflib(*t) for t in load_graph(path)}, key=sort_key)
    text = read_rdf_text(path)
    try:
        found = {
            from_oxigraph(quad)
            for quad in pyoxigraph.parse(text.encode("utf-8"), format=getattr(pyoxigraph.RdfFormat, fmt))
        }
    except (SyntaxError, ValueError, OSError) as exc:
        raise _not_rdf(path, exc) from None
    return sorted(found, key=sort_key)


def _not_rdf(path: Path, exc: Exception) -> UserError:
    """The one-line error for a file that does not parse as RDF."""
    reason = " ".join(str(exc).split())[:300]
    return UserError(f"{path}: not a valid RDF file ({type(exc).__name__}: {reason})")
