"""Canonical Turtle, fast: the bytes of rdflib's `longturtle` writer for graphs without blank nodes.

rdflib's writer looks up a prefixed name for every node occurrence and, with `canon=True`, hashes,
re-serialises and re-parses the whole graph to name blank nodes (there are none here). This writer
follows the same layout rules (subjects by in-degree then IRI, rdf:type and rdfs:label first, other
predicates and objects sorted), asks rdflib's namespace manager once per distinct IRI, and writes
plain tuples. tests/core/test_turtle.py holds it to rdflib's output byte for byte, with one deliberate
difference: controls, U+2028/U+2029 and surrogates in a literal are \\uXXXX escapes (balikg.core.escapes),
where rdflib writes them raw.
"""

from collections.abc import Iterable, Mapping

from balikg.core.escapes import escape_unsafe
from balikg.core.terms import Triple, object_term
from balikg.core.vocab import RDF, RDFS, XSD

RDF_TYPE = RDF.type
RDFS_LABEL = RDFS.label
RDFS_CLASS = RDFS.Class
_PLAIN_TYPES = {XSD.integer, XSD.decimal, XSD.double, XSD.boolean}


class PrefixedNames:
    """Prefixed names as rdflib's longturtle writer finds them, one lookup per distinct IRI."""

    def __init__(self, namespaces: Mapping[str, str]):
        from rdflib import Graph

        self.graph = Graph()
        for prefix, namespace in namespaces.items():
            self.graph.bind(prefix, namespace)
        self.prefix_of = {str(ns): prefix for prefix, ns in self.graph.namespaces()}
        self.starts = tuple(self.prefix_of)
        self.used: dict[str, str] = {}
        self.generated = False
        self.found: dict[str, str | None] = {}  # IRI → name, looked up without generating a prefix
        self.found_generating: dict[str, str | None] = {}
        self.extensions: dict[str, list[str]] = {}

    def get(self, iri: str, generate: bool = False) -> str | None:
        """`prefix:local`, or None when the IRI must be written in full."""
        cache = self.found_generating if generate else self.found
        try:
            return cache[iri]
        except KeyError:
            pass
        name = self._lookup(iri, generate) if generate or iri.startswith(self.starts) else None
        cache[iri] = name
        return name

    def _lookup(self, iri: str, generate: bool) -> str | None:
        """rdflib's LongTurtleSerializer.get_pname without its namespace trie (quadratic in distinct paths)."""
        from rdflib.namespace import split_uri

        try:
            namespace, local = split_uri(iri)
        except ValueError:
            prefix = self.prefix_of.get(iri)
            return self._name(prefix, iri, "") if prefix is not None else None
        extensions = self.extensions.get(namespace)
        if extensions is None:  # bound namespaces that extend this one, found once per namespace
            extensions = [b for b in self.prefix_of if len(b) > len(namespace) and b.startswith(namespace)]
            self.extensions[namespace] = extensions
        longer = [b for b in extensions if iri.startswith(b)]
        if longer:
            namespace = max(longer, key=len)
            local = iri[len(namespace) :]
        prefix = self.prefix_of.get(namespace)
        if prefix is None:
            return self._generated(iri) if generate else None
        return self._name(prefix, namespace, local)

    def _name(self, prefix: str, namespace: str, local: str) -> str | None:
        """`prefix:local` with longturtle's escapes, or None when the local name cannot be written."""
        import re

        local = local.replace("(", r"\(").replace(")", r"\)")
        local = re.sub(r"%(?![0-9A-Fa-f]{2})", r"\\%", local)
        if local.endswith("."):
            return None
        self.used[prefix] = namespace
        return f"{prefix}:{local}"

    def _generated(self, iri: str) -> str | None:
        """A predicate outside every bound namespace: rdflib generates a prefix (ns1, ns2, …)."""
        from balikg.core.terms import iri_node

        prefix, namespace, local = self.graph.namespace_manager.compute_qname(iri_node(iri), generate=True)
        self.generated = True
        self.prefix_of[str(namespace)] = prefix
        self.extensions.clear()
        return self._name(prefix, str(namespace), local)


def _quote(text: str) -> str:
    """rdflib's Literal._quote_encode, with controls, line separators and surrogates as \\uXXXX escapes."""
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and (len(encoded) - 1 - len(encoded[:-1].rstrip("\\"))) % 2 == 0:
            encoded = encoded[:-1] + "\\" + '"'  # unescaped, even after an escaped backslash
        encoded = encoded.replace("\r", "\\r")
        return f'"""{escape_unsafe(encoded)}"""'
    encoded = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")
    return f'"{escape_unsafe(encoded)}"'


def _literal(value: str, kind: str, names: PrefixedNames) -> str:
    """A literal as longturtle writes it."""
    if kind == "":
        return _quote(value)
    if kind.startswith("@"):
        return _quote(value) + kind
    if kind in _PLAIN_TYPES:
        term = object_term(value, kind)
        return escape_unsafe(term._literal_n3(use_plain=True, qname_callback=lambda dt: names.get(str(dt))))
    return f"{_quote(value)}^^{names.get(kind) or f'<{kind}>'}"


def _sorted_objects(objects: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Objects in rdflib's term order (IRIs by text; literals by rdflib's own comparison)."""
    if len(objects) == 1:
        return objects
    if all(kind is None for _, kind in objects):
        return sorted(objects)
    terms = sorted((object_term(v, k), (v, k)) for v, k in objects)
    return [pair for _, pair in terms]


Grouped = dict[str, dict[str, list[tuple[str, str | None]]]]


def group(triples: Iterable[Triple]) -> Grouped:
    """Triples by subject, then by predicate (duplicates dropped)."""
    return _grouped_with_references(set(triples))[0]


def register(grouped: Grouped, names: PrefixedNames) -> None:
    """Look up every node once, as rdflib's writer does before writing: this decides the PREFIX lines.
    Predicates outside every bound namespace get generated prefixes (ns1, ns2, …) numbered in the order of
    the first subject that uses them, whatever order the triples came in."""
    pending: dict[str, tuple[str, str]] = {}
    seen = names.found
    get = names.get
    for s, properties in grouped.items():
        if s not in seen:
            get(s)
        for p, objects in properties.items():
            if p != RDF_TYPE and get(p) is None:
                pending[p] = min(pending.get(p, (s, p)), (s, p))
            for o, kind in objects:
                if kind is None:
                    if o not in seen:
                        get(o)
                elif kind and kind[0] != "@" and kind not in seen:
                    get(kind)
    for _, p in sorted(pending.values()):
        names.get(p, generate=True)


def _document(blocks: dict[str, str], used: Mapping[str, str], references: Mapping[str, int], top: set) -> str:
    """The header and the blocks in rdflib's order: rdfs:Class subjects, then by in-degree and IRI."""
    header = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in sorted(used.items()))
    rest = sorted((references.get(s, 0), s) for s in blocks if s not in top)
    return header + "".join(blocks[s] for s in sorted(top)) + "".join(blocks[s] for _, s in rest)


def write_turtle(triples: Iterable[Triple], namespaces: Mapping[str, str]) -> str:
    """Canonical Turtle for a set of tuple triples with IRIs only (no blank nodes)."""
    grouped, references, top = _grouped_with_references(triples if isinstance(triples, set) else set(triples))
    names = PrefixedNames(namespaces)
    register(grouped, names)
    blocks = {s: _statement(s, props, names) for s, props in grouped.items()}
    return _document(blocks, names.used, references, top)


def _grouped_with_references(triples: set) -> tuple[Grouped, dict[str, int], set[str]]:
    """In one pass: triples by subject and predicate, how often each IRI is an object, and the subjects
    typed rdfs:Class."""
    grouped: Grouped = {}
    references: dict[str, int] = {}
    top = set()
    for s, p, o, kind in triples:
        properties = grouped.get(s)
        if properties is None:
            properties = grouped[s] = {}
        objects = properties.get(p)
        if objects is None:
            properties[p] = [(o, kind)]
        else:
            objects.append((o, kind))
        if kind is None:
            references[o] = references.get(o, 0) + 1
            if p == RDF_TYPE and o == RDFS_CLASS:
                top.add(s)
    return grouped, references, top


def _statement(subject: str, properties: dict, names: PrefixedNames) -> str:
    """One subject block: the subject line, its predicate-object lists, and the closing dot."""
    order = sorted(properties)
    for first in (RDFS_LABEL, RDF_TYPE):  # rdf:type first, then rdfs:label, then the rest in order
        if first in properties:
            order.remove(first)
            order.insert(0, first)
    found = names.found
    parts = []
    for p in order:
        verb = "a" if p == RDF_TYPE else names.get(p, generate=True) or f"<{p}>"
        objects = properties[p]
        if len(objects) == 1:
            o, kind = objects[0]
            label = (found.get(o) or f"<{o}>") if kind is None else _literal(o, kind, names)
            parts.append(f"{verb} {label}")
            continue
        labels = [
            (found.get(o) or f"<{o}>") if kind is None else _literal(o, kind, names)
            for o, kind in _sorted_objects(objects)
        ]
        parts.append(verb + "".join(("\n        " if i == 0 else " ,\n        ") + x for i, x in enumerate(labels)))
    subject_label = found.get(subject) or f"<{subject}>"
    return "\n" + subject_label + "\n    " + " ;\n    ".join(parts) + " ;\n.\n"


def canonical_turtle(graph) -> str:
    """Canonical Turtle of an rdflib Graph: write_turtle without blank nodes, rdflib's longturtle with them."""
    from rdflib import BNode

    from balikg.core.terms import from_rdflib

    if any(isinstance(node, BNode) for triple in graph for node in triple):
        return escape_unsafe(graph.serialize(format="longturtle", canon=True))
    return write_turtle([from_rdflib(*t) for t in graph], {p: str(n) for p, n in graph.namespaces()})
