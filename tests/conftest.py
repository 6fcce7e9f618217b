"""Shared fixtures: the seed statement read and its graph built once per session; small HTTP servers."""

import json
from pathlib import Path
from typing import NamedTuple

import pytest

from balikg.core.paths import GAZETTEER, GOLD, ROOT, SOURCES
from ingest.gazetteer import load_gazetteer
from ingest.read import read_file

SEED = SOURCES / "bali-2003-cochairs-statement.txt"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Builds in tests use a cache of their own, never the project's .balikg-cache/."""
    import os

    previous = os.environ.get("BALIKG_CACHE")
    os.environ["BALIKG_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("BALIKG_CACHE", None)
    else:
        os.environ["BALIKG_CACHE"] = previous


@pytest.fixture(scope="session")
def gold() -> dict:
    """The hand-made reading of the seed statement."""
    return json.loads((GOLD / "bali-2003-cochairs-statement.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gazetteer():
    """The project gazetteer."""
    return load_gazetteer(GAZETTEER)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed statement exactly as offsets count it."""
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_record(gazetteer):
    """The seed statement read into records."""
    return read_file(SEED, ROOT, gazetteer)


@pytest.fixture(scope="session")
def built():
    """The seed built in memory (graph and canonical Turtle)."""
    from balikg.build.pipeline import build

    return build([SEED])


@pytest.fixture(scope="session")
def graph_file(built, tmp_path_factory) -> Path:
    """The built graph written to a temporary file."""
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    path.write_text(built.turtle, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory):
    """The fixture corpus (tests/corpus/*.txt) built into one graph file; the file and the build result."""
    from balikg.build.pipeline import build
    from balikg.validation.findings import summary

    result = build(sorted((Path(__file__).parent / "corpus").glob("*.txt")))
    assert summary(result.findings)["Violation"] == 0
    path = tmp_path_factory.mktemp("corpus") / "corpus.ttl"
    path.write_text(result.turtle, encoding="utf-8")
    return path, result


class Received(NamedTuple):
    """One request as a test server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@pytest.fixture
def serve_handler():
    """Real HTTP servers on 127.0.0.1 for request handler classes: serve_handler(Handler) gives the base URL;
    all are stopped afterwards (the one home of the tests' small servers)."""
    import http.server
    import threading

    started = []

    def serve(handler: type) -> str:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        # a short poll interval: shutdown() waits for the loop to look
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        started.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield serve
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture
def http_server(serve_handler):
    """Small real HTTP servers on 127.0.0.1: serve({path: (status, headers, body)}, "*" for any other path)
    gives the base URL and the list of requests the server received; all are stopped afterwards. With
    `challenge` (a WWW-Authenticate value), a request without an Authorization header is answered 401 with it."""
    import http.server

    def serve(
        answers: dict[str, tuple[int, dict[str, str], bytes]], challenge: str | None = None
    ) -> tuple[str, list[Received]]:
        received: list[Received] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                received.append(Received(self.command, self.path, dict(self.headers), self.rfile.read(length)))
                status, headers, body = answers.get(self.path.split("?")[0]) or answers.get("*", (404, {}, b""))
                if challenge and "Authorization" not in self.headers:
                    status, headers, body = 401, {"WWW-Authenticate": challenge}, b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args) -> None:  # keep test output clean
                pass

        return serve_handler(Handler), received

    return serve


@pytest.fixture
def silent_port():
    """A port on 127.0.0.1 that accepts connections (the kernel's backlog) and never answers (for timeouts)."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    yield listener.getsockname()[1]
    listener.close()


# A form feed (a PDF page break), a vertical tab, U+2028, U+2029, U+0085 and a file separator end a line for
# str.splitlines or JavaScript; XML 1.0 cannot hold the C0 controls among them, nor STX and backspace. Some
# land in quotes (names), some in sentences and item labels; the reading is the fixture's.
AWKWARD = {
    "\r\nII. Follow-up": "\r\n\x0cII. Follow-up",
    "Canada, Switzerland,": "Canada,\x0bSwitzerland,",
    "coordinated by New Zealand, met": "coordinated by New Zealand,\u2028met",
    "Timor-Leste,": "Timor-Leste,\u2029",
    "be invited to assist": "be invited\x85to assist",
    "drafting legislation": "drafting\x1clegislation\x7f",
    "to the Convention,": "to the\x02Convention\x08,",
    "Republic of Korea": "Republic of\x0bKorea",
    "Pacific Islands Forum Secretariat": "Pacific Islands\u2028Forum Secretariat",
}


@pytest.fixture(scope="session")
def awkward_source(tmp_path_factory) -> Path:
    """The CRLF fixture saved with a UTF-8 byte-order mark, its text holding every character of AWKWARD."""
    text = (Path(__file__).parent / "fixtures" / "officials-2004-crlf.txt").read_bytes().decode("utf-8")
    for plain, awkward in AWKWARD.items():
        assert plain in text
        text = text.replace(plain, awkward, 1)
    path = tmp_path_factory.mktemp("awkward") / "officials-2004-awkward.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


@pytest.fixture(scope="session")
def awkward_graph(awkward_source) -> Path:
    """awkward_source built by `balikg build` into graph.ttl beside it."""
    from balikg.cli import main

    out = awkward_source.parent / "graph.ttl"
    assert main(["build", str(awkward_source), "-o", str(out)]) == 0
    return out


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connection refused)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def isolated_credentials(monkeypatch, tmp_path):
    """Neither the caller's BALIKG_USER nor the machine's ~/.netrc reach a test, nor a challenge another test's
    server made."""
    from balikg.runtime.auth import ANSWERS

    ANSWERS.forget()
    monkeypatch.delenv("BALIKG_USER", raising=False)
    monkeypatch.delenv("BALIKG_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.fixture
def analyst(monkeypatch) -> str:
    """Credentials in the environment; the Authorization header they make."""
    import base64

    from balikg.runtime.auth import ANSWERS

    ANSWERS.forget()
    monkeypatch.setenv("BALIKG_USER", "analyst")
    monkeypatch.setenv("BALIKG_PASSWORD", "pw")
    return "Basic " + base64.b64encode(b"analyst:pw").decode("ascii")
