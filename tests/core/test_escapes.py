"""The escapes that keep exports parseable, and the N-Triples and Turtle writers on arbitrary strings."""

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from balikg.core.escapes import escape_unsafe, xml_safe
from balikg.core.terms import from_oxigraph, from_rdflib, nt_line
from balikg.core.turtle import write_turtle
from balikg.core.vocab import PREFIXES

S, P = "http://example.org/s", "http://example.org/p"
NAMESPACES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
# Any code point, surrogates included; weighted towards the characters the writers must escape.
AWKWARD = st.sampled_from("\x00\x0b\x0c\x1c\x7f\x85\u2028\u2029\ud800\udfff\r\n\t\"\\'")
TEXTS = st.text(alphabet=st.one_of(st.characters(exclude_categories=()), AWKWARD), max_size=40)
FEW = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def test_escape_unsafe_writes_uchars_and_leaves_the_rest():
    assert escape_unsafe("a\x0cb\u2028c\x85d\ud800e\tf\ng\rh é") == "a\\u000Cb\\u2028c\\u0085d\\uD800e\tf\ng\rh é"
    assert escape_unsafe("\x00\x08\x0b\x0e\x1f\x7f\x9f\u2029") == "".join(
        f"\\u{c:04X}" for c in (0, 8, 0x0B, 0x0E, 0x1F, 0x7F, 0x9F, 0x2029)
    )


def test_xml_safe_replaces_one_for_one():
    assert (
        xml_safe("a\x0cb\x00c\ud800d\ufffee\tf\ng\rh\x85i\u2028") == "a\ufffdb\ufffdc\ufffdd\ufffde\tf\ng\rh\x85i\u2028"
    )


def _parsed(text: str, oxigraph_format, rdflib_format: str) -> tuple[set, set]:
    """The triples of a document as Oxigraph and rdflib parse it."""
    by_oxigraph = {from_oxigraph(t) for t in pyoxigraph.parse(text.encode("utf-8"), format=oxigraph_format)}
    by_rdflib = {from_rdflib(*t) for t in Graph().parse(data=text, format=rdflib_format)}
    return by_oxigraph, by_rdflib


def _has_surrogate(value: str) -> bool:
    """Whether the string holds a lone surrogate (no RDF string can)."""
    return any(0xD800 <= ord(c) <= 0xDFFF for c in value)


@FEW
@given(value=TEXTS, language=st.sampled_from(["", "@en"]))
def test_ntriples_line_is_one_line_that_parses_back(value, language):
    triple = (S, P, value, language)
    line = nt_line(triple)
    assert line.splitlines() == [line]
    line.encode("utf-8")  # never raises: surrogates are escaped
    if _has_surrogate(value):
        assert all(f"\\u{ord(c):04X}" in line for c in value if _has_surrogate(c))
        return
    assert _parsed(line + "\n", pyoxigraph.RdfFormat.N_TRIPLES, "nt") == ({triple}, {triple})


@FEW
@given(value=TEXTS, language=st.sampled_from(["", "@en"]))
def test_turtle_parses_back(value, language):
    triple = (S, P, value, language)
    text = write_turtle({triple}, NAMESPACES)
    text.encode("utf-8")  # never raises: surrogates are escaped
    if _has_surrogate(value):
        assert all(f"\\u{ord(c):04X}" in text for c in value if _has_surrogate(c))
        return
    assert not any(c in text for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    assert _parsed(text, pyoxigraph.RdfFormat.TURTLE, "turtle") == ({triple}, {triple})
