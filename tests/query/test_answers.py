"""The listing of stored queries: one line each, and one error line when a folder holds none."""

import pytest

from balikg.core.errors import UserError
from balikg.query.answers import listing


def test_the_listing_names_each_query_with_its_title_and_parameters(tmp_path):
    (tmp_path / "who.rq").write_text("# title: Who\n# param: name = a name\nSELECT ?x WHERE { ?x ?p ?name }\n")
    (tmp_path / "all.rq").write_text("# title: Everything\nSELECT * WHERE { ?s ?p ?o }\n")
    assert listing(tmp_path) == "all  Everything\nwho  Who  (--param name=…)\n"


def test_a_folder_without_stored_queries_is_an_error(tmp_path):
    (tmp_path / "notes.txt").write_text("not a query\n")
    (tmp_path / "folder.rq").mkdir()
    with pytest.raises(UserError) as empty:
        listing(tmp_path)
    assert str(empty.value) == f"{tmp_path}: no stored queries (NAME.rq files) in this folder"
    with pytest.raises(UserError) as missing:
        listing(tmp_path / "missing")
    assert str(missing.value) == f"{tmp_path / 'missing'}: no folder of stored queries here"
