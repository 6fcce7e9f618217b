"""The stored questions: queries/NAME.rq, each with a header of title, description and parameters."""

import re
from dataclasses import dataclass
from pathlib import Path

from balikg.errors import UserError
from balikg.paths import QUERIES

NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
HEADER = re.compile(r"^#\s*(?P<key>title|description|param|columns):\s*(?P<value>.*)$")
PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\s*\(\?(?P<var>[A-Za-z_][A-Za-z0-9_]*)\))?\s*=\s*(?P<doc>.*)$")


@dataclass(frozen=True)
class StoredQuery:
    """A stored query: its name, header fields, declared parameters and text."""

    name: str
    path: Path
    title: str
    description: str
    params: dict[str, str]
    text: str
    variables: dict[str, str] | None = None

    def variable(self, param: str) -> str:
        """The SPARQL variable a parameter binds (its own name unless the header names another)."""
        return (self.variables or {}).get(param, param)


def parse_header(name: str, path: Path, text: str) -> StoredQuery:
    """Read the '# key: value' lines at the top of a query file."""
    fields: dict[str, str] = {}
    params: dict[str, str] = {}
    variables: dict[str, str] = {}
    for line in text.splitlines():
        match = HEADER.match(line.strip())
        if match is None:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        if match["key"] == "param":
            param = PARAM.match(match["value"])
            if param is None:
                raise UserError(f"{path}: malformed '# param:' line (expected 'name = description')")
            params[param["name"]] = param["doc"].strip()
            variables[param["name"]] = param["var"] or param["name"]
        else:
            fields[match["key"]] = match["value"].strip()
    if "title" not in fields:
        raise UserError(f"{path}: stored query has no '# title:' header")
    return StoredQuery(name, path, fields["title"], fields.get("description", ""), params, text, variables)


def load_query(name: str, directory: Path = QUERIES) -> StoredQuery:
    """The stored query NAME; names are plain words, never paths."""
    if not NAME.match(name):
        raise UserError(f"{name}: not a query name (use lower-case letters, digits and hyphens; no paths)")
    path = directory / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(q.name for q in list_queries(directory))
        raise UserError(f"{path}: no stored query named {name!r} (known: {known})")
    return parse_header(name, path, path.read_text(encoding="utf-8"))


def list_queries(directory: Path = QUERIES) -> list[StoredQuery]:
    """Every stored query, by name."""
    return [parse_header(p.stem, p, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.rq"))]


def parse_params(query: StoredQuery, pairs: list[str]) -> dict[str, str]:
    """KEY=VALUE pairs checked against the query's declared parameters; all are required."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise UserError(f"--param {pair!r}: expected KEY=VALUE")
        if key not in query.params:
            declared = ", ".join(query.params) or "none"
            raise UserError(f"{query.path}: unknown parameter {key!r} (declared: {declared})")
        values[key] = value
    missing = [k for k in query.params if k not in values]
    if missing:
        raise UserError(f"{query.path}: missing parameter {missing[0]!r}: --param {missing[0]}=VALUE")
    return values
