"""Large graphs are queried from an on-disk Oxigraph store built on the first query, with the same rows."""

import csv
import io
import os
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
