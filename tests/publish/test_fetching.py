"""SERVICE and LOAD found by parsing, not by spelling: in a comment, a string or an IRI they are no clause."""

import pytest

from balikg.publish.fetching import CHECK_LIMIT, Uncheckable, expand_escapes, fetching_clause

FETCHING_QUERIES = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * { service silent ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://127.0.0.1:9/> } }",
    "ASK { FILTER EXISTS { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
    "SELECT * { { SELECT ?s { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }",
    r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { # a comment that a carriage return ends\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
]

HARMLESS_QUERIES = [
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }",
    'SELECT ("SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }" AS ?text) WHERE {}',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX service: <http://example.org/> SELECT ?service WHERE { ?service service:service ?o }",
    "SELECT * WHERE { ?s ?p '''a long\nSERVICE <http://127.0.0.1:9/> { }''' }",
]


@pytest.mark.parametrize("query", FETCHING_QUERIES)
def test_a_service_clause_is_found(query):
    assert fetching_clause(query) == "SERVICE"


@pytest.mark.parametrize("query", HARMLESS_QUERIES)
def test_the_word_elsewhere_is_no_clause(query):
    assert fetching_clause(query) is None


def test_updates_that_load_or_call_a_service():
    assert fetching_clause("LOAD <http://127.0.0.1:9/data.ttl>", update=True) == "LOAD"
    assert fetching_clause("load silent <http://127.0.0.1:9/> INTO GRAPH <http://g/>", update=True) == "LOAD"
    insert = "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    assert fetching_clause(insert, update=True) == "SERVICE"
    harmless = 'INSERT DATA { <http://example.org/a> <http://example.org/b> "download the payload" }'
    assert fetching_clause(harmless, update=True) is None


def test_a_query_that_cannot_be_read_is_uncheckable_only_when_it_names_service():
    assert fetching_clause("SELECT * WHERE { ?s ?p ?o") is None  # no SERVICE in it: Oxigraph says what is wrong
    with pytest.raises(Uncheckable, match="rdflib cannot parse it"):
        fetching_clause("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }")
    with pytest.raises(Uncheckable, match="escapes"):  # rdflib reads 8 digits after \u, SPARQL 4
        fetching_clause(r"SELECT * WHERE { ?s ?p '\u00000041' } # service")
    assert fetching_clause(r"SELECT * WHERE { ?s ?p '\u00000053ERVICE' }") is None  # SPARQL: U+0000, then 0053


def test_a_long_text_naming_service_is_not_parsed():
    padding = "# " + "x" * CHECK_LIMIT + "\n"
    assert fetching_clause(padding + "SELECT * WHERE { ?s ?p ?o }") is None
    with pytest.raises(Uncheckable, match=f"longer than {CHECK_LIMIT} characters"):
        fetching_clause(padding + "SELECT * WHERE { ?s ?p ?o } # service")


def test_escapes_are_expanded_once_as_sparql_says():
    assert expand_escapes(r"\u0053ERVICE \U0001F600 \u005Cu0041") == "SERVICE \U0001f600 \\u0041"
