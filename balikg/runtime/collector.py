"""Python's cycle collector paused while a build holds millions of tuples that can form no cycle."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from balikg.runtime.policy import enabled


@contextmanager
def paused() -> Iterator[None]:
    """Run the block without cyclic garbage collection (reference counting still frees everything else).

    Each full collection walks every live container, and a large graph's triples are millions of them.
    Processes forked inside the block call `resume_in_child`."""
    if not enabled("collector"):
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def resume_in_child() -> None:
    """In a forked process: collect cycles again, leaving out what it shares with its parent (frozen
    first: a collection would otherwise write to every inherited object's header and copy the parent's
    pages into the child)."""
    gc.freeze()
    gc.enable()
