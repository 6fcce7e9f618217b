"""Atomic writes: the output is whole or untouched, every failure is one line naming it, and the temporary
files of killed writers are swept."""

import errno
import os
import re
import signal
import subprocess
import sys

import pytest

from balikg.core import atomic
from balikg.core.errors import UserError
from balikg.core.paths import PACKAGE


def hidden(directory) -> list[str]:
    """The hidden files of a directory (temporary files), by name."""
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def test_a_write_replaces_the_file_and_keeps_its_permissions(tmp_path):
    out = tmp_path / "graph.ttl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    atomic.write_text(out, "Türkiye\n")
    assert out.read_bytes() == "Türkiye\n".encode()
    assert out.stat().st_mode & 0o777 == 0o640
    assert hidden(tmp_path) == []


def test_a_directory_is_refused_in_one_line(tmp_path):
    (tmp_path / "inside").write_text("kept", encoding="utf-8")
    with pytest.raises(UserError) as raised:
        atomic.write_text(tmp_path, "text")
    assert str(raised.value) == f"{tmp_path}: is a directory (give a file name)"
    assert [p.name for p in tmp_path.iterdir()] == ["inside"]


def test_a_missing_directory_is_named(tmp_path):
    with pytest.raises(UserError) as raised:
        atomic.write_text(tmp_path / "no" / "g.ttl", "text")
    assert str(raised.value) == f"{tmp_path / 'no' / 'g.ttl'}: directory {tmp_path / 'no'} does not exist"


@pytest.mark.parametrize("name", ["x" * 251 + ".ttl", "é" * 125 + ".ttl"])
def test_a_long_name_that_fits_is_written(tmp_path, name):
    out = tmp_path / name
    assert len(os.fsencode(name)) <= 255
    atomic.write_text(out, "text")
    assert out.read_text(encoding="utf-8") == "text"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_long_names_get_short_temporary_stems_of_their_own():
    first, second = "é" * 120 + "a.ttl", "é" * 120 + "b.ttl"
    stems = {atomic.temporary_stem(first), atomic.temporary_stem(second)}
    assert len(stems) == 2
    assert all(len(os.fsencode(s)) <= atomic.NAME_PART for s in stems)
    assert atomic.temporary_stem("graph.ttl") == "graph.ttl"


def test_a_name_too_long_is_the_os_error_in_one_line(tmp_path):
    out = tmp_path / ("x" * 252 + ".ttl")
    with pytest.raises(UserError) as raised:
        atomic.write_text(out, "text")
    assert str(raised.value) == f"{out}: cannot write (File name too long)"
    assert hidden(tmp_path) == []


def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    out = tmp_path / "graph.ttl"
    out.write_text("previous\n", encoding="utf-8")
    real = os.write

    def fills_up(fd, data):
        """The first bytes go to the disk, then it is full."""
        real(fd, bytes(data[:3]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", fills_up)
    with pytest.raises(UserError) as raised:
        atomic.write_text(out, "new content\n")
    monkeypatch.undo()
    assert str(raised.value) == f"{out}: cannot write (No space left on device)"
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert hidden(tmp_path) == []


WRITER = """
import os, sys, time
from pathlib import Path
from balikg.core import atomic
real = os.write
def stalls(fd, data):
    written = real(fd, bytes(data[:4]))
    print("writing", flush=True)
    time.sleep(60)
    return written
os.write = stalls
atomic.write_text(Path(sys.argv[1]), "whole text")
"""


def test_the_temporary_file_of_a_killed_writer_is_removed_by_the_next_write(tmp_path):
    out = tmp_path / "graph.ttl"
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(out)], stdout=subprocess.PIPE, text=True, env=env)
    assert writer.stdout.readline() == "writing\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    [left] = [tmp_path / name for name in hidden(tmp_path)]
    assert re.fullmatch(rf"\.graph\.ttl\.{writer.pid}\.[0-9a-f]{{8}}\.tmp", left.name)
    assert left.read_bytes() == b"whol"
    running = tmp_path / f".graph.ttl.{os.getppid()}.0123abcd.tmp"  # a writer still at work
    other = tmp_path / f".other.ttl.{writer.pid}.0123abcd.tmp"  # another output's
    running.write_bytes(b"")
    other.write_bytes(b"")
    atomic.write_text(out, "whole text")
    assert out.read_text(encoding="utf-8") == "whole text"
    assert hidden(tmp_path) == sorted([running.name, other.name])
