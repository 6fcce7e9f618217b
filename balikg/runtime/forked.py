"""Work beside the caller: a function run in a forked process, its value collected later through a pipe."""

import os
from collections.abc import Callable

from balikg.core.errors import UserError
from balikg.runtime.children import become_child, hold, release
from balikg.runtime.signals import held


def _child(connection, parent: int, function: Callable, args: tuple) -> None:
    """In the forked process: send the function's value, or its failure, to a parent still listening."""
    become_child(parent)
    try:
        try:
            connection.send(("value", function(*args)))
        except BaseException as exc:  # reported in the parent, which raises it as a UserError
            connection.send(("error", f"{type(exc).__name__}: {exc}"))
    except OSError:  # the parent closed its end (it was stopped) or ended: nobody to tell
        pass
    finally:
        connection.close()


def beside(function: Callable, *args, label: str) -> Callable[[], object]:
    """Start function(*args) in a forked process; return a function that waits for its value (a failure
    in the child becomes a UserError naming `label`)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    hold(receiving)
    process = context.Process(target=_child, args=(sending, os.getpid(), function, args), daemon=True)
    with held():  # a stop signal waits until the fork is done (balikg.runtime.signals.held)
        process.start()
    sending.close()

    def wait() -> object:
        try:
            kind, payload = receiving.recv()
        except EOFError:
            kind, payload = "ended", None
        finally:
            release(receiving)
            receiving.close()
        process.join()
        if kind == "ended":  # without a word: killed
            kind, payload = "error", f"the process ended with exit code {process.exitcode}"
        if kind == "error":
            raise UserError(f"{label} failed: {payload}")
        return payload

    return wait


def now(function: Callable, *args) -> Callable[[], object]:
    """The same interface as `beside`, run here and now (small work, or a platform without fork)."""
    value = function(*args)
    return lambda: value
