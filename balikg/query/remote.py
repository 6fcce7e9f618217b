"""Stored queries on any SPARQL 1.1 endpoint, with one deadline for the request.

SPARQLWrapper builds the request (query or form, method, headers); the project's opener
(balikg.runtime.http.open_request) sends it, so that redirects never carry credentials to another origin
and only http and https are spoken.
"""

import json
import threading
import xml.etree.ElementTree as ET
from email.message import Message
from urllib.parse import parse_qsl

from balikg.core.errors import UserError
from balikg.core.terms import Term, answer_literal, term_from_json
from balikg.query.results import Results
from balikg.runtime.http import checked, credentials, failure, open_request, reason, safe_url, without_user

POST_ABOVE = 1500  # bytes of query text above which the query is POSTed (URL length limits)
ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
SRX = "{http://www.w3.org/2005/sparql-results#}"
CUT_HEADER = "X-SPARQL-MaxRows"  # a server's own limit on result rows (Virtuoso sends it on a cut answer)


def _request(endpoint: str, text: str, timeout: float) -> tuple[bytes, Message]:
    """Send the query; return the body and the response's headers."""
    from SPARQLWrapper import GET, JSON, POST, SELECT, SPARQLWrapper

    base, _, given = without_user(endpoint).partition("?")
    client = SPARQLWrapper(base)
    for name, value in parse_qsl(given, keep_blank_values=True):  # e.g. default-graph-uri, kept on every request
        client.addParameter(name, value)
    client.setQuery(text)
    client.queryType = SELECT  # its keyword sniffing takes 'addressee' for ADD and would send an update
    client.setMethod(POST if len(text.encode("utf-8")) > POST_ABOVE else GET)
    client.setReturnFormat(JSON)
    client.addCustomHttpHeader("Accept", ACCEPT)
    request = client._createRequest()  # SPARQLWrapper's own request, sent by the project's opener below
    with open_request(request, timeout, credentials(endpoint)) as response:
        return response.read(), response.headers


SOCKET_MARGIN = 5.0  # the socket waits longer than the deadline, so that running out of time is always the deadline


def _with_deadline(endpoint: str, text: str, timeout: float) -> tuple[bytes, Message]:
    """Run the request in a daemon thread so that the timeout covers connect, send and read together."""
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["value"] = _request(endpoint, text, timeout + SOCKET_MARGIN)
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise UserError(f"{safe_url(endpoint)}: no complete answer within {timeout:g} s")
    if "error" in outcome:
        raise _explain(endpoint, outcome["error"]) from None
    return outcome["value"]


def _explain(endpoint: str, error: BaseException) -> UserError:
    """One line for whatever went wrong talking to the endpoint."""
    import http.client
    import urllib.error

    if isinstance(error, UserError):
        return error
    shown = safe_url(endpoint)
    if isinstance(error, urllib.error.HTTPError):
        return UserError(f"{shown}: {safe_url(reason(error))}")
    if isinstance(error, urllib.error.URLError | OSError | http.client.HTTPException):
        return UserError(f"{shown}: cannot connect ({failure(error)})")
    return UserError(f"{shown}: request failed ({type(error).__name__}: {failure(error)})")


def parse_json(body: bytes) -> Results:
    """SPARQL 1.1 Query Results JSON; a ValueError saying what is wrong with anything else."""
    document = json.loads(body.decode("utf-8"))
    head = document.get("head") if isinstance(document, dict) else None
    variables = head.get("vars") if isinstance(head, dict) else None
    if not isinstance(variables, list) or not all(isinstance(v, str) for v in variables):
        raise ValueError("no list of variables in head.vars")
    results = document.get("results")
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(bindings, list) or not all(isinstance(b, dict) for b in bindings):
        raise ValueError("no list of objects in results.bindings")
    rows = []
    for row in bindings:
        try:
            rows.append(tuple(term_from_json(row[v]) if v in row else None for v in variables))
        except ValueError as error:
            raise ValueError(f"row {len(rows) + 1}: {error}") from None
    return Results(variables, rows)


def parse_xml(body: bytes) -> Results:
    """SPARQL Query Results XML; a ValueError saying what is wrong with anything else."""
    root = ET.fromstring(body)
    if root.tag != SRX + "sparql":
        raise ValueError(f"the root element is {root.tag[:80]}, not sparql")
    variables = [v.get("name", "") for v in root.iter(SRX + "variable")]
    rows = []
    for result in root.iter(SRX + "result"):
        values = {}
        for binding in result.iter(SRX + "binding"):
            values[binding.get("name")] = _xml_term(binding, len(rows) + 1)
        rows.append(tuple(values.get(v) for v in variables))
    return Results(variables, rows)


def _xml_term(binding: ET.Element, row: int) -> Term:
    """The term inside one <binding> of the XML results."""
    node = binding[0] if len(binding) else None
    tag = node.tag.removeprefix(SRX) if node is not None else "nothing"
    if tag == "literal":
        datatype = node.get("datatype", "")
        lang = node.get("{http://www.w3.org/XML/1998/namespace}lang", "")
        return answer_literal(node.text or "", datatype, lang)
    if tag in ("uri", "bnode"):
        return Term(tag, node.text or "")
    raise ValueError(f"row {row}: a binding holds {tag[:80]}, not uri, literal or bnode")


def run_remote(endpoint: str, text: str, timeout: float = 30.0) -> Results:
    """Evaluate a SELECT on a SPARQL endpoint (http or https); the same Results as a local run."""
    checked(endpoint)
    body, headers = _with_deadline(endpoint, text, timeout)
    kind = headers.get("Content-Type", "").split(";")[0].strip().lower() or "no content type"
    try:
        if kind in ("application/sparql-results+xml", "application/xml", "text/xml"):
            results = parse_xml(body)
        else:
            results = parse_json(body)
    except (ValueError, ET.ParseError, RecursionError) as error:
        why = " ".join(str(error).split())[:200]
        raise UserError(
            f"{safe_url(endpoint)}: the answer is not a SPARQL results document ({kind}: {safe_url(why)})"
        ) from None
    limit = headers.get(CUT_HEADER, "").strip()
    if limit.isdigit() and len(results.rows) >= int(limit):
        raise UserError(
            f"{safe_url(endpoint)}: the server cut the answer at {limit} rows (its {CUT_HEADER} limit; for Virtuoso,"
            " ResultSetMaxRows in the [SPARQL] section of virtuoso.ini); the rows would be incomplete"
        )
    return results
