"""Real servers on 127.0.0.1 (free ports, fresh directories): Oxigraph from its wheel and Virtuoso from
Debian's package; and small fake servers for failures."""

import http.server
import sys
from pathlib import Path

import pytest

from balikg.publish.serve import start

sys.path.insert(0, str(Path(__file__).resolve().parent))  # virtuoso.py and commands.py beside this file

import virtuoso as virtuoso_server  # noqa: E402


@pytest.fixture(scope="module")
def oxigraph():
    """A writable Oxigraph server with an empty store, stopped (and its directory removed) afterwards."""
    server = start(None, port=0, writable=True)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """Virtuoso with a fresh database and a user for updates, stopped (and its folder removed) afterwards;
    the tests that need it skip with the reason where Debian's package is not installed."""
    why = virtuoso_server.missing()
    if why:
        pytest.skip(why)
    server = virtuoso_server.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers every request with the status, type and body the test configured; records headers."""

    status, content_type, body = 200, "text/plain", b""
    seen: list = []

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        type(self).seen.append(dict(self.headers))
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture
def fake_server(serve_handler):
    """Start a fake HTTP server answering (status, content_type, body); yields a function returning its URL
    and its handler class (whose `seen` lists the headers of each request)."""

    def make(status: int, content_type: str, body: bytes):
        handler = type(
            "Handler", (_Handler,), {"status": status, "content_type": content_type, "body": body, "seen": []}
        )
        return serve_handler(handler), handler

    return make
