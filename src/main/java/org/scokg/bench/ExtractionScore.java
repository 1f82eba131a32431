package org.scokg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scokg.bench.score.GoldScore;
import org.scokg.bench.score.ResultRows;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.store.KnowledgeStore;
import org.scokg.vocab.SCO;

/**
 * Extraction scored on a loaded corpus: each competency query run once over the whole database, its rows
 * split by the article graph they come from ({@code ?source}), and matched against that article's gold.
 */
final class ExtractionScore {
    private static final String FILE_NAMES = "PREFIX sco: <" + SCO.NS + "> SELECT ?source ?file { GRAPH ?source { ?source a sco:Article ; sco:fileName ?file } }";

    private ExtractionScore() {}

    /** The score of the articles {@code gold} describes (by file name) in {@code store}. */
    static GoldScore of(KnowledgeStore store, JsonObject gold) {
        Map<String, Map<String, List<Map<String, String>>>> rowsByFile = new HashMap<>();
        Map<String, String> queries = CompetencyQueries.packaged();
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            OntologyNamespace namespace = OntologyNamespace.of(dsg);
            Map<String, String> fileOf = new HashMap<>();
            for (Map<String, String> row : select(store, namespace.deployedQuery(FILE_NAMES))) {
                fileOf.put(row.get("source"), Path.of(row.get("file")).getFileName().toString());
            }
            for (String q : GoldScore.QUERIES) {
                String text = queries.get(q);
                if (text == null) {
                    throw new IllegalStateException("the competency query " + q + " is missing from the build (queries/" + q + ".rq)");
                }
                for (Map<String, String> row : select(store, namespace.deployedQuery(text))) {
                    String file = fileOf.get(row.get("source"));
                    rowsByFile.computeIfAbsent(file, f -> new HashMap<>()).computeIfAbsent(q, x -> new ArrayList<>()).add(row);
                }
            }
        });
        GoldScore score = new GoldScore();
        gold.keys().stream().filter(k -> !k.startsWith("_")).sorted()
                .forEach(name -> score.add(gold.get(name).getAsObject(), rowsByFile.getOrDefault(name, Map.of())));
        return score;
    }

    private static List<Map<String, String>> select(KnowledgeStore store, String query) {
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
            return ResultRows.of(qe.execSelect());
        }
    }
}
