"""Parameters reach SPARQL only as a VALUES block of properly escaped RDF literals."""

import re

from balikg.core.errors import UserError

WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def values_block(params: dict[str, str]) -> str:
    """VALUES (?a ?b) { ("x" "y") } with each value an escaped xsd:string literal (Oxigraph's escaping)."""
    from pyoxigraph import Literal

    names = sorted(params)
    for name in names:
        if not NAME.match(name):
            raise UserError(f"parameter name {name!r}: letters, digits and underscores only")
    variables = " ".join(f"?{n}" for n in names)
    values = " ".join(str(Literal(params[n])) for n in names)
    return f"VALUES ({variables}) {{ ({values}) }}"


MARKER = "# @parameters"


def bind(query: str, params: dict[str, str]) -> str:
    """The query with its parameters bound by a VALUES block: at a '# @parameters' line, or at the start of
    its first WHERE group (a subquery that filters on a parameter marks where the block must go)."""
    if not params:
        return query
    if MARKER in query:
        return query.replace(MARKER, values_block(params), 1)
    match = WHERE.search(query)
    if match is None:
        raise UserError("query has no WHERE clause to bind parameters in")
    return f"{query[: match.end()]}\n  {values_block(params)}\n{query[match.end() :]}"
