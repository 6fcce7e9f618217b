"""Virtuoso from Debian's package, a second and independent SPARQL 1.1 server: balikg pushes to its Graph
Store with a Digest login, and every stored query gives the same rows there as on embedded Oxigraph and on
the Oxigraph server; its failures are one line, with its reason and without the password."""

from collections import Counter
from urllib.parse import quote

import pytest
import virtuoso as launcher
from commands import one_line_error

from balikg.cli import main
from balikg.core import iris
from balikg.core.errors import UserError
from balikg.publish.push import push
from balikg.query.answers import bound_text, run_local
from balikg.query.remote import run_remote
from balikg.query.stored import list_queries, load_query
from balikg.runtime import http
from balikg.runtime.auth import ANSWERS

SEED = "https://example.org/balikg/seed"
CORPUS = "https://example.org/balikg/corpus"
INJECTIONS = ['IOM" ) } UNION { ?s ?p ?o } #', "} ; DROP ALL ; {"]
# an actor by its acronym (two cases), label, alternative name, ISO code, IRI; and values that must match nothing
NAMES = [
    "IOM",
    "iom",
    "International Organization for Migration",
    "International Center for Migration Policy Development",
    "THA",
    "Thailand",
    iris.actor("state/THA"),
    *INJECTIONS,
]


@pytest.fixture(scope="module")
def login(tmp_path_factory):
    """The launcher's user in BALIKG_USER/BALIKG_PASSWORD; no ~/.netrc; no challenge remembered from before."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BALIKG_USER", launcher.USER)
        patch.setenv("BALIKG_PASSWORD", launcher.PASSWORD)
        patch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
        ANSWERS.forget()
        yield
        ANSWERS.forget()


def reading(virtuoso, graph: str) -> str:
    """Virtuoso's public endpoint with one named graph as the default graph (SPARQL protocol parameter)."""
    return f"{virtuoso.query_url}?default-graph-uri={quote(graph, safe='')}"


@pytest.fixture(scope="module")
def seed_pushed(virtuoso, oxigraph, graph_file, login):
    """The seed graph in Virtuoso (named graph SEED) and in the Oxigraph server (default graph)."""
    into_virtuoso = push(graph_file, virtuoso.store_url, None, True, None, 60, into=SEED)
    into_oxigraph = push(graph_file, oxigraph.store_url, None, True, None, 60)
    return into_virtuoso, into_oxigraph


def cases():
    for query in list_queries():
        for name in NAMES if query.params else [None]:
            yield query.name, ({"actor": name} if name else {})


def test_the_push_goes_through_the_digest_login_and_is_counted(seed_pushed, built):
    into_virtuoso, into_oxigraph = seed_pushed
    assert into_virtuoso == [(SEED, len(built.graph), len(built.graph))]
    assert into_oxigraph == [("default graph", len(built.graph), len(built.graph))]


@pytest.mark.parametrize(("name", "params"), list(cases()), ids=lambda v: str(v)[:40])
def test_every_stored_query_gives_the_same_rows_on_both_servers(
    seed_pushed, virtuoso, oxigraph, graph_file, name, params
):
    query = load_query(name)
    text = bound_text(query, params)
    on_virtuoso = run_remote(reading(virtuoso, SEED), text, 60)
    on_oxigraph = run_remote(oxigraph.query_url, text, 60)
    embedded = run_local(query, params, graph_file, "oxigraph")
    assert on_virtuoso.variables == on_oxigraph.variables == embedded.variables
    assert Counter(on_virtuoso.rows) == Counter(on_oxigraph.rows) == Counter(embedded.rows)
    assert on_virtuoso.rows == embedded.rows  # in the same order, too: every stored query orders its rows totally
    if params.get("actor") in INJECTIONS:
        assert embedded.rows == []
    elif params.get("actor") in (None, "IOM"):
        assert embedded.rows


def test_every_stored_query_gives_the_same_rows_on_the_corpus(virtuoso, corpus_graph, login):
    path, _ = corpus_graph
    push(path, virtuoso.store_url, None, True, None, 60, into=CORPUS)
    differing = []
    for name, params in cases():
        if params.get("actor") not in (None, "IOM", "Thailand", "THA"):
            continue
        query = load_query(name)
        remote = run_remote(reading(virtuoso, CORPUS), bound_text(query, params), 60)
        local = run_local(query, params, path, "oxigraph")
        if (remote.variables, remote.rows) != (local.variables, local.rows):
            differing.append((name, params))
    assert differing == []


def test_the_cli_prints_the_same_everywhere(seed_pushed, virtuoso, graph_file, capsys):
    for fmt in ("csv", "json", "table"):
        for argv in (["coordinators"], ["obligations-of", "--param", "actor=IOM"], ["provenance"]):
            assert main(["query", *argv, "--graph", str(graph_file), "--format", fmt]) == 0
            local = capsys.readouterr().out
            assert main(["query", *argv, "--endpoint", reading(virtuoso, SEED), "--format", fmt]) == 0
            assert capsys.readouterr().out == local


def count(virtuoso, pattern: str) -> int:
    return int(run_remote(virtuoso.query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", 30).rows[0][0].value)


def test_one_named_graph_per_statement(virtuoso, graph_file, built, login):
    base = "https://example.org/balikg/by-statement/"
    report = push(graph_file, virtuoso.store_url, base, True, None, 60)
    assert {label for label, _, _ in report} == {base + "bali-2003-cochairs-statement", base + "ontology"}
    assert all(sent == held for _, sent, held in report)
    union = f'SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{base}")) }}'
    assert count(virtuoso, union) == len(built.graph)


def test_replace_replaces_and_a_plain_push_adds(virtuoso, graph_file, built, tmp_path, login):
    target = "https://example.org/balikg/replaced"
    lines = sorted(graph_file.read_text(encoding="utf-8").splitlines())
    first = [line for line in built.turtle.splitlines() if line.startswith("@prefix")]
    small = tmp_path / "small.ttl"
    small.write_text("\n".join(first) + '\n<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    push(graph_file, virtuoso.store_url, None, True, None, 60, into=target)
    assert push(small, virtuoso.store_url, None, True, None, 60, into=target) == [(target, 1, 1)]
    ((_, sent, held),) = push(graph_file, virtuoso.store_url, None, False, None, 60, into=target)
    assert (sent, held) == (len(built.graph), len(built.graph) + 1)
    assert lines  # the graph file was read, not empty


def test_chunks_with_progress_and_resume(virtuoso, graph_file, built, monkeypatch, capsys, login):
    target = "https://example.org/balikg/chunked"
    monkeypatch.setenv("BALIKG_PUSH_CHUNK", "1000")
    from balikg.core.rdffile import load_graph
    from balikg.publish.push import ntriples_lines
    from balikg.publish.push import target as store_target

    lines = ntriples_lines(load_graph(graph_file))
    staging = iris.push_staging(target)
    push(graph_file, virtuoso.store_url, None, True, None, 60, into=target)  # a first push, then a half-done one
    http.send(
        "POST",
        virtuoso.base + "/sparql-auth",
        f"DROP SILENT GRAPH <{staging}>".encode(),
        {"Content-Type": "application/sparql-update"},
        30,
    )
    http.send(
        "POST",
        store_target(virtuoso.store_url, staging),
        ("\n".join(lines[:1500]) + "\n").encode(),
        {"Content-Type": "application/n-triples"},
        30,
    )
    argv = ["push", "--store", virtuoso.store_url, "--into", target, "--graph", str(graph_file), "--replace"]
    assert main([*argv, "--resume"]) == 0
    out, err = capsys.readouterr()
    assert f"resuming at 1500/{len(lines)} triples" in err and f"2500/{len(lines)} triples" in err
    assert out == f"{target}: {len(lines)} triples sent, {len(lines)} held by the server\n"
    assert count(virtuoso, f"GRAPH <{staging}> {{ ?s ?p ?o }}") == 0


def test_the_default_graph_is_refused_with_virtuosos_reason_and_the_way_out(virtuoso, graph_file, capsys, login):
    assert main(["push", "--store", virtuoso.store_url, "--graph", str(graph_file), "--replace"]) == 2
    line = one_line_error(capsys, quiet=True)
    assert "HTTP 400 Bad Request: Virtuoso 37000 Error SP031" in line
    assert "requires declaration of a plain default graph" in line
    assert "the server refused the swap, so the default graph of" in line and "is unchanged" in line
    assert line.endswith("a server with no writable default graph (a quad store such as Virtuoso) takes --into IRI")


def test_a_wrong_password_is_one_line_without_it(virtuoso, graph_file, capsys, monkeypatch, login):
    monkeypatch.setenv("BALIKG_PASSWORD", "not-the-SECRET")
    ANSWERS.forget()
    argv = ["push", "--store", virtuoso.store_url, "--into", SEED, "--graph", str(graph_file)]
    assert main(argv) == 2
    line = one_line_error(capsys, quiet=True)
    assert line.startswith(f"balikg push: {virtuoso.base}/sparql-auth: HTTP 401 Unauthorized; the server refused")
    assert "not-the-SECRET" not in line and launcher.PASSWORD not in line
    monkeypatch.delenv("BALIKG_USER")
    monkeypatch.delenv("BALIKG_PASSWORD")
    ANSWERS.forget()
    assert main(argv) == 2
    assert 'the server asks for credentials (Digest, realm "SPARQL")' in one_line_error(capsys, quiet=True)


def test_a_bad_query_stops_at_once_with_virtuosos_reason(virtuoso):
    with pytest.raises(UserError) as caught:
        run_remote(virtuoso.query_url, "SELECT ?x WHERE { ?x ?y }", 10)
    assert str(caught.value).startswith(f"{virtuoso.query_url}: HTTP 400 Bad Request: Virtuoso 37000 Error SP030")


def test_a_server_error_is_retried_then_one_line_with_its_reason(virtuoso, monkeypatch, login):
    monkeypatch.setattr(http, "BACKOFF", 0)
    url = virtuoso.store_url + "?default"
    with pytest.raises(UserError) as caught:
        http.send("POST", url, b"<https://e/a> <https://e/b> <https://e/c> .\n", {}, 10)
    assert str(caught.value) == (
        f"{url}: HTTP 500 Request Failed: Error 22023 The request to SPARQL 1.1 Graph Store endpoint contains"
        ' "default" param but the endpoint is not configured to have default graph'
    )


def test_an_answer_the_server_cut_is_an_error_not_fewer_rows(tmp_path, graph_file, login):
    server = launcher.start(tmp_path / "db", max_rows=100)  # Debian's own virtuoso.ini says 10000
    try:
        push(graph_file, server.store_url, None, True, None, 60, into=SEED)
        assert len(run_remote(reading(server, SEED), bound_text(load_query("participants"), {}), 30).rows) == 61
        with pytest.raises(UserError) as caught:
            run_remote(reading(server, SEED), bound_text(load_query("provenance"), {}), 30)
        assert str(caught.value) == (
            f"{reading(server, SEED)}: the server cut the answer at 100 rows (its X-SPARQL-MaxRows limit; for"
            " Virtuoso, ResultSetMaxRows in the [SPARQL] section of virtuoso.ini); the rows would be incomplete"
        )
    finally:
        server.stop()
    assert server.process.poll() is not None and not server.folder.exists()
