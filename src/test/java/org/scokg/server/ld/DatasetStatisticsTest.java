package org.scokg.server.ld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.scokg.server.SeedServer;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/** The counts of the VoID and the home page: read from the indexes, the same as SPARQL counts them. */
class DatasetStatisticsTest {
    @Test
    void theStatisticsFromTheIndexesAreThoseSparqlCounts() {
        SeedServer seed = SeedServer.get();
        DatasetGraph tdb = seed.dataset().asDatasetGraph();
        DatasetStatistics fromIndexes = DatasetStatistics.compute(tdb);
        String union = Sparql.UNION;
        assertEquals(count(tdb, "SELECT (COUNT(*) AS ?n) { GRAPH " + union + " { ?s ?p ?o } }"), fromIndexes.triples());
        assertEquals(count(tdb, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH " + union + " { ?s ?p ?o } }"), fromIndexes.distinctSubjects());
        assertEquals(count(tdb, "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH " + union + " { ?s ?p ?o } }"), fromIndexes.distinctObjects());
        assertEquals(count(tdb, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH " + union
                + " { ?s ?p ?o } FILTER(isIRI(?s) && CONTAINS(STR(?s), \"/id/\")) }"), fromIndexes.entities());
        assertEquals(count(tdb, "SELECT (COUNT(*) AS ?n) { GRAPH " + union + " { ?s <" + OWL.sameAs.getURI() + "> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"" + Vocab.WD + "\")) } }"), fromIndexes.wikidataLinks());
        assertEquals(groups(tdb, "SELECT ?k (COUNT(*) AS ?n) { GRAPH " + union + " { ?s ?k ?o } } GROUP BY ?k"), fromIndexes.properties());
        assertEquals(groups(tdb, "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?k { ?s ?p ?o } } GROUP BY ?k"), fromIndexes.graphs());
        Map<String, Long> instances = groups(tdb, "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { GRAPH " + union + " { ?s a ?k } } GROUP BY ?k");
        Map<String, Long> about = groups(tdb, "SELECT ?k (COUNT(*) AS ?n) { GRAPH " + union + " { ?s a ?k . ?s ?p ?o } } GROUP BY ?k");
        assertEquals(instances.keySet(), fromIndexes.classes().keySet());
        instances.forEach((c, n) -> assertArrayEquals(new long[] {n, about.get(c)}, fromIndexes.classes().get(c), c));
        assertTrue(fromIndexes.classes().get(seed.term(SCO.State))[0] > 1);

        // Another kind of dataset, sorted in memory rather than read from indexes, counts the same.
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(copy::add));
        DatasetStatistics inMemory = DatasetStatistics.compute(copy);
        assertEquals(fromIndexes.triples(), inMemory.triples());
        assertEquals(fromIndexes.distinctObjects(), inMemory.distinctObjects());
        assertEquals(fromIndexes.entities(), inMemory.entities());
        assertEquals(fromIndexes.properties(), inMemory.properties());
        assertEquals(fromIndexes.graphs(), inMemory.graphs());
    }

    private static long count(DatasetGraph dataset, String query) {
        return Sparql.count(dataset, query);
    }

    private static Map<String, Long> groups(DatasetGraph dataset, String query) {
        Map<String, Long> groups = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dataset, query)) {
            if (row.get("k").isURIResource()) {
                groups.put(row.getResource("k").getURI(), row.getLiteral("n").getLong());
            }
        }
        return groups;
    }
}
