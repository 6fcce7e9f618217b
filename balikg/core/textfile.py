"""Read a text file whole, with a one-line reason when it is missing, empty, binary or not UTF-8.

Shared by ingestion (statement texts) and the read side (graph files), so that neither imports the other.
"""

from pathlib import Path


class TextFileError(ValueError):
    """A file that cannot be read as UTF-8 text; the message names the file."""


def read_text_file(path: Path, expected: str = "UTF-8 text") -> tuple[bytes, str]:
    """The bytes and text of a file; missing, empty, binary and non-UTF-8 files are one-line errors."""
    path = Path(path)
    if not path.exists():
        raise TextFileError(f"{path}: no such file")
    if not path.is_file():
        raise TextFileError(f"{path}: not a regular file")
    data = path.read_bytes()
    if not data.strip():
        raise TextFileError(f"{path}: the file is empty")
    if b"\x00" in data:
        raise TextFileError(f"{path}: binary file (contains NUL bytes), expected {expected}")
    try:
        return data, data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextFileError(f"{path}: not valid UTF-8 (byte {exc.start}: {exc.reason})") from None
