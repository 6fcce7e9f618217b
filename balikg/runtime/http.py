"""Small HTTP helpers for talking to SPARQL servers: credentials, retries, readable errors."""

import base64
import netrc
import os
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from balikg.core.errors import UserError

USER_ENV, PASSWORD_ENV = "BALIKG_USER", "BALIKG_PASSWORD"
RETRIES = 4
BACKOFF = 0.25


def credentials(url: str) -> tuple[str, str] | None:
    """User and password from BALIKG_USER/BALIKG_PASSWORD, else from ~/.netrc for the URL's host."""
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV], os.environ.get(PASSWORD_ENV, "")
    host = urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc().authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None
    return (entry[0] or "", entry[2] or "") if entry else None


def auth_header(url: str) -> dict[str, str]:
    """An Authorization header when credentials are configured (never logged)."""
    found = credentials(url)
    if not found:
        return {}
    token = base64.b64encode(f"{found[0]}:{found[1]}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def reason(error: urllib.error.HTTPError) -> str:
    """The server's reason for an HTTP error: status, phrase and the first line of its body."""
    try:
        body = error.read(2000).decode("utf-8", "replace").strip().splitlines()
    except Exception:
        body = []
    detail = f": {body[0][:200]}" if body else ""
    return f"HTTP {error.code} {error.reason}{detail}"


def send(
    method: str, url: str, data: bytes | None, headers: dict[str, str], timeout: float, retries: int = RETRIES
) -> bytes:
    """One request with retries and backoff on connection errors and 5xx (none with retries=0, for a request
    that must not be repeated); a 4xx is a UserError at once."""
    request_headers = {**headers, **auth_header(url)}
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=data, method=method, headers=request_headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            if error.code < 500 or attempt == retries:
                raise UserError(f"{_safe(url)}: {reason(error)}") from None
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
            if attempt == retries:
                cause = getattr(error, "reason", error)
                tries = f" after {retries + 1} tries" if retries else ""
                raise UserError(f"{_safe(url)}: cannot connect ({cause}){tries}") from None
        time.sleep(BACKOFF * 2**attempt)
    raise AssertionError("unreachable")


def _safe(url: str) -> str:
    """A URL without any user:password part, for messages."""
    parts = urlsplit(url)
    if parts.password or parts.username:
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        return parts._replace(netloc=netloc).geturl()
    return url
