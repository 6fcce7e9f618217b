"""The ontology: small, documented, every term specialising a reused one; alignments kept apart."""

from pathlib import Path

import pytest
from rdflib import BNode, Graph
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from balikg.core import vocab
from balikg.core.paths import ONTOLOGY
from balikg.core.terms import iri_node

ALIGNMENTS = ONTOLOGY.parent / "alignments.ttl"
REUSED = (
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#",
    "https://schema.org/",
    "http://www.w3.org/2004/02/skos/core#",
    "http://purl.org/dc/terms/",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def local_terms(graph: Graph) -> set:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for k in kinds for s in graph.subjects(RDF.type, k) if str(s).startswith(vocab.BKG.NS)}


def test_header(ontology):
    header = iri_node(vocab.BKG.ONTOLOGY)
    assert (header, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionIRI, DCTERMS.license, DCTERMS.creator, DCTERMS.description):
        assert ontology.value(header, prop) is not None, prop


def test_every_local_term_is_documented_and_specialises_a_reused_term(ontology):
    terms = local_terms(ontology)
    assert 12 <= len(terms) <= 30
    used = {str(t) for t in ontology.subjects() if str(t).startswith(vocab.BKG.NS)} | {
        str(o) for o in ontology.objects() if str(o).startswith(vocab.BKG.NS)
    }
    assert used == {str(t) for t in terms}  # nothing in the namespace is left undeclared
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, SKOS.definition) is not None, term
        parents = set(ontology.objects(term, RDFS.subClassOf)) | set(ontology.objects(term, RDFS.subPropertyOf))
        assert parents and all(str(p).startswith(REUSED) for p in parents), term


def test_no_blank_nodes_no_punning_no_axioms_on_others_terms(ontology):
    assert not [t for t in ontology if any(isinstance(x, BNode) for x in t)]
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    individuals = {s for s, o in ontology.subject_objects(RDF.type) if o not in (OWL.Class, OWL.ObjectProperty)}
    assert not {c for c in classes if c in individuals and (c, RDF.type, SKOS.Concept) in ontology}
    for prop in (RDFS.domain, RDFS.range):
        assert all(str(s).startswith(vocab.BKG.NS) for s in ontology.subjects(prop, None))


def test_concept_schemes(ontology):
    schemes = {str(s).rsplit("/", 1)[-1] for s in ontology.subjects(RDF.type, SKOS.ConceptScheme)}
    assert schemes == {"role", "modality", "topic", "actor-type"}
    strength = iri_node(vocab.BKG.strength)
    modality = iri_node(vocab.SCHEMES.MODALITY_SCHEME)
    ranks = {
        str(ontology.value(c, SKOS.notation)): int(ontology.value(c, strength))
        for c in ontology.subjects(SKOS.inScheme, modality)
    }
    assert len(set(ranks.values())) == len(ranks)  # a strict order
    assert (
        ranks["agree"] > ranks["urge"] > ranks["call-on"] > ranks["recommend"] > ranks["encourage"] > ranks["support"]
    )
    from ingest.lexicon import MODAL_VERBS

    assert set(MODAL_VERBS) == set(ranks)


def test_alignments_are_mappings_only():
    alignments = Graph().parse(ALIGNMENTS, format="turtle")
    allowed = {SKOS.exactMatch, SKOS.closeMatch, RDFS.label, DCTERMS.description, DCTERMS.license}
    assert set(alignments.predicates()) <= allowed
    assert (None, OWL.sameAs, None) not in alignments
    targets = {str(o) for o in alignments.objects(None, SKOS.closeMatch)} | {
        str(o) for o in alignments.objects(None, SKOS.exactMatch)
    }
    for expected in (
        "http://www.wikidata.org/entity/Q3624078",
        "http://www.estrellaproject.org/lkif-core/norm.owl#Soft_Law",
        "http://www.estrellaproject.org/lkif-core/norm.owl#Non-binding_International_Agreement",
        "http://www.w3.org/ns/odrl/2/Duty",
        "http://docs.oasis-open.org/legalruleml/ns/v1.0/Obligation",
        "http://linkedevents.org/ontology/Event",
        "http://data.europa.eu/eli/ontology#LegalResource",
        "https://schema.followthemoney.tech/#Organization",
    ):
        assert expected in targets
    assert "http://www.estrellaproject.org/lkif-core/norm.owl#Obligation" not in targets
    assert "FollowTheMoney 4.11.2" in Path(ALIGNMENTS).read_text(encoding="utf-8")


def test_alignments_stay_out_of_the_graph(built):
    alignments = Graph().parse(ALIGNMENTS, format="turtle")
    assert not [t for t in alignments if t in built.graph]
