"""Large graphs are queried from an on-disk Oxigraph store built on the first query, with the same rows."""

import os
import time

from balikg import storecache
from balikg.engines import run_oxigraph
from balikg.graphfile import load_store
from balikg.query import bound_text
from balikg.storedqueries import load_query


def rows(store, name: str) -> list:
    query = load_query(name)
    return sorted(run_oxigraph(store, bound_text(query, {}), name).rows, key=repr)


def test_the_on_disk_store_answers_like_the_in_memory_one(graph_file, tmp_path, monkeypatch):
    monkeypatch.setattr(storecache, "PERSIST_ABOVE", 0)
    monkeypatch.setenv("BALIKG_CACHE", str(tmp_path / "cache"))
    first = storecache.store_for(graph_file)
    assert len(list((tmp_path / "cache" / "stores").iterdir())) == 1
    for name in ("participants", "coordinators", "obligations"):
        assert rows(first, name) == rows(load_store(graph_file), name)
    del first
    again = storecache.store_for(graph_file)
    assert rows(again, "participants") == rows(load_store(graph_file), "participants")


def test_a_changed_file_gets_a_new_store_and_the_old_one_goes(graph_file, tmp_path, monkeypatch):
    monkeypatch.setattr(storecache, "PERSIST_ABOVE", 0)
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
    monkeypatch.setattr(storecache, "PERSIST_ABOVE", 0)
    assert rows(storecache.store_for(graph_file), "participants") == rows(load_store(graph_file), "participants")
    assert not (tmp_path / "cache").exists()
