"""The stored questions: queries/NAME.rq, each with a header of title, description and parameters."""

import re
from dataclasses import dataclass
from pathlib import Path

from balikg.core.errors import UserError
from balikg.core.paths import QUERIES

NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
INCLUDE = re.compile(r"# @include (?P<name>[a-z0-9][a-z0-9-]*)[^\S\n]*$", re.MULTILINE)
PREFIX_LINE = re.compile(r"^PREFIX\s+[\w-]*:\s*<[^>]*>\s*$", re.MULTILINE | re.IGNORECASE)
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
    """The stored query NAME, its includes expanded; names are plain words, never paths."""
    if not NAME.match(name):
        raise UserError(f"{name}: not a query name (use lower-case letters, digits and hyphens; no paths)")
    path = directory / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(q.name for q in list_queries(directory)) or "none"
        raise UserError(f"{path}: no stored query named {name!r} (known: {known})")
    return parse_header(name, path, expand_includes(path, read_query_file(path), directory))


def read_query_file(path: Path) -> str:
    """A query file's text; unreadable and non-UTF-8 files are one-line errors."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not valid UTF-8 (byte {exc.start}: {exc.reason})") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read the stored query ({exc.strerror or exc})") from None


def list_queries(directory: Path = QUERIES) -> list[StoredQuery]:
    """Every stored query, by name."""
    return [load_query(p.stem, directory) for p in sorted(directory.glob("*.rq")) if p.is_file()]


def expand_includes(path: Path, text: str, directory: Path = QUERIES, seen: tuple[str, ...] = ()) -> str:
    """The query with each '# @include NAME' line replaced by stored query NAME's SELECT (used as a
    sub-select), and NAME's PREFIX lines the query does not declare added to its own."""
    match = INCLUDE.search(text)
    if match is None:
        return text
    name = match["name"]
    included = directory / f"{name}.rq"
    if name in seen or not included.is_file():
        problem = "includes itself" if name in seen else f"includes {name!r}, which is not a stored query"
        raise UserError(f"{path}: {problem}")
    body = expand_includes(included, read_query_file(included), directory, (*seen, path.stem))
    select = re.search(r"^SELECT\b", body, re.MULTILINE | re.IGNORECASE)
    if select is None:
        raise UserError(f"{included}: no SELECT to include in {path}")
    text = text[: match.start()] + body[select.start() :].rstrip() + text[match.end() :]
    declared = set(PREFIX_LINE.findall(text))
    missing = [line for line in PREFIX_LINE.findall(body[: select.start()]) if line not in declared]
    if missing:
        first = PREFIX_LINE.search(text)
        at = first.start() if first else 0
        text = text[:at] + "\n".join(missing) + "\n" + text[at:]
    return expand_includes(path, text, directory, seen)


def parse_params(query: StoredQuery, pairs: list[str]) -> dict[str, str]:
    """KEY=VALUE pairs checked against the query's declared parameters; all are required, each once (a
    parameter holds one value)."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise UserError(f"--param {pair!r}: expected KEY=VALUE")
        if key not in query.params:
            declared = ", ".join(query.params) or "none"
            raise UserError(f"{query.path}: unknown parameter {key!r} (declared: {declared})")
        if key in values:
            raise UserError(f"--param {key} given twice ({values[key]!r} and {value!r}): {query.name} takes one value")
        values[key] = value
    missing = [k for k in query.params if k not in values]
    if missing:
        raise UserError(f"{query.path}: missing parameter {missing[0]!r}: --param {missing[0]}=VALUE")
    return values
