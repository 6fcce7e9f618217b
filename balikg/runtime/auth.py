"""Answering a server's authentication challenge: Basic (RFC 7617) and Digest (RFC 7616).

Credentials are never sent before a server asks for them. Its challenge (`WWW-Authenticate`) is answered
once; the answer is remembered for its origin in this process, so that the next request (the next chunk of a
push) carries it at once: Basic as is, Digest with the same nonce and the next nonce count.
"""

import base64
import hashlib
import os
import re
import threading
from dataclasses import dataclass, field

_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_PARAM = re.compile(rf'\s*({_TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*)\s*,?')
_SCHEME = re.compile(rf"\s*,?\s*({_TOKEN})(?:\s+|$)")
_TOKEN68 = re.compile(r"[A-Za-z0-9._~+/-]+=*\s*(?:,|$)")


@dataclass
class Challenge:
    """One challenge of a WWW-Authenticate header: the scheme (lower case) and its parameters."""

    scheme: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def stale(self) -> bool:
        """A Digest challenge that says only the nonce had expired (the password was right)."""
        return self.params.get("stale", "").lower() == "true"

    def describe(self) -> str:
        """The scheme and realm, for messages."""
        realm = self.params.get("realm")
        return self.scheme.capitalize() + (f', realm "{realm[:80]}"' if realm is not None else "")


def parse_challenges(headers: list[str]) -> list[Challenge]:
    """Every challenge in the WWW-Authenticate headers, in the server's order (several may share a header)."""
    found: list[Challenge] = []
    for header in headers:
        rest = header.strip()
        while rest:
            scheme = _SCHEME.match(rest)
            if not scheme:
                break
            challenge = Challenge(scheme.group(1).lower())
            rest = rest[scheme.end() :]
            if token68 := _TOKEN68.match(rest):  # e.g. Negotiate's data, not parameters
                found.append(challenge)
                rest = rest[token68.end() :]
                continue
            while param := _PARAM.match(rest):
                value = param.group(2)
                if value.startswith('"'):
                    value = re.sub(r"\\(.)", r"\1", value[1:-1])
                challenge.params[param.group(1).lower()] = value
                rest = rest[param.end() :]
            found.append(challenge)
    return found


def _digest_hash(challenge: Challenge):
    """The hash function a Digest challenge names, and whether it is a -sess variant; None if unknown."""
    algorithm = challenge.params.get("algorithm", "MD5").upper()
    session = algorithm.endswith("-SESS")
    return _HASHES.get(algorithm.removesuffix("-SESS")), session


def answerable(challenge: Challenge) -> bool:
    """Whether balikg can answer this challenge: Basic, or Digest with MD5 or SHA-256 and qop auth or none."""
    if challenge.scheme == "basic":
        return True
    if challenge.scheme != "digest" or "nonce" not in challenge.params or "realm" not in challenge.params:
        return False
    qops = {q.strip() for q in challenge.params.get("qop", "auth").split(",")}
    return _digest_hash(challenge)[0] is not None and "auth" in qops


def choose(challenges: list[Challenge]) -> Challenge | None:
    """The challenge to answer: Digest before Basic (it never sends the password); None if none can be."""
    usable = [c for c in challenges if answerable(c)]
    return min(usable, key=lambda c: c.scheme != "digest") if usable else None


def _quoted(value: str) -> str:
    """A quoted-string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def basic(user: str, password: str) -> str:
    """The Authorization value of Basic (UTF-8, as RFC 7617 allows)."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def digest(challenge: Challenge, user: str, password: str, method: str, uri: str, count: int, cnonce: str) -> str:
    """The Authorization value answering a Digest challenge for one request (qop auth, or none if not offered)."""
    algorithm, session = _digest_hash(challenge)
    params = challenge.params
    realm, nonce = params["realm"], params["nonce"]

    def h(text: str) -> str:
        return algorithm(text.encode("utf-8")).hexdigest()

    secret = h(f"{user}:{realm}:{password}")
    if session:
        secret = h(f"{secret}:{nonce}:{cnonce}")
    request = h(f"{method}:{uri}")
    fields = {"username": _quoted(user), "realm": _quoted(realm), "nonce": _quoted(nonce), "uri": _quoted(uri)}
    if "qop" in params:
        nc = f"{count:08x}"
        response = h(f"{secret}:{nonce}:{nc}:{cnonce}:auth:{request}")
        fields.update(qop="auth", nc=nc, cnonce=_quoted(cnonce))
    else:
        response = h(f"{secret}:{nonce}:{request}")
    fields["response"] = _quoted(response)
    if "algorithm" in params:
        fields["algorithm"] = params["algorithm"]
    if "opaque" in params:
        fields["opaque"] = _quoted(params["opaque"])
    return "Digest " + ", ".join(f"{name}={value}" for name, value in fields.items())


class Answers:
    """The challenges answered so far, by origin: what the next request to that origin carries at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_origin: dict[tuple, tuple[Challenge, int]] = {}

    def answer(self, where: tuple, challenge: Challenge, login: tuple[str, str], method: str, uri: str) -> str:
        """The Authorization value for a request to `where`, answering `challenge`; remembered for the next."""
        with self._lock:
            previous = self._by_origin.get(where)
            count = previous[1] + 1 if previous and previous[0].params == challenge.params else 1
            self._by_origin[where] = (challenge, count)
        if challenge.scheme == "basic":
            return basic(*login)
        return digest(challenge, *login, method, uri, count, os.urandom(8).hex())

    def ahead(self, where: tuple, login: tuple[str, str], method: str, uri: str) -> str | None:
        """The Authorization value for a request to an origin that challenged before; None if it never did."""
        with self._lock:
            known = self._by_origin.get(where)
        return self.answer(where, known[0], login, method, uri) if known else None

    def forget(self, where: tuple | None = None) -> None:
        """Forget one origin's challenge (its answer was refused), or all of them."""
        with self._lock:
            if where is None:
                self._by_origin.clear()
            else:
                self._by_origin.pop(where, None)


ANSWERS = Answers()
