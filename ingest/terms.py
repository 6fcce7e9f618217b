"""Triples as plain tuples of strings: cheap to hash, sort, cache and merge across thousands of statements.

A triple is (subject IRI, predicate IRI, object, kind): kind None means the object is an IRI; "" a plain
literal; "@xx" a literal with a language tag; anything else is the literal's datatype IRI. A blank node
(never built here, but possible in a file being validated) is written "_:id", which no IRI can be.
"""

from collections.abc import Iterable

Triple = tuple[str, str, str, str | None]

_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _node(term) -> str:
    """An IRI, or a blank node as _:id."""
    from rdflib import BNode

    return f"_:{term}" if isinstance(term, BNode) else str(term)


def from_rdflib(s, p, o) -> Triple:
    """The tuple for an rdflib triple."""
    if getattr(o, "datatype", None) is not None:
        return (_node(s), str(p), str(o), str(o.datatype))
    if getattr(o, "language", None):
        return (_node(s), str(p), str(o), "@" + o.language)
    if hasattr(o, "language"):
        return (_node(s), str(p), str(o), "")
    return (_node(s), str(p), _node(o), None)


def _rdflib_node(value: str, uriref):
    """An rdflib IRI or blank node."""
    if value.startswith("_:"):
        from rdflib import BNode

        return BNode(value[2:])
    return uriref(value)


def to_rdflib(triple: Triple):
    """The rdflib terms of a tuple triple."""
    from rdflib import Literal, URIRef

    s, p, o, kind = triple
    return (_rdflib_node(s, URIRef), URIRef(p), object_term(o, kind, URIRef, Literal))


def object_term(value: str, kind: str | None, uriref, literal):
    """An object as an rdflib term, given the URIRef and Literal classes."""
    if kind is None:
        return _rdflib_node(value, uriref)
    if kind == "":
        return literal(value)
    if kind.startswith("@"):
        return literal(value, lang=kind[1:])
    return literal(value, datatype=uriref(kind))


def nt_object(value: str, kind: str | None) -> str:
    """The object in N-Triples syntax."""
    if kind is None:
        return value if value.startswith("_:") else f"<{value}>"
    quoted = '"' + value.translate(_NT_ESCAPES) + '"'
    if kind == "":
        return quoted
    if kind.startswith("@"):
        return quoted + kind
    return f"{quoted}^^<{kind}>"


def nt_line(triple: Triple) -> str:
    """One N-Triples line, without its newline."""
    s, p, o, kind = triple
    subject = s if s.startswith("_:") else f"<{s}>"
    return f"{subject} <{p}> {nt_object(o, kind)} ."


def to_ntriples(triples: Iterable[Triple]) -> str:
    """Sorted N-Triples text: the same set of triples always gives the same bytes."""
    return "".join(line + "\n" for line in sorted(nt_line(t) for t in triples))


def sort_key(triple: Triple) -> tuple[str, str, str, str]:
    """A total order on tuple triples (IRIs before literals of the same text)."""
    s, p, o, kind = triple
    return (s, p, o, "" if kind is None else "\x01" + kind)
