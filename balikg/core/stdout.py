"""Standard output for the commands: UTF-8 whatever the locale asks, and a write that fails (stdout closed,
a full disk) as a one-line error in the command, never a traceback or a complaint at exit."""

import codecs
import errno
import os
import sys

from balikg.core.errors import UserError


class StandardOutput:
    """sys.stdout, flushed at each write so that a failure is raised where the command writes: a
    UserError naming standard output, or BrokenPipeError when the reader has gone (the caller exits quietly)."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        """Write and flush `text`."""
        if self.stream is None:
            raise _failed(OSError(errno.EBADF, os.strerror(errno.EBADF)))
        try:
            written = self.stream.write(text)
            self.stream.flush()
        except OSError as exc:
            raise _stopped(self.stream, exc) from None
        return written

    def flush(self) -> None:
        """Flush (everything is flushed at each write already)."""
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except OSError as exc:
            raise _stopped(self.stream, exc) from None

    def __getattr__(self, name: str):
        """Everything else is the stream's."""
        return getattr(self.stream, name)


def guard() -> None:
    """Make sys.stdout a StandardOutput writing UTF-8 (once; a closed stdout is one too)."""
    if isinstance(sys.stdout, StandardOutput):
        return
    stream = sys.stdout
    if hasattr(stream, "reconfigure") and codecs.lookup(stream.encoding or "ascii").name != "utf-8":
        stream.reconfigure(encoding="utf-8")
    sys.stdout = StandardOutput(stream)


def _stopped(stream, exc: OSError) -> Exception:
    """The error to raise for a failed write; what is still buffered is sent to /dev/null, so that the
    interpreter's flush at exit does not fail again."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        fd = None
    if fd is not None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    return exc if isinstance(exc, BrokenPipeError) else _failed(exc)


def _failed(exc: OSError) -> UserError:
    """The one-line error for standard output."""
    return UserError(f"cannot write to standard output ({exc.strerror or exc})")
