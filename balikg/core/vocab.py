"""Every namespace and vocabulary term the project uses, defined once, as plain IRI strings.

Each namespace is a class whose `NS` is the namespace IRI and whose attributes are its terms (as
pySHACL's consts.py does): `BKG.Statement`, `RDF.type`. A misspelt term is an AttributeError, not a new
IRI. Plain strings keep this module free of rdflib; `balikg.core.terms.iri_node` makes an rdflib node.
The project's own IRIs (actors, documents, spans, …) are minted in balikg.core.iris, never here.
"""

BASE = "https://w3id.org/balikg/"


class BKG:
    """The balikg ontology (ontology/balikg.ttl)."""

    NS = BASE + "ontology#"
    ONTOLOGY = BASE + "ontology"
    Statement = NS + "Statement"
    Section = NS + "Section"
    LetteredItem = NS + "LetteredItem"
    Meeting = NS + "Meeting"
    Participation = NS + "Participation"
    Coordination = NS + "Coordination"
    Obligation = NS + "Obligation"
    Addressing = NS + "Addressing"
    Instrument = NS + "Instrument"
    State = NS + "State"
    Territory = NS + "Territory"
    InternationalOrganisation = NS + "InternationalOrganisation"
    Secretariat = NS + "Secretariat"
    ConsultativeProcess = NS + "ConsultativeProcess"
    ExpertsGroup = NS + "ExpertsGroup"
    Collective = NS + "Collective"
    acronym = NS + "acronym"
    condition = NS + "condition"
    introducedBy = NS + "introducedBy"
    iso3166Alpha3 = NS + "iso3166Alpha3"
    modality = NS + "modality"
    nonBindingStatedIn = NS + "nonBindingStatedIn"
    onBehalfOf = NS + "onBehalfOf"
    sourcePath = NS + "sourcePath"
    strength = NS + "strength"
    throughPost = NS + "throughPost"
    timeFrame = NS + "timeFrame"
    topic = NS + "topic"


class SCHEMES:
    """The namespaces of the ontology's concept schemes and of the project's instance IRIs."""

    ID = BASE + "id/"
    ROLE = BASE + "role/"
    MODALITY = BASE + "modality/"
    MODALITY_SCHEME = BASE + "modality"
    ACTOR_TYPE = BASE + "actor-type/"
    TOPIC = BASE + "topic/"
    GRAPH = BASE + "graph/"
    SHAPES = BASE + "shapes#"


class RDF:
    """RDF."""

    NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    type = NS + "type"


class RDFS:
    """RDF Schema."""

    NS = "http://www.w3.org/2000/01/rdf-schema#"
    Class = NS + "Class"
    label = NS + "label"
    subClassOf = NS + "subClassOf"
    subPropertyOf = NS + "subPropertyOf"


class OWL:
    """OWL."""

    NS = "http://www.w3.org/2002/07/owl#"
    Class = NS + "Class"
    ObjectProperty = NS + "ObjectProperty"
    DatatypeProperty = NS + "DatatypeProperty"
    versionIRI = NS + "versionIRI"
    versionInfo = NS + "versionInfo"


class XSD:
    """XML Schema datatypes."""

    NS = "http://www.w3.org/2001/XMLSchema#"
    string = NS + "string"
    boolean = NS + "boolean"
    decimal = NS + "decimal"
    double = NS + "double"
    integer = NS + "integer"
    nonNegativeInteger = NS + "nonNegativeInteger"
    date = NS + "date"
    dateTime = NS + "dateTime"
    gYearMonth = NS + "gYearMonth"
    gYear = NS + "gYear"


class DCTERMS:
    """Dublin Core terms."""

    NS = "http://purl.org/dc/terms/"
    creator = NS + "creator"
    description = NS + "description"
    isPartOf = NS + "isPartOf"
    issued = NS + "issued"
    license = NS + "license"
    source = NS + "source"
    subject = NS + "subject"
    title = NS + "title"
    type = NS + "type"


class ORG:
    """W3C Organization ontology."""

    NS = "http://www.w3.org/ns/org#"
    Post = NS + "Post"
    member = NS + "member"
    organization = NS + "organization"
    postIn = NS + "postIn"
    purpose = NS + "purpose"
    resultedFrom = NS + "resultedFrom"
    role = NS + "role"
    subOrganizationOf = NS + "subOrganizationOf"
    unitOf = NS + "unitOf"


class PROV:
    """W3C PROV-O."""

    NS = "http://www.w3.org/ns/prov#"
    Activity = NS + "Activity"
    Association = NS + "Association"
    Entity = NS + "Entity"
    Plan = NS + "Plan"
    SoftwareAgent = NS + "SoftwareAgent"
    agent = NS + "agent"
    endedAtTime = NS + "endedAtTime"
    hadPlan = NS + "hadPlan"
    hadRole = NS + "hadRole"
    qualifiedAssociation = NS + "qualifiedAssociation"
    startedAtTime = NS + "startedAtTime"
    used = NS + "used"
    wasAssociatedWith = NS + "wasAssociatedWith"
    wasGeneratedBy = NS + "wasGeneratedBy"


class SCHEMA:
    """schema.org."""

    NS = "https://schema.org/"
    Dataset = NS + "Dataset"
    Event = NS + "Event"
    Place = NS + "Place"
    PotentialActionStatus = NS + "PotentialActionStatus"
    Schedule = NS + "Schedule"
    SoftwareApplication = NS + "SoftwareApplication"
    about = NS + "about"
    actionStatus = NS + "actionStatus"
    agent = NS + "agent"
    containedInPlace = NS + "containedInPlace"
    endDate = NS + "endDate"
    eventSchedule = NS + "eventSchedule"
    genre = NS + "genre"
    location = NS + "location"
    organizer = NS + "organizer"
    roleName = NS + "roleName"
    sha256 = NS + "sha256"
    softwareVersion = NS + "softwareVersion"
    startDate = NS + "startDate"
    text = NS + "text"


class SKOS:
    """SKOS."""

    NS = "http://www.w3.org/2004/02/skos/core#"
    ConceptScheme = NS + "ConceptScheme"
    altLabel = NS + "altLabel"
    definition = NS + "definition"
    exactMatch = NS + "exactMatch"
    inScheme = NS + "inScheme"
    notation = NS + "notation"
    prefLabel = NS + "prefLabel"


class NIF:
    """NLP Interchange Format core (text spans)."""

    NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    Context = NS + "Context"
    Paragraph = NS + "Paragraph"
    Phrase = NS + "Phrase"
    Sentence = NS + "Sentence"
    String = NS + "String"
    Title = NS + "Title"
    anchorOf = NS + "anchorOf"
    beginIndex = NS + "beginIndex"
    endIndex = NS + "endIndex"
    isString = NS + "isString"
    referenceContext = NS + "referenceContext"
    sentence = NS + "sentence"


class VOID:
    """VoID (dataset descriptions)."""

    NS = "http://rdfs.org/ns/void#"
    Dataset = NS + "Dataset"
    classPartition = NS + "classPartition"
    entities = NS + "entities"
    sparqlEndpoint = NS + "sparqlEndpoint"
    triples = NS + "triples"
    uriSpace = NS + "uriSpace"
    vocabulary = NS + "vocabulary"
    class_ = NS + "class"


class DCAT:
    """W3C DCAT."""

    NS = "http://www.w3.org/ns/dcat#"
    Dataset = NS + "Dataset"
    Distribution = NS + "Distribution"
    distribution = NS + "distribution"
    mediaType = NS + "mediaType"


class SH:
    """SHACL."""

    NS = "http://www.w3.org/ns/shacl#"
    NodeShape = NS + "NodeShape"
    PropertyShape = NS + "PropertyShape"
    ValidationResult = NS + "ValidationResult"
    Violation = NS + "Violation"
    declare = NS + "declare"
    focusNode = NS + "focusNode"
    inversePath = NS + "inversePath"
    message = NS + "message"
    namespace = NS + "namespace"
    node = NS + "node"
    path = NS + "path"
    prefix = NS + "prefix"
    prefixes = NS + "prefixes"
    property = NS + "property"
    resultMessage = NS + "resultMessage"
    resultPath = NS + "resultPath"
    resultSeverity = NS + "resultSeverity"
    select = NS + "select"
    severity = NS + "severity"
    sourceShape = NS + "sourceShape"
    sparql = NS + "sparql"
    targetClass = NS + "targetClass"
    targetNode = NS + "targetNode"
    targetObjectsOf = NS + "targetObjectsOf"
    targetSubjectsOf = NS + "targetSubjectsOf"


class WD:
    """Wikidata entities."""

    NS = "http://www.wikidata.org/entity/"


class EXTERNAL:
    """IRIs of things outside every vocabulary above: licences and media types."""

    MIT = "https://spdx.org/licenses/MIT"
    CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/"
    TURTLE_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/text/turtle"


# The prefixes graph.ttl is written with (their order does not matter: the writer sorts them).
PREFIXES: dict[str, str] = {
    "bkg": BKG.NS,
    "id": SCHEMES.ID,
    "role": SCHEMES.ROLE,
    "modality": SCHEMES.MODALITY,
    "actortype": SCHEMES.ACTOR_TYPE,
    "topic": SCHEMES.TOPIC,
    "schema": SCHEMA.NS,
    "nif": NIF.NS,
    "wd": WD.NS,
    "dcterms": DCTERMS.NS,
    "org": ORG.NS,
    "owl": OWL.NS,
    "prov": PROV.NS,
    "rdf": RDF.NS,
    "rdfs": RDFS.NS,
    "skos": SKOS.NS,
    "xsd": XSD.NS,
}
# The short forms of IRIs in tables and class names for people.
ABBREVIATIONS: dict[str, str] = {
    SCHEMES.ID: "id:",
    WD.NS: "wd:",
    BKG.NS: "bkg:",
    SCHEMA.NS: "schema:",
    NIF.NS: "nif:",
    SKOS.NS: "skos:",
    OWL.NS: "owl:",
    PROV.NS: "prov:",
    ORG.NS: "org:",
}
