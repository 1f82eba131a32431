package org.scokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
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
    /** The competency queries of the scoring contract, in the order the shared scorer prints them. */
    static final List<String> QUERIES = List.of("meetings", "statuses", "participation", "pledges", "proposals", "chairs", "people");

    /** The score of a gold set: per query and over all, and what could not be loaded. */
    record Result(Map<String, CompetencyScore> byQuery, CompetencyScore total, List<String> problems) {
        /** The report of {@code score.py}: a line per query, then the total. */
        String report() {
            StringBuilder b = new StringBuilder();
            problems.forEach(p -> b.append(p).append('\n'));
            byQuery.forEach((q, s) -> b.append(String.format(Locale.ROOT, "%-14s %s %s%n", q, s, s.counts())));
            return b.append(total).append('\n').toString();
        }
    }

    private ExtractionScorer() {}

    /** Scores the articles of {@code articles} named in {@code goldFile}, using {@code work} for the databases. */
    static Result score(Path goldFile, Path articles, Path work) throws IOException {
        JsonObject gold = JSON.read(goldFile.toString());
        Map<String, CompetencyScore> byQuery = new LinkedHashMap<>();
        QUERIES.forEach(q -> byQuery.put(q, new CompetencyScore()));
        CompetencyScore total = new CompetencyScore();
        List<String> problems = new ArrayList<>();
        ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), Iris.standard());
        int n = 0;
        for (String name : gold.keys().stream().filter(k -> !k.startsWith("_")).sorted().toList()) {
            JsonObject articleGold = gold.get(name).getAsObject();
            Map<String, List<Map<String, String>>> rows = rowsOf(pipeline, articles.resolve(name), work.resolve("db-" + n++), problems);
            for (String q : QUERIES) {
                JsonValue goldRows = articleGold.get(q);
                CompetencyScore score = new CompetencyScore()
                        .match(q, goldRows == null ? new JsonArray() : goldRows.getAsArray(), rows.getOrDefault(q, List.of()));
                byQuery.get(q).add(score);
                total.add(score);
            }
        }
        return new Result(byQuery, total, problems);
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
            for (String q : QUERIES) {
                String query = QueryCommand.queryText(q);
                store.read(dataset -> {
                    try (QueryExecution qe = QueryExecution.dataset(dataset).query(QueryCommand.namespaced(query, dataset.asDatasetGraph())).build()) {
                        rows.put(q, cells(qe.execSelect()));
                    }
                });
            }
        } finally {
            store.close();
            TDBInternal.expel(dsg, true);
        }
        return rows;
    }

    /** Each row as {@code sco query}'s CSV gives it to the shared scorer: variable to normalised cell, unbound ones empty. */
    private static List<Map<String, String>> cells(ResultSet results) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> vars = results.getResultVars();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new HashMap<>();
            for (String var : vars) {
                row.put(var, CompetencyMatch.norm(text(solution.get(var))));
            }
            rows.add(row);
        }
        return rows;
    }

    /** An RDF term as SPARQL CSV writes it: the IRI, the lexical form, a blank node label; nothing for unbound. */
    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : "_:" + node.asResource().getId().getLabelString();
    }
}
