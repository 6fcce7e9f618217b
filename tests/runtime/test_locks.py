"""Lock files: shared holds coexist, an exclusive one excludes, and a removed lock file is never held.

Two LockFile objects in one process conflict as two processes would (flock locks each open file)."""

import os
import threading

from balikg.runtime.locks import LockFile


def test_shared_holds_coexist_and_exclude_an_exclusive_one(tmp_path):
    path = tmp_path / "a.lock"
    first, second, writer = LockFile(path), LockFile(path), LockFile(path)
    assert first.acquire(exclusive=False) and second.acquire(exclusive=False)
    assert writer.acquire(exclusive=True, wait=False) is False and writer.fd is None
    first.release()
    assert writer.acquire(exclusive=True, wait=False) is False
    second.release()
    assert writer.acquire(exclusive=True, wait=False) is True
    assert LockFile(path).acquire(exclusive=False, wait=False) is False
    writer.release()
    assert LockFile(path).acquire(exclusive=False, wait=False) is True


def test_a_waiter_on_a_removed_lock_file_holds_the_next_one(tmp_path):
    path = tmp_path / "a.lock"
    remover, waiter = LockFile(path), LockFile(path)
    assert remover.acquire(exclusive=True)
    waiting = threading.Thread(target=waiter.acquire, kwargs={"exclusive": False})
    waiting.start()
    waiting.join(0.2)
    assert waiting.is_alive()  # blocked behind the exclusive hold
    remover.remove()
    waiting.join(5)
    assert not waiting.is_alive() and remover.fd is None and waiter.fd is not None
    assert os.path.samestat(os.fstat(waiter.fd), os.stat(path))
    assert LockFile(path).acquire(exclusive=True, wait=False) is False  # the waiter holds the file now there
    waiter.release()
    assert LockFile(path).acquire(exclusive=True, wait=False) is True
