"""Work beside the caller: a function run in a forked process, its value collected later through a pipe."""

from collections.abc import Callable

from balikg.core.errors import UserError


def _child(connection, function: Callable, args: tuple) -> None:
    """In the forked process: send the function's value, or its failure, back through the pipe."""
    try:
        connection.send(("value", function(*args)))
    except BaseException as exc:  # reported in the parent, which raises it as a UserError
        connection.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


def beside(function: Callable, *args, label: str) -> Callable[[], object]:
    """Start function(*args) in a forked process; return a function that waits for its value (a failure
    in the child becomes a UserError naming `label`)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sending, function, args), daemon=True)
    process.start()
    sending.close()

    def wait() -> object:
        try:
            kind, payload = receiving.recv()
        except EOFError:
            kind, payload = "error", f"the process ended with exit code {process.exitcode}"
        process.join()
        if kind == "error":
            raise UserError(f"{label} failed: {payload}")
        return payload

    return wait


def now(function: Callable, *args) -> Callable[[], object]:
    """The same interface as `beside`, run here and now (small work, or a platform without fork)."""
    value = function(*args)
    return lambda: value
