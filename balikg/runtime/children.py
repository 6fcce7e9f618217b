"""What every process balikg forks does first: leave stopping to its parent, end with it, and close the
parent's ends of pipes to other children (so that a child writing to a pipe whose reader is gone fails)."""

import os
import signal
import sys

# The parent's ends of pipes to its children, as Connection objects: a child forked later closes its copies.
_held: set = set()

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def hold(connection) -> None:
    """Remember the parent's end of a pipe to a child, so that children forked later close their copy."""
    _held.add(connection)


def release(connection) -> None:
    """Forget a pipe end the parent has closed."""
    _held.discard(connection)


def become_child(parent: int) -> None:
    """In a process just forked from `parent`: ignore SIGINT and SIGHUP (a Ctrl-C or a hang-up reaches the
    whole process group, and the parent stops its children), end quietly on SIGTERM, end when the parent
    ends (Linux), and close the inherited ends of pipes to other children."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()
    if os.getppid() != parent:  # the parent ended before this process asked to end with it
        os._exit(1)
    for connection in list(_held):
        connection.close()
    _held.clear()


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent ends (elsewhere: nothing). Safe as a `preexec_fn`:
    it calls a function looked up before the fork and takes no lock."""
    if _prctl is not None:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _linux_prctl():
    """libc's prctl on Linux, else None; looked up in the parent, so that no child imports anything."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    return ctypes.CDLL(None, use_errno=True).prctl


_prctl = _linux_prctl()


def group_members(pgid: int) -> list[int]:
    """The live (not zombie) processes of a process group, read from /proc (Linux): what a stopped
    command left behind."""
    from pathlib import Path

    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state, _, group_id = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:3]
        except (OSError, ValueError):
            continue
        if int(group_id) == pgid and state != "Z":
            found.append(int(entry.name))
    return found
