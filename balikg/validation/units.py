"""Validation units: the graph cut into one unit per statement plus one for what statements share.

Every subject is validated in exactly one unit, its home: the statement whose IRI it sits under, else
the one statement all its source spans come from; anything else (actors, places, meetings several
statements name, the ontology) is "shared". A unit's data graph holds its focus nodes' complete
descriptions (taken from the whole graph), the rdf:type of every node they point to, the triples that
point at them through a path the shapes walk backwards (sh:inversePath), and the ontology. The shared
unit also holds the complete descriptions of the nodes it points to, since the shapes look into the
source spans of shared nodes. So a unit sees every triple the shapes read about its focus nodes, and a
statement's unit changes only when that statement, or the types of what it names, changes.
tests/validation/test_units.py holds the verdicts to those of pySHACL over the whole graph.
"""

import hashlib
import marshal
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from balikg.core.iris import document_of
from balikg.core.terms import Triple, object_term, sort_key
from balikg.core.vocab import DCTERMS, RDF

SOURCE = DCTERMS.source
RDF_TYPE = RDF.type
SHARED = "shared"


@dataclass(frozen=True)
class Unit:
    """A unit's name, the subjects validated in it, and its data graph (sorted)."""

    name: str
    focus: frozenset[str]
    triples: tuple[Triple, ...]

    def key(self, salt: str) -> str:
        """A digest of the unit's content and the shapes and code it is checked with (marshal format 2:
        the same bytes for equal content, whatever objects are shared)."""
        content = marshal.dumps((salt, tuple(sorted(self.focus)), self.triples), 2)
        return hashlib.sha256(content).hexdigest()


class TripleIndex:
    """The whole graph indexed by subject, with a few read helpers in rdflib terms."""

    def __init__(self, triples: Iterable[Triple] = ()):
        self.by_subject: dict[str, list[Triple]] = defaultdict(list)
        self._by_object: dict[tuple[str, str], list[str]] | None = None  # (predicate, IRI object) → subjects
        for triple in triples:
            self.by_subject[triple[0]].append(triple)

    @classmethod
    def from_sorted_parts(cls, parts: Iterable[list[Triple]]) -> "TripleIndex":
        """The index of the union of several lists, each sorted by subject (a statement's triples)."""
        from itertools import groupby
        from operator import itemgetter

        index = cls()
        by_subject = index.by_subject
        merged = set()
        for triples in parts:
            for subject, group in groupby(triples, key=itemgetter(0)):
                if subject in by_subject:
                    by_subject[subject].extend(group)
                    merged.add(subject)
                else:
                    by_subject[subject] = list(group)
        for subject in merged:
            by_subject[subject] = sorted(set(by_subject[subject]), key=sort_key)
        return index

    def objects(self, subject, predicate) -> list:
        """Objects of (subject, predicate), as rdflib terms."""
        s, p = str(subject), str(predicate)
        found = [object_term(o, k) for _, q, o, k in self.by_subject.get(s, ()) if q == p]
        return sorted(found)

    def value(self, subject, predicate):
        """One object of (subject, predicate), or None."""
        if subject is None:
            return None
        found = self.objects(subject, predicate)
        return found[0] if found else None

    def subjects(self, predicate, obj) -> list:
        """Subjects of (?, predicate, obj), as rdflib terms (for findings: the index by predicate and object
        is made on the first call)."""
        from balikg.core.terms import iri_node

        if self._by_object is None:
            self._by_object = defaultdict(list)
            for s, ts in self.by_subject.items():
                for _, q, v, k in ts:
                    if k is None:
                        self._by_object[(q, v)].append(s)
        return sorted(iri_node(s) for s in self._by_object.get((str(predicate), str(obj)), ()))


def homes(index: TripleIndex, ontology_subjects: set[str]) -> dict[str, str]:
    """Each subject's unit: its statement, the one statement of all its sources, or "shared"."""
    out = {}
    for subject, triples in index.by_subject.items():
        doc = None if subject in ontology_subjects else document_of(subject)
        if doc is None and subject not in ontology_subjects:
            sources = {document_of(o) for _, p, o, k in triples if p == SOURCE and k is None}
            if len(sources) == 1:
                doc = sources.pop()
        out[subject] = doc or SHARED
    return out


def make_units(index: TripleIndex, vocabulary: set[str], support: list[Triple], inverse: set[str]) -> list[Unit]:
    """The units of a graph, statements in name order, the shared unit last.

    `vocabulary` are the ontology's subjects (validated in the shared unit); `support` (their types and
    subclass axioms) goes into every unit so that sh:class sees subclasses."""
    home = homes(index, vocabulary)
    members: dict[str, set[str]] = defaultdict(set)
    for subject, name in home.items():
        members[name].add(subject)
    incoming: dict[str, list[Triple]] = defaultdict(list)
    if inverse:
        for triples in index.by_subject.values():
            for t in triples:
                if t[1] in inverse and t[3] is None:
                    incoming[t[2]].append(t)
    by_subject = index.by_subject
    types: dict[str, list[Triple]] = {}  # a node's rdf:type triples, found once for all units

    def types_of(node: str) -> list[Triple]:
        found = types.get(node)
        if found is None:
            found = types[node] = [t for t in by_subject.get(node, ()) if t[1] == RDF_TYPE]
        return found

    units = []
    for name in sorted(members, key=lambda n: (n == SHARED, n)):
        focus = members[name]
        whole = set(focus)  # subjects whose every triple is in the unit
        some: dict[str, set[Triple]] = defaultdict(set)  # other subjects: the triples the unit needs
        pointed: set[str] = set()
        for subject in focus:
            pointed.update([t[2] for t in by_subject[subject] if t[3] is None])
            for t in incoming.get(subject, ()):
                some[t[0]].add(t)
                pointed.add(t[0])
        if name == SHARED:
            for node in pointed - focus:
                whole.add(node)
                pointed.update([t[2] for t in by_subject.get(node, ()) if t[3] is None])
        for node in pointed - whole:
            some[node].update(types_of(node))
        for t in support:
            some[t[0]].add(t)
        # subject by subject in name order: a whole subject's triples as indexed, the others sorted
        ordered: list[Triple] = []
        for subject in sorted(whole.union(some)):
            if subject in whole:
                ordered += by_subject.get(subject, ())
            else:
                ordered += sorted(some[subject], key=sort_key)
        units.append(Unit(name, frozenset(focus), tuple(ordered)))
    return units
