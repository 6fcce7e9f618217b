"""Worker processes, forked when made, for work that splits into independent jobs (validation units)."""

import os
from collections.abc import Callable, Iterator

from balikg.runtime.policy import chunk_size, jobs


def can_fork() -> bool:
    """Whether this platform forks (workers and work beside the caller need it)."""
    return hasattr(os, "fork")


class Workers:
    """A pool of forked processes, each prepared by `initializer`; one job or no fork: no pool, and the
    jobs are done here as their results are read."""

    def __init__(self, count: int | None = None, initializer: Callable[[], None] | None = None):
        import multiprocessing

        self.count = jobs(count)
        self.pool = None
        if self.count > 1 and can_fork():
            self.pool = multiprocessing.get_context("fork").Pool(self.count, initializer=initializer)

    def run(self, function: Callable, work: list) -> Iterator:
        """function(job) for each job, in order: dispatched to the pool at once (the caller goes on and
        collects them from the returned iterator), else computed here as the iterator is consumed."""
        if self.pool is None:
            return (function(job) for job in work)
        return self.pool.imap(function, work, chunksize=chunk_size(len(work), self.count))

    @property
    def forked(self) -> bool:
        """Whether there are processes besides this one."""
        return self.pool is not None

    def close(self) -> None:
        """Stop the processes."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
