# shape: MeetingShape
# expect: no start date was found
# severity: Warning
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
DELETE { <https://w3id.org/balikg/id/event/test-meeting-2005> schema:startDate ?p } WHERE { <https://w3id.org/balikg/id/event/test-meeting-2005> schema:startDate ?p }
