package org.scokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;
import org.scokg.store.PreparedArticle;

/** A short run of the server benchmark on the seed articles: every figure, measured, and no request failed. */
class ServerBenchmarkIT {
    @TempDir
    static Path directory;
    static Path database;

    @BeforeAll
    static void load() throws Exception {
        database = directory.resolve("tdb2");
        Iris iris = Iris.standard();
        ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), iris);
        List<PreparedArticle> prepared = new ArrayList<>();
        for (var file : ArticlePipeline.expand(List.of(Path.of("data/articles")))) {
            prepared.add(pipeline.prepare(file));
        }
        try (KnowledgeStore store = KnowledgeStore.open(database, iris)) {
            store.write(prepared, new LoadReport());
        }
    }

    @Test
    void everyFigureIsMeasuredWithoutErrors() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Figures figures = new Figures(new PrintStream(printed, true, StandardCharsets.UTF_8));
        ServerBenchmark.measure(database, List.of(2, 3), Duration.ofMillis(200), figures, new PrintStream(new ByteArrayOutputStream()));

        Set<String> names = figures.all().stream().map(Figures.Figure::name).collect(Collectors.toSet());
        List<String> expected = new ArrayList<>(List.of("server.start", "server.ready", "fuseki.start"));
        for (int n : List.of(2, 3)) {
            for (String kind : List.of("deref-ttl", "deref-html")) {
                expected.add("server.c" + n + "." + kind);
            }
            for (String query : CompetencyQueries.packaged().keySet()) {
                expected.add("server.c" + n + ".query." + query);
                expected.add("fuseki.c" + n + ".query." + query);
                assertTrue(figures.value("ratio.c" + n + ".query." + query + ".p50") > 0, query);
                assertTrue(figures.value("ratio.c" + n + ".query." + query + ".p99") > 0, query);
            }
        }
        for (String name : expected) {
            if (name.contains(".c")) {
                assertTrue(figures.value(name + ".requests") > 0, name + " made requests");
                assertEquals(0, figures.value(name + ".errors"), name + " had no error: " + printed);
                assertTrue(figures.value(name + ".throughput") > 0, name);
                assertTrue(figures.value(name + ".p50") > 0 && figures.value(name + ".p50") <= figures.value(name + ".p99"), name);
            } else {
                assertTrue(names.contains(name) && figures.value(name) > 0, name);
            }
        }
        assertTrue(CompetencyQueries.packaged().keySet().containsAll(List.of("article-facts", "members-as-of", "state-claims")),
                "the competency queries of queries/");
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("server.c3.deref-html.p99"), "printed as measured");
    }

    /** A parameter bound in the query text gives what sco query --param gives (ARQ's substitution). */
    @Test
    void boundQueryTextAnswersAsSubstitution() {
        try (KnowledgeStore store = KnowledgeStore.open(database, Iris.standard())) {
            var dataset = store.dataset();
            OntologyNamespace namespace = OntologyNamespace.of(dataset.asDatasetGraph());
            Node article = Txn.calculateRead(dataset, () -> ResourceSample.of(dataset.asDatasetGraph(), Iris.standard().base(), 1))
                    .anArticle().orElseThrow();
            String text = CompetencyQueries.packaged().get("article-facts");
            String bound = CompetencyQueries.bind(text, namespace, Map.of("article", article));
            assertFalse(bound.contains("?article"), bound);
            ResultSetRewindable substituted = select(dataset, namespace.deployedQuery(text), article);
            ResultSetRewindable written = select(dataset, bound, null);
            assertTrue(substituted.size() > 0, "the article has facts");
            assertTrue(ResultSetCompare.equalsByTerm(substituted, written));
            assertTrue(select(dataset, namespace.deployedQuery(text), null).size() >= substituted.size());
        }
    }

    private static ResultSetRewindable select(org.apache.jena.query.Dataset dataset, String query, Node article) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            if (article != null) {
                builder.substitution("article", ResourceFactory.createResource(article.getURI()));
            }
            try (QueryExecution qe = builder.build()) {
                return ResultSetFactory.makeRewindable(qe.execSelect());
            }
        });
    }
}
