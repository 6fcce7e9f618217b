"""The build's on-disk cache: entries under DIRECTORY/KIND/KEY, keyed by content digests and the code
version (balikg.runtime.version), each written atomically.

A missing, unreadable or truncated entry is a miss, never an error: the value is computed again.
"""

import os
from pathlib import Path

from balikg.core import atomic
from balikg.core.paths import ROOT


def default_directory() -> Path | None:
    """$BALIKG_CACHE (a directory, or 'off'), else .balikg-cache/ in the project."""
    value = os.environ.get("BALIKG_CACHE", "")
    if value.lower() in ("off", "0", "no", "false"):
        return None
    return Path(value) if value else ROOT / ".balikg-cache"


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
            atomic.replace(folder / key, data)
        except OSError:
            return
