"""Small HTTP helpers for talking to SPARQL servers: credentials, redirects, retries, readable errors.

Every request goes through `open_request`: http and https only; credentials sent only when the server asks
(`balikg.runtime.auth`: Basic or Digest), only to its origin (scheme, host and port) and never across a
redirect; a URL's user part never printed.
"""

import http.client
import netrc
import os
import re
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from balikg.core.errors import UserError
from balikg.runtime.auth import ANSWERS, choose, parse_challenges

USER_ENV, PASSWORD_ENV = "BALIKG_USER", "BALIKG_PASSWORD"
RETRIES = 4
BACKOFF = 0.25
SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
_USER_PART = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s]*@")


def safe_url(text: str) -> str:
    """The URL (or a message holding URLs) with every user:password@ part removed, for printing."""
    return _USER_PART.sub(r"\1", text)


def checked(url: str) -> str:
    """The URL itself if it is an http or https URL with a host; else a UserError naming it."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises here
    except ValueError as error:
        raise UserError(f"{safe_url(url)}: not a URL ({safe_url(str(error))})") from None
    if parts.scheme.lower() not in SCHEMES:
        raise UserError(f"{safe_url(url)}: only http and https endpoints are accepted")
    if not parts.hostname:
        raise UserError(f"{safe_url(url)}: the URL names no host")
    return url


def without_user(url: str) -> str:
    """The URL to request: its user part (if any) removed, as the credentials travel in a header."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2])) if "@" in parts.netloc else url


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of a URL (the default port when none is written)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = -1  # no real origin has it
    return scheme, (parts.hostname or "").lower(), port or DEFAULT_PORTS.get(scheme)


def credentials(url: str) -> tuple[str, str] | None:
    """User and password from the URL's user part, else BALIKG_USER/BALIKG_PASSWORD, else ~/.netrc for its host."""
    parts = urlsplit(url)
    if parts.username is not None:
        return unquote(parts.username), unquote(parts.password or "")
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV], os.environ.get(PASSWORD_ENV, "")
    try:
        entry = netrc.netrc().authenticators(parts.hostname or "")
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None
    return (entry[0] or "", entry[2] or "") if entry else None


class Refused(UserError):
    """The server answered 4xx: the request was understood and refused (never retried, never applied)."""


class SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http and https only; keeps the Authorization header only on the same origin;
    follows a request with a body (POST, PUT) only on 307 and 308, which keep its method and body."""

    def http_error_302(self, req, fp, code, msg, headers):
        """Refuse a redirect to any other scheme before the standard handler looks at it."""
        location = headers.get("location") or headers.get("uri")
        if location:
            try:
                scheme = urlsplit(urljoin(req.full_url, location.strip())).scheme.lower()
            except ValueError:
                scheme = ""
            if scheme not in SCHEMES:
                fp.close()
                raise UserError(
                    f"{_requested(req)}: redirected (HTTP {code}) to {safe_url(location)[:200]},"
                    " which is not an http or https URL"
                )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The request to send to the new location, or a UserError for a body the redirect would drop."""
        method = req.get_method()
        newurl = without_user(newurl.replace(" ", "%20"))
        keeps_body = code in (307, 308)
        if method not in ("GET", "HEAD") and not keeps_body:
            fp.close()
            raise UserError(
                f"{_requested(req)}: the server redirects this {method} (HTTP {code}) to {safe_url(newurl)[:200]},"
                " which would drop its body; use that URL"
            )
        same_origin = origin(newurl) == origin(req.full_url)
        kept = {name: value for name, value in req.headers.items() if same_origin or name.lower() != "authorization"}
        return urllib.request.Request(
            newurl,
            data=req.data,
            headers=kept,
            method=method,
            origin_req_host=req.origin_req_host,
            unverifiable=True,
        )


def _requested(request: urllib.request.Request) -> str:
    """The URL a request was sent to, for messages: no user part, no query string (a query's text)."""
    return safe_url(request.full_url.split("?", 1)[0])


def _opener() -> urllib.request.OpenerDirector:
    """An opener for http and https only (no file:, ftp: or data:), with the redirect rules above."""
    director = urllib.request.OpenerDirector()
    handlers = [
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        SafeRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ]
    for handler in handlers:
        director.add_handler(handler)
    return director


def open_request(request: urllib.request.Request, timeout: float, login: tuple[str, str] | None = None):
    """Send a prepared request (its URL without a user part) through the project's opener; the response.

    With a login, a 401 challenge from the request's own origin is answered (Basic or Digest) and the
    request sent again, at most once more for a stale Digest nonce; an origin that challenged before gets the
    answer at once. The Authorization header is never carried across a redirect (a same-origin target that
    asks is answered in turn)."""
    checked(request.full_url)
    where = origin(request.full_url)
    if login is not None and (ahead := ANSWERS.ahead(where, login, request.get_method(), request.selector)):
        request.add_unredirected_header("Authorization", ahead)
    for _ in range(3):
        try:
            return _opener().open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            if error.code != 401 or origin(error.geturl()) != where:
                raise
            answered = request.has_header("Authorization") and error.geturl() == request.full_url
            offered = parse_challenges(error.headers.get_all("WWW-Authenticate") or [])
            challenge = choose(offered)
            if login is None or challenge is None or (answered and not challenge.stale):
                if answered:
                    ANSWERS.forget(where)
                raise Refused(_refused(request, error, login, answered, offered)) from None
            error.close()
            request = _again(request, error.geturl())
            answer = ANSWERS.answer(where, challenge, login, request.get_method(), request.selector)
            request.add_unredirected_header("Authorization", answer)
    raise UserError(f"{_requested(request)}: the server keeps asking for credentials")


def _again(request: urllib.request.Request, url: str) -> urllib.request.Request:
    """The same request (method, body, headers but no Authorization) to the URL that asked for credentials."""
    headers = {name: value for name, value in request.headers.items() if name.lower() != "authorization"}
    return urllib.request.Request(url, data=request.data, headers=headers, method=request.get_method())


def _refused(request, error, login, answered: bool, offered: list) -> str:
    """One line for a 401 balikg cannot get past: the server's reason and what to do about it."""
    where = f"{_requested(request)}: {safe_url(reason(error))}"
    if answered:
        return f"{where}; the server refused the credentials (from the URL, {USER_ENV} or ~/.netrc)"
    if login is None:
        asks = f" ({', '.join(c.describe() for c in offered)})" if offered else ""
        return f"{where}; the server asks for credentials{asks}: set {USER_ENV} and {PASSWORD_ENV}, or ~/.netrc"
    if not offered:
        return f"{where}; the server gave no challenge (WWW-Authenticate) to answer"
    schemes = ", ".join(sorted({c.describe() for c in offered}))
    return f"{where}; the server asks for {schemes}, which balikg cannot answer (it speaks Basic and Digest)"


class _PageText(HTMLParser):
    """The words of an HTML error page, without its title and its status heading."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs) -> None:
        self._in_title = self._in_title or tag == "title"

    def handle_endtag(self, tag) -> None:
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data) -> None:
        text = " ".join(data.split())
        if text and not self._in_title and not text.startswith("HTTP/"):
            self.words.append(text)


def reason(error: urllib.error.HTTPError) -> str:
    """The server's reason for an HTTP error: status, phrase and the first line of its body (the text of an
    HTML error page)."""
    try:
        text = error.read(4000).decode("utf-8", "replace").strip()
    except Exception:
        text = ""
    if text.startswith("<") and "html" in text[:200].lower():
        page = _PageText()
        page.feed(text)
        text = " ".join(page.words)
    lines = text.splitlines()
    detail = f": {lines[0][:300]}" if lines else ""
    phrase = " ".join(str(error.reason).split())[:200]
    return f"HTTP {error.code} {phrase}{detail}"


def failure(error: Exception) -> str:
    """Why a connection failed, in a few words (the URL's user part removed)."""
    cause = getattr(error, "reason", None) or error
    words = " ".join(str(cause).split()) or type(cause).__name__
    return safe_url(words)[:200]


def send(
    method: str, url: str, data: bytes | None, headers: dict[str, str], timeout: float, retries: int = RETRIES
) -> bytes:
    """One request with retries and backoff on connection errors and 5xx (none with retries=0, for a request
    that must not be repeated); a 4xx is a UserError at once."""
    shown = safe_url(checked(url))
    login = credentials(url)
    for attempt in range(retries + 1):
        request = urllib.request.Request(without_user(url), data=data, method=method, headers=dict(headers))
        try:
            with open_request(request, timeout, login) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            if error.code < 500 or attempt == retries:
                kind = Refused if error.code < 500 else UserError
                raise kind(f"{shown}: {safe_url(reason(error))}") from None
        except http.client.InvalidURL as error:
            raise UserError(f"{shown}: not a URL ({safe_url(str(error))})") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
            if attempt == retries:
                tries = f" after {retries + 1} tries" if retries else ""
                raise UserError(f"{shown}: cannot connect ({failure(error)}){tries}") from None
        time.sleep(BACKOFF * 2**attempt)
    raise AssertionError("unreachable")
