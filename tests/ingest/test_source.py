"""Reading sources: exact text, sha256, a byte-order mark, and one-line refusals of bad files."""

import hashlib

import pytest

from balikg.core.errors import IngestError
from ingest.source import read_source


def test_reads_bytes_without_newline_translation(tmp_path):
    path = tmp_path / "s.txt"
    path.write_bytes("A\r\nB’s\n".encode())
    source = read_source(path, tmp_path)
    assert source.text == "A\r\nB’s\n"
    assert source.path == "s.txt"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"abc\x00def", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8 (byte 3: invalid continuation byte)"),
        (b"\xef\xbb\xbfcaf\xe9 au lait", "not valid UTF-8 (byte 6: invalid continuation byte)"),
        (b"\xef\xbb\xbf \r\n", "empty"),
        ("Co-Chairs' Statement\r\n".encode("utf-16"), "UTF-16, not UTF-8; save it as UTF-8"),
        (b"\xfe\xff" + "Statement\n".encode("utf-16-be"), "UTF-16, not UTF-8; save it as UTF-8"),
        ("Co-Chairs' Statement\n".encode("utf-16-le"), "UTF-16, not UTF-8; save it as UTF-8"),
        ("Statement\n".encode("utf-32"), "UTF-32, not UTF-8; save it as UTF-8"),
        (b"\x00\x00\x01\x00", "binary"),
    ],
)
def test_bad_files_are_refused_with_their_name(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read_source(path, tmp_path)
    message = str(err.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "s.txt"
    path.write_bytes("\ufeffA\r\nB’s\n".encode())
    source = read_source(path, tmp_path)
    assert source.text == "A\r\nB’s\n"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # of the file, mark included
    assert source.sha256 == hashlib.sha256(b"\xef\xbb\xbf" + source.text.encode()).hexdigest()


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_source(tmp_path / "nope.txt", tmp_path)


def test_sources_outside_the_repository_are_named_relative_to_it(tmp_path):
    from ingest.source import relative_path

    root = tmp_path / "repo"
    root.mkdir()
    outside = tmp_path / "corpus" / "s.txt"
    assert relative_path(outside, root) == "../corpus/s.txt"
    assert relative_path(root / "sources" / "a.txt", root) == "sources/a.txt"
