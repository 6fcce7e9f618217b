"""Reading sources: exact text, sha256, and one-line refusals of bad files."""

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
        (b"caf\xe9 au lait", "not valid UTF-8"),
        ("\ufefftitle".encode(), "byte-order mark"),
    ],
)
def test_bad_files_are_refused_with_their_name(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read_source(path, tmp_path)
    message = str(err.value)
    assert str(path) in message and problem in message and "\n" not in message


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
