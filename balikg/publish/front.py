"""The front of `balikg serve`: an HTTP proxy on the public port that checks each request before Oxigraph sees it.

It refuses (403) a request whose `Host` is not one of this server's loopback names (DNS rebinding) or whose
`Origin` is another site (writes from web pages), and any SPARQL query or update that would make Oxigraph fetch a
URL (`SERVICE`, `LOAD`). A request to a SPARQL endpoint reaches Oxigraph re-encoded, holding exactly the texts
that were checked; every other request is passed on as it came.
"""

import http.client
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode

from balikg.publish.fetching import Uncheckable, fetching_clause

HOST = "127.0.0.1"
SPARQL_PATHS = frozenset({"/query", "/update", "/sparql"})  # Oxigraph's endpoints that run queries or updates
FORM = "application/x-www-form-urlencoded"
DIRECT = {"application/sparql-query": "query", "application/sparql-update": "update"}
MAX_SPARQL_BODY = 128 << 20  # bytes: Oxigraph's own limit on a query or update body
CLIENT_TIMEOUT = 60.0  # seconds a client may take to send its request
UPSTREAM_SLACK = 30.0  # seconds beyond the query timeout the front waits for Oxigraph's first byte
# Headers that belong to one connection, not to the request, and are not passed on.
HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "expect"}
)


class Refused(Exception):
    """A request the front answers itself: its HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def loopback_names(port: int) -> frozenset[str]:
    """The `Host` values that name this server: 127.0.0.1, localhost and [::1] with its port."""
    names = {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}
    if port == 80:  # the default port is left out of Host and Origin
        names |= {"127.0.0.1", "localhost", "[::1]"}
    return frozenset(names)


def header_refusal(hosts: list[str], origins: list[str], names: frozenset[str]) -> str | None:
    """Why a request with these Host and Origin headers is refused, or None when it is not."""
    if len(hosts) != 1 or hosts[0].strip().lower() not in names:
        shown = ", ".join(hosts) or "none"
        return f"Host {shown} is not this server (it answers to {', '.join(sorted(names))})"
    if len(origins) > 1 or (origins and origins[0].strip().lower() not in {f"http://{n}" for n in names}):
        return f"requests from other sites are refused (Origin: {', '.join(origins)})"
    return None


def media_type(content_type: str | None) -> str | None:
    """The media type of a Content-Type header, lowercased and without parameters (as Oxigraph reads it)."""
    return content_type.split(";", 1)[0].strip().lower() if content_type is not None else None


def sparql_parameters(
    method: str, path: str, query_string: str | None, content_type: str | None, body: bytes
) -> list[tuple[str, str]] | None:
    """Every parameter of a request to a SPARQL endpoint, or None for one that runs nothing (a service
    description, or a GET on /update). Raises `Refused` for a request Oxigraph would not take either."""
    url = parse_qsl(query_string or "", keep_blank_values=True, errors="replace")
    if method in ("GET", "HEAD"):
        return url if query_string is not None and path != "/update" else None
    kind = media_type(content_type)
    if kind is None:
        raise Refused(400, "no Content-Type given")
    if kind == FORM:
        return url + parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True, errors="replace")
    if kind in DIRECT:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the body is not UTF-8") from None
        return [*url, (DIRECT[kind], text)]
    raise Refused(415, f"Content-Type {kind} is not accepted (use {FORM} or application/sparql-query)")


def check_parameters(parameters: list[tuple[str, str]]) -> None:
    """Refuse parameters that hold a query or update fetching a URL, that cannot be checked, or that repeat."""
    for name in ("query", "update"):
        texts = [value for key, value in parameters if key == name]
        if len(texts) > 1:
            raise Refused(400, f"several '{name}' parameters")
        for text in texts:
            try:
                clause = fetching_clause(text, update=name == "update")
            except Uncheckable as reason:
                raise Refused(400, f"the {name} mentions SERVICE or LOAD and could not be checked: {reason}") from None
            if clause:
                raise Refused(403, f"{clause} is refused: this server does not fetch other URLs")


class _Handler(BaseHTTPRequestHandler):
    """One request: check it, then pass it on to Oxigraph and stream the answer back."""

    protocol_version = "HTTP/1.1"
    timeout = CLIENT_TIMEOUT
    server: "Front"

    def log_message(self, format: str, *args) -> None:
        """Stay quiet: the banner is all that `balikg serve` prints."""

    def do_GET(self) -> None:
        """Any method: Oxigraph decides what it supports."""
        self.close_connection = True
        self._unread = 0
        try:
            self._check_and_forward()
        except Refused as refusal:
            self._discard_body()
            self._answer(refusal.status, refusal.message)
        except (OSError, http.client.HTTPException):  # the client went away or stalled, or Oxigraph's answer broke
            pass

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_QUERY = do_GET

    def _check_and_forward(self) -> None:
        """Check the target and headers, then forward: SPARQL endpoints re-encoded, the rest as it came."""
        if self.headers.get("Transfer-Encoding"):
            raise Refused(411, "send the body with a Content-Length (chunked bodies are not accepted)")
        try:
            self._unread = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise Refused(400, "Content-Length is not a number") from None
        if self._unread < 0:
            raise Refused(400, "Content-Length is negative")
        target = self.path
        if not target.startswith("/") or target.startswith("//") or "#" in target:
            raise Refused(400, f"request target {target[:100]} is not a path on this server")
        hosts, origins = self.headers.get_all("Host") or [], self.headers.get_all("Origin") or []
        refusal = header_refusal(hosts, origins, self.server.names)
        if refusal:
            raise Refused(403, refusal)
        path, mark, query_string = target.partition("?")
        if path not in SPARQL_PATHS:
            self._forward(self.command, target)
            return
        if self._unread > MAX_SPARQL_BODY:
            raise Refused(413, f"a query or update body is limited to {MAX_SPARQL_BODY} bytes")
        body = self.rfile.read(self._unread)
        self._unread = 0
        content_type = self.headers["Content-Type"]
        parameters = sparql_parameters(self.command, path, query_string if mark else None, content_type, body)
        if parameters is None:
            self._forward(self.command, target, b"")
            return
        check_parameters(parameters)
        encoded = urlencode(parameters)
        if self.command in ("GET", "HEAD"):
            self._forward(self.command, f"{path}?{encoded}", b"")
        else:
            self._forward(self.command, path, encoded.encode("ascii"), FORM)

    def _forward(self, method: str, target: str, body: bytes | None = None, content_type: str | None = None) -> None:
        """Send the request on to Oxigraph and stream its answer back: with the client's own body when `body` is
        None, else with that body (a SPARQL request re-encoded) and the query timeout."""
        timeout = None if body is None else self.server.query_timeout + UPSTREAM_SLACK
        dropped = HOP_BY_HOP | {"content-length"} | (set() if body is None else {"content-type", "content-encoding"})
        upstream = http.client.HTTPConnection(HOST, self.server.upstream_port, timeout=timeout)
        try:
            try:
                upstream.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
                for name, value in self.headers.items():
                    if name.lower() not in dropped:
                        upstream.putheader(name, value)
                if content_type:
                    upstream.putheader("Content-Type", content_type)
                length = self._unread if body is None else len(body)
                if length or method not in ("GET", "HEAD"):
                    upstream.putheader("Content-Length", str(length))
                upstream.endheaders()
                if body is None:
                    self._stream_body(upstream)
                else:
                    upstream.send(body)
                answer = upstream.getresponse()
            except TimeoutError:
                raise Refused(504, "the Oxigraph server did not answer in time") from None
            except (OSError, http.client.HTTPException) as error:
                raise Refused(502, f"the Oxigraph server does not answer ({error})") from None
            except ValueError as error:  # a target or header http.client will not send (not ASCII, …)
                raise Refused(400, f"the request cannot be passed on ({error})") from None
            self._relay(answer, method)
        finally:
            upstream.close()

    def _relay(self, answer: http.client.HTTPResponse, method: str) -> None:
        """Stream Oxigraph's answer to the client; an answer of unknown length goes in chunks, so that a cut one
        shows as cut (no last chunk) rather than as a shorter whole."""
        has_body = method != "HEAD" and answer.status not in (204, 304) and answer.status >= 200
        chunked = has_body and answer.getheader("Content-Length") is None and self.request_version == "HTTP/1.1"
        self.send_response_only(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        if has_body:
            while chunk := answer.read1(1 << 16):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")

    def _stream_body(self, upstream: http.client.HTTPConnection) -> None:
        """Pass the client's body on to Oxigraph in pieces."""
        while self._unread:
            chunk = self.rfile.read(min(self._unread, 1 << 16))
            if not chunk:
                raise Refused(400, "the body is shorter than its Content-Length")
            self._unread -= len(chunk)
            upstream.send(chunk)

    def _discard_body(self) -> None:
        """Read what is left of the client's body, so that closing the connection does not reset it."""
        if 0 < self._unread <= MAX_SPARQL_BODY:
            try:
                while self._unread and (chunk := self.rfile.read(min(self._unread, 1 << 16))):
                    self._unread -= len(chunk)
            except OSError:
                pass

    def _answer(self, status: int, message: str) -> None:
        """The front's own answer: a status and a plain one-line reason."""
        body = (message + "\n").encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:  # the client went away
            pass


class Front(ThreadingHTTPServer):
    """The listening front on 127.0.0.1:PORT; `upstream_port` is Oxigraph's private port."""

    daemon_threads = True

    def __init__(self, port: int, query_timeout: float):
        super().__init__((HOST, port), _Handler)  # binds and listens now: OSError when the port is taken
        self.port: int = self.server_address[1]
        self.names = loopback_names(self.port)
        self.query_timeout = query_timeout
        self.upstream_port = 0
        self._thread: threading.Thread | None = None

    def start(self, upstream_port: int) -> None:
        """Answer requests (in a background thread), passing them on to Oxigraph on that port."""
        self.upstream_port = upstream_port
        self._thread = threading.Thread(target=self.serve_forever, name="balikg-serve-front", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop answering and release the port."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()

    def handle_error(self, request, client_address) -> None:
        """One line on stderr for a request that failed in the front itself, never a traceback."""
        error = sys.exc_info()[1]
        print(f"balikg serve: a request from {client_address[0]} failed: {error!r}", file=sys.stderr)
