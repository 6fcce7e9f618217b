"""Read a text file whole, with a one-line reason when it is missing, empty, binary, UTF-16 or not UTF-8.

Shared by ingestion (statement texts) and the read side (graph files), so that neither imports the other.
A UTF-8 byte-order mark (as Windows editors save files) is accepted and is not part of the text: offsets
count from the character after it, while the bytes returned are the file's own, mark included.
"""

from pathlib import Path

UTF8_BOM = b"\xef\xbb\xbf"


class TextFileError(ValueError):
    """A file that cannot be read as UTF-8 text; the message names the file."""


def wide_encoding(data: bytes) -> str | None:
    """'UTF-32' or 'UTF-16' when the bytes are in one of them (by the byte-order mark, or, without one, NUL
    bytes in most places of one parity that decode as UTF-16 text without U+0000); None otherwise."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    if b"\x00" not in data or len(data) % 2:
        return None
    for codec, high_bytes in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high_bytes.count(0) * 2 > len(high_bytes):
            try:
                decoded = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in decoded:  # text has no U+0000; binary data with runs of NUL bytes has
                return "UTF-16"
    return None


def read_text_file(path: Path, expected: str = "UTF-8 text") -> tuple[bytes, str]:
    """The bytes and text (after a UTF-8 byte-order mark) of a file; missing, empty, binary, UTF-16 and
    non-UTF-8 files are one-line errors."""
    path = Path(path)
    if not path.exists():
        raise TextFileError(f"{path}: no such file")
    if not path.is_file():
        raise TextFileError(f"{path}: not a regular file")
    data = path.read_bytes()
    encoding = wide_encoding(data)
    if encoding:
        raise TextFileError(f"{path}: {encoding}, not UTF-8; save it as UTF-8")
    mark = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    body = data[mark:]
    if not body.strip():
        raise TextFileError(f"{path}: the file is empty")
    if b"\x00" in body:
        raise TextFileError(f"{path}: binary file (contains NUL bytes), expected {expected}")
    try:
        return data, body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextFileError(f"{path}: not valid UTF-8 (byte {mark + exc.start}: {exc.reason})") from None
