"""Write a file all at once: to a temporary file beside it, then rename over it (the project's one way).

The temporary file is `.NAME.PID.RANDOM.tmp` (NAME shortened, with a digest of the whole name, when it is
long, so that the temporary name fits the file system): a writer killed before the rename leaves one behind,
and the next write of the same output removes those whose writer is no longer running.
"""

import errno
import glob
import hashlib
import os
import re
import secrets
from pathlib import Path

from balikg.core.errors import UserError

NAME_PART = 100  # bytes of the output's name kept in its temporary files' names (limits are 255 bytes)


def replace(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; OSError when it cannot (the temporary file is removed).
    A new file gets the umask's permissions, an existing one keeps its own."""
    path = Path(path)
    fd, tmp = _create_temporary(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8, newlines as given), never leaving a half-written file behind, after
    removing the temporary files of writers of `path` that were killed; failures are one-line UserErrors
    naming the file."""
    path = Path(path)
    check_target(path)
    try:
        remove_stale(path)
        replace(path, text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"{path}: cannot write ({exc.strerror or exc})") from None


def check_target(path: Path) -> None:
    """Refuse, in one line naming the file, an output that cannot be replaced by a file: a directory, a
    path under a missing directory, a name too long for its file system."""
    path = Path(path)
    directory = path.parent
    try:
        if path.is_dir():
            raise UserError(f"{path}: is a directory (give a file name)")
        if not directory.is_dir():
            problem = "is not a directory" if directory.exists() else "does not exist"
            raise UserError(f"{path}: directory {directory} {problem}")
    except OSError as exc:
        raise UserError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if len(os.fsencode(path.name)) > _longest_name(directory):
        raise UserError(f"{path}: cannot write ({os.strerror(errno.ENAMETOOLONG)})")


def make_directory(path: Path, what: str) -> Path:
    """Create the output directory `path` (and its parents) unless it is there; a one-line UserError
    naming it when a file is in the way or it cannot be made (`what` says what it is for)."""
    path = Path(path)
    try:
        if path.exists() and not path.is_dir():
            raise UserError(f"{path}: exists and is not a directory ({what})")
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{path}: cannot make the directory ({exc.strerror or exc})") from None
    return path


def temporary_stem(name: str) -> str:
    """The part of an output's name its temporary files carry: the name, or when it is long its head and
    a digest of the whole name (unique per output, so that a sweep finds that output's files only)."""
    encoded = os.fsencode(name)
    if len(encoded) <= NAME_PART:
        return name
    head = encoded[: NAME_PART - 9].decode("utf-8", "ignore")
    return f"{head}~{hashlib.sha256(encoded).hexdigest()[:8]}"


def remove_stale(path: Path) -> list[Path]:
    """Remove the temporary files of `path` left by writers that are no longer running (as far as this
    process may); returns them."""
    path = Path(path)
    stem = temporary_stem(path.name)
    pattern = re.compile(re.escape(f".{stem}.") + r"(\d+)\.[0-9a-f]{8}\.tmp")
    removed = []
    try:
        candidates = list(path.parent.glob(f".{glob.escape(stem)}.*.tmp"))
    except OSError:
        return removed
    for candidate in candidates:
        found = pattern.fullmatch(candidate.name)
        if found and not _running(int(found.group(1))):
            try:
                candidate.unlink(missing_ok=True)
            except OSError:
                continue
            removed.append(candidate)
    return removed


def _longest_name(directory: Path) -> int:
    """The longest file name the directory's file system takes, in bytes (255 when it does not say)."""
    try:
        return os.pathconf(directory, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside `path`, open for writing, named with this process's id."""
    stem = temporary_stem(path.name)
    while True:
        tmp = path.parent / f".{stem}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), tmp
        except FileExistsError:
            continue


def _running(pid: int) -> bool:
    """Whether a process with this id exists (this one included); unsure counts as running."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
