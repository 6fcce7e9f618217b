"""What the publishing tests share about running balikg: its one-line errors and a `balikg serve` process."""

import subprocess
import sys
from pathlib import Path


def one_line_error(capsys, quiet: bool = False) -> str:
    """The one line a failed command wrote to stderr, with no traceback; `quiet`: nothing on stdout either."""
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0], captured
    if quiet:
        assert captured.out == "", captured  # no banner, no report
    return err[0]


def serve_process(graph_file: Path, preexec_fn=None) -> subprocess.Popen:
    """`balikg serve` on a free port for a graph file, its output readable line by line."""
    return subprocess.Popen(
        [sys.executable, "-m", "balikg", "serve", "--port", "0", "--graph", str(graph_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec_fn,
    )
