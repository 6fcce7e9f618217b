"""Read a statement text exactly as the offsets are counted: UTF-8, no newline translation."""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError


@dataclass(frozen=True)
class SourceText:
    """A source file: its path relative to the project, its text and the sha256 of its bytes."""

    path: str
    text: str
    sha256: str

    @property
    def stem(self) -> str:
        """The file name without its extension, used in document IRIs."""
        return Path(self.path).stem


def relative_path(path: Path, root: Path) -> str:
    """The path as written in provenance: relative to the project root ('../corpus/x.txt' when outside it)."""
    return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()


def read_text_file(path: Path, expected: str = "UTF-8 text") -> tuple[bytes, str]:
    """The bytes and text of a file; missing, empty, binary and non-UTF-8 files are one-line errors."""
    path = Path(path)
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if not path.is_file():
        raise IngestError(f"{path}: not a regular file")
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(f"{path}: the file is empty")
    if b"\x00" in data:
        raise IngestError(f"{path}: binary file (contains NUL bytes), expected {expected}")
    try:
        return data, data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path}: not valid UTF-8 (byte {exc.start}: {exc.reason})") from None


def read_source(path: Path, root: Path) -> SourceText:
    """Read one statement exactly as offsets count it."""
    data, text = read_text_file(path)
    if text.startswith("\ufeff"):
        raise IngestError(f"{path}: starts with a byte-order mark; save it as UTF-8 without BOM")
    return SourceText(relative_path(path, root), text, hashlib.sha256(data).hexdigest())
