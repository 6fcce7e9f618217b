"""Worker processes: results in order, and a preparation that fails in the workers is one UserError for
the caller, not a pool that forks failing workers again and again."""

import os
import time

import pytest

from balikg.core.errors import UserError
from balikg.runtime.workers import Workers


def _note_start() -> None:
    """Note a worker's start in the file named by $STARTS."""
    with open(os.environ["STARTS"], "a", encoding="utf-8") as handle:
        handle.write(f"{os.getpid()}\n")


def _note_start_then_fail() -> None:
    _note_start()
    raise UserError("shapes/broken.ttl: not valid Turtle (a test)")


def _note_start_then_crash() -> None:
    _note_start()
    raise ZeroDivisionError("division by zero")


def test_results_come_in_order():
    with Workers(2) as workers:
        assert workers.forked
        assert list(workers.run(abs, list(range(0, -40, -1)))) == list(range(40))
    assert workers.pool is None


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (_note_start_then_fail, "shapes/broken.ttl: not valid Turtle (a test)"),
        (_note_start_then_crash, "a worker could not start: ZeroDivisionError: division by zero"),
    ],
)
def test_a_failed_preparation_is_one_error_and_no_worker_forked_again(tmp_path, capfd, monkeypatch, prepare, message):
    starts = tmp_path / "starts"
    monkeypatch.setenv("STARTS", str(starts))
    with Workers(2, initializer=prepare) as workers:
        with pytest.raises(UserError) as raised:
            list(workers.run(abs, [-1, -2, -3]))
        time.sleep(0.3)  # time enough for a pool to fork replacements of workers that died
    assert str(raised.value) == message
    assert len(starts.read_text().split()) == 2
    assert "Traceback" not in capfd.readouterr().err


def test_a_pool_whose_workers_died_holding_its_queue_lock_is_still_stopped():
    import signal

    workers = Workers(2)
    pool = workers.pool
    assert list(workers.run(abs, [-1, -2])) == [1, 2]
    time.sleep(0.2)  # idle: one worker waits for a job holding the queue's lock
    for process in list(pool._pool):
        os.kill(process.pid, signal.SIGKILL)
    time.sleep(0.3)  # the pool forks replacements
    started = time.monotonic()
    workers.close()
    assert time.monotonic() - started < 3.0
    assert [process.is_alive() for process in pool._pool] == [False, False]
