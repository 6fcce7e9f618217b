"""Cache keys that cannot go stale: any change to the code or its data between two cached builds gives the
bytes and the verdict of a build without the cache.

The project is copied to a temporary folder, changed there, and built with `python -m balikg` run from the
copy, so that the copy's code is the code that runs."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from balikg.core.paths import ROOT
from balikg.runtime.version import code_files, code_roots, digest

SEED = "sources/bali-2003-cochairs-statement.txt"
COPIED = ("balikg", "ingest", "ontology", "shapes", "queries", "sources/gazetteer", SEED)


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project's code and data, and of the seed statement."""
    copy = tmp_path / "project"
    for name in COPIED:
        source, target = ROOT / name, copy / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return copy


def build(project: Path, cache: Path | None, output: str) -> subprocess.CompletedProcess:
    """`balikg build` of the seed with the copy's code, with the given cache or none."""
    env = {**os.environ, "PYTHONPATH": str(project), "BALIKG_HOME": str(project), "BALIKG_JOBS": "1"}
    option = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    return subprocess.run(
        [sys.executable, "-m", "balikg", "build", SEED, "-o", output, *option],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def change(path: Path, old: str, new: str) -> None:
    """Replace one passage of a file (which must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_changed_turtle_writer_is_not_served_from_the_cache(project, tmp_path):
    cache = tmp_path / "cache"
    assert build(project, cache, "before.ttl").returncode == 0
    before = (project / "before.ttl").read_bytes()
    assert before == (ROOT / "graph.ttl").read_bytes()  # the copy's code is what ran
    change(project / "balikg" / "core" / "turtle.py", '"\\n    " + " ;\\n    ".join', '"\\n  " + " ;\\n  ".join')
    cached, fresh = build(project, cache, "cached.ttl"), build(project, None, "fresh.ttl")
    assert cached.returncode == fresh.returncode == 0, cached.stderr + fresh.stderr
    after = (project / "cached.ttl").read_bytes()
    assert after == (project / "fresh.ttl").read_bytes()
    assert after != before and b"\n  a bkg:" in after


def test_changed_validation_code_is_not_served_from_the_cache(project, tmp_path):
    cache = tmp_path / "cache"
    assert build(project, cache, "before.ttl").returncode == 0
    planted = 'out = [Result(SH.Violation, sorted(focus)[0], "", "planted by the test", "Planted")] if focus else []'
    change(
        project / "balikg" / "validation" / "shacl.py",
        "    out = []\n    if not conforms:",
        f"    {planted}\n    if not conforms:",
    )
    cached, fresh = build(project, cache, "cached.ttl"), build(project, None, "fresh.ttl")
    assert cached.returncode == fresh.returncode == 1
    assert "planted by the test" in cached.stderr and "planted by the test" in fresh.stderr
    assert not (project / "cached.ttl").exists()


def test_every_file_of_the_code_and_its_data_is_in_the_version(project):
    roots = {name: project / path.relative_to(ROOT) for name, path in code_roots().items()}
    files = code_files(roots)
    names = {name for name, _ in files}
    assert {"balikg/core/turtle.py", "ingest/rdf.py", "shapes/balikg-shapes.ttl", "queries/actor.rq"} <= names
    assert "gazetteer/organisations.csv" in names and "balikg/network/templates/viz.html" in names
    sample = list(dict.fromkeys(path for _, path in files[:: max(1, len(files) // 40)] + files[-3:]))
    seen = {digest(roots)}
    for path in sample:
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        seen.add(digest(roots))
        path.write_bytes(original)
    assert len(seen) == 1 + len(sample)  # each change gave a version of its own
    assert digest(roots) in seen
