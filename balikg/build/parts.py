"""Records → each statement's triples (its part of the graph), cached by the record and the slice of the
cross-statement context it uses; the ontology's part; and the canonical Turtle of their union."""

import hashlib
import json
import marshal
from dataclasses import dataclass

from balikg.core.paths import ONTOLOGY
from balikg.core.terms import to_ntriples
from balikg.core.turtle import write_turtle
from balikg.core.vocab import PREFIXES
from balikg.runtime.cachedir import Cache
from balikg.runtime.version import code_version


@dataclass
class StatementPart:
    """One statement's triples, sorted, and the same as N-Triples."""

    triples: list
    ntriples: str

    def dumps(self) -> bytes:
        """The part as a cache entry."""
        return marshal.dumps((self.triples, self.ntriples))

    @classmethod
    def loads(cls, data: bytes) -> "StatementPart":
        """A part from a cache entry."""
        return cls(*marshal.loads(data))


def make_part(triples: list) -> StatementPart:
    """The part for a list of triples."""
    return StatementPart(triples, to_ntriples(triples))


def statement_parts(records: list, cache: Cache, gazetteer) -> dict[str, StatementPart]:
    """Each statement's part, from the cache when its record and its slice of the context are unchanged."""
    from ingest.rdf import document_triples, event_context

    context = event_context(records)
    out = {}
    for record in records:
        ingredients = json.dumps([record.sha256, record.source, code_version(), context.slice_for(record)])
        key = hashlib.sha256(ingredients.encode("utf-8")).hexdigest()
        part = cache.load("triples", key, StatementPart.loads)
        if part is None:
            part = make_part(document_triples(record, context, gazetteer.get()))
            cache.put("triples", key, part.dumps())
        out[record.stem] = part
    return out


def without_nodes(part: StatementPart, nodes: frozenset[str]) -> StatementPart:
    """A part without the triples about the given nodes or pointing to them."""
    return make_part([t for t in part.triples if t[0] not in nodes and t[2] not in nodes])


def ontology_part(cache: Cache) -> StatementPart:
    """The ontology's part (parsed with Oxigraph's parser once per code version, then cached)."""
    import pyoxigraph

    from balikg.core.terms import from_oxigraph

    key = code_version()
    cached = cache.load("ontology", key, StatementPart.loads)
    if cached is not None:
        return cached
    triples = sorted(
        {from_oxigraph(t) for t in pyoxigraph.parse(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)}
    )
    part = make_part(triples)
    cache.put("ontology", key, part.dumps())
    return part


def turtle_of(union: set) -> str:
    """The canonical Turtle of the graph."""
    return write_turtle(union, PREFIXES)
