"""Virtuoso from Debian's package (`virtuoso-opensource`) on 127.0.0.1: a fresh database in its own folder,
free ports, a user for SPARQL updates, bulk loading through isql; used by the tests and by bench/."""

import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from balikg.publish.serve import free_port

SERVER, ISQL = "virtuoso-t", "isql-vt"
USER, PASSWORD = "analyst", "pw-analyst"
ADMIN = ("dba", "dba")  # the superuser of a fresh database; reachable only from 127.0.0.1 on a private port

INI = """[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile    = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
DirsAllowed        = ., {allowed}
NumberOfBuffers    = {buffers}
MaxDirtyBuffers    = {dirty}
CheckpointInterval = 0
[HTTPServer]
ServerPort    = 127.0.0.1:{http_port}
ServerThreads = 8
[SPARQL]
ResultSetMaxRows      = {max_rows}
MaxQueryExecutionTime = 300
"""


def missing() -> str | None:
    """Why Virtuoso cannot be started here (for a skip), or None."""
    for command in (SERVER, ISQL):
        if not shutil.which(command):
            return f"{command} not found: install Debian's virtuoso-opensource (.ci/run does)"
    return None


@dataclass
class Virtuoso:
    """A running Virtuoso: its folder, ports and process."""

    folder: Path
    http_port: int
    sql_port: int
    process: subprocess.Popen

    @property
    def base(self) -> str:
        """The HTTP server's root URL."""
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        """The public SPARQL endpoint (no login; reads only)."""
        return self.base + "/sparql"

    @property
    def store_url(self) -> str:
        """The Graph Store endpoint that takes a Digest login."""
        return self.base + "/sparql-graph-crud-auth"

    def isql(self, statements: str, timeout: float = 600) -> str:
        """Run SQL statements as the superuser; their output (an error is an AssertionError)."""
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", *ADMIN, f"exec={statements}"],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode or "*** Error" in done.stdout + done.stderr:
            raise AssertionError(f"isql: {done.stdout[-500:]} {done.stderr[-500:]}")
        return done.stdout

    def bulk_load(self, folder: Path, pattern: str, graph: str) -> None:
        """Virtuoso's bulk loader: every file matching `pattern` in `folder` into `graph`, then a checkpoint."""
        self.isql(
            f"ld_dir('{folder}', '{pattern}', '{graph}'); rdf_loader_run(); checkpoint;"
            f" SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"
        )

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def _answers(url: str) -> bool:
    """Whether the SPARQL endpoint answers a query."""
    try:
        with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def version() -> str:
    """The server's version line."""
    done = subprocess.run([SERVER, "+help"], capture_output=True, text=True)
    return next((line.strip() for line in (done.stdout + done.stderr).splitlines() if line.startswith("Version")), "")


def start(folder: Path, max_rows: int = 1_000_000, buffers: int = 20_000, allowed: tuple[Path, ...] = ()) -> Virtuoso:
    """Start Virtuoso with a fresh database in `folder` on free ports (its bulk loader may read `folder` and
    `allowed`); wait until it answers; add the user USER (PASSWORD) with the right to update."""
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        INI.format(
            dir=folder,
            allowed=", ".join(str(path) for path in (folder, *allowed)),
            sql_port=sql_port,
            http_port=http_port,
            max_rows=max_rows,
            buffers=buffers,
            dirty=buffers * 3 // 4,
        ),
        encoding="utf-8",
    )
    log = open(folder / "server.out", "wb")  # noqa: SIM115 (the server writes to it while it runs)
    process = subprocess.Popen(
        [SERVER, "+foreground", "+configfile", str(ini)],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    log.close()
    server = Virtuoso(folder, http_port, sql_port, process)
    deadline = time.monotonic() + 90
    while not _answers(server.query_url):
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"virtuoso did not start: {(folder / 'server.out').read_text(errors='replace')[-400:]}")
        time.sleep(0.2)
    server.isql(f"DB.DBA.USER_CREATE('{USER}', '{PASSWORD}'); GRANT SPARQL_UPDATE TO \"{USER}\";")
    return server


def environment() -> dict[str, str]:
    """Credentials for USER, as balikg reads them."""
    return {**os.environ, "BALIKG_USER": USER, "BALIKG_PASSWORD": PASSWORD}
