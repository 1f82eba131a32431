package org.scokg.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scokg.rdf.Vocab;

/** The counts the dataset description and the service description publish, taken in one go. */
public record DatasetStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
        Map<String, long[]> classes, Map<String, Long> properties, Map<String, Long> graphs, long articles,
        long wikidataLinks) {

    /** For a class: {@code [instances, triples about them]}. */
    public static DatasetStatistics compute(DatasetGraph dataset) {
        String union = Sparql.UNION;
        long triples = Sparql.count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH " + union + " { ?s ?p ?o } }");
        long subjects = Sparql.count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH " + union + " { ?s ?p ?o } }");
        long objects = Sparql.count(dataset, "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH " + union + " { ?s ?p ?o } }");
        long entities = Sparql.count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH " + union
                + " { ?s ?p ?o } FILTER(isIRI(?s) && CONTAINS(STR(?s), \"/id/\")) }");
        Map<String, long[]> classes = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH " + union
                + " { ?s a ?c } } GROUP BY ?c ORDER BY DESC(?n) ?c")) {
            classes.put(row.getResource("c").getURI(), new long[] {row.getLiteral("n").getLong(), 0});
        }
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?c (COUNT(*) AS ?n) { GRAPH " + union
                + " { ?s a ?c . ?s ?p ?o } } GROUP BY ?c")) {
            long[] counts = classes.get(row.getResource("c").getURI());
            if (counts != null) {
                counts[1] = row.getLiteral("n").getLong();
            }
        }
        Map<String, Long> properties = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?p (COUNT(*) AS ?n) { GRAPH " + union
                + " { ?s ?p ?o } } GROUP BY ?p ORDER BY DESC(?n) ?p")) {
            properties.put(row.getResource("p").getURI(), row.getLiteral("n").getLong());
        }
        Map<String, Long> graphs = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")) {
            graphs.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
        }
        long articles = Sparql.count(dataset, "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a sco:Article } }");
        long wikidata = Sparql.count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH " + union + " { ?s owl:sameAs ?o "
                + "FILTER(STRSTARTS(STR(?o), \"" + Vocab.WD + "\")) } }");
        return new DatasetStatistics(triples, entities, subjects, objects, classes, properties, graphs, articles, wikidata);
    }
}
