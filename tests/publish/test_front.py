"""The front of a real writable Oxigraph server: foreign Hosts, other sites' writes and SERVICE are refused."""

import http.client
import json
import socket
import threading
from urllib.parse import quote, urlencode

import pytest

from balikg.publish.front import header_refusal, loopback_names

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
INSERT = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"


def ask(port: int, method: str, target: str, body: bytes = b"", headers: dict | None = None) -> tuple[int, str]:
    """One request to 127.0.0.1:PORT: the status and the body as text."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, target, body=body or None, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def port_of(server) -> int:
    return server.front.port


def triples(server) -> int:
    status, text = ask(port_of(server), "GET", "/query?query=" + quote(COUNT), headers={"Accept": "application/json"})
    assert status == 200, text
    return int(json.loads(text)["results"]["bindings"][0]["n"]["value"])


def update(server, text: str, headers: dict) -> tuple[int, str]:
    sent = {"Content-Type": "application/sparql-update", **headers}
    return ask(port_of(server), "POST", "/update", text.encode(), sent)


@pytest.fixture
def listener():
    """A TCP socket on 127.0.0.1 that a SERVICE clause would connect to; yields (port, was_connected)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)

    def was_connected(wait: float = 0.3) -> bool:
        sock.settimeout(wait)
        try:
            sock.accept()[0].close()
            return True
        except TimeoutError:
            return False

    yield sock.getsockname()[1], was_connected
    sock.close()


def test_a_write_from_another_site_is_refused_and_the_store_unchanged(oxigraph):
    before = triples(oxigraph)
    status, text = update(oxigraph, INSERT, {"Origin": "http://evil.example"})
    assert (status, text) == (403, "requests from other sites are refused (Origin: http://evil.example)\n")
    status, _ = ask(port_of(oxigraph), "PUT", "/store?default", b"<a:a> <a:b> <a:c> .", {"Origin": "null"})
    assert status == 403
    assert triples(oxigraph) == before


def test_a_write_from_the_server_own_page_is_accepted(oxigraph):
    before = triples(oxigraph)
    status, _ = update(oxigraph, INSERT, {"Origin": f"http://localhost:{port_of(oxigraph)}"})
    assert status == 204
    assert triples(oxigraph) == before + 1
    status, _ = update(oxigraph, INSERT.replace("INSERT", "DELETE"), {})  # no Origin: not from a web page
    assert status == 204
    assert triples(oxigraph) == before


def test_a_foreign_host_is_refused(oxigraph):
    port = port_of(oxigraph)
    target = "/query?query=" + quote("ASK {}")
    status, text = ask(port, "GET", target, headers={"Host": f"rebound.example:{port}"})
    assert status == 403 and text.startswith(f"Host rebound.example:{port} is not this server")
    assert ask(port, "GET", target, headers={"Host": "127.0.0.1"})[0] == 403  # the port is part of the name
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert ask(port, "GET", target, headers={"Host": host, "Accept": "application/json"}) == (
            200,
            '{"head":{},"boolean":true}',
        )


def test_a_service_query_is_refused_in_every_form_and_never_connects(oxigraph, listener):
    listen_port, was_connected = listener
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listen_port}/sparql> {{ ?s ?p ?o }} }}"
    port = port_of(oxigraph)
    refused = (403, "SERVICE is refused: this server does not fetch other URLs\n")
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert ask(port, "GET", "/query?query=" + quote(query)) == refused
    assert ask(port, "POST", "/query", urlencode({"query": query}).encode(), form) == refused
    assert ask(port, "POST", "/sparql", query.encode(), {"Content-Type": "application/sparql-query"}) == refused
    assert ask(port, "POST", "/query?" + urlencode({"query": query}), b"x=1", form) == refused
    service_update = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{listen_port}/> {{ ?s ?p ?o }} }}"
    assert update(oxigraph, service_update, {}) == refused
    load = f"LOAD <http://127.0.0.1:{listen_port}/data.ttl>"
    assert update(oxigraph, load, {}) == (403, "LOAD is refused: this server does not fetch other URLs\n")
    assert not was_connected()
    # Oxigraph on its own (its private port) does connect: the refusal above is the front's
    direct = threading.Thread(target=ask, args=(oxigraph.front.upstream_port, "GET", "/query?query=" + quote(query)))
    direct.start()
    assert was_connected(wait=10)
    direct.join()


@pytest.mark.parametrize("path", ["/%71uery", "/./query", "/store/../query", "/query/", "/QUERY"])
def test_other_spellings_of_the_endpoint_run_nothing(oxigraph, listener, path):
    listen_port, was_connected = listener
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listen_port}/sparql> {{ ?s ?p ?o }} }}"
    status, _ = ask(port_of(oxigraph), "GET", f"{path}?query={quote(query)}")
    assert status == 404
    assert not was_connected()


def test_service_in_a_string_or_a_comment_is_answered(oxigraph, listener):
    listen_port, was_connected = listener
    text = f"SERVICE <http://127.0.0.1:{listen_port}/> {{ }}"
    query = f'SELECT ?text WHERE {{ BIND("{text}" AS ?text) }} # {text}'
    status, body = ask(port_of(oxigraph), "GET", "/query?query=" + quote(query), headers={"Accept": "text/csv"})
    assert (status, body) == (200, f"text\r\n{text}\r\n")
    assert not was_connected()


def test_header_refusal_names_what_is_wrong():
    names = loopback_names(7878)
    assert header_refusal(["127.0.0.1:7878"], ["http://127.0.0.1:7878"], names) is None
    assert header_refusal(["LOCALHOST:7878"], [], names) is None
    assert header_refusal([], [], names) == (
        "Host none is not this server (it answers to 127.0.0.1:7878, [::1]:7878, localhost:7878)"
    )
    assert header_refusal(["127.0.0.1:7878", "evil.example"], [], names).startswith("Host 127.0.0.1:7878, evil")
    assert header_refusal(["127.0.0.1:7878"], ["https://127.0.0.1:7878"], names) == (
        "requests from other sites are refused (Origin: https://127.0.0.1:7878)"
    )
