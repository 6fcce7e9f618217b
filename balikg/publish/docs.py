"""`balikg docs`: a browsable HTML page of the ontology, with real examples from graph.ttl, and void.ttl."""

from html import escape
from pathlib import Path

from rdflib import Graph

from balikg.core import vocab
from balikg.core.atomic import make_directory, write_text
from balikg.core.escapes import escape_unsafe
from balikg.core.paths import ONTOLOGY
from balikg.core.terms import iri_node, rdflib_terms
from balikg.publish.dataset import describe

DCTERMS, OWL, RDF, RDFS, SKOS = (rdflib_terms(n) for n in (vocab.DCTERMS, vocab.OWL, vocab.RDF, vocab.RDFS, vocab.SKOS))
ONTOLOGY_IRI = iri_node(vocab.BKG.ONTOLOGY)
BKG = vocab.BKG.NS
STRENGTH = iri_node(vocab.BKG.strength)
STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}
code,.iri{font-family:ui-monospace,monospace;font-size:.9em;color:#555}
h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
section.term{border-left:4px solid #4a7;padding:.2rem 1rem;margin:1.2rem 0;background:#f8faf8}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
pre{background:#f4f4f4;padding:.6rem;overflow-x:auto;font-size:.85em}nav a{margin-right:1rem}
"""


def _text(graph: Graph, node, prop) -> str:
    """One literal value as text ('' when absent)."""
    value = graph.value(node, prop)
    return str(value) if value is not None else ""


def _short(graph: Graph, iri) -> str:
    """A prefixed name where the graph knows the prefix."""
    try:
        return graph.namespace_manager.normalizeUri(iri)
    except Exception:
        return str(iri)


def _example_triples(data: Graph, subject, limit: int = 8) -> str:
    """A few triples about one node of graph.ttl, as Turtle-like lines."""
    lines = []
    for p, o in sorted(data.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1])))[:limit]:
        value = o.n3(data.namespace_manager)
        if len(value) > 120:
            value = value[:117] + '…"'
        lines.append(f"    {_short(data, p)} {value} ;")
    return f"<{subject}>\n" + "\n".join(lines) + "\n    ."


def _class_section(ont: Graph, data: Graph, cls) -> str:
    """One class: label, IRI, definition, superclasses, and an instance from the data."""
    parents = ", ".join(f"<code>{escape(_short(ont, p))}</code>" for p in sorted(ont.objects(cls, RDFS.subClassOf)))
    instances = sorted(data.subjects(RDF.type, cls))
    example = "<p>No instance in graph.ttl yet.</p>"
    if instances:
        triples = escape(_example_triples(data, instances[0]))
        example = f"<p>{len(instances)} in graph.ttl; for example:</p><pre>{triples}</pre>"
    return f"{_term_head(ont, cls)}<p>Subclass of {parents}</p>{example}</section>"


def _term_head(ont: Graph, term) -> str:
    """The opening of a term's section: anchor, label, IRI and definition."""
    anchor = escape(str(term).rsplit("#", 1)[-1])
    return (
        f'<section class="term" id="{anchor}"><h3>{escape(_text(ont, term, RDFS.label))}</h3>'
        f'<p class="iri">{escape(str(term))}</p><p>{escape(_text(ont, term, SKOS.definition))}</p>'
    )


def _property_section(ont: Graph, data: Graph, prop) -> str:
    """One property: label, IRI, definition, superproperty, and a triple from the data."""
    parents = ", ".join(f"<code>{escape(_short(ont, p))}</code>" for p in sorted(ont.objects(prop, RDFS.subPropertyOf)))
    uses = sorted(data.subject_objects(prop))
    example = "<p>Not used in graph.ttl yet.</p>"
    if uses:
        s, o = uses[0]
        example = (
            f"<p>{len(uses)} uses in graph.ttl; for example:</p>"
            f"<pre>{escape(f'<{s}> {_short(data, prop)} {o.n3(data.namespace_manager)} .')}</pre>"
        )
    return f"{_term_head(ont, prop)}<p>Subproperty of {parents}</p>{example}</section>"


def _scheme_section(ont: Graph, data: Graph, scheme) -> str:
    """A concept scheme as a table of its concepts, with how often graph.ttl uses each."""
    concepts = sorted(ont.subjects(SKOS.inScheme, scheme), key=lambda c: (-int(ont.value(c, STRENGTH) or 0), str(c)))
    rows = []
    for concept in concepts:
        strength = _text(ont, concept, STRENGTH)
        used = len(set(data.subjects(None, concept)))
        rows.append(
            f"<tr><td><code>{escape(_text(ont, concept, SKOS.notation))}</code></td>"
            f"<td>{escape(_text(ont, concept, SKOS.prefLabel))}</td>"
            f"<td>{escape(_text(ont, concept, SKOS.definition))}</td>"
            f"<td>{escape(strength)}</td><td>{used}</td></tr>"
        )
    return (
        f'<section class="term" id="scheme-{escape(str(scheme).rsplit("/", 1)[-1])}">'
        f"<h3>{escape(_text(ont, scheme, RDFS.label))}</h3><p class='iri'>{escape(str(scheme))}</p>"
        f"<p>{escape(_text(ont, scheme, SKOS.definition))}</p><table><tr><th>notation</th><th>label</th>"
        f"<th>definition</th><th>strength</th><th>nodes using it</th></tr>{''.join(rows)}</table></section>"
    )


def render(ontology: Graph, data: Graph) -> str:
    """The whole HTML page."""
    classes = sorted(s for s in ontology.subjects(RDF.type, OWL.Class) if str(s).startswith(BKG))
    properties = sorted(
        s
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, kind)
        if str(s).startswith(BKG)
    )
    schemes = sorted(ontology.subjects(RDF.type, SKOS.ConceptScheme))
    title = _text(ontology, ONTOLOGY_IRI, DCTERMS.title)
    header = (
        f"<h1>{escape(title)}</h1><p class='iri'>{ONTOLOGY_IRI} — version "
        f"{escape(_text(ontology, ONTOLOGY_IRI, OWL.versionInfo))} "
        f"(<code>{escape(_text(ontology, ONTOLOGY_IRI, OWL.versionIRI))}</code>)</p>"
        f"<p>{escape(_text(ontology, ONTOLOGY_IRI, DCTERMS.description))}</p>"
        f"<p>Licence: <a href='{escape(_text(ontology, ONTOLOGY_IRI, DCTERMS.license))}'>"
        f"{escape(_text(ontology, ONTOLOGY_IRI, DCTERMS.license))}</a> · Creator: "
        f"{escape(_text(ontology, ONTOLOGY_IRI, DCTERMS.creator))} · Dataset description: "
        f"<a href='void.ttl'>void.ttl</a></p>"
        "<nav><a href='#classes'>Classes</a><a href='#properties'>Properties</a>"
        "<a href='#schemes'>Concept schemes</a></nav>"
    )
    body = (
        f"<h2 id='classes'>Classes ({len(classes)})</h2>"
        + "".join(_class_section(ontology, data, c) for c in classes)
        + f"<h2 id='properties'>Properties ({len(properties)})</h2>"
        + "".join(_property_section(ontology, data, p) for p in properties)
        + f"<h2 id='schemes'>Concept schemes ({len(schemes)})</h2>"
        + "".join(_scheme_section(ontology, data, s) for s in schemes)
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>{header}{body}</body></html>\n"
    )


def write_docs(directory: Path, data: Graph, endpoint: str | None = None) -> list[Path]:
    """Write index.html and void.ttl into `directory` (created if needed)."""
    directory = make_directory(directory, "docs writes index.html and void.ttl")
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    index, void = directory / "index.html", directory / "void.ttl"
    write_text(index, render(ontology, data))
    write_text(void, escape_unsafe(describe(data, endpoint).serialize(format="longturtle", canon=True)))
    return [index, void]
