"""Worker processes, forked when made, for work that splits into independent jobs (validation units)."""

import os
import threading
from collections.abc import Callable, Iterator
from functools import partial

from balikg.core.errors import UserError
from balikg.runtime.children import become_child
from balikg.runtime.policy import chunk_size, jobs
from balikg.runtime.signals import held

# Seconds to wait for a pool to stop before its processes are killed (a worker that died holding the
# pool's queue lock makes multiprocessing's terminate wait for ever); below the CLI's deadline
# (balikg.runtime.signals.STOP_WITHIN), so that a stopped command ends by itself.
STOP_WAIT = 1.0

# In a worker whose preparation failed: why (each of its jobs reports it; see _start).
_failure: str | None = None


def can_fork() -> bool:
    """Whether this platform forks (workers and work beside the caller need it)."""
    return hasattr(os, "fork")


def _start(parent: int, initializer: Callable[[], None] | None) -> None:
    """In a new worker: become a child of `parent` (balikg.runtime.children), then prepare. A failure is
    kept for the jobs to report: a worker that died here would be forked again by the pool, endlessly."""
    global _failure
    become_child(parent)
    if initializer is None:
        return
    try:
        initializer()
    except UserError as exc:
        _failure = str(exc)
    except Exception as exc:
        _failure = f"a worker could not start: {type(exc).__name__}: {exc}"


def _job(function: Callable, job):
    """function(job) in a worker, or the failure of the worker's preparation as a UserError."""
    if _failure is not None:
        raise UserError(_failure)
    return function(job)


class Workers:
    """A pool of forked processes, each prepared by `initializer`; one job or no fork: no pool, and the
    jobs are done here as their results are read."""

    def __init__(self, count: int | None = None, initializer: Callable[[], None] | None = None):
        import multiprocessing

        self.count = jobs(count)
        self.pool = None
        if self.count > 1 and can_fork():
            with held():  # a stop signal waits until the forks are done (balikg.runtime.signals.held)
                self.pool = multiprocessing.get_context("fork").Pool(
                    self.count, initializer=_start, initargs=(os.getpid(), initializer)
                )

    def run(self, function: Callable, work: list) -> Iterator:
        """function(job) for each job, in order: dispatched to the pool at once (the caller goes on and
        collects them from the returned iterator), else computed here as the iterator is consumed. A
        worker that could not be prepared makes the first result it owes a UserError."""
        if self.pool is None:
            return (function(job) for job in work)
        return self.pool.imap(partial(_job, function), work, chunksize=chunk_size(len(work), self.count))

    @property
    def forked(self) -> bool:
        """Whether there are processes besides this one."""
        return self.pool is not None

    def close(self) -> None:
        """Stop the processes: terminated, and killed if the pool does not stop within STOP_WAIT."""
        if self.pool is not None:
            pool, self.pool = self.pool, None
            _stop(pool)

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _stop(pool) -> None:
    """Terminate a multiprocessing pool and wait for it; if it hangs, kill its processes and leave it."""
    stopping = threading.Thread(target=pool.terminate, name="balikg-pool-stop", daemon=True)
    stopping.start()
    stopping.join(STOP_WAIT)
    if not stopping.is_alive():
        pool.join()
        return
    for process in list(pool._pool):  # multiprocessing names a pool's processes nowhere else
        process.kill()
        process.join(1.0)
