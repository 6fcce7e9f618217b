"""Characters that break exports: written as \\uXXXX in the Turtle family and JSON, replaced in XML.

A statement can hold a form feed (a PDF page break), a vertical tab, U+0085, U+2028 or U+2029. They are
legal inside an RDF string, but line-based readers (`str.splitlines`, JavaScript) end a line at them, and
XML 1.0 allows no C0 control but tab, line feed and carriage return, not even as a character reference.
A lone surrogate cannot be encoded in UTF-8 at all.

- N-Triples, Turtle, TriG and JSON write every such character as a `\\uXXXX` escape, so their output is
  ASCII-clean of controls and parses back to the same string (a lone surrogate is escaped too, so that
  the file can be written; it is not a valid RDF string, and parsers refuse it).
- The XML formats (RDF/XML, GraphML, GEXF) replace each character XML cannot hold with U+FFFD, one for
  one, so that string lengths, and with them the span offsets into a statement's text, stay the same.
"""

import re

# C0 controls but tab, line feed and carriage return (each writer handles those three itself), DEL, the C1
# controls (U+0085 among them), the line and paragraph separators, and the surrogates.
UNSAFE_RANGES = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0x2028, 0x2029), (0xD800, 0xDFFF))
_UNSAFE_IN_TEXT = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in UNSAFE_RANGES) + "]")

# The same as a str.translate table, for writers that translate anyway (N-Triples).
UCHAR_ESCAPES = {c: f"\\u{c:04X}" for a, b in UNSAFE_RANGES for c in range(a, b + 1)}

# Outside XML 1.0's Char production: C0 controls but tab, line feed and carriage return; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

REPLACEMENT = "\ufffd"


def _uchar(match: re.Match) -> str:
    """One character as a \\uXXXX escape."""
    return f"\\u{ord(match.group()):04X}"


def escape_unsafe(text: str) -> str:
    """The text with every control, line separator and surrogate written as \\uXXXX (raw tab, line feed and
    carriage return are left to the caller). Valid inside N-Triples, Turtle, TriG and JSON strings, and,
    since such characters occur nowhere else in those formats, on a whole document of them."""
    return _UNSAFE_IN_TEXT.sub(_uchar, text)


def xml_safe(text: str) -> str:
    """The text with every character XML 1.0 cannot hold replaced by U+FFFD (one for one: lengths stay)."""
    return _NOT_XML.sub(REPLACEMENT, text)


def needs_xml_replacement(text: str) -> bool:
    """Whether the text holds a character XML 1.0 cannot hold."""
    return _NOT_XML.search(text) is not None
