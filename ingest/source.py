"""Read a statement text exactly as the offsets are counted: UTF-8, no newline translation, offsets from the
character after a byte-order mark (if any)."""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from balikg.core import textfile
from balikg.core.errors import IngestError


@dataclass(frozen=True)
class SourceText:
    """A source file: its path relative to the project, its text (without a byte-order mark) and the sha256
    of its bytes (with the mark, as `sha256sum` prints it)."""

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
    """The bytes and text of a file (balikg.textfile), failures as IngestError."""
    try:
        return textfile.read_text_file(path, expected)
    except textfile.TextFileError as exc:
        raise IngestError(str(exc)) from None


def read_source(path: Path, root: Path) -> SourceText:
    """Read one statement exactly as offsets count it."""
    data, text = read_text_file(path)
    return SourceText(relative_path(path, root), text, hashlib.sha256(data).hexdigest())
