# shape: MeetingShape
# expect: at most one start date, an xsd:date
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
DELETE { ?e schema:startDate ?d } INSERT { ?e schema:startDate "2005-02-30"^^xsd:date } WHERE { ?e a bkg:Meeting ; schema:startDate ?d }
