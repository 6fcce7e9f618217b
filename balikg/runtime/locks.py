"""Lock files shared between processes (fcntl.flock): shared or exclusive, waiting or not, and safe to
remove while other processes wait for them."""

import fcntl
import os
from pathlib import Path


class LockFile:
    """A flock on a file that its exclusive holder may remove: each acquisition checks that the file locked
    is still the one at the path (else it was removed meanwhile) and opens the path again."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.fd: int | None = None

    def acquire(self, exclusive: bool, wait: bool = True) -> bool:
        """Take the lock, shared or exclusive (creating the file); False when `wait` is off and another
        process holds it in a conflicting way. Taking it again releases the earlier hold first."""
        self.release()
        flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB)
        while True:
            fd = os.open(self.path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o666)
            try:
                fcntl.flock(fd, flags)
                current = os.stat(self.path)
            except BlockingIOError:
                os.close(fd)
                return False
            except FileNotFoundError:  # removed after we opened it: open the next one
                os.close(fd)
                continue
            except BaseException:
                os.close(fd)
                raise
            if os.path.samestat(os.fstat(fd), current):
                self.fd = fd
                return True
            os.close(fd)

    _close = staticmethod(os.close)  # kept here: a store let go at interpreter exit releases its lock

    def release(self) -> None:
        """Let the lock go (closing the file releases the flock)."""
        if self.fd is not None:
            fd, self.fd = self.fd, None
            self._close(fd)

    def remove(self) -> None:
        """Delete the lock file, then let it go; only while holding it exclusively."""
        if self.fd is None:
            raise RuntimeError(f"{self.path}: removing a lock that is not held")
        self.path.unlink(missing_ok=True)
        self.release()
