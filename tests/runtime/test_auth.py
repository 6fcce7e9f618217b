"""Challenges answered: parsing WWW-Authenticate, the RFC test vectors, and a real Digest server that checks
every answer (a stale nonce, a wrong password, the next request answered at once)."""

import hashlib
import http.server

import pytest

from balikg.core.errors import UserError
from balikg.runtime.auth import ANSWERS, Challenge, answerable, choose, digest, parse_challenges
from balikg.runtime.http import send

pytestmark = pytest.mark.usefixtures("isolated_credentials")


def test_several_challenges_in_one_header_and_quoted_commas():
    header = 'Digest realm="a, b", nonce="n\\"1", qop="auth,auth-int", algorithm=MD5, Basic realm="y"'
    assert parse_challenges([header, "Negotiate abc==, Bearer"]) == [
        Challenge("digest", {"realm": "a, b", "nonce": 'n"1', "qop": "auth,auth-int", "algorithm": "MD5"}),
        Challenge("basic", {"realm": "y"}),
        Challenge("negotiate"),
        Challenge("bearer"),
    ]


def test_digest_is_chosen_before_basic_and_unknown_ones_are_left():
    digest_md5 = Challenge("digest", {"realm": "r", "nonce": "n"})
    basic = Challenge("basic", {"realm": "r"})
    assert choose([basic, digest_md5]) is digest_md5
    sha512 = Challenge("digest", {"realm": "r", "nonce": "n", "algorithm": "SHA-512-256"})
    auth_int = Challenge("digest", {"realm": "r", "nonce": "n", "qop": "auth-int"})
    assert not answerable(sha512) and not answerable(auth_int)
    assert choose([sha512, basic]) is basic
    assert choose([sha512, Challenge("negotiate")]) is None


RFC7616 = {
    "realm": "http-auth@example.org",
    "qop": "auth, auth-int",
    "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
    "opaque": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
}
CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"


@pytest.mark.parametrize(
    ("algorithm", "response"),
    [
        ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
        ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
    ],
)
def test_the_rfc_7616_examples(algorithm, response):
    challenge = Challenge("digest", {**RFC7616, "algorithm": algorithm})
    answer = digest(challenge, "Mufasa", "Circle of Life", "GET", "/dir/index.html", 1, CNONCE)
    assert f'response="{response}"' in answer
    assert 'qop=auth, nc=00000001, cnonce="' + CNONCE + '"' in answer


def test_the_rfc_2617_example():
    challenge = Challenge("digest", {"realm": "testrealm@host.com", "qop": "auth,auth-int"})
    challenge.params["nonce"] = "dcd98b7102dd2f0e8b11d0f600bfb0c093"
    answer = digest(challenge, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1, "0a4f113b")
    assert 'response="6629fae49393a05397450978507c4ef1"' in answer


class DigestServer(http.server.BaseHTTPRequestHandler):
    """Checks every Digest answer against the password; may expire the nonce once (stale=true)."""

    password = "right-pw"
    algorithm = "MD5"
    nonce = "n0"
    expire_after_first = False
    seen: list

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        given = self.headers.get("Authorization")
        type(self).seen.append(given)
        if not given:
            return self._ask(stale=False)
        params = parse_challenges([given])[0].params
        algorithm = getattr(hashlib, self.algorithm.lower().replace("-", ""))

        def h(text: str) -> str:
            return algorithm(text.encode()).hexdigest()

        secret = h(f"{params['username']}:{params['realm']}:{self.password}")
        request = h(f"POST:{params['uri']}")
        expected = h(f"{secret}:{params['nonce']}:{params['nc']}:{params['cnonce']}:auth:{request}")
        if params["response"] != expected:
            return self._ask(stale=False)
        if params["nonce"] != type(self).nonce:
            return self._ask(stale=True)
        if self.expire_after_first:
            type(self).nonce += "x"
            type(self).expire_after_first = False
        self.send_response(204)
        self.end_headers()

    def _ask(self, stale: bool) -> None:
        self.send_response(401)
        challenge = f'Digest realm="r", nonce="{type(self).nonce}", qop="auth", algorithm={self.algorithm}'
        self.send_header("WWW-Authenticate", challenge + (", stale=true" if stale else ""))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def digest_server(serve_handler):
    def make(**settings):
        handler = type("Handler", (DigestServer,), {"seen": [], **settings})
        return serve_handler(handler) + "/store", handler

    return make


def nonce_counts(seen: list) -> list:
    return [parse_challenges([s])[0].params["nc"] if s else None for s in seen]


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256"])
def test_asked_once_then_answered_at_once_with_the_next_count(digest_server, monkeypatch, algorithm):
    url, handler = digest_server(algorithm=algorithm)
    monkeypatch.setenv("BALIKG_USER", "analyst")
    monkeypatch.setenv("BALIKG_PASSWORD", "right-pw")
    for chunk in (b"a", b"b", b"c"):
        send("POST", url, chunk, {}, 5)
    assert nonce_counts(handler.seen) == [None, "00000001", "00000002", "00000003"]


def test_a_stale_nonce_is_answered_again_once(digest_server, monkeypatch):
    url, handler = digest_server(expire_after_first=True)
    monkeypatch.setenv("BALIKG_USER", "analyst")
    monkeypatch.setenv("BALIKG_PASSWORD", "right-pw")
    send("POST", url, b"a", {}, 5)
    send("POST", url, b"b", {}, 5)
    assert nonce_counts(handler.seen) == [None, "00000001", "00000002", "00000001"]


def test_a_wrong_password_is_one_line_after_one_answer(digest_server, monkeypatch):
    url, handler = digest_server()
    monkeypatch.setenv("BALIKG_USER", "analyst")
    monkeypatch.setenv("BALIKG_PASSWORD", "wrong-SECRET")
    with pytest.raises(UserError) as caught:
        send("POST", url, b"a", {}, 5)
    assert str(caught.value) == (
        f"{url}: HTTP 401 Unauthorized; the server refused the credentials (from the URL, BALIKG_USER or ~/.netrc)"
    )
    assert len(handler.seen) == 2
    assert ANSWERS.ahead(("http", "127.0.0.1", int(url.split(":")[2].split("/")[0])), ("a", "b"), "GET", "/") is None


def test_no_credentials_says_what_the_server_asks_for(digest_server):
    url, handler = digest_server()
    with pytest.raises(UserError) as caught:
        send("POST", url, b"a", {}, 5)
    assert str(caught.value) == (
        f'{url}: HTTP 401 Unauthorized; the server asks for credentials (Digest, realm "r"):'
        " set BALIKG_USER and BALIKG_PASSWORD, or ~/.netrc"
    )
    assert handler.seen == [None]
