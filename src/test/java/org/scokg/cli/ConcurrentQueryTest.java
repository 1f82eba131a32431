package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;

/** Queries in a loop while a load runs never see a half-written article: each article graph seen is whole. */
class ConcurrentQueryTest {
    private static final int ARTICLES = 24;

    @TempDir
    Path dir;

    @Test
    void queriesDuringALoadSeeWholeArticlesOnly() throws Exception {
        Path articles = GeneratedArticles.write(dir.resolve("articles"), ARTICLES);
        KnowledgeStore store = KnowledgeStore.open(dir.resolve("tdb2"), Iris.standard());
        try {
            ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), Iris.standard());
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            CompletableFuture<LoadReport> load = CompletableFuture.supplyAsync(() -> LoadCommand.load(store, pipeline,
                    ArticlePipeline.expand(List.of(articles)), 1, false, quiet));
            List<Map<String, Long>> seen = new ArrayList<>();
            while (!load.isDone()) {
                seen.add(GeneratedArticles.articleGraphSizes(store));
            }
            LoadReport report = load.get(10, TimeUnit.MINUTES);
            assertEquals(ARTICLES, report.written, report.summary());
            Map<String, Long> whole = GeneratedArticles.articleGraphSizes(store);
            assertEquals(ARTICLES, whole.size());
            assertTrue(seen.size() > 1, "the queries ran during the load: " + seen.size());
            for (Map<String, Long> snapshot : seen) {
                snapshot.forEach((graph, size) -> assertEquals(whole.get(graph), size, graph + " was seen half-written"));
            }
        } finally {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            store.close();
            TDBInternal.expel(dsg, true);
        }
    }
}
