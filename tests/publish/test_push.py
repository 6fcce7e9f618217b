"""Push through staging graphs against a real writable Oxigraph server: what the targets hold after a push,
after a push killed halfway or failing on its second chunk, and after --resume."""

import http.server
import os
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest
from commands import one_line_error
from rdflib import Graph

from balikg.cli import main
from balikg.core import iris
from balikg.core.rdffile import load_graph
from balikg.publish.namedgraphs import partition
from balikg.publish.push import NTRIPLES, Part, count, in_graph, ntriples_lines, push, swap_update, target, update
from balikg.query.remote import run_remote
from balikg.runtime.http import send

OLD = """\
<https://example.org/old/minister> <https://example.org/old/said> "an older statement" .
<https://example.org/old/minister> <https://example.org/old/said> "a second one" .
<https://example.org/old/meeting> <https://example.org/old/held> "2002" .
"""
BASE = "https://example.org/balikg/"
CHUNK = 500
STAGING = iris.push_staging(None)


def old_triples() -> set:
    return set(Graph().parse(data=OLD, format="nt"))


def as_oxigraph_keeps(graph: Graph) -> set:
    """The triples as an Oxigraph store keeps them (it stores xsd:integer's derived types as xsd:integer)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    dumped = store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return set(Graph().parse(data=dumped.decode("utf-8"), format="nt"))


@pytest.fixture(scope="module")
def seed_parts(graph_file) -> dict[str, set]:
    """The seed's named graphs under BASE, as Oxigraph keeps them."""
    return {
        iris.named_graph(name, BASE): as_oxigraph_keeps(part)
        for name, part in partition(load_graph(graph_file)).items()
    }


def held(server, graph_iri: str | None = None) -> set:
    """The triples the server holds in the default graph or one named graph (read through the Graph Store)."""
    request = urllib.request.Request(target(server.store_url, graph_iri), headers={"Accept": NTRIPLES})
    with urllib.request.urlopen(request, timeout=30) as response:
        return set(Graph().parse(data=response.read().decode("utf-8"), format="nt"))


def named_graphs(server) -> set[str]:
    results = run_remote(server.query_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", 30)
    return {row[0].value for row in results.rows}


def error_after_progress(capsys) -> str:
    """The one error line after the progress lines."""
    *progress, error = capsys.readouterr().err.strip().splitlines()
    assert progress and all(line.startswith("push: ") for line in progress), progress
    assert "Traceback" not in error
    return error


@pytest.fixture
def server(oxigraph):
    """The writable server, emptied, with the old triples in its default graph."""
    update(oxigraph.url + "/update", "DROP ALL", 30)
    send("PUT", target(oxigraph.store_url, None), OLD.encode("utf-8"), {"Content-Type": NTRIPLES}, 30)
    return oxigraph


@pytest.fixture(scope="module")
def new(graph_file) -> set:
    """The seed graph's triples."""
    return as_oxigraph_keeps(load_graph(graph_file))


class _Proxy(http.server.BaseHTTPRequestHandler):
    """Forwards every request to the Oxigraph server, except the writes to `path` (Graph Store or update) from
    the `fail_from`-th on, which it answers as `mode` says: 'hold' (until released, then 500), '500', or 'drop'
    (no answer)."""

    upstream, path, fail_from, mode = "", "/store", 0, ""

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        kind = type(self)
        if self.command in ("POST", "PUT") and self.path.startswith(kind.path):
            with kind.lock:
                kind.writes += 1
                failing = kind.writes >= kind.fail_from
            if failing:
                self._fail(kind)
                return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(kind.upstream + self.path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, content_type, reply = response.status, response.headers.get("Content-Type"), response.read()
        except urllib.error.HTTPError as error:
            status, content_type, reply = error.code, error.headers.get("Content-Type"), error.read()
        self._reply(status, content_type or "text/plain", reply)

    def _fail(self, kind):
        if kind.mode == "hold":
            kind.arrived.set()
            kind.release.wait(30)
        if kind.mode != "drop":  # a dropped connection: close it without an answer
            self._reply(500, "text/plain", b"store on fire")

    def _reply(self, status: int, content_type: str, body: bytes):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client is gone (killed while held)
            pass

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(oxigraph):
    """Start a proxy to the server that fails writes to a path from the n-th on; yields make(n, mode, path)."""
    running = []

    def make(fail_from: int, mode: str, path: str = "/store"):
        attributes = {"upstream": oxigraph.url, "path": path, "fail_from": fail_from, "mode": mode, "writes": 0}
        attributes |= {"lock": threading.Lock(), "arrived": threading.Event(), "release": threading.Event()}
        handler = type("Proxy", (_Proxy,), attributes)
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
        running.append((httpd, handler))
        return f"http://127.0.0.1:{httpd.server_address[1]}", handler

    yield make
    for httpd, handler in running:
        handler.release.set()
        httpd.shutdown()
        httpd.server_close()


def test_staging_iri_and_swap_requests():
    assert iris.named_graph("default") + "/push-staging" == STAGING
    assert iris.push_staging(BASE + "ontology") == BASE + "ontology/push-staging"
    parts = [Part("default graph", None, STAGING, ["x"]), Part("o", BASE + "o", BASE + "o/push-staging", ["y"])]
    assert swap_update(parts, True) == (
        f"MOVE GRAPH <{STAGING}> TO DEFAULT ;\nMOVE GRAPH <{BASE}o/push-staging> TO GRAPH <{BASE}o>"
    )
    assert swap_update(parts[:1], False) == f"ADD GRAPH <{STAGING}> TO DEFAULT ;\nDROP SILENT GRAPH <{STAGING}>"


def test_add_then_replace_the_default_graph(server, graph_file, new):
    assert not new & old_triples()
    assert push(graph_file, server.store_url, None, False, None, 30) == [
        ("default graph", len(new), len(new) + len(old_triples()))
    ]
    assert held(server) == new | old_triples()
    assert push(graph_file, server.store_url, None, True, None, 30) == [("default graph", len(new), len(new))]
    assert held(server) == new
    assert named_graphs(server) == set()  # the staging graph is gone


def test_add_then_replace_named_graphs(server, graph_file, seed_parts):
    parts = seed_parts
    ontology = iris.named_graph("ontology", BASE)
    send("PUT", target(server.store_url, ontology), OLD.encode("utf-8"), {"Content-Type": NTRIPLES}, 30)
    report = push(graph_file, server.store_url, BASE, False, None, 30)
    assert {label: (sent, holds) for label, sent, holds in report} == {
        name: (len(part), len(part) + (len(old_triples()) if name == ontology else 0)) for name, part in parts.items()
    }
    assert held(server, ontology) == parts[ontology] | old_triples()
    push(graph_file, server.store_url, BASE, True, None, 30)
    assert named_graphs(server) == set(parts)
    assert {name: held(server, name) for name in parts} == parts
    assert held(server) == old_triples()  # the default graph was not a target


def test_a_push_killed_halfway_leaves_the_old_graph_and_resumes(server, proxy, graph_file, new, monkeypatch, capsys):
    total = len(ntriples_lines(load_graph(graph_file)))
    assert total > 2 * CHUNK
    url, handler = proxy(2, "hold")
    # with a handler here, the child gets SIGINT's default action even when the tests run in the background
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "balikg",
                "push",
                "--store",
                url + "/store",
                "--graph",
                str(graph_file),
                "--replace",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "BALIKG_PUSH_CHUNK": str(CHUNK)},
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        assert process.stderr.readline() == f"push: default graph: {CHUNK}/{total} triples\n"
        assert handler.arrived.wait(30)  # the second chunk is on its way
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130 and out == ""
    assert err.splitlines() == [
        f"balikg push: interrupted after {CHUNK}/{total} triples of the default graph; the default graph of "
        f"{url}/store is unchanged; the partial upload is in <{STAGING}>; rerun with --resume to finish it"
    ]
    assert held(server) == old_triples()
    assert count(server.query_url, in_graph(STAGING), 30) == CHUNK

    monkeypatch.setenv("BALIKG_PUSH_CHUNK", str(CHUNK))
    argv = ["push", "--store", server.store_url, "--graph", str(graph_file), "--replace", "--resume"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines()[0] == f"push: default graph: resuming at {CHUNK}/{total} triples"
    assert captured.err.splitlines()[1] == f"push: default graph: {2 * CHUNK}/{total} triples"
    assert captured.out == f"default graph: {total} triples sent, {total} held by the server\n"
    assert held(server) == new
    assert named_graphs(server) == set()


@pytest.mark.parametrize(
    ("mode", "says"), [("500", "HTTP 500 Internal Server Error: store on fire"), ("drop", "cannot connect")]
)
def test_a_failing_second_chunk_leaves_the_old_graph(server, proxy, graph_file, monkeypatch, capsys, mode, says):
    monkeypatch.setattr("balikg.runtime.http.BACKOFF", 0.0)
    monkeypatch.setenv("BALIKG_PUSH_CHUNK", str(CHUNK))
    total = len(ntriples_lines(load_graph(graph_file)))
    url, handler = proxy(2, mode)
    assert main(["push", "--store", url + "/store", "--graph", str(graph_file), "--replace"]) == 2
    progress, line = capsys.readouterr().err.strip().splitlines()
    assert progress == f"push: default graph: {CHUNK}/{total} triples"
    assert line.startswith(f"balikg push: {url}/store?graph={quote(STAGING, safe='')}: {says}")
    assert line.endswith(
        f"; stopped after {CHUNK}/{total} triples of the default graph; the default graph of {url}/store is unchanged; "
        f"the partial upload is in <{STAGING}>; rerun with --resume to finish it"
    )
    assert handler.writes == 6  # the first chunk, then the second tried five times
    assert held(server) == old_triples()
    assert count(server.query_url, in_graph(STAGING), 30) == CHUNK


def test_a_failed_swap_is_sent_once_and_resume_finishes_it(server, proxy, graph_file, new, capsys):
    url, handler = proxy(2, "500", "/update")  # the first update empties the staging graph, the second swaps
    argv = ["push", "--graph", str(graph_file), "--replace"]
    assert main([*argv, "--store", url + "/store"]) == 2
    assert one_line_error(capsys) == (
        f"balikg push: {url}/update: HTTP 500 Internal Server Error: store on fire; the swap is not confirmed; the "
        f"server applies it whole or not at all, so the default graph of {url}/store is either as it was or fully "
        "pushed; rerun with --resume to finish it"
    )
    assert handler.writes == 2
    assert held(server) == old_triples()
    assert main([*argv, "--store", server.store_url, "--resume"]) == 0
    total = len(new)
    assert capsys.readouterr().err == f"push: default graph: resuming at {total}/{total} triples\n"
    assert held(server) == new and named_graphs(server) == set()


def test_resume_refuses_a_staging_graph_of_other_triples_and_a_fresh_push_drops_it(server, graph_file, new, capsys):
    send("PUT", target(server.store_url, STAGING), OLD.encode("utf-8"), {"Content-Type": NTRIPLES}, 30)
    argv = ["push", "--store", server.store_url, "--graph", str(graph_file), "--replace"]
    assert main([*argv, "--resume"]) == 2
    assert one_line_error(capsys) == (
        f"balikg push: {server.query_url}: the staging graph <{STAGING}> holds 3 triples that are not the first 3 "
        "of the default graph; rerun without --resume to start afresh"
    )
    assert main(argv) == 0
    assert held(server) == new and named_graphs(server) == set()


@pytest.mark.parametrize(
    ("bindings", "says"),
    [
        ("[]", "the count query gave no rows"),
        ('[{"n": {"type": "literal", "value": "many"}}]', "the count query gave 'many', not a number"),
    ],
)
def test_a_count_that_is_not_a_number_is_one_line(fake_server, graph_file, capsys, bindings, says):
    body = ('{"head": {"vars": ["n"]}, "results": {"bindings": ' + bindings + "}}").encode()
    url, _ = fake_server(200, "application/sparql-results+json", body)
    assert main(["push", "--store", url + "/store", "--graph", str(graph_file)]) == 2
    assert one_line_error(capsys).startswith(f"balikg push: {url}/query: {says}")


def test_push_needs_an_update_endpoint_for_the_swap(capsys, graph_file):
    argv = ["push", "--store", "http://127.0.0.1:9/data", "--endpoint", "http://127.0.0.1:9/sparql"]
    assert main([*argv, "--graph", str(graph_file)]) == 2
    assert one_line_error(capsys) == (
        "balikg push: http://127.0.0.1:9/data: cannot guess the update endpoint for the swap; "
        "pass --update-endpoint URL"
    )


def test_a_failing_push_of_named_graphs_changes_none_and_resumes(
    server, proxy, graph_file, seed_parts, monkeypatch, capsys
):
    monkeypatch.setattr("balikg.runtime.http.BACKOFF", 0.0)
    monkeypatch.setenv("BALIKG_PUSH_CHUNK", str(CHUNK))
    parts = seed_parts
    ontology = iris.named_graph("ontology", BASE)
    send("PUT", target(server.store_url, ontology), OLD.encode("utf-8"), {"Content-Type": NTRIPLES}, 30)
    url, _ = proxy(2, "500")
    argv = ["push", "--graph", str(graph_file), "--graph-iri", BASE, "--replace"]
    assert main([*argv, "--store", url + "/store"]) == 2
    line = error_after_progress(capsys)
    assert "HTTP 500 Internal Server Error: store on fire; stopped after " in line
    assert line.endswith(
        f"; no target graph of {url}/store has changed; the partial upload is in the staging graphs (each target's "
        "IRI/push-staging); rerun with --resume to finish it"
    )
    assert named_graphs(server) - {iris.push_staging(name) for name in parts} == {ontology}
    assert held(server, ontology) == old_triples()

    assert main([*argv, "--store", server.store_url, "--resume"]) == 0
    assert "resuming at" in capsys.readouterr().err
    assert named_graphs(server) == set(parts)
    assert {name: held(server, name) for name in parts} == parts
