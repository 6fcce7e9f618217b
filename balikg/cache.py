"""A per-source cache on disk: each entry keyed by content digests and the code version, written atomically.

A missing, unreadable or truncated entry is a miss, never an error: the value is computed again.
"""

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from balikg.paths import ROOT

# What each kind of cache entry depends on: ingestion's code and gazetteer (records and triples), and the
# shapes, ontology and checking code (validation results).
PARTS = {
    "ingest": ("ingest/*.py", "sources/gazetteer/*"),
    "validation": (
        "balikg/units.py",
        "balikg/validate.py",
        "balikg/shapes.py",
        "balikg/checking.py",
        "ontology/*.ttl",
        "shapes/*.ttl",
    ),
}
LIBRARIES = {"ingest": ("balikg", "rdflib"), "validation": ("balikg", "rdflib", "pyshacl", "pyoxigraph")}


def default_directory() -> Path | None:
    """$BALIKG_CACHE (a directory, or 'off'), else .balikg-cache/ in the project."""
    value = os.environ.get("BALIKG_CACHE", "")
    if value.lower() in ("off", "0", "no", "false"):
        return None
    return Path(value) if value else ROOT / ".balikg-cache"


@cache
def code_version(part: str) -> str:
    """A digest of the files and library versions one part of the build depends on ("ingest", "validation")."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for name in LIBRARIES[part]:
        digest.update(f"{name}={version(name)}\n".encode())
    for pattern in PARTS[part]:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(ROOT)).encode() + b"\n" + path.read_bytes())
    return digest.hexdigest()[:20]


class Cache:
    """Entries under DIRECTORY/KIND/KEY; `None` as directory turns the cache off."""

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None
        self.hits = 0
        self.misses = 0
        self.missed: dict[str, int] = {}

    def load(self, kind: str, key: str, decode):
        """The entry decoded, or None when it is absent or cannot be decoded (both count as misses)."""
        if self.directory is None:
            return None
        try:
            value = decode((self.directory / kind / key).read_bytes())
        except Exception:
            self.miss(kind)
            return None
        self.hits += 1
        return value

    def miss(self, kind: str) -> None:
        """Count a miss (also for an entry that was there but could not be read)."""
        self.misses += 1
        self.missed[kind] = self.missed.get(kind, 0) + 1

    def put(self, kind: str, key: str, data: bytes) -> None:
        """Store an entry (silently skipped when the directory cannot be written)."""
        if self.directory is None:
            return
        folder = self.directory / kind
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=folder)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, folder / key)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
