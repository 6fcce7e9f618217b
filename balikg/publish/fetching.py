"""Whether a SPARQL query or update would make the server fetch a URL (a `SERVICE` clause, an update's `LOAD`)."""

import re
import threading

# Escapes as SPARQL (and Oxigraph) read them before parsing: \u and four hex digits, \U and eight.
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
CHECK_LIMIT = 1 << 16  # characters: a longer text that names SERVICE or LOAD is refused unparsed (parsing is slow)
_parsing = threading.Lock()  # rdflib's pyparsing grammar is shared: one parse at a time


class Uncheckable(ValueError):
    """A text that mentions SERVICE (or LOAD) but that the parser could not read the way Oxigraph does."""


def expand_escapes(text: str) -> str:
    """The text with its \\u and \\U code point escapes replaced, once, as the SPARQL grammar says."""

    def char(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(char, text)


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of the keywords appears anywhere in the text, in any case, before or after escapes."""
    folded = (text.lower(), expand_escapes(text).lower())
    return any(word in variant for word in words for variant in folded)


def fetching_clause(text: str, update: bool = False) -> str | None:
    """`SERVICE` or `LOAD` when the query (or update) holds that clause, None when it does not.

    A text that never spells the keyword cannot hold it and is not parsed; one that does is parsed with rdflib's
    SPARQL grammar, so that the word in a comment, a string or an IRI is not a clause. Raises `Uncheckable` when it
    cannot be parsed (or its escapes read differently in rdflib than in Oxigraph)."""
    words = ("service", "load") if update else ("service",)
    if not _mentions(text, words):
        return None
    if len(text) > CHECK_LIMIT:
        raise Uncheckable(f"longer than {CHECK_LIMIT} characters")
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes, parseQuery, parseUpdate

    try:
        same_escapes = expandUnicodeEscapes(text) == expand_escapes(text)
    except ValueError:
        same_escapes = False
    if not same_escapes:
        raise Uncheckable("its \\u escapes are ambiguous")
    # rdflib ends a comment at a line feed only; SPARQL (and Oxigraph) end it at a carriage return too
    readable = text.replace("\r", "\n")
    try:
        with _parsing:
            tree = parseUpdate(readable) if update else parseQuery(readable)
    except (ParseBaseException, ValueError, RecursionError) as error:
        raise Uncheckable(f"rdflib cannot parse it ({str(error).splitlines()[0][:120]})") from None
    names = _clause_names(tree)
    for clause, name in (("SERVICE", "ServiceGraphPattern"), ("LOAD", "Load")):
        if name in names:
            return clause
    return None


def _clause_names(tree: object) -> set[str]:
    """The names of every rdflib `CompValue` in a parse tree."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    names: set[str] = set()
    pending = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, CompValue):
            names.add(node.name)
            pending.extend(node.values())
        elif isinstance(node, ParseResults | list | tuple):
            pending.extend(node)
    return names
