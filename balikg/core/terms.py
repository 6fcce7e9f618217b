"""RDF terms and triples, and every conversion between them and strings, rdflib, Oxigraph and SPARQL results.

A triple is a plain tuple (subject IRI, predicate IRI, object, kind): cheap to hash, sort, cache and merge
across thousands of statements. kind None means the object is an IRI; "" a plain literal; "@xx" a literal
with a language tag; anything else is the literal's datatype IRI. A blank node (never built here, but
possible in a file being validated) is written "_:id", which no IRI can be.

A query answer's value is a `Term`, as SPARQL results describe it (uri, literal or bnode).
"""

import logging
from collections.abc import Iterable
from typing import NamedTuple

from balikg.core.escapes import UCHAR_ESCAPES
from balikg.core.vocab import XSD

Triple = tuple[str, str, str, str | None]


class Term(NamedTuple):
    """An RDF term as SPARQL JSON results describe it: uri, literal or bnode (a tuple: cheap to make).
    A plain literal has neither datatype nor language (xsd:string is written as no datatype)."""

    type: str
    value: str
    datatype: str = ""
    lang: str = ""


# ---------------------------------------------------------------- building tuple triples


def link(subject: str, predicate: str, target: str) -> Triple:
    """A triple whose object is an IRI."""
    return (subject, predicate, target, None)


def text(subject: str, predicate: str, value: str) -> Triple:
    """A triple whose object is a plain literal."""
    return (subject, predicate, value, "")


def typed(subject: str, predicate: str, value: str | int, datatype: str) -> Triple:
    """A triple whose object is a typed literal."""
    return (subject, predicate, str(value), datatype)


def literal_kind(datatype: str, language: str | None) -> str:
    """The kind of a literal from its datatype and language (xsd:string is a plain literal)."""
    if language:
        return "@" + language
    return result_datatype(datatype, None)


def result_datatype(datatype: str, language: str | None) -> str:
    """A Term's datatype: none for plain and language-tagged literals (xsd:string, rdf:langString)."""
    return "" if language or not datatype or datatype == XSD.string else datatype


# ---------------------------------------------------------------- rdflib


class QuietIllTypedLiterals(logging.Filter):
    """Drops rdflib's warning, traceback included, for a literal whose lexical form does not fit its datatype
    ("2003-13-45"^^xsd:date): the literal is kept as written, and the shapes report it in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for that warning."""
        return not str(record.msg).startswith("Failed to convert Literal lexical form to value")


def quiet_ill_typed_literals() -> None:
    """Put QuietIllTypedLiterals on rdflib's term logger (once per process; forked workers inherit it)."""
    logger = logging.getLogger("rdflib.term")
    if not any(isinstance(f, QuietIllTypedLiterals) for f in logger.filters):
        logger.addFilter(QuietIllTypedLiterals())


quiet_ill_typed_literals()


def iri_node(iri: str):
    """An rdflib IRI (or blank node for '_:id')."""
    from rdflib import BNode, URIRef

    return BNode(iri[2:]) if iri.startswith("_:") else URIRef(iri)


def rdflib_terms(namespace: type):
    """The terms of one namespace of balikg.core.vocab as rdflib nodes: rdflib_terms(SH).focusNode."""
    from types import SimpleNamespace

    return SimpleNamespace(
        **{
            name: iri_node(value)
            for name, value in vars(namespace).items()
            if not name.startswith("_") and isinstance(value, str)
        }
    )


def _rdflib_name(term) -> str:
    """An rdflib IRI, or a blank node as _:id."""
    from rdflib import BNode

    return f"_:{term}" if isinstance(term, BNode) else str(term)


def from_rdflib(s, p, o) -> Triple:
    """The tuple for an rdflib triple."""
    if getattr(o, "datatype", None) is not None:
        return (_rdflib_name(s), str(p), str(o), str(o.datatype))
    if getattr(o, "language", None):
        return (_rdflib_name(s), str(p), str(o), "@" + o.language)
    if hasattr(o, "language"):
        return (_rdflib_name(s), str(p), str(o), "")
    return (_rdflib_name(s), str(p), _rdflib_name(o), None)


def object_term(value: str, kind: str | None):
    """An object as an rdflib term."""
    from rdflib import Literal, URIRef

    if kind is None:
        return iri_node(value)
    if kind == "":
        return Literal(value)
    if kind.startswith("@"):
        return Literal(value, lang=kind[1:])
    return Literal(value, datatype=URIRef(kind))


def to_rdflib(triple: Triple):
    """The rdflib terms of a tuple triple."""
    s, p, o, kind = triple
    return (iri_node(s), iri_node(p), object_term(o, kind))


def rdflib_graph(triples: Iterable[Triple], prefixes: dict[str, str] | None = None):
    """An rdflib Graph of tuple triples, with the given prefixes bound."""
    from rdflib import Graph

    graph = Graph()
    for prefix, namespace in (prefixes or {}).items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(to_rdflib(triple))
    return graph


# The machine-width integer types a server may pick for a count (xsd:int, xsd:long …): one form, xsd:integer.
MACHINE_INTEGERS = frozenset(XSD.NS + name for name in ("int", "long", "short", "byte"))


def answer_literal(value: str, datatype: str, language: str | None) -> Term:
    """A literal of a query answer in the one form every engine and server is compared in: no datatype for
    plain strings, language tags in lower case (they are case-insensitive), and an integer of a machine-width
    type as the canonical xsd:integer ("05"^^xsd:int is "5"^^xsd:integer)."""
    if language:
        return Term("literal", value, "", language.lower())
    datatype = result_datatype(datatype, None)
    if datatype in MACHINE_INTEGERS:
        digits = value.strip()
        if digits.lstrip("+-").isascii() and digits.lstrip("+-").isdigit():
            return Term("literal", str(int(digits)), XSD.integer)
    return Term("literal", value, datatype)


def term_from_rdflib(value) -> Term | None:
    """An rdflib term (from a query result) as a Term."""
    from rdflib import BNode, Literal

    if value is None:
        return None
    if isinstance(value, Literal):
        return answer_literal(str(value), str(value.datatype or ""), value.language)
    if isinstance(value, BNode):
        return Term("bnode", str(value))
    return Term("uri", str(value))


# ---------------------------------------------------------------- Oxigraph


def _oxigraph_name(term) -> str:
    """An Oxigraph IRI, or a blank node as _:id."""
    import pyoxigraph

    return f"_:{term.value}" if isinstance(term, pyoxigraph.BlankNode) else term.value


def from_oxigraph(triple) -> Triple:
    """The tuple for an Oxigraph triple or quad (literals exactly as parsed)."""
    import pyoxigraph

    o = triple.object
    if isinstance(o, pyoxigraph.Literal):
        return (
            _oxigraph_name(triple.subject),
            triple.predicate.value,
            o.value,
            literal_kind(o.datatype.value, o.language),
        )
    return (_oxigraph_name(triple.subject), triple.predicate.value, _oxigraph_name(o), None)


def term_from_oxigraph(value) -> Term:
    """An Oxigraph term (from a query solution) as a Term."""
    import pyoxigraph

    if isinstance(value, pyoxigraph.Literal):
        return answer_literal(value.value, value.datatype.value, value.language)
    if isinstance(value, pyoxigraph.BlankNode):
        return Term("bnode", value.value)
    return Term("uri", value.value)


def rdflib_from_term(term: Term):
    """A Term as an rdflib term (for code that reads results against an rdflib-style graph)."""
    from rdflib import BNode, Literal, URIRef

    if term.type == "uri":
        return URIRef(term.value)
    if term.type == "bnode":
        return BNode(term.value)
    return Literal(
        term.value, lang=term.lang or None, datatype=None if term.lang or not term.datatype else term.datatype
    )


# ---------------------------------------------------------------- SPARQL JSON results


def term_from_json(binding: object) -> Term:
    """A SPARQL 1.1 JSON results binding as a Term; a ValueError saying what is wrong with anything else."""
    if not isinstance(binding, dict):
        raise ValueError(f"a binding is {_json_kind(binding)}, not an object")
    kind, value = binding.get("type"), binding.get("value")
    if kind not in ("literal", "typed-literal", "uri", "bnode"):
        shown = "missing" if kind is None else repr(kind)[:60]
        raise ValueError(f"a binding's type is {shown}, not uri, literal or bnode")
    if not isinstance(value, str):
        raise ValueError(f"a binding's value is {_json_kind(value)}, not a string")
    if kind in ("uri", "bnode"):
        return Term(kind, value)
    lang, datatype = binding.get("xml:lang", ""), binding.get("datatype", "")
    if not isinstance(lang, str) or not isinstance(datatype, str):
        raise ValueError("a literal's xml:lang or datatype is not a string")
    return answer_literal(value, datatype, lang)


def _json_kind(value: object) -> str:
    """What a parsed JSON value is, in words."""
    if value is None:
        return "missing or null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return {str: "a string", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def term_to_json(term: Term) -> dict:
    """A Term as a SPARQL 1.1 JSON results binding."""
    item = {"type": term.type, "value": term.value}
    if term.lang:
        item["xml:lang"] = term.lang
    elif term.datatype and term.datatype != XSD.string:
        item["datatype"] = term.datatype
    return item


# ---------------------------------------------------------------- N-Triples (the project's one writer)

_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"} | UCHAR_ESCAPES)


def nt_object(value: str, kind: str | None) -> str:
    """The object in N-Triples syntax: one line whatever the literal holds (controls, U+2028 and the like
    are \\uXXXX escapes, balikg.core.escapes)."""
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


def nt_lines(triples: Iterable[Triple]) -> list[str]:
    """Sorted N-Triples lines: the same set of triples always gives the same lines."""
    return sorted(nt_line(t) for t in triples)


def to_ntriples(triples: Iterable[Triple]) -> str:
    """Sorted N-Triples text: the same set of triples always gives the same bytes."""
    return "".join(line + "\n" for line in nt_lines(triples))


def sort_key(triple: Triple) -> tuple[str, str, str, str]:
    """A total order on tuple triples (IRIs before literals of the same text)."""
    s, p, o, kind = triple
    return (s, p, o, "" if kind is None else "\x01" + kind)
