"""The code version: one digest of everything a build's, a validation's or a query's kept output depends on.

Every file of the installed packages (balikg/ and ingest/: modules, templates, vendored files), the data
files they read (ontology/, shapes/, queries/, sources/gazetteer/) and the versions of the libraries
whose output is kept. Any change to any of them changes the version, so that no cache entry made by
other code is ever reused: there is no hand-kept list of files to go stale.
"""

import hashlib
from functools import cache
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

from balikg.core.paths import GAZETTEER, ONTOLOGY_DIR, PACKAGE, QUERIES, SHAPES

LIBRARIES = ("rdflib", "pyshacl", "pyoxigraph", "networkx", "pycountry")


def _ingest_directory() -> Path:
    """Where the ingest package is installed (found without importing it)."""
    spec = find_spec("ingest")
    if spec is None or spec.origin is None:
        return PACKAGE.parent / "ingest"
    return Path(spec.origin).parent


def code_roots() -> dict[str, Path]:
    """The folders the version covers: the two packages and the data they read."""
    return {
        "balikg": PACKAGE,
        "ingest": _ingest_directory(),
        "ontology": ONTOLOGY_DIR,
        "shapes": SHAPES,
        "queries": QUERIES,
        "gazetteer": GAZETTEER,
    }


def code_files(roots: dict[str, Path]) -> list[tuple[str, Path]]:
    """(name, path) of every file under the roots, in a stable order (caches and hidden files left out)."""
    found = []
    for name, root in roots.items():
        for path in sorted(root.rglob("*")):
            hidden = any(part.startswith(".") or part == "__pycache__" for part in path.relative_to(root).parts)
            if path.is_file() and not hidden and path.suffix != ".pyc":
                found.append((f"{name}/{path.relative_to(root).as_posix()}", path))
    return found


def digest(roots: dict[str, Path]) -> str:
    """A digest of the files under the roots and the libraries' versions."""
    hashed = hashlib.sha256()
    for name in LIBRARIES:
        hashed.update(f"{name}={version(name)}\n".encode())
    for name, path in code_files(roots):
        data = path.read_bytes()
        hashed.update(f"{name}\0{len(data)}\0".encode() + data)
    return hashed.hexdigest()[:20]


@cache
def code_version() -> str:
    """The digest of this installation: its code, its data files and the libraries' versions."""
    return digest(code_roots())
