"""An on-disk Oxigraph store per graph file, so that a query on a large graph does not parse it again.

The first query on a large file loads it into a store under the cache directory, keyed by the file's
path, size, modification and change times (and Oxigraph's version); later queries open that store
read-only. `balikg query` keeps each answer it prints beside the store (keyed by the query text with its
bindings, the output format and the code version) and prints it again when the same query runs on the
same version of the file. Replacing the file (a build renames a new one into place) changes its key, and
the store and answers of the old version are removed once no process has them open. Small files, and
machines where the cache cannot be written, are parsed into memory. What this gains is measured by
bench/machinery.py.

Any number of processes may query at once. Under the cache directory, `store-locks/KEY.lock` is held
shared by every process that has store KEY open (for as long as it is open), and `store-locks/.guard`
exclusively by the one process that builds a store or removes stores: a store is built once (the others
wait for it), and a store is removed only by a process that holds the guard and takes its lock
exclusively without waiting (else it stays until a later query finds it unused).
"""

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from balikg.core import atomic
from balikg.runtime.locks import LockFile

ANSWERS_FORMAT = b"1"  # change when the encoding of kept answers changes
LOCKS = "store-locks"  # beside stores/: one lock file per store, and the guard
GUARD = ".guard"


@dataclass(frozen=True)
class Placement:
    """Where the store of one version of a large graph file lives."""

    fmt: str  # the Oxigraph format name
    target: Path  # the store's directory, stores/KEY
    source: str  # the file's resolved path
    version: tuple[int, ...]  # the file's size, modification and change times, inode, device

    @property
    def locks(self) -> Path:
        """The folder of lock files beside stores/."""
        return self.target.parent.parent / LOCKS

    def lock(self, name: str | None = None) -> LockFile:
        """The lock file of store `name` (this one by default)."""
        return LockFile(self.locks / f"{name or self.target.name}.lock")


def _version(path: Path) -> tuple[int, ...] | None:
    """What identifies a version of a regular file, or None (missing, not a regular file)."""
    import stat

    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev


def _placement(path: Path) -> Placement | None:
    """Where a large graph file's store lives, or None (keep it in memory)."""
    import pyoxigraph

    from balikg.core.rdffile import OXIGRAPH_FORMATS, rdf_format
    from balikg.runtime.cachedir import default_directory
    from balikg.runtime.policy import persist_store

    directory = default_directory()
    fmt = OXIGRAPH_FORMATS.get(rdf_format(path))
    version = _version(path)
    if directory is None or fmt is None or version is None or not persist_store(version[0]):
        return None
    source = str(path.resolve())
    size, mtime, ctime, inode, _ = version
    identity = f"{source}\0{size}\0{mtime}\0{ctime}\0{inode}\0{pyoxigraph.__version__}"
    key = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
    return Placement(fmt, directory / "stores" / key, source, version)


class HeldStore:
    """A read-only on-disk store and the shared lock that keeps other processes from removing it; both go
    when this object (and every answer of its `query`) is gone."""

    def __init__(self, store, lock: LockFile, directory: Path):
        self._store = store
        self._lock = lock
        self.directory = directory

    def query(self, *args, **kwargs):
        """pyoxigraph's Store.query; the answer keeps the store open (and locked) while it is read."""
        return _HeldAnswer(self._store.query(*args, **kwargs), self)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._store, name)

    def __del__(self):
        self._store = None  # the database is closed before the lock lets another process remove it
        self._lock.release()


class _HeldAnswer:
    """A query's answer that keeps its HeldStore alive until it is read and dropped."""

    def __init__(self, answer, holder: HeldStore):
        self._answer = answer
        self._holder = holder

    def __iter__(self):
        yield from self._answer

    def __bool__(self) -> bool:
        return bool(self._answer)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._answer, name)

    def __del__(self):
        self._answer = None
        self._holder = None


def store_for(path: Path):
    """A pyoxigraph Store holding the graph file (read-only on disk when large, else in memory)."""
    from balikg.core.rdffile import load_store

    path = Path(path)
    placement = _placement(path)
    if placement is not None:
        try:
            held = _persistent(path, placement)
        except OSError:  # a cache that cannot be written or read: parse into memory
            held = None
        if held is not None:
            return held
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
    kept = placement.target / "answers" / (digest.hexdigest() + ".txt")
    try:
        return kept.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    store = store_for(path)
    answer = compute(store)
    if isinstance(store, HeldStore) and store.directory == placement.target:  # kept only with its store
        try:
            kept.parent.mkdir(exist_ok=True)
            atomic.replace(kept, answer.encode("utf-8"))
        except OSError:  # a read-only cache: answer without keeping
            pass
    del store
    return answer


def _persistent(path: Path, placement: Placement) -> HeldStore | None:
    """The store of this version of the file, open read-only and locked shared (built first when it is
    not there); None when it cannot be had (the file changed while it was read, or a broken store is
    open in another process)."""
    placement.target.parent.mkdir(parents=True, exist_ok=True)
    placement.locks.mkdir(exist_ok=True)
    lock = placement.lock()
    lock.acquire(exclusive=False)
    try:
        store = _open(placement.target)
        guard = LockFile(placement.locks / GUARD)
        if store is not None:
            if guard.acquire(exclusive=True, wait=False):  # tidy up, unless a build is under way
                try:
                    with contextlib.suppress(OSError):  # what cannot be removed now, a later query removes
                        _forget_older(placement)
                finally:
                    guard.release()
            return HeldStore(store, lock, placement.target)
        guard.acquire(exclusive=True)
        try:
            store = _open(placement.target)  # built by another process while this one waited
            if store is None and _rebuild(path, placement, lock):
                store = _open(placement.target)
            with contextlib.suppress(OSError):  # what cannot be removed now, a later query removes
                _forget_older(placement)
        finally:
            guard.release()
    except BaseException:
        lock.release()
        raise
    if store is None:
        lock.release()
        return None
    return HeldStore(store, lock, placement.target)


def _open(target: Path):
    """The complete store at `target` opened read-only, or None (absent, or cannot be opened)."""
    import pyoxigraph

    if not (target / "COMPLETE").is_file():
        return None
    try:
        return pyoxigraph.Store.read_only(str(target))
    except (OSError, RuntimeError):
        return None


def _rebuild(path: Path, placement: Placement, lock: LockFile) -> bool:
    """Build the store, under the guard and this store's shared lock; a broken store in its place is
    removed first when no other process has it open. False when it is not built."""
    if placement.target.exists():
        lock.release()
        if not lock.acquire(exclusive=True, wait=False):
            lock.acquire(exclusive=False)
            return False
        _remove(placement.target)
        lock.acquire(exclusive=False)  # nobody can take it meanwhile: removing needs the guard
    return _build(path, placement)


def _build(path: Path, placement: Placement) -> bool:
    """Load the file into a new store and move it into place (under the guard); False when the file
    changed after its version was taken (the store would hold another version under this key)."""
    import pyoxigraph

    from balikg.core.errors import UserError
    from balikg.core.rdffile import read_rdf_text

    text = read_rdf_text(path)
    if _version(path) != placement.version:
        return False
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=placement.target.parent))
    try:
        store = pyoxigraph.Store(str(building))
        try:
            store.bulk_load(text.encode("utf-8"), format=getattr(pyoxigraph.RdfFormat, placement.fmt))
        except (SyntaxError, ValueError) as exc:
            reason = " ".join(str(exc).split())[:300]
            raise UserError(f"{path}: not a valid RDF file ({type(exc).__name__}: {reason})") from None
        store.flush()
        del store
        (building / "SOURCE").write_text(placement.source, encoding="utf-8")
        (building / "COMPLETE").write_text("", encoding="utf-8")
        os.rename(building, placement.target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return True


def _forget_older(placement: Placement) -> None:
    """Under the guard, and only while `placement` is the file's current version: remove the stores of
    the file's other versions that no process has open, lock files without a store, and what processes
    that died while building or removing left behind."""
    if _version(Path(placement.source)) != placement.version:
        return
    stores = placement.target.parent
    for entry in stores.iterdir():
        if entry.name.startswith((".building-", ".removing-")):  # builds and removals need the guard
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name != placement.target.name and _source(entry) == placement.source:
            lock = placement.lock(entry.name)
            if lock.acquire(exclusive=True, wait=False):
                _remove(entry)
                lock.remove()
    for entry in placement.locks.glob("*.lock"):
        if not (stores / entry.stem).exists():
            lock = LockFile(entry)
            if lock.acquire(exclusive=True, wait=False):
                lock.remove()


def _source(store: Path) -> str | None:
    """The resolved path of the file a store holds, or None."""
    try:
        return (store / "SOURCE").read_text(encoding="utf-8")
    except OSError:
        return None


def _remove(store: Path) -> None:
    """Remove a store: renamed away first, so that its name never points at half a store."""
    away = Path(tempfile.mkdtemp(prefix=".removing-", dir=store.parent))
    os.rename(store, away / store.name)
    shutil.rmtree(away, ignore_errors=True)
