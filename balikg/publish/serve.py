"""`balikg serve`: the Oxigraph SPARQL server (from the `oxigraph` wheel) on 127.0.0.1, loaded with the graph."""

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from balikg.core.errors import UserError
from balikg.core.rdffile import read_rdf_text

HOST = "127.0.0.1"


STOP_GRACE = 5.0  # seconds a terminated server gets to exit before it is killed


@dataclass
class Server:
    """A running Oxigraph server: its process, base URL and data directory."""

    process: subprocess.Popen
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
        """Terminate the server, wait for it, and remove a temporary data directory."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_GRACE)
            except subprocess.TimeoutExpired:  # a server busy with its store: stop it hard
                self.process.kill()
                self.process.wait()
        if self.owns_location:
            shutil.rmtree(self.location, ignore_errors=True)


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


def _wait_ready(process: subprocess.Popen, url: str, timeout: float = 30.0) -> None:
    """Poll the query endpoint until it answers or the process dies."""
    deadline = time.monotonic() + timeout
    probe = f"{url}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode("utf-8", "replace").strip().splitlines() if process.stderr else []
            raise UserError(f"oxigraph server exited at start ({error[-1] if error else 'no message'})")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    process.terminate()
    raise UserError(f"oxigraph server did not answer at {url} within {timeout:g} s")


def start(graph: Path | None, port: int = 0, writable: bool = False, location: Path | None = None) -> Server:
    """Load the graph (if any) into a data directory and start the server on 127.0.0.1."""
    binary = oxigraph_binary()
    owns = location is None
    location = Path(tempfile.mkdtemp(prefix="balikg-oxigraph-")) if owns else Path(location)
    location.mkdir(parents=True, exist_ok=True)
    try:
        if graph is not None:
            read_rdf_text(graph)  # one clear line for a missing, empty or binary file
            loaded = subprocess.run(
                [binary, "load", "--location", str(location), "--file", str(graph)], capture_output=True, text=True
            )
            if loaded.returncode != 0:
                detail = (loaded.stderr.strip().splitlines() or ["no message"])[-1]
                raise UserError(f"{graph}: oxigraph could not load it ({detail})")
        port = port or free_port()
        command = "serve" if writable else "serve-read-only"
        process = subprocess.Popen(
            [binary, command, "--location", str(location), "--bind", f"{HOST}:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        url = f"http://{HOST}:{port}"
        _wait_ready(process, url)
    except BaseException:
        if owns:
            shutil.rmtree(location, ignore_errors=True)
        raise
    return Server(process, url, location, owns)


def serve(graph: Path, port: int, writable: bool, location: Path | None) -> int:
    """Run the server in the foreground until Ctrl-C (or SIGINT: also when started in the background, where
    the shell would have it ignored)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    server = start(graph, port, writable, location)
    mode = "read-write" if writable else "read-only"
    print(f"Oxigraph SPARQL server ({mode}) with {graph}, data in {server.location}")
    print(f"  query endpoint:  {server.query_url}")
    print("  query page:      " + server.page_url)
    if writable:
        print(f"  update endpoint: {server.url}/update")
        print(f"  graph store:     {server.store_url}")
    print("Press Ctrl-C to stop.", flush=True)
    try:
        return server.process.wait()
    except KeyboardInterrupt:
        print("stopping…", file=sys.stderr)
        return 0
    finally:
        server.stop()
