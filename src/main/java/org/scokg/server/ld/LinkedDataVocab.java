package org.scokg.server.ld;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of VoID, SPARQL Service Description, FOAF and XHTML links that the documents about the graph use. */
public final class LinkedDataVocab {
    private LinkedDataVocab() {}

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String XHV = "http://www.w3.org/1999/xhtml/vocab#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    private static Property p(String uri) { return ResourceFactory.createProperty(uri); }
    private static Resource r(String uri) { return ResourceFactory.createResource(uri); }

    public static final Resource Document = r(FOAF + "Document");
    public static final Property primaryTopic = p(FOAF + "primaryTopic");
    public static final Property homepage = p(FOAF + "homepage");
    public static final Property next = p(XHV + "next");
    public static final Property prev = p(XHV + "prev");

    public static final Property title = p(DCTERMS + "title");
    public static final Property description = p(DCTERMS + "description");
    public static final Property modified = p(DCTERMS + "modified");
    public static final Property source = p(DCTERMS + "source");

    public static final Resource Dataset = r(VOID + "Dataset");
    public static final Resource DatasetDescription = r(VOID + "DatasetDescription");
    public static final Resource Linkset = r(VOID + "Linkset");
    public static final Property inDataset = p(VOID + "inDataset");
    public static final Property sparqlEndpoint = p(VOID + "sparqlEndpoint");
    public static final Property uriSpace = p(VOID + "uriSpace");
    public static final Property uriLookupEndpoint = p(VOID + "uriLookupEndpoint");
    public static final Property rootResource = p(VOID + "rootResource");
    public static final Property exampleResource = p(VOID + "exampleResource");
    public static final Property vocabulary = p(VOID + "vocabulary");
    public static final Property feature = p(VOID + "feature");
    public static final Property triples = p(VOID + "triples");
    public static final Property entities = p(VOID + "entities");
    public static final Property classes = p(VOID + "classes");
    public static final Property properties = p(VOID + "properties");
    public static final Property distinctSubjects = p(VOID + "distinctSubjects");
    public static final Property distinctObjects = p(VOID + "distinctObjects");
    public static final Property documents = p(VOID + "documents");
    public static final Property classPartition = p(VOID + "classPartition");
    public static final Property propertyPartition = p(VOID + "propertyPartition");
    public static final Property voidClass = p(VOID + "class");
    public static final Property voidProperty = p(VOID + "property");
    public static final Property subset = p(VOID + "subset");
    public static final Property target = p(VOID + "target");
    public static final Property subjectsTarget = p(VOID + "subjectsTarget");
    public static final Property objectsTarget = p(VOID + "objectsTarget");
    public static final Property linkPredicate = p(VOID + "linkPredicate");
    public static final Property dataDump = p(VOID + "dataDump");

    public static final Resource Service = r(SD + "Service");
    public static final Resource SdDataset = r(SD + "Dataset");
    public static final Resource Graph = r(SD + "Graph");
    public static final Resource NamedGraph = r(SD + "NamedGraph");
    public static final Property endpoint = p(SD + "endpoint");
    public static final Property supportedLanguage = p(SD + "supportedLanguage");
    public static final Property resultFormat = p(SD + "resultFormat");
    public static final Property sdFeature = p(SD + "feature");
    public static final Property defaultDataset = p(SD + "defaultDataset");
    public static final Property defaultGraph = p(SD + "defaultGraph");
    public static final Property namedGraph = p(SD + "namedGraph");
    public static final Property name = p(SD + "name");
    public static final Property graph = p(SD + "graph");
    public static final Resource SPARQL11Query = r(SD + "SPARQL11Query");
    public static final Resource UnionDefaultGraph = r(SD + "UnionDefaultGraph");
    public static final Resource BasicFederatedQuery = r(SD + "BasicFederatedQuery");
}
