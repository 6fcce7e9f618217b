"""Large graphs are queried from an on-disk Oxigraph store built on the first query, with the same rows."""

import csv
import io
import os
import subprocess
import sys
import time

from balikg.core.rdffile import load_store
from balikg.query.answers import bound_text
from balikg.query.engines import run_oxigraph
from balikg.query.stored import load_query
from balikg.runtime import policy
from balikg.runtime import stores as storecache


def rows(store, name: str) -> list:
    query = load_query(name)
    return sorted(run_oxigraph(store, bound_text(query, {}), name).rows, key=repr)


def test_the_on_disk_store_answers_like_the_in_memory_one(graph_file, tmp_path, monkeypatch):
    monkeypatch.setattr(policy, "PERSIST_STORE_ABOVE", 0)
    monkeypatch.setenv("BALIKG_CACHE", str(tmp_path / "cache"))
    first = storecache.store_for(graph_file)
    assert len(list((tmp_path / "cache" / "stores").iterdir())) == 1
    for name in ("participants", "coordinators", "obligations"):
        assert rows(first, name) == rows(load_store(graph_file), name)
    del first
    again = storecache.store_for(graph_file)
    assert rows(again, "participants") == rows(load_store(graph_file), "participants")


def test_a_changed_file_gets_a_new_store_and_the_old_one_goes(graph_file, tmp_path, monkeypatch):
    monkeypatch.setattr(policy, "PERSIST_STORE_ABOVE", 0)
    monkeypatch.setenv("BALIKG_CACHE", str(tmp_path / "cache"))
    copy = tmp_path / "graph.ttl"
    copy.write_bytes(graph_file.read_bytes())
    storecache.store_for(copy)
    stores = tmp_path / "cache" / "stores"
    before = {p.name for p in stores.iterdir()}
    later = time.time() + 5
    os.utime(copy, (later, later))
    storecache.store_for(copy)
    after = {p.name for p in stores.iterdir()}
    assert len(before) == len(after) == 1 and before != after


def test_small_files_and_a_disabled_cache_stay_in_memory(graph_file, tmp_path, monkeypatch):
    monkeypatch.setenv("BALIKG_CACHE", "off")
    monkeypatch.setattr(policy, "PERSIST_STORE_ABOVE", 0)
    assert rows(storecache.store_for(graph_file), "participants") == rows(load_store(graph_file), "participants")
    assert not (tmp_path / "cache").exists()


def test_answers_are_kept_per_file_version_query_and_format(graph_file, tmp_path, monkeypatch):
    from balikg.query.answers import answer_local

    monkeypatch.setattr(policy, "PERSIST_STORE_ABOVE", 0)
    monkeypatch.setenv("BALIKG_CACHE", str(tmp_path / "cache"))
    copy = tmp_path / "graph.ttl"
    copy.write_bytes(graph_file.read_bytes())
    participants, actor = load_query("participants"), load_query("actor")
    first = answer_local(participants, {}, copy, "oxigraph", "csv")
    assert "Thailand" in first and len(list(csv.reader(io.StringIO(first)))) == 1 + 61
    (store,) = (tmp_path / "cache" / "stores").iterdir()
    assert len(list((store / "answers").iterdir())) == 1

    def no_store(path):
        raise AssertionError("a kept answer must not open the store")

    with monkeypatch.context() as patch:
        patch.setattr(storecache, "store_for", no_store)
        assert answer_local(participants, {}, copy, "oxigraph", "csv") == first
    table = answer_local(participants, {}, copy, "oxigraph", "table")
    iom = answer_local(actor, {"actor": "IOM"}, copy, "oxigraph", "csv")
    thailand = answer_local(actor, {"actor": "Thailand"}, copy, "oxigraph", "csv")
    assert table.endswith("(61 rows)\n") and "IOM" in iom and "Thailand" in thailand and iom != thailand
    assert len(list((store / "answers").iterdir())) == 4

    # a new version of the file (as a build writes it: a new file renamed into place) is asked again
    text = copy.read_text(encoding="utf-8").replace('rdfs:label "Thailand"', 'rdfs:label "Kingdom of Thailand"')
    replacement = tmp_path / "new.ttl"
    replacement.write_text(text, encoding="utf-8")
    os.replace(replacement, copy)
    again = answer_local(participants, {}, copy, "oxigraph", "csv")
    assert "Kingdom of Thailand" in again and len(list(csv.reader(io.StringIO(again)))) == 1 + 61
    assert [p.name for p in (tmp_path / "cache" / "stores").iterdir()] != [store.name]


PAD_TO = 2_100_000  # bytes: over policy.PERSIST_STORE_ABOVE, so that processes use on-disk stores


def padded(source, target) -> None:
    """The graph with triples no stored query reads appended until the file is over the threshold."""
    text = source.read_text(encoding="utf-8")
    pad = "".join(
        f'<https://example.org/pad/{n}> <https://example.org/pad/v> "padding {n:08d}" .\n' for n in range(25_000)
    )
    target.write_text(text + pad, encoding="utf-8")
    assert target.stat().st_size > max(PAD_TO, policy.PERSIST_STORE_ABOVE)


def environment(cache) -> dict:
    """The test's environment for a subprocess: this checkout's code, the given cache."""
    from balikg.core.paths import PACKAGE

    path = os.pathsep.join(p for p in (str(PACKAGE.parent), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "BALIKG_CACHE": str(cache)}


def balikg_query(name: str, graph, cache) -> subprocess.Popen:
    argv = [sys.executable, "-m", "balikg", "query", name, "--graph", str(graph), "--format", "csv"]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment(cache))


def in_memory_csv(path, *names: str) -> dict[str, str]:
    """Each query's CSV answer on the file parsed into memory."""
    from balikg.query.results import to_csv

    store = load_store(path)
    return {name: to_csv(run_oxigraph(store, bound_text(load_query(name), {}), name)) for name in names}


def test_eight_first_queries_at_once_share_one_store(graph_file, tmp_path):
    big, cache = tmp_path / "big.ttl", tmp_path / "cache"
    padded(graph_file, big)
    names = ["participants", "coordinators", "obligations", "provenance"] * 2
    running = [(name, balikg_query(name, big, cache)) for name in names]
    done = [(name, *process.communicate(timeout=120), process.returncode) for name, process in running]
    assert [(name, err, code) for name, _, err, code in done] == [(name, "", 0) for name in names]
    expected = in_memory_csv(big, *set(names))
    for name in set(names):
        assert {out for n, out, _, _ in done if n == name} == {expected[name]}
    (store,) = (cache / "stores").iterdir()
    assert (store / "SOURCE").read_text(encoding="utf-8") == str(big.resolve())
    assert len(list((store / "answers").iterdir())) == 4
    assert sorted(p.name for p in (cache / "store-locks").iterdir()) == [".guard", store.name + ".lock"]


READER = """
import sys
from balikg.query.answers import bound_text
from balikg.query.engines import run_oxigraph
from balikg.query.results import to_csv
from balikg.query.stored import load_query
from balikg.runtime.stores import store_for

store = store_for(sys.argv[1])
print(type(store).__name__, flush=True)
sys.stdin.readline()
print(to_csv(run_oxigraph(store, bound_text(load_query("participants"), {}), "participants")), end="")
"""


def test_a_new_version_replaces_the_old_while_a_reader_has_the_old_store_open(graph_file, tmp_path, monkeypatch):
    big, cache = tmp_path / "big.ttl", tmp_path / "cache"
    padded(graph_file, big)
    old_answer = in_memory_csv(big, "participants")["participants"]
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(big)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment(cache),
    )
    try:
        assert reader.stdout.readline() == "HeldStore\n"
        (old,) = (cache / "stores").iterdir()
        text = big.read_text(encoding="utf-8").replace('rdfs:label "Thailand"', 'rdfs:label "Kingdom of Thailand"')
        (tmp_path / "new.ttl").write_text(text, encoding="utf-8")
        os.replace(tmp_path / "new.ttl", big)  # as a build writes graph.ttl
        new_answer = in_memory_csv(big, "participants")["participants"]
        assert "Kingdom of Thailand" in new_answer and "Kingdom of Thailand" not in old_answer
        query = balikg_query("participants", big, cache)
        assert query.communicate(timeout=120) == (new_answer, "") and query.returncode == 0
        assert old in (cache / "stores").iterdir()  # the reader still has it open
        out, _ = reader.communicate("go\n", timeout=120)
        assert (out, reader.returncode) == (old_answer, 0)
    finally:
        reader.kill()
        reader.wait()
    monkeypatch.setenv("BALIKG_CACHE", str(cache))
    store = storecache.store_for(big)  # opening the current store removes the old one, now unused
    assert [p.name for p in (cache / "stores").iterdir()] == [store.directory.name] != [old.name]
    assert sorted(p.name for p in (cache / "store-locks").iterdir()) == [".guard", store.directory.name + ".lock"]


def test_a_broken_store_and_what_dead_processes_left_are_replaced(graph_file, tmp_path, monkeypatch):
    monkeypatch.setattr(policy, "PERSIST_STORE_ABOVE", 0)
    monkeypatch.setenv("BALIKG_CACHE", str(tmp_path / "cache"))
    stores, locks = tmp_path / "cache" / "stores", tmp_path / "cache" / "store-locks"
    first = storecache.store_for(graph_file)
    target = first.directory
    del first
    tables = list(target.glob("*.sst"))
    assert tables
    for table in tables:
        table.write_bytes(table.read_bytes()[:100])
    (stores / ".building-dead").mkdir()
    (stores / ".removing-dead").mkdir()
    (locks / "0123456789abcdef01234567.lock").touch()
    again = storecache.store_for(graph_file)
    assert again.directory == target
    assert rows(again, "participants") == rows(load_store(graph_file), "participants")
    assert [p.name for p in stores.iterdir()] == [target.name]
    assert sorted(p.name for p in locks.iterdir()) == [".guard", target.name + ".lock"]
