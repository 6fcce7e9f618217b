"""`balikg serve`: the Oxigraph SPARQL server (from the `oxigraph` wheel) loaded with the graph, behind the front
(`balikg/publish/front.py`) on 127.0.0.1; Oxigraph itself listens on a private loopback port."""

import http.client
import math
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from balikg.core.errors import UserError
from balikg.core.rdffile import read_rdf_text
from balikg.publish.front import HOST, Front
from balikg.runtime.children import die_with_parent

DEFAULT_TIMEOUT = 60.0  # seconds a query may run on the server
MAX_TIMEOUT = 86400.0
STOP_GRACE = 1.5  # seconds a terminated server gets to exit before it is killed
START_TRIES = 3  # private ports tried when another program takes one first


class Stopped(BaseException):
    """`balikg serve` was asked to stop by a signal (SIGTERM, SIGHUP)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@dataclass
class Server:
    """A running Oxigraph server behind its front: the process, the front, the public URL and the data directory."""

    process: subprocess.Popen
    front: Front
    url: str
    location: Path
    owns_location: bool

    @property
    def page_url(self) -> str:
        """The query page for people."""
        return self.url + "/"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """The Graph Store HTTP Protocol endpoint."""
        return f"{self.url}/store"

    def stop(self) -> None:
        """Close the front, end the server, and remove a temporary data directory."""
        end(self.process)
        self.front.close()
        if self.owns_location:
            shutil.rmtree(self.location, ignore_errors=True)


def end(process: subprocess.Popen) -> None:
    """Terminate a process and wait for it; kill it when it does not end within STOP_GRACE."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_GRACE)
        except subprocess.TimeoutExpired:  # a server busy with its store: stop it hard
            process.kill()
            process.wait()


def oxigraph_binary() -> str:
    """The `oxigraph` command installed with the Python package of that name."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise UserError("oxigraph: command not found; install the project ('pip install -e .') which brings it")
    return found


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def check_options(port: int, timeout: float) -> None:
    """One line for a port outside 0-65535 or a timeout that is not a positive number of seconds."""
    if not 0 <= port <= 65535:
        raise UserError(f"--port {port}: not a TCP port (0 to 65535; 0 picks a free one)")
    if not (math.isfinite(timeout) and 0 < timeout <= MAX_TIMEOUT):
        raise UserError(f"--timeout {timeout:g}: give a positive number of seconds, at most {MAX_TIMEOUT:g}")


def open_front(port: int, timeout: float) -> Front:
    """Listen on 127.0.0.1:PORT, or one line saying why not (most often: another program holds the port)."""
    try:
        return Front(port, timeout)
    except OSError as error:
        if error.errno == 98 or "in use" in str(error):
            raise UserError(
                f"{HOST}:{port}: the port is in use by another program (choose another --port; 0 picks a free one)"
            ) from None
        raise UserError(f"{HOST}:{port}: cannot listen there ({error.strerror or error})") from None


def data_directory(location: Path | None) -> tuple[Path, bool]:
    """The data directory to use and whether it is a temporary one of ours."""
    if location is None:
        return Path(tempfile.mkdtemp(prefix="balikg-oxigraph-")), True
    location = Path(location)
    if location.exists() and not location.is_dir():
        raise UserError(f"{location}: --location must be a directory, and this is a file")
    try:
        location.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"{location}: cannot create the data directory ({error.strerror or error})") from None
    return location, False


def _probe(port: int) -> bool:
    """Whether an HTTP server answers an empty ASK on 127.0.0.1:PORT."""
    connection = http.client.HTTPConnection(HOST, port, timeout=2)
    try:
        connection.request("GET", "/query?query=ASK%7B%7D")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def _last_line(log) -> str:
    """The last line Oxigraph wrote to its log (a temporary file)."""
    log.seek(0)
    lines = log.read().decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "no message"


def _spawn(binary: str, location: Path, writable: bool, timeout: float, log) -> tuple[subprocess.Popen, int]:
    """Start Oxigraph on a free private port and wait until it answers there; the process and its port."""
    for attempt in range(START_TRIES):
        port = free_port()
        command = "serve" if writable else "serve-read-only"
        process = subprocess.Popen(
            [binary, command, "--location", str(location), "--bind", f"{HOST}:{port}"]
            + ["--timeout-s", str(math.ceil(timeout))],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            process_group=0,  # signals from the terminal go to `balikg serve`, which ends it in order
            preexec_fn=die_with_parent,  # a `balikg serve` killed outright (SIGKILL) takes Oxigraph with it
        )
        try:
            deadline = time.monotonic() + 30.0
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    break
                if _probe(port) and process.poll() is None:  # it answers, and it is still ours
                    return process, port
                time.sleep(0.05)
            else:
                raise UserError(f"the oxigraph server did not answer on {HOST}:{port} within 30 s")
        except BaseException:
            end(process)
            raise
        detail = _last_line(log)
        if "in use" not in detail or attempt == START_TRIES - 1:
            raise UserError(f"the oxigraph server exited at start ({detail})")
    raise AssertionError("unreachable")


def start(
    graph: Path | None,
    port: int = 0,
    writable: bool = False,
    location: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Server:
    """Load the graph (if any) into a data directory, start Oxigraph and the front on 127.0.0.1:PORT."""
    check_options(port, timeout)
    binary = oxigraph_binary()
    front = open_front(port, timeout)  # first: the port is ours before anything else is done
    directory: Path | None = None
    owns = False
    process: subprocess.Popen | None = None
    try:
        directory, owns = data_directory(location)
        if graph is not None:
            read_rdf_text(graph)  # one clear line for a missing, empty or binary file
            loaded = subprocess.run(
                [binary, "load", "--location", str(directory), "--file", str(graph)], capture_output=True, text=True
            )
            if loaded.returncode != 0:
                detail = (loaded.stderr.strip().splitlines() or ["no message"])[-1]
                raise UserError(f"{graph}: oxigraph could not load it ({detail})")
        with tempfile.TemporaryFile() as log:
            process, private_port = _spawn(binary, directory, writable, timeout, log)
        front.start(private_port)
    except BaseException:
        if process is not None:
            end(process)
        front.close()
        if owns and directory is not None:
            shutil.rmtree(directory, ignore_errors=True)
        raise
    return Server(process, front, f"http://{HOST}:{front.port}", directory, owns)


def _on_signal(signum: int, frame) -> None:
    """Turn SIGTERM or SIGHUP into `Stopped`, so that the server is ended and its directory removed."""
    raise Stopped(signum)


def _install_handlers() -> dict[int, object]:
    """SIGINT, SIGTERM and SIGHUP stop the server (a SIGHUP that nohup ignores stays ignored); the old handlers."""
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    # SIGINT also when started in the background, where the shell would have it ignored
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _on_signal)
    if previous[signal.SIGHUP] != signal.SIG_IGN:
        signal.signal(signal.SIGHUP, _on_signal)
    return previous


def banner(server: Server, graph: Path, writable: bool, timeout: float) -> str:
    """What `balikg serve` prints once the server answers."""
    mode = "read-write" if writable else "read-only"
    lines = [
        f"Oxigraph SPARQL server ({mode}) with {graph}, data in {server.location}",
        f"  query endpoint:  {server.query_url}",
        f"  query page:      {server.page_url}",
    ]
    if writable:
        lines += [f"  update endpoint: {server.url}/update", f"  graph store:     {server.store_url}"]
    lines += [
        f"Queries stop after {math.ceil(timeout)} s; SERVICE, LOAD and requests from other sites are refused.",
        "Press Ctrl-C to stop.",
    ]
    return "\n".join(lines)


def serve(graph: Path, port: int, writable: bool, location: Path | None, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Run the server in the foreground until SIGINT (Ctrl-C), SIGTERM or SIGHUP: then end Oxigraph, remove a
    temporary data directory, say so in one line and exit 128 + the signal's number."""
    previous = _install_handlers()
    server: Server | None = None
    try:
        try:
            server = start(graph, port, writable, location, timeout)
            print(banner(server, graph, writable, timeout), flush=True)
            status = server.process.wait()
            raise UserError(f"the oxigraph server stopped by itself (exit status {status})", exit_code=1)
        except KeyboardInterrupt:
            signum = signal.SIGINT
        except Stopped as stopped:
            signum = stopped.signum
        finally:
            for handled in previous:  # a second signal must not interrupt the cleanup
                signal.signal(handled, signal.SIG_IGN)
            if server is not None:
                server.stop()
    finally:
        for handled, handler in previous.items():
            signal.signal(handled, handler)
    print(f"balikg serve: stopped by {signal.Signals(signum).name}", file=sys.stderr)
    return 128 + signum
