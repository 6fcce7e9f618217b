"""`balikg serve` as a process: signals end it, Oxigraph and its directory; bad options, taken ports, time limits."""

import http.client
import os
import shutil
import signal
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from commands import one_line_error, serve_process

from balikg.cli import main
from balikg.publish.serve import start

# Every pair of the seed's triples, each pair's strings joined: far longer than a second (Oxigraph checks its
# deadline between pairs, so it stops soon after it)
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(CONTAINS(CONCAT(STR(?c), STR(?f)), 'zzz')) }"


def processes_naming(text: str) -> list[int]:
    """The PIDs of the processes whose command line holds the text."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _default_signals() -> None:
    """In the child: SIGHUP and SIGINT back to their defaults (nohup and '&' hand them ignored)."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_ends_oxigraph_and_removes_the_directory(graph_file, signum, status):
    serve = serve_process(graph_file, _default_signals)  # as a terminal starts it, also under nohup
    try:
        first = serve.stdout.readline()
        location = first.rsplit("data in ", 1)[1].strip()
        while "Press Ctrl-C" not in serve.stdout.readline():
            pass
        (oxigraph,) = processes_naming(location)
        assert Path(location).is_dir() and os.getpgid(oxigraph) != os.getpgid(serve.pid)
        began = time.monotonic()
        serve.send_signal(signum)
        assert serve.wait(timeout=10) == status
        assert time.monotonic() - began < 3
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
    assert serve.stderr.read() == f"balikg serve: stopped by {signal.Signals(signum).name}\n"
    assert not Path(f"/proc/{oxigraph}").exists() and processes_naming(location) == []
    assert not Path(location).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="dying with the parent is Linux's prctl")
def test_a_serve_killed_outright_takes_oxigraph_with_it(graph_file):
    serve = serve_process(graph_file)
    try:
        location = serve.stdout.readline().rsplit("data in ", 1)[1].strip()
        while "Press Ctrl-C" not in serve.stdout.readline():
            pass
        (oxigraph,) = processes_naming(location)
        serve.kill()
        serve.wait(timeout=10)
        deadline = time.monotonic() + 2.0
        while Path(f"/proc/{oxigraph}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert processes_naming(location) == []
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
        shutil.rmtree(location, ignore_errors=True)  # a killed serve cannot remove its folder


def test_a_port_another_server_answers_on_is_one_line(capsys, fake_server, graph_file):
    url, handler = fake_server(200, "text/plain", b"someone else")
    port = url.rsplit(":", 1)[1]
    assert main(["serve", "--port", port, "--graph", str(graph_file)]) == 2
    assert one_line_error(capsys, quiet=True) == (
        f"balikg serve: 127.0.0.1:{port}: the port is in use by another program "
        "(choose another --port; 0 picks a free one)"
    )
    assert handler.seen == []


@pytest.mark.parametrize(
    ("option", "says"),
    [
        (["--port", "99999"], "balikg serve: --port 99999: not a TCP port (0 to 65535; 0 picks a free one)"),
        (["--port", "-1"], "balikg serve: --port -1: not a TCP port (0 to 65535; 0 picks a free one)"),
        (["--timeout", "0"], "balikg serve: --timeout 0: give a positive number of seconds, at most 86400"),
        (["--timeout", "nan"], "balikg serve: --timeout nan: give a positive number of seconds, at most 86400"),
    ],
)
def test_bad_options_are_one_line(capsys, graph_file, option, says):
    assert main(["serve", "--port", "0", "--graph", str(graph_file), *option]) == 2
    assert one_line_error(capsys, quiet=True) == says


def test_a_location_that_is_a_file_is_one_line(capsys, graph_file, tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("not a directory\n", encoding="utf-8")
    assert main(["serve", "--port", "0", "--graph", str(graph_file), "--location", str(plain)]) == 2
    assert (
        one_line_error(capsys, quiet=True)
        == f"balikg serve: {plain}: --location must be a directory, and this is a file"
    )
    assert plain.read_text(encoding="utf-8") == "not a directory\n"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads CPU times from /proc")
def test_a_query_past_the_timeout_stops_and_the_server_goes_idle(graph_file):
    server = start(graph_file, port=0, timeout=1)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.front.port, timeout=30)
        began = time.monotonic()
        connection.request("GET", "/query?query=" + quote(CARTESIAN))
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        waited = time.monotonic() - began
        connection.close()
        # Oxigraph has sent the results' head when the time runs out: it ends the body with the reason
        assert body.endswith("The SPARQL operation has been cancelled"), body
        assert waited < 5, waited
        time.sleep(0.3)
        used = cpu_seconds(server.process.pid)
        time.sleep(1.0)
        assert cpu_seconds(server.process.pid) - used < 0.1
    finally:
        server.stop()
    assert not server.location.exists()
