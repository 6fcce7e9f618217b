"""Stopping on a signal: SIGINT, SIGTERM and SIGHUP raise Stopped in the main thread, so that the `finally`
blocks and context managers on the way out remove temporary files and stop the worker processes; a
watchdog thread ends the process if that has not happened STOP_WITHIN seconds after the signal.

Forked children inherit the handler; until they set their own dispositions (balikg.runtime.children),
it ends them quietly on SIGTERM and ignores SIGINT and SIGHUP there.
"""

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

# Seconds from the first signal to the end of the process, whatever its cleanup is doing.
STOP_WITHIN = 1.5

NAMES = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}
if hasattr(signal, "SIGHUP"):
    NAMES[signal.SIGHUP] = "hung up"


class Stopped(BaseException):
    """A stopping signal arrived: unwind, then exit with 128 + its number. Not an Exception, so that no
    `except Exception` on the way swallows it."""

    def __init__(self, signum: int):
        super().__init__(NAMES[signum])
        self.signum = signum
        self.exit_code = 128 + signum


_owner = 0  # the process whose signals these are
_prefix = ""  # what the line the watchdog prints starts with
_stopped: Stopped | None = None
_signalled = threading.Event()
_reported = False
_finished = False  # the work is done and the process is ending: later signals are ignored
_holding = 0  # how many held() blocks the main thread is in
_deferred = False  # a signal arrived within one: Stopped is raised when the last ends
_lock = threading.Lock()


@contextmanager
def stopping(prefix: str, keep: bool = False) -> Iterator[None]:
    """Within: SIGINT, SIGTERM and SIGHUP raise Stopped (the first one; later ones wait for its cleanup).
    A SIGHUP ignored at the start (nohup) stays ignored; SIGINT is handled even when a shell started the
    process in the background with it ignored. If the process has not ended STOP_WITHIN seconds after the
    signal, it prints '{prefix}: interrupted' (or terminated, hung up; unless first_report was claimed) and
    exits with the signal's code. With `keep` (the process ends after this), a signal after the end is
    ignored: the work is done, and the interpreter's exit must not print a KeyboardInterrupt. Outside the
    main thread: nothing."""
    global _owner, _prefix, _stopped, _signalled, _reported, _finished, _deferred
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _owner, _prefix, _stopped, _signalled, _reported = os.getpid(), prefix, None, threading.Event(), False
    _finished = _deferred = False
    threading.Thread(target=_watch, args=(_signalled,), name="balikg-stop-watchdog", daemon=True).start()
    previous = {signum: signal.getsignal(signum) for signum in NAMES}
    try:
        for signum, handler in previous.items():
            if handler != signal.SIG_IGN or signum in (signal.SIGINT, signal.SIGTERM):
                signal.signal(signum, _on_signal)
        yield
    finally:
        if _stopped is None:  # else the handler stays, to ignore later signals while the process ends
            _finished = keep
            for signum, handler in previous.items() if not keep else ():
                signal.signal(signum, signal.SIG_DFL if handler is None else handler)
            if keep:
                # the interpreter's shutdown puts the default actions back: a signal then would end the
                # finished process as killed; blocked, it stays pending and goes with the process
                signal.pthread_sigmask(signal.SIG_BLOCK, set(NAMES))
            _signalled.set()


@contextmanager
def held() -> Iterator[None]:
    """Within: a stopping signal is noted and raised as Stopped right after the block, not inside it. For
    forking: a signal that lands in the interpreter's fork handlers would raise where nothing can unwind,
    and Python would print a traceback. (Masking the signal would not do: another thread would take it.)"""
    global _holding
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _holding += 1
    try:
        yield
    finally:
        _holding -= 1
    if not _holding and _deferred and _stopped is not None:
        raise _stopped


def first_report() -> bool:
    """Whether the caller is the first to report the stop (the command after unwinding, or the watchdog)."""
    global _reported
    with _lock:
        first, _reported = not _reported, True
    return first


def _on_signal(signum: int, frame) -> None:
    """Raise Stopped for the first signal (after a held() block, when within one) and wake the watchdog; in
    a forked child, end on SIGTERM."""
    global _stopped, _deferred
    if os.getpid() != _owner:
        if signum == signal.SIGTERM:
            os._exit(128 + signum)
        return
    if _stopped is not None or _finished:
        return
    _stopped = Stopped(signum)
    _signalled.set()
    if _holding:
        _deferred = True  # raised when the held() block ends
        return
    raise _stopped


def _watch(signalled: threading.Event) -> None:
    """Wait for a signal (or the end of `stopping`); after a signal, end the process if it still runs. The
    stopping signals are blocked here: they go to the main thread, whose handler reads them."""
    signal.pthread_sigmask(signal.SIG_BLOCK, set(NAMES))
    signalled.wait()
    stopped = _stopped
    if stopped is None:
        return
    time.sleep(STOP_WITHIN)
    if first_report():
        os.write(2, f"{_prefix}: {stopped}\n".encode())
    os._exit(stopped.exit_code)
