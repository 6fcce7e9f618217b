"""Stopping on a signal: a build stopped at spread moments by SIGINT, SIGTERM or SIGKILL leaves no process of
its group alive, no temporary file, and the old graph.ttl; SIGINT and SIGTERM give one line and 130 or 143,
and a cleanup that hangs is cut short by the watchdog."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from balikg.core.paths import GRAPH, ROOT, SOURCES
from balikg.runtime.children import group_members

SEED = SOURCES / "bali-2003-cochairs-statement.txt"
# The command line with the Turtle writer and the violation queries forked beside the units even for one
# statement, so that every kind of child process is there to be stopped.
BESIDE = (
    "import sys; from balikg.runtime import policy; policy.FORK_BESIDE_ABOVE = 0; "
    "from balikg.cli import main; sys.exit(main())"
)
LINES = {signal.SIGINT: "balikg build: interrupted", signal.SIGTERM: "balikg build: terminated"}


def start(arguments: list[str], tmp_path: Path) -> subprocess.Popen:
    """`balikg ARGUMENTS` in a session (and process group) of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BALIKG_JOBS": "2"}
    return subprocess.Popen(
        [sys.executable, "-c", BESIDE, *arguments],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def handling(pid: int, signum: int) -> bool:
    """Whether a process has a handler for a signal (its SigCgt mask in /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught, 16) >> (signum - 1) & 1)


def gone_within(pgid: int, seconds: float) -> list[int]:
    """Wait up to `seconds` for a process group to end; the processes still there."""
    deadline = time.monotonic() + seconds
    while (left := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(
    ("signum", "after"),
    [
        (signal.SIGINT, 0.3),
        (signal.SIGTERM, 0.7),
        (signal.SIGKILL, 1.1),
        (signal.SIGINT, 1.5),
        (signal.SIGTERM, 1.9),
        (signal.SIGKILL, 2.3),
    ],
)
def test_a_stopped_build_leaves_no_process_no_temporary_file_and_the_old_graph(tmp_path, signum, after):
    output = tmp_path / "graph.ttl"
    shutil.copyfile(GRAPH, output)
    before = output.read_bytes()
    cache = tmp_path / "cache"
    process = start(["build", str(SEED), "-o", str(output), "--cache-dir", str(cache), "--jobs", "2"], tmp_path)
    wait_until_handling(process)
    time.sleep(after)
    sent = time.monotonic()
    os.kill(process.pid, signum)
    try:
        out, err = process.communicate(timeout=10)
    finally:
        if group_members(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
    exited = time.monotonic() - sent
    assert gone_within(process.pid, 2.0) == []
    if process.returncode == 0:  # the build had finished: its graph is the same
        assert "conforms to the shapes" in out
    elif signum == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL
    else:
        assert (process.returncode, err.splitlines()[-1]) == (128 + signum, LINES[signum]), err
        assert exited < 3.0
    assert "Traceback" not in err, err
    assert output.read_bytes() == before
    if signum == signal.SIGKILL and leftovers(tmp_path):
        # a killed writer cannot clean up (of the graph or of a cache entry): the next write of the same file
        # removes its temporary file
        again = start(["build", str(SEED), "-o", str(output), "--cache-dir", str(cache), "--jobs", "2"], tmp_path)
        again.communicate(timeout=60)
        assert again.returncode == 0
        assert output.read_bytes() == before
    assert leftovers(tmp_path) == []


def leftovers(folder: Path) -> list[str]:
    """The temporary files under a folder (the output's and the cache's)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.tmp"))


def script_process(script: str) -> subprocess.Popen:
    """A Python script in a process of its own, once it has printed 'ready'."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout.readline() == "ready\n"
    return process


def test_a_cleanup_that_hangs_is_cut_short(tmp_path):
    script = (
        "import sys, time\n"
        "from balikg.runtime.signals import Stopped, stopping\n"
        "try:\n"
        "    with stopping('balikg test'):\n"
        "        try:\n"
        "            print('ready', flush=True)\n"
        "            time.sleep(60)\n"
        "        finally:\n"
        "            time.sleep(60)  # a cleanup that never ends\n"
        "except Stopped as exc:\n"
        "    sys.exit(exc.exit_code)\n"
    )
    process = script_process(script)
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=10)
    assert (process.returncode, err) == (143, "balikg test: terminated\n")
    assert 1.0 < time.monotonic() - sent < 3.0


def test_a_second_signal_waits_for_the_first_ones_cleanup(tmp_path):
    script = (
        "import os, signal, sys, time\n"
        "signal.signal(signal.SIGHUP, signal.SIG_DFL)  # even under nohup\n"
        "from balikg.runtime.signals import Stopped, first_report, stopping\n"
        "try:\n"
        "    with stopping('balikg test'):\n"
        "        try:\n"
        "            print('ready', flush=True)\n"
        "            time.sleep(60)\n"
        "        finally:\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "            time.sleep(0.2)\n"
        "            print('cleaned', flush=True)\n"
        "except Stopped as exc:\n"
        "    if first_report():\n"
        "        print(f'balikg test: {exc}', file=sys.stderr)\n"
        "    sys.exit(exc.exit_code)\n"
    )
    process = script_process(script)
    process.send_signal(signal.SIGHUP)
    out, err = process.communicate(timeout=10)
    assert (process.returncode, out, err) == (129, "cleaned\n", "balikg test: hung up\n")


def wait_until_handling(process: subprocess.Popen) -> None:
    """Wait until a command's main() handles signals (or the command has ended)."""
    while not handling(process.pid, signal.SIGTERM) and process.poll() is None:
        time.sleep(0.01)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_push_to_a_server_that_never_answers_stops_on_sigterm(tmp_path):
    import socket

    with socket.socket() as silent:  # accepts connections (the kernel's backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        store = f"http://127.0.0.1:{silent.getsockname()[1]}/store"
        process = start(["push", "--graph", str(GRAPH), "--store", store, "--timeout", "60"], tmp_path)
        wait_until_handling(process)
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=10)
    assert (process.returncode, out, err.count("\n")) == (143, "", 1)
    assert err.startswith("balikg push: terminated")  # 'terminated after 0/3763 triples …; … is unchanged'
    assert gone_within(process.pid, 2.0) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_validation_stops_on_sigint(tmp_path):
    process = start(["validate", str(GRAPH), "--no-cache", "--jobs", "2"], tmp_path)
    wait_until_handling(process)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=10)
    assert gone_within(process.pid, 2.0) == []
    if process.returncode != 0:  # else it had finished
        assert (process.returncode, out, err) == (130, "", "balikg validate: interrupted\n")


def test_a_signal_held_while_forking_is_raised_right_after(tmp_path):
    script = tmp_path / "held.py"
    script.write_text(
        "import os, signal, sys\n"
        "from balikg.runtime.signals import Stopped, held, stopping\n"
        "with stopping('test'):\n"
        "    try:\n"
        "        with held():\n"
        "            os.kill(os.getpid(), signal.SIGTERM)\n"
        "            print('inside', flush=True)\n"
        "        print('not reached', flush=True)\n"
        "    except Stopped as stop:\n"
        "        print('raised after', stop, flush=True)\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=30, cwd=ROOT)
    assert done.stdout.splitlines() == ["inside", "raised after terminated"], done.stderr
