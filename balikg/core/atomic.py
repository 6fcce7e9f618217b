"""Write a file all at once: to a temporary file beside it, then rename over it (the project's one way)."""

import os
import tempfile
from pathlib import Path

from balikg.core.errors import UserError


def replace(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; OSError when it cannot (the temporary file is removed).
    A new file gets the umask's permissions, an existing one keeps its own."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8, newlines as given), never leaving a half-written file behind;
    failures are one-line UserErrors naming the file."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise UserError(f"{path}: directory {directory} does not exist")
    try:
        replace(path, text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
