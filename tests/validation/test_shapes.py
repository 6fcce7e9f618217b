"""The shapes folder: missing, empty or broken shapes are one line naming the folder or file, from the
process that would fork the validation workers, and no worker is started."""

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from balikg.core.errors import UserError
from balikg.core.paths import GRAPH, ROOT, SOURCES
from balikg.validation.shapes import inverse_paths, shape_files

SEED = SOURCES / "bali-2003-cochairs-statement.txt"


def test_a_missing_or_empty_folder_has_no_shapes_files(tmp_path):
    expected = f"^{re.escape(str(tmp_path / 'shapes'))}: no shapes files \\(\\*\\.ttl\\)$"
    with pytest.raises(UserError, match=expected):
        shape_files(tmp_path / "shapes")
    (tmp_path / "shapes").mkdir()
    (tmp_path / "shapes" / "README.md").write_text("no Turtle here\n", encoding="utf-8")
    with pytest.raises(UserError, match=expected):
        shape_files(tmp_path / "shapes")


def test_shapes_files_without_a_triple_hold_no_shapes(tmp_path):
    (tmp_path / "empty.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n", encoding="utf-8")
    with pytest.raises(UserError, match=f"^{re.escape(str(tmp_path))}: no shapes in its shapes files$"):
        inverse_paths(tmp_path)


@pytest.fixture
def home(tmp_path) -> Path:
    """A copy of the project's data (not its code) to run balikg on with $BALIKG_HOME."""
    copy = tmp_path / "home"
    for name in ("ontology", "queries", "sources/gazetteer"):
        shutil.copytree(ROOT / name, copy / name)
    return copy


def run(home: Path, *arguments: str) -> tuple[subprocess.CompletedProcess, float]:
    """balikg with the copy's data and two workers; the result and the seconds it took."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BALIKG_HOME": str(home), "BALIKG_JOBS": "2"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "balikg", *arguments], cwd=home, env=env, capture_output=True, text=True, timeout=60
    )
    return done, time.monotonic() - started


@pytest.mark.parametrize(
    ("shapes", "command", "problem"),
    [
        (None, "validate", "shapes: no shapes files (*.ttl)"),
        ({}, "build", "shapes: no shapes files (*.ttl)"),
        ({"broken.ttl": "ex:a ex:b"}, "validate", "shapes/broken.ttl: not valid Turtle"),
    ],
)
def test_missing_empty_or_broken_shapes_are_one_line(home, shapes, command, problem):
    if shapes is not None:
        (home / "shapes").mkdir()
        for name, text in shapes.items():
            (home / "shapes" / name).write_text(text, encoding="utf-8")
    arguments = [str(GRAPH), "--no-cache"] if command == "validate" else [str(SEED), "-o", "out.ttl", "--no-cache"]
    done, seconds = run(home, command, *arguments)
    assert done.returncode == 2
    assert done.stderr.startswith(f"balikg {command}: {home / problem.split(':')[0]}:") and problem in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert seconds < 30
    assert not (home / "out.ttl").exists()
