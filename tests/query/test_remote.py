"""Stored queries on real (small) HTTP servers: credentials only to their origin, every error one line without
the password, http(s) only, finite timeouts, and every malformed results document named."""

import base64
import json
from urllib.parse import parse_qsl

import pytest
from SPARQLWrapper import __agent__ as SPARQLWRAPPER_AGENT

from balikg.cli import main
from balikg.core.errors import UserError
from balikg.core.terms import Term
from balikg.core.vocab import XSD
from balikg.query.remote import ACCEPT, parse_json, run_remote

SECRET = "SECRETPW"
JSON_TYPE = {"Content-Type": "application/sparql-results+json"}
XML_TYPE = {"Content-Type": "application/sparql-results+xml"}
FIVE = {"n": {"type": "literal", "value": "5", "datatype": XSD.integer}}
SELECT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LONG = "# " + "x" * 2000 + "\n" + SELECT  # POSTed


def results(*bindings) -> bytes:
    return json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": list(bindings)}}).encode()


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def lowered(headers: dict[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def with_user(url: str) -> str:
    return url.replace("//", f"//bob:{SECRET}@", 1)


pytestmark = pytest.mark.usefixtures("isolated_credentials")


def test_five_kinds_of_error_are_one_line_without_the_password(http_server, silent_port, closed_port, capsys):
    missing, _ = http_server({"*": (404, {}, b"no dataset here")})
    failing, _ = http_server({"*": (500, {}, b"database on fire")})
    garbage, _ = http_server({"*": (200, {"Content-Type": "text/html"}, b"<html>hello</html>")})
    cases = [
        (f"http://127.0.0.1:{closed_port}", "cannot connect ([Errno 111] Connection refused)"),
        (missing, "HTTP 404 Not Found: no dataset here"),
        (failing, "HTTP 500 Internal Server Error: database on fire"),
        (f"http://127.0.0.1:{silent_port}", "no complete answer within 0.5 s"),
        (garbage, "the answer is not a SPARQL results document (text/html: Expecting value: line 1 column 1 (char 0))"),
    ]
    for base, says in cases:
        assert main(["query", "participants", "--endpoint", with_user(base) + "/query", "--timeout", "0.5"]) == 2
        captured = capsys.readouterr()
        assert captured.err == f"balikg query: {base}/query: {says}\n"
        assert SECRET not in captured.err + captured.out


ASKS = 'Basic realm="sparql"'


def test_credentials_in_the_endpoint_url_go_in_a_header_when_asked(http_server):
    base, received = http_server({"/sparql": (200, JSON_TYPE, results(FIVE))}, ASKS)
    assert run_remote(with_user(base) + "/sparql", SELECT, 5).rows == [(Term("literal", "5", XSD.integer),)]
    asked, answered = received
    assert asked.path == answered.path and answered.path.startswith("/sparql?query=SELECT")
    assert "authorization" not in lowered(asked.headers)
    assert lowered(answered.headers)["authorization"] == basic("bob", SECRET)


def test_the_endpoint_urls_own_parameters_go_with_every_query(http_server):
    base, received = http_server({"/sparql": (200, JSON_TYPE, results(FIVE))})
    endpoint = base + "/sparql?default-graph-uri=https%3A%2F%2Fexample.org%2Fg&timeout=9"
    run_remote(endpoint, SELECT, 5)
    run_remote(endpoint, LONG, 5)
    got, posted = received
    assert got.path.startswith("/sparql?") and posted.path == "/sparql"
    for sent, query in ((got.path.partition("?")[2], SELECT), (posted.body.decode("ascii"), LONG)):
        assert parse_qsl(sent)[:3] == [
            ("default-graph-uri", "https://example.org/g"),
            ("timeout", "9"),
            ("query", query),
        ]


def test_a_redirected_query_leaves_the_credentials_behind(http_server, analyst):
    other, at_other = http_server({"/sparql": (200, JSON_TYPE, results(FIVE))})
    first, at_first = http_server({"/query": (302, {"Location": other + "/sparql"}, b"")}, ASKS)
    assert run_remote(first + "/query", SELECT, 5).rows == [(Term("literal", "5", XSD.integer),)]
    assert [lowered(r.headers).get("authorization") for r in at_first] == [None, analyst]
    assert [(r.method, r.path, lowered(r.headers)) for r in at_other] == [
        (
            "GET",
            "/sparql",
            {
                "accept": ACCEPT,
                "accept-encoding": "identity",
                "host": other.removeprefix("http://"),
                "user-agent": SPARQLWRAPPER_AGENT,
                "connection": "close",
            },
        )
    ]


def test_a_posted_query_is_followed_on_307_only_and_never_to_another_scheme(http_server, analyst):
    other, at_other = http_server({"/sparql": (200, JSON_TYPE, results(FIVE))})
    first, at_first = http_server(
        {
            "/307": (307, {"Location": other + "/sparql"}, b""),
            "/302": (302, {"Location": other + "/sparql"}, b""),
            "/file": (302, {"Location": "file:///etc/passwd"}, b""),
        },
        ASKS,
    )
    assert run_remote(first + "/307", LONG, 5).rows == [(Term("literal", "5", XSD.integer),)]
    ((request,),) = [at_other]
    assert request.method == "POST" and request.body.startswith(b"query=%23+xxx")
    assert lowered(request.headers) == {
        "accept": ACCEPT,
        "content-type": "application/x-www-form-urlencoded",
        "content-length": str(len(request.body)),
        "accept-encoding": "identity",
        "host": other.removeprefix("http://"),
        "user-agent": SPARQLWRAPPER_AGENT,
        "connection": "close",
    }
    with pytest.raises(UserError) as caught:
        run_remote(first + "/302", LONG, 5)
    assert str(caught.value) == (
        f"{first}/302: the server redirects this POST (HTTP 302) to {other}/sparql, which would drop its body;"
        " use that URL"
    )
    with pytest.raises(UserError) as caught:
        run_remote(first + "/file", SELECT, 5)
    assert str(caught.value) == (
        f"{first}/file: redirected (HTTP 302) to file:///etc/passwd, which is not an http or https URL"
    )
    assert len(at_other) == 1
    assert [lowered(r.headers).get("authorization") for r in at_first] == [None, analyst, analyst, analyst]


def test_only_http_and_https_endpoints(tmp_path, capsys):
    local = tmp_path / "answer.json"
    local.write_bytes(results(FIVE))
    assert main(["query", "participants", "--endpoint", local.as_uri()]) == 2
    assert capsys.readouterr().err == f"balikg query: {local.as_uri()}: only http and https endpoints are accepted\n"


@pytest.mark.parametrize(
    ("value", "says"),
    [(v, "is not a positive finite number of seconds") for v in ("nan", "inf", "-inf", "0", "-1", "soon")]
    + [("1e9", "is more than a day (86400 s)")],
)
def test_timeouts_are_finite_and_positive(capsys, value, says):
    with pytest.raises(SystemExit) as caught:
        main(["query", "participants", "--endpoint", "http://127.0.0.1:9/query", f"--timeout={value}"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"balikg query: error: argument --timeout: '{value}' {says}"


MALFORMED = [
    ([{"n": 5}], "row 1: a binding is a number, not an object"),
    ([{"n": {"value": "5"}}], "row 1: a binding's type is missing, not uri, literal or bnode"),
    ([FIVE, {"n": {"type": "literal", "value": 5}}], "row 2: a binding's value is a number, not a string"),
    ([{"n": {"type": "literal"}}], "row 1: a binding's value is missing or null, not a string"),
    ([{"n": {"type": "triple", "value": "x"}}], "row 1: a binding's type is 'triple', not uri, literal or bnode"),
    (
        [{"n": {"type": "literal", "value": "5", "datatype": 5}}],
        "row 1: a literal's xml:lang or datatype is not a string",
    ),
    ([5], "no list of objects in results.bindings"),
]


@pytest.mark.parametrize(("bindings", "why"), MALFORMED)
def test_a_malformed_binding_is_named(bindings, why):
    with pytest.raises(ValueError) as caught:
        parse_json(results(*bindings))
    assert str(caught.value) == why


@pytest.mark.parametrize(
    ("document", "why"),
    [([], "no list of variables in head.vars"), ({"head": {"vars": ["n"]}}, "no list of objects in results.bindings")],
)
def test_a_malformed_document_is_named(document, why):
    with pytest.raises(ValueError) as caught:
        parse_json(json.dumps(document).encode())
    assert str(caught.value) == why


def test_every_malformed_answer_is_one_user_error(http_server):
    xml = b'<sparql xmlns="http://www.w3.org/2005/sparql-results#"><results><result><binding name="n">'
    answers = {f"/{i}": (200, JSON_TYPE, results(*bindings)) for i, (bindings, _) in enumerate(MALFORMED)}
    answers["/html"] = (200, {"Content-Type": "text/xml"}, b"<html/>")
    answers["/triple"] = (200, XML_TYPE, xml + b"<triple/></binding></result></results></sparql>")
    base, _ = http_server(answers)
    expected = [(f"/{i}", f"application/sparql-results+json: {why}") for i, (_, why) in enumerate(MALFORMED)]
    expected += [
        ("/html", "text/xml: the root element is html, not sparql"),
        ("/triple", "application/sparql-results+xml: row 1: a binding holds triple, not uri, literal or bnode"),
    ]
    for path, why in expected:
        with pytest.raises(UserError) as caught:
            run_remote(base + path, SELECT, 5)
        assert str(caught.value) == f"{base}{path}: the answer is not a SPARQL results document ({why})"


def test_a_numeric_literal_is_an_answer_like_any_other(http_server, capsys):
    xml = (
        b'<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="n"/></head><results>'
        b'<result><binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">5</literal>'
        b"</binding></result></results></sparql>"
    )
    base, _ = http_server({"/json": (200, JSON_TYPE, results(FIVE)), "/xml": (200, XML_TYPE, xml)})
    for path in ("/json", "/xml"):
        assert main(["query", "participants", "--endpoint", base + path, "--format", "csv"]) == 0
        assert capsys.readouterr().out == "n\n5\n"
        assert main(["query", "participants", "--endpoint", base + path, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == json.loads(results(FIVE))
