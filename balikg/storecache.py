"""An on-disk Oxigraph store per graph file, so that a query on a large graph does not parse it again.

Parsing a 900,000-triple Turtle file takes seconds; opening a store already on disk takes milliseconds.
The first query on a large file loads it into a store under the cache directory, keyed by the file's
path, size and modification time (and Oxigraph's version); later queries open that store read-only.
Small files, and machines where the cache cannot be written, are parsed into memory as before.
"""

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

PERSIST_ABOVE = 2_000_000  # bytes of RDF text: below this, parsing is faster than opening a store


def store_for(path: Path):
    """A pyoxigraph Store holding the graph file (read-only on disk when large, else in memory)."""
    from balikg.cache import default_directory
    from balikg.graphfile import OXIGRAPH_FORMATS, load_store, rdf_format

    path = Path(path)
    directory = default_directory()
    fmt = OXIGRAPH_FORMATS.get(rdf_format(path))
    try:
        large = path.stat().st_size > PERSIST_ABOVE
    except OSError:
        large = False
    if directory is None or fmt is None or not large:
        return load_store(path)
    try:
        return _persistent(path, fmt, directory / "stores")
    except OSError:
        return load_store(path)


def _persistent(path: Path, fmt: str, stores: Path):
    """Open (or first build) the store for this version of the file."""
    import pyoxigraph

    from balikg.errors import UserError
    from balikg.graphfile import read_rdf_text

    stat = path.stat()
    identity = f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{pyoxigraph.__version__}"
    target = stores / hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
    if (target / "COMPLETE").is_file():
        return pyoxigraph.Store.read_only(str(target))
    text = read_rdf_text(path)
    stores.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=stores))
    try:
        store = pyoxigraph.Store(str(building))
        try:
            store.bulk_load(text.encode("utf-8"), format=getattr(pyoxigraph.RdfFormat, fmt))
        except (SyntaxError, ValueError) as exc:
            reason = " ".join(str(exc).split())[:300]
            raise UserError(f"{path}: not a valid RDF file ({type(exc).__name__}: {reason})") from None
        store.flush()
        del store
        (building / "SOURCE").write_text(str(path.resolve()), encoding="utf-8")
        (building / "COMPLETE").write_text("", encoding="utf-8")
        _forget_older(stores, str(path.resolve()))
        try:
            os.rename(building, target)
        except OSError:  # another process finished first
            shutil.rmtree(building, ignore_errors=True)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return pyoxigraph.Store.read_only(str(target))


def _forget_older(stores: Path, source: str) -> None:
    """Remove stores of earlier versions of the same file."""
    for old in stores.iterdir():
        marker = old / "SOURCE"
        if old.name.startswith(".") or not marker.is_file():
            continue
        try:
            if marker.read_text(encoding="utf-8") == source:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue
