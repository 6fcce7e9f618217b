# shape: ParagraphShape
# expect: a paragraph's label is its number
PREFIX bkg: <https://w3id.org/balikg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX role: <https://w3id.org/balikg/role/>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX id: <https://w3id.org/balikg/id/>
DELETE { ?p skos:notation "1" } INSERT { ?p skos:notation "0" } WHERE { ?p a nif:Paragraph ; skos:notation "1" }
