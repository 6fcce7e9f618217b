"""Stored queries on any SPARQL 1.1 endpoint, through SPARQLWrapper, with one deadline for the request."""

import json
import threading
import xml.etree.ElementTree as ET

from balikg.core.errors import UserError
from balikg.core.terms import Term, result_datatype, term_from_json
from balikg.query.results import Results
from balikg.runtime.http import auth_header, reason

POST_ABOVE = 1500  # bytes of query text above which the query is POSTed (URL length limits)
ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
SRX = "{http://www.w3.org/2005/sparql-results#}"


def _request(endpoint: str, text: str, timeout: float) -> tuple[bytes, str]:
    """Send the query; return the body and its content type."""
    from SPARQLWrapper import GET, JSON, POST, SELECT, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    client.queryType = SELECT  # its keyword sniffing takes 'addressee' for ADD and would send an update
    client.setMethod(POST if len(text.encode("utf-8")) > POST_ABOVE else GET)
    client.setReturnFormat(JSON)
    client.setTimeout(int(max(1, timeout)))
    client.addCustomHttpHeader("Accept", ACCEPT)
    for name, value in auth_header(endpoint).items():
        client.addCustomHttpHeader(name, value)
    response = client.query().response
    return response.read(), response.headers.get("Content-Type", "")


def _with_deadline(endpoint: str, text: str, timeout: float) -> tuple[bytes, str]:
    """Run the request in a daemon thread so that the timeout covers connect, send and read together."""
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["value"] = _request(endpoint, text, timeout)
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise UserError(f"{endpoint}: no complete answer within {timeout:g} s")
    if "error" in outcome:
        raise _explain(endpoint, outcome["error"]) from None
    return outcome["value"]


def _explain(endpoint: str, error: BaseException) -> UserError:
    """One line for whatever went wrong talking to the endpoint."""
    import urllib.error

    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    cause = getattr(error, "__cause__", None) or getattr(error, "__context__", None)
    if isinstance(error, SPARQLWrapperException):
        status = f"HTTP {cause.code} {cause.reason}" if isinstance(cause, urllib.error.HTTPError) else "refused"
        text = _response_body(str(error))
        first = (text.strip().splitlines() or [""])[0][:200]
        return UserError(f"{endpoint}: {status}{': ' + first if first else ''}")
    if isinstance(error, urllib.error.HTTPError):
        return UserError(f"{endpoint}: {reason(error)}")
    if isinstance(cause, urllib.error.HTTPError):
        return UserError(f"{endpoint}: {reason(cause)}")
    if isinstance(error, urllib.error.URLError):
        return UserError(f"{endpoint}: cannot connect ({error.reason})")
    return UserError(f"{endpoint}: request failed ({type(error).__name__}: {' '.join(str(error).split())[:200]})")


def _response_body(message: str) -> str:
    """The server's response that SPARQLWrapper keeps only inside its exception message (as a bytes repr)."""
    import ast

    if "Response:\n" not in message:
        return ""
    tail = message.split("Response:\n", 1)[1]
    try:
        value = ast.literal_eval(tail)
    except (ValueError, SyntaxError):
        return tail
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def parse_json(body: bytes) -> Results:
    """SPARQL 1.1 Query Results JSON."""
    document = json.loads(body.decode("utf-8"))
    variables = list(document["head"]["vars"])
    rows = [tuple(term_from_json(b[v]) if v in b else None for v in variables) for b in document["results"]["bindings"]]
    return Results(variables, rows)


def parse_xml(body: bytes) -> Results:
    """SPARQL Query Results XML."""
    root = ET.fromstring(body)
    variables = [v.get("name") for v in root.iter(SRX + "variable")]
    rows = []
    for result in root.iter(SRX + "result"):
        values = {}
        for binding in result.iter(SRX + "binding"):
            node = binding[0]
            tag = node.tag.removeprefix(SRX)
            if tag == "literal":
                datatype = node.get("datatype", "")
                lang = node.get("{http://www.w3.org/XML/1998/namespace}lang", "")
                values[binding.get("name")] = Term("literal", node.text or "", result_datatype(datatype, lang), lang)
            else:
                values[binding.get("name")] = Term("uri" if tag == "uri" else "bnode", node.text or "")
        rows.append(tuple(values.get(v) for v in variables))
    return Results(variables, rows)


def run_remote(endpoint: str, text: str, timeout: float = 30.0) -> Results:
    """Evaluate a SELECT on a SPARQL endpoint; the same Results as a local run."""
    body, content_type = _with_deadline(endpoint, text, timeout)
    kind = content_type.split(";")[0].strip().lower()
    try:
        if kind in ("application/sparql-results+xml", "application/xml", "text/xml"):
            return parse_xml(body)
        return parse_json(body)
    except (ValueError, KeyError, TypeError, ET.ParseError, IndexError):
        shown = kind or "no content type"
        raise UserError(f"{endpoint}: the answer is not a SPARQL results document ({shown})") from None
