package org.scokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scokg.bench.score.CompetencyScore;
import org.scokg.bench.score.GoldScore;
import org.scokg.bench.score.ResultRows;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;

/**
 * Scores extraction as {@code shared/eval/score.py} does, inside the test JVM: each article of a gold
 * file goes into a fresh TDB2 database through the loader of {@code sco load}, the competency queries
 * run as {@code sco query} runs them, and their rows are matched against the article's gold rows.
 */
final class ExtractionScorer {
    /** The score of a gold set: per query and over all, and what could not be loaded. */
    record Result(Map<String, CompetencyScore> byQuery, CompetencyScore total, List<String> problems, String scores) {
        /** The report of {@code score.py}: a line per query, then the total. */
        String report() {
            StringBuilder b = new StringBuilder();
            problems.forEach(p -> b.append(p).append('\n'));
            return b.append(scores).toString();
        }
    }

    private ExtractionScorer() {}

    /** Scores the articles of {@code articles} named in {@code goldFile}, using {@code work} for the databases. */
    static Result score(Path goldFile, Path articles, Path work) throws IOException {
        JsonObject gold = JSON.read(goldFile.toString());
        GoldScore score = new GoldScore();
        List<String> problems = new ArrayList<>();
        ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), Iris.standard());
        int n = 0;
        for (String name : gold.keys().stream().filter(k -> !k.startsWith("_")).sorted().toList()) {
            score.add(gold.get(name).getAsObject(), rowsOf(pipeline, articles.resolve(name), work.resolve("db-" + n++), problems));
        }
        return new Result(score.byQuery(), score.total(), problems, score.report());
    }

    /** The rows of every competency query on a fresh database holding only {@code article}; none when it was refused. */
    private static Map<String, List<Map<String, String>>> rowsOf(ArticlePipeline pipeline, Path article, Path db, List<String> problems)
            throws IOException {
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        KnowledgeStore store = KnowledgeStore.open(db, Iris.standard());
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
            LoadReport report = LoadCommand.load(store, pipeline, ArticlePipeline.expand(List.of(article)), 50, false, quiet);
            if (!report.refused.isEmpty()) {
                problems.add(article.getFileName() + ": load failed: " + String.join("; ", report.refused));
            }
            for (String q : GoldScore.QUERIES) {
                String query = QueryCommand.queryText(q);
                store.read(dataset -> {
                    try (QueryExecution qe = QueryExecution.dataset(dataset).query(QueryCommand.namespaced(query, dataset.asDatasetGraph())).build()) {
                        rows.put(q, ResultRows.of(qe.execSelect()));
                    }
                });
            }
        } finally {
            store.close();
            TDBInternal.expel(dsg, true);
        }
        return rows;
    }
}
