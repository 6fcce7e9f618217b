"""The HTTP client on real servers: credentials only to their origin, redirects to http(s) only, no password
in any message."""

import base64
import sys

import pytest

from balikg.core.errors import UserError
from balikg.runtime import http
from balikg.runtime.http import checked, credentials, origin, safe_url, send

AGENT = f"Python-urllib/{sys.version_info.major}.{sys.version_info.minor}"
SECRET = "SECRETPW"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def lowered(headers: dict[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


pytestmark = pytest.mark.usefixtures("isolated_credentials")


def test_safe_url_removes_every_user_part():
    assert safe_url(f"http://bob:{SECRET}@127.0.0.1:8080/q?mail=a@b") == "http://127.0.0.1:8080/q?mail=a@b"
    assert safe_url("https://a@b:c%40d@host/") == "https://host/"
    assert safe_url("http://host/path") == "http://host/path"
    assert safe_url("from http://u:p@a/ to HTTPS://v:q@b:1/x, mailto:me@here") == (
        "from http://a/ to HTTPS://b:1/x, mailto:me@here"
    )


def test_only_http_and_https_urls_with_a_host():
    assert checked("HTTPS://Example.org:8443/sparql") == "HTTPS://Example.org:8443/sparql"
    for url in ("file:///x", "ftp://host/x", "data:,x", "localhost:7878/query", "127.0.0.1:7878/query"):
        with pytest.raises(UserError) as caught:
            checked(url)
        assert str(caught.value) == f"{url}: only http and https endpoints are accepted"
    with pytest.raises(UserError) as caught:
        checked("http:///query")
    assert str(caught.value) == "http:///query: the URL names no host"
    with pytest.raises(UserError) as caught:
        checked(f"http://bob:{SECRET}@host:port/query")
    assert str(caught.value) == "http://host:port/query: not a URL (Port could not be cast to integer value as 'port')"


def test_origin_is_scheme_host_and_port():
    assert origin("HTTP://Host/x") == ("http", "host", 80) == origin("http://host:80/y")
    assert origin("https://h:8443/x") == ("https", "h", 8443)
    assert origin("http://h:443/") != origin("https://h/")


def test_credentials_from_the_url_then_the_environment_then_netrc(monkeypatch, tmp_path):
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login netrc-user password netrc-pw\n", encoding="utf-8")
    netrc.chmod(0o600)
    assert credentials("http://127.0.0.1:1/q") == ("netrc-user", "netrc-pw")
    assert credentials("http://other/q") is None
    monkeypatch.setenv("BALIKG_USER", "env-user")
    monkeypatch.setenv("BALIKG_PASSWORD", "env-pw")
    assert credentials("http://127.0.0.1:1/q") == ("env-user", "env-pw")
    assert credentials("http://bob:p%40ss%3Aword@127.0.0.1:1/q") == ("bob", "p@ss:word")


ASKS = 'Basic realm="sparql"'


def test_a_redirect_to_another_origin_drops_the_credentials(http_server, analyst):
    other, at_other = http_server({"*": (200, {"Content-Type": "text/plain"}, b"done")})
    first, at_first = http_server({"/start": (302, {"Location": other + "/target?x=1"}, b"")}, ASKS)
    assert send("GET", first + "/start", None, {"Accept": "text/plain"}, 5) == b"done"
    assert [(r.method, r.path, lowered(r.headers).get("authorization")) for r in at_first] == [
        ("GET", "/start", None),
        ("GET", "/start", analyst),
    ]
    assert [(r.method, r.path, lowered(r.headers)) for r in at_other] == [
        (
            "GET",
            "/target?x=1",
            {
                "accept": "text/plain",
                "accept-encoding": "identity",
                "host": other.removeprefix("http://"),
                "user-agent": AGENT,
                "connection": "close",
            },
        )
    ]


def test_a_redirect_on_the_same_origin_is_answered_again_when_asked(http_server, analyst):
    base, received = http_server({"/start": (301, {"Location": "/next"}, b""), "/next": (200, {}, b"here")}, ASKS)
    assert send("GET", base + "/start", None, {}, 5) == b"here"
    assert [(r.path, lowered(r.headers).get("authorization")) for r in received] == [
        ("/start", None),
        ("/start", analyst),
        ("/next", None),
        ("/next", analyst),
    ]


def test_a_post_is_followed_on_307_and_308_only(http_server, analyst):
    other, at_other = http_server({"*": (200, {}, b"stored")})
    first, at_first = http_server(
        {
            "/307": (307, {"Location": other + "/store"}, b""),
            "/308": (308, {"Location": other + "/store"}, b""),
            "/302": (302, {"Location": other + "/store"}, b""),
        },
        ASKS,
    )
    body = b"<http://e/a> <http://e/b> <http://e/c> .\n"
    for code in ("307", "308"):
        assert send("POST", f"{first}/{code}", body, {"Content-Type": "application/n-triples"}, 5) == b"stored"
    assert [(r.method, r.path, r.body, lowered(r.headers)) for r in at_other] == 2 * [
        (
            "POST",
            "/store",
            body,
            {
                "content-type": "application/n-triples",
                "content-length": str(len(body)),
                "accept-encoding": "identity",
                "host": other.removeprefix("http://"),
                "user-agent": AGENT,
                "connection": "close",
            },
        )
    ]
    with pytest.raises(UserError) as caught:
        send("PUT", first + "/302", body, {"Content-Type": "application/n-triples"}, 5)
    assert str(caught.value) == (
        f"{first}/302: the server redirects this PUT (HTTP 302) to {other}/store, which would drop its body;"
        " use that URL"
    )
    assert len(at_other) == 2
    # asked once, the origin gets the answer at once afterwards
    assert [lowered(r.headers).get("authorization") for r in at_first] == [None, analyst, analyst, analyst]


def test_a_redirect_to_another_scheme_is_refused(http_server):
    base, received = http_server(
        {
            "/file": (302, {"Location": "file:///etc/passwd"}, b""),
            "/ftp": (301, {"Location": "ftp://127.0.0.1/x"}, b""),
        }
    )
    for path, target, code in (("/file", "file:///etc/passwd", 302), ("/ftp", "ftp://127.0.0.1/x", 301)):
        with pytest.raises(UserError) as caught:
            send("GET", base + path, None, {}, 5)
        says = f"redirected (HTTP {code}) to {target}, which is not an http or https URL"
        assert str(caught.value) == f"{base}{path}: {says}"
    assert [r.path for r in received] == ["/file", "/ftp"]


def test_credentials_in_the_url_go_in_a_header_when_the_server_asks(http_server):
    base, received = http_server({"*": (200, {}, b"ok")}, ASKS)
    assert send("GET", base.replace("//", f"//bob:{SECRET}@") + "/x", None, {}, 5) == b"ok"
    asked, answered = received
    assert (asked.path, answered.path) == ("/x", "/x")
    assert "authorization" not in lowered(asked.headers)
    assert lowered(answered.headers)["authorization"] == basic("bob", SECRET)
    assert lowered(answered.headers)["host"] == base.removeprefix("http://")


def test_a_server_that_never_asks_never_gets_the_password(http_server):
    base, received = http_server({"*": (200, {}, b"ok")})
    assert send("GET", base.replace("//", f"//bob:{SECRET}@") + "/x", None, {}, 5) == b"ok"
    assert ["authorization" in lowered(r.headers) for r in received] == [False]


def test_no_error_prints_the_password(http_server, silent_port, closed_port, monkeypatch):
    monkeypatch.setattr(http, "BACKOFF", 0)
    missing, _ = http_server({"*": (404, {}, f"http://bob:{SECRET}@127.0.0.1/q is unknown".encode())})
    busy, _ = http_server({"*": (503, {}, b"busy")})
    refused = f"http://127.0.0.1:{closed_port}"
    silent = f"http://127.0.0.1:{silent_port}"
    cases = [
        (refused, "cannot connect ([Errno 111] Connection refused) after 5 tries"),
        (missing, "HTTP 404 Not Found: http://127.0.0.1/q is unknown"),
        (busy, "HTTP 503 Service Unavailable: busy"),
        (silent, "cannot connect (timed out) after 5 tries"),
    ]
    for base, says in cases:
        with pytest.raises(UserError) as caught:
            send("GET", base.replace("//", f"//bob:{SECRET}@") + "/q", None, {}, 0.2)
        assert str(caught.value) == f"{base}/q: {says}"
