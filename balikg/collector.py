"""Python's cycle collector paused while a build holds millions of tuples that can form no cycle."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Run the block without cyclic garbage collection (reference counting still frees everything else).

    Each full collection walks every live container: with a large graph's triples alive, the collector
    spent seconds walking them again and again. Processes forked inside the block (validation workers)
    turn it back on for themselves."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
