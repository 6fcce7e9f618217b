"""Terms and triples: conversions to and from rdflib, Oxigraph and SPARQL JSON agree, and N-Triples parse."""

import logging

import pyoxigraph
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import XSD as RDFLIB_XSD

from balikg.core import terms
from balikg.core.terms import Term, iri_node
from balikg.core.vocab import XSD

CASES = [
    ("http://example.org/s", "http://example.org/p", "http://example.org/o", None),
    ("http://example.org/s", "http://example.org/p", 'a "quoted"\nline\\', ""),
    ("http://example.org/s", "http://example.org/p", "Bonjour", "@fr"),
    ("http://example.org/s", "http://example.org/p", "2003-04-29", XSD.date),
    ("http://example.org/s", "http://example.org/p", "42", XSD.nonNegativeInteger),
]


@pytest.mark.parametrize("triple", CASES)
def test_round_trips(triple):
    assert terms.from_rdflib(*terms.to_rdflib(triple)) == triple
    parsed = list(pyoxigraph.parse(terms.nt_line(triple).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert [terms.from_oxigraph(t) for t in parsed] == [triple]
    assert terms.from_rdflib(*next(iter(Graph().parse(data=terms.nt_line(triple), format="nt")))) == triple


def test_an_ill_typed_literal_is_kept_without_rdflib_s_logged_traceback(caplog):
    caplog.set_level(logging.WARNING)
    value = terms.object_term("2003-13-45", XSD.date)
    assert (str(value), value.ill_typed) == ("2003-13-45", True)
    assert caplog.records == []


def test_builders_and_sorted_ntriples():
    made = [terms.link("x:s", "x:p", "x:o"), terms.text("x:s", "x:p", "t"), terms.typed("x:s", "x:p", 3, XSD.integer)]
    assert made == [("x:s", "x:p", "x:o", None), ("x:s", "x:p", "t", ""), ("x:s", "x:p", "3", XSD.integer)]
    text = terms.to_ntriples(reversed(CASES))
    assert text.splitlines() == sorted(text.splitlines()) and text.endswith(" .\n")


def test_result_terms_from_every_source_agree():
    store = pyoxigraph.Store()
    store.load(
        b'<http://e/s> <http://e/p> "x"@en , "y" , "2"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        format=pyoxigraph.RdfFormat.TURTLE,
    )
    from_oxigraph = sorted(terms.term_from_oxigraph(s["o"]) for s in store.query("SELECT ?o WHERE { ?s ?p ?o }"))
    from_rdflib = sorted(
        terms.term_from_rdflib(v)
        for v in (Literal("x", lang="en"), Literal("y"), Literal("2", datatype=RDFLIB_XSD.integer))
    )
    from_json = sorted(
        terms.term_from_json(b)
        for b in (
            {"type": "literal", "value": "x", "xml:lang": "en"},
            {"type": "literal", "value": "y", "datatype": XSD.string},
            {"type": "typed-literal", "value": "2", "datatype": XSD.integer},
        )
    )
    expected = sorted([Term("literal", "x", "", "en"), Term("literal", "y"), Term("literal", "2", XSD.integer)])
    assert from_oxigraph == from_rdflib == from_json == expected
    assert [terms.term_to_json(t) for t in expected] == [
        {"type": "literal", "value": "2", "datatype": XSD.integer},
        {"type": "literal", "value": "x", "xml:lang": "en"},
        {"type": "literal", "value": "y"},
    ]
    assert terms.rdflib_from_term(Term("uri", "http://e/s")) == iri_node("http://e/s")


def test_rdflib_terms_of_a_namespace():
    from balikg.core.vocab import SH

    sh = terms.rdflib_terms(SH)
    assert sh.focusNode == iri_node(SH.focusNode) and str(sh.NS) == SH.NS


@pytest.mark.parametrize(
    ("binding", "why"),
    [
        (5, "a binding is a number, not an object"),
        ("x", "a binding is a string, not an object"),
        ({"value": "x"}, "a binding's type is missing, not uri, literal or bnode"),
        ({"type": "triple", "value": "x"}, "a binding's type is 'triple', not uri, literal or bnode"),
        ({"type": "uri", "value": ["x"]}, "a binding's value is a list, not a string"),
        ({"type": "literal", "value": True}, "a binding's value is a boolean, not a string"),
        ({"type": "literal", "value": "x", "xml:lang": 1}, "a literal's xml:lang or datatype is not a string"),
    ],
)
def test_a_malformed_json_binding_says_what_is_wrong(binding, why):
    with pytest.raises(ValueError) as caught:
        terms.term_from_json(binding)
    assert str(caught.value) == why


def test_awkward_lines_load_into_a_real_oxigraph_server(awkward_graph):
    """What `balikg push` sends (nt_lines joined by line feeds) loads into an Oxigraph server unchanged, for a
    statement holding form feeds, U+2028, U+0085 and the like."""
    from balikg.core.rdffile import load_triples
    from balikg.publish.serve import start
    from balikg.runtime.http import send

    triples = set(load_triples(awkward_graph))
    strings = {t for t in triples if t[3] is not None and (t[3] == "" or t[3].startswith("@"))}
    assert any("\x0c" in t[2] and "\u2028" in t[2] for t in strings)
    server = start(None, port=0, writable=True)
    try:
        body = ("\n".join(terms.nt_lines(triples)) + "\n").encode("utf-8")
        send("PUT", server.store_url + "?default", body, {"Content-Type": "application/n-triples"}, 30)
        held = send("GET", server.store_url + "?default", None, {"Accept": "application/n-triples"}, 30)
    finally:
        server.stop()
    back = {terms.from_oxigraph(t) for t in pyoxigraph.parse(held, format=pyoxigraph.RdfFormat.N_TRIPLES)}
    assert len(back) == len(triples)
    assert {t for t in back if t[3] is not None and (t[3] == "" or t[3].startswith("@"))} == strings


def test_equal_answers_in_different_forms_are_one_term_for_every_server():
    from balikg.core.terms import answer_literal, term_from_json

    integer = Term("literal", "5", XSD.integer)
    assert term_from_json({"type": "literal", "value": "5", "datatype": XSD.integer}) == integer
    assert term_from_json({"type": "typed-literal", "value": "5", "datatype": XSD.NS + "int"}) == integer
    assert answer_literal("+05", XSD.NS + "long", None) == integer
    assert answer_literal("5", XSD.nonNegativeInteger, None) == Term("literal", "5", XSD.nonNegativeInteger)
    assert answer_literal("x", XSD.NS + "int", None) == Term("literal", "x", XSD.NS + "int")  # ill-typed: as given
    tagged = Term("literal", "Bali", "", "en-gb")
    assert term_from_json({"type": "literal", "value": "Bali", "xml:lang": "EN-GB"}) == tagged
    assert answer_literal("Bali", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "en-GB") == tagged
    assert term_from_json({"type": "literal", "value": "s", "datatype": XSD.string}) == Term("literal", "s")
