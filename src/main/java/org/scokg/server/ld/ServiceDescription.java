package org.scokg.server.ld;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description of a query endpoint, which Fuseki does not give: what a GET of
 * the endpoint without a query returns. It states the language, the result formats, that the
 * default graph is the union of the named graphs, and lists those graphs with their sizes (as many as
 * the VoID description lists).
 */
public final class ServiceDescription {
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG"};

    private ServiceDescription() {}

    public static Model build(LinkedDataSite site, Addresses addresses, String endpointUrl, DatasetStatistics stats) {
        Model m = site.newModel(addresses);
        Resource dataset = m.createResource(endpointUrl + "#dataset");
        Resource service = m.createResource(endpointUrl + "#service")
                .addProperty(RDF.type, LinkedDataVocab.Service)
                .addProperty(LinkedDataVocab.endpoint, m.createResource(endpointUrl))
                .addProperty(LinkedDataVocab.supportedLanguage, LinkedDataVocab.SPARQL11Query)
                .addProperty(LinkedDataVocab.sdFeature, LinkedDataVocab.UnionDefaultGraph)
                .addProperty(LinkedDataVocab.defaultDataset, dataset)
                .addProperty(RDFS.label, Messages.get("sparql.endpoint", "en") + " — " + Messages.get("site", "en"), "en")
                .addProperty(RDFS.label, Messages.get("sparql.endpoint", "id") + " — " + Messages.get("site", "id"), "id");
        for (String format : RESULT_FORMATS) {
            service.addProperty(LinkedDataVocab.resultFormat, m.createResource(LinkedDataVocab.FORMATS + format));
        }
        dataset.addProperty(RDF.type, LinkedDataVocab.SdDataset)
                .addProperty(RDFS.seeAlso, m.createResource(addresses.voidDataset()))
                .addProperty(LinkedDataVocab.defaultGraph, m.createResource()
                        .addProperty(RDF.type, LinkedDataVocab.Graph)
                        .addLiteral(LinkedDataVocab.triples, stats.triples()));
        for (Map.Entry<String, Long> g : stats.graphs().entrySet().stream().limit(VoidDescription.GRAPH_LIMIT).toList()) {
            dataset.addProperty(LinkedDataVocab.namedGraph, m.createResource()
                    .addProperty(RDF.type, LinkedDataVocab.NamedGraph)
                    .addProperty(LinkedDataVocab.name, m.createResource(g.getKey()))
                    .addProperty(LinkedDataVocab.graph, m.createResource()
                            .addProperty(RDF.type, LinkedDataVocab.Graph)
                            .addLiteral(LinkedDataVocab.triples, g.getValue().longValue())));
        }
        return m;
    }
}
