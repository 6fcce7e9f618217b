"""Forked children: they leave SIGINT and SIGHUP to their parent, end quietly on SIGTERM, die with a parent
killed by SIGKILL, and do not keep other children's pipes open."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from balikg.core.paths import ROOT
from balikg.runtime import children
from balikg.runtime.forked import beside

LINUX = sys.platform.startswith("linux")


def _dispositions() -> tuple:
    """What a child does with SIGINT, SIGHUP and SIGTERM, and the signal it gets when its parent dies."""
    import ctypes

    death = ctypes.c_int(0)
    ctypes.CDLL(None).prctl(2, ctypes.byref(death), 0, 0, 0)  # PR_GET_PDEATHSIG
    return (
        signal.getsignal(signal.SIGINT),
        signal.getsignal(signal.SIGHUP),
        signal.getsignal(signal.SIGTERM),
        death.value,
    )


def _open(fds: list[int]) -> list[int]:
    """The file descriptors of `fds` open in this process."""
    found = []
    for fd in fds:
        try:
            os.fstat(fd)
        except OSError:
            continue
        found.append(fd)
    return found


@pytest.mark.skipif(not LINUX, reason="PR_SET_PDEATHSIG is Linux's")
def test_a_child_leaves_stopping_to_its_parent_and_dies_with_it():
    assert beside(_dispositions, label="child")() == (signal.SIG_IGN, signal.SIG_IGN, signal.SIG_DFL, signal.SIGKILL)


def test_a_child_forked_later_does_not_keep_an_earlier_childs_pipe_open():
    first = beside(time.sleep, 0.3, label="first")
    held = [connection.fileno() for connection in children._held]
    assert len(held) == 1
    assert beside(_open, held, label="second")() == []
    assert first() is None
    assert children._held == set()


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_the_children_of_a_parent_killed_with_sigkill_end():
    script = (
        "import time\n"
        "from balikg.runtime.forked import beside\n"
        "from balikg.runtime.workers import Workers\n"
        "import multiprocessing\n"
        "workers = Workers(2)\n"
        "waiting = beside(time.sleep, 60, label='sleeping')\n"
        "print(' '.join(str(p.pid) for p in multiprocessing.active_children()), flush=True)\n"
        "time.sleep(60)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
    pids = [int(pid) for pid in process.stdout.readline().split()]
    assert len(pids) == 3
    process.kill()
    process.wait(timeout=10)
    deadline = time.monotonic() + 2.0
    while (alive := [pid for pid in pids if _alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert alive == []


def _alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
