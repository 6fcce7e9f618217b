"""An on-disk Oxigraph store per graph file, so that a query on a large graph does not parse it again.

The first query on a large file loads it into a store under the cache directory, keyed by the file's
path, size, modification and change times (and Oxigraph's version); later queries open that store
read-only. `balikg query` keeps each answer it prints beside the store (keyed by the query text with its
bindings, the output format and the code version) and prints it again when the same query runs on the
same version of the file. Replacing the file (a build renames a new one into place) changes its key, and
the store and answers of the old version are removed. Small files, and machines where the cache cannot
be written, are parsed into memory. What this gains is measured by bench/machinery.py.
"""

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from balikg.core import atomic

ANSWERS_FORMAT = b"1"  # change when the encoding of kept answers changes


def _placement(path: Path) -> tuple[str, Path] | None:
    """The Oxigraph format and store directory for a large graph file, or None (keep it in memory)."""
    import pyoxigraph

    from balikg.core.rdffile import OXIGRAPH_FORMATS, rdf_format
    from balikg.runtime.cachedir import default_directory
    from balikg.runtime.policy import persist_store

    directory = default_directory()
    fmt = OXIGRAPH_FORMATS.get(rdf_format(path))
    try:
        stat = path.stat()
    except OSError:
        return None
    if directory is None or fmt is None or not persist_store(stat.st_size):
        return None
    version = f"{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}\0{stat.st_ino}\0{pyoxigraph.__version__}"
    identity = f"{path.resolve()}\0{version}"
    return fmt, directory / "stores" / hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]


def store_for(path: Path):
    """A pyoxigraph Store holding the graph file (read-only on disk when large, else in memory)."""
    from balikg.core.rdffile import load_store

    path = Path(path)
    placement = _placement(path)
    if placement is None:
        return load_store(path)
    try:
        return _persistent(path, *placement)
    except OSError:
        return load_store(path)


def answer_for(path: Path, key: str, compute: Callable[[object], str]) -> str:
    """`compute(store)` for the graph file, or, for a large file, the text kept when the same key (query
    text, bindings and output format) was computed on the same version of the file by the same code."""
    from balikg.runtime.policy import enabled
    from balikg.runtime.version import code_version

    path = Path(path)
    placement = _placement(path)
    if placement is None or not enabled("answers"):
        return compute(store_for(path))
    digest = hashlib.sha256(ANSWERS_FORMAT + code_version().encode())
    digest.update(key.encode("utf-8"))
    kept = placement[1] / "answers" / (digest.hexdigest() + ".txt")
    try:
        return kept.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    answer = compute(store_for(path))
    try:
        kept.parent.mkdir(exist_ok=True)
        atomic.replace(kept, answer.encode("utf-8"))
    except OSError:  # a read-only cache: answer without keeping
        pass
    return answer


def _persistent(path: Path, fmt: str, target: Path):
    """Open (or first build) the store for this version of the file."""
    import pyoxigraph

    from balikg.core.errors import UserError
    from balikg.core.rdffile import read_rdf_text

    stores = target.parent
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
