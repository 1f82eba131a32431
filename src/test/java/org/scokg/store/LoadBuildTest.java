package org.scokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;

/**
 * Loading on all cores and building a fresh database with TDB2's bulk loader: the same database as
 * one thread writing batch by batch, and the old database untouched by a build that does not finish.
 */
class LoadBuildTest {
    private static final ArticlePipeline PIPELINE = new ArticlePipeline(FactExtractor.standard(), Iris.standard());
    private static final String SOURCE_URL = "https://www.example.co.id/berita/ktt-sco";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private ArticleLoader loader(LoadOptions options) {
        return new ArticleLoader(PIPELINE, options, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /**
     * The test articles, and what makes a load more than adding graphs: the same text under a second
     * name (one graph, two sources) and two versions published at one URL (the later replaces the earlier).
     */
    private List<ArticleFile> corpus() throws IOException {
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.copy(Corpus.SEED_TIANJIN, extra.resolve("a_copy.txt"));
        String text = Files.readString(Corpus.SEED_BISHKEK, StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("b_first.txt"), header() + text.replace("empat usulan", "enam usulan"), StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("c_second.txt"), header() + text.replace("empat usulan", "lima usulan"), StandardCharsets.UTF_8);
        return ArticlePipeline.expand(List.of(Corpus.SEEDS, Corpus.TEST_ARTICLES, extra));
    }

    private static String header() {
        return "---\nurl: " + SOURCE_URL + "\n---\n";
    }

    /** A copy, in memory, of every quad of the database at {@code db}. */
    private static DatasetGraph copy(Path db) {
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
            store.release();
            return copy;
        }
    }

    /** Fails unless the databases at {@code expected} and {@code actual} hold the same quads, blank nodes (the ontology's) matched by isomorphism. */
    private static void assertSameDatabase(Path expected, Path actual) {
        DatasetGraph one = copy(expected);
        DatasetGraph other = copy(actual);
        assertEquals(one.stream().count(), other.stream().count(), "quads");
        assertTrue(IsoMatcher.isomorphic(one, other), expected + " and " + actual + " differ");
    }

    /** The files under {@code db} with their sizes: a database left alone keeps both. */
    private static Map<String, Long> files(Path db) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(db)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(db.relativize(p).toString(), Files.size(p));
            }
        }
        return files;
    }

    private static boolean leftover(Path db) {
        return Files.exists(DatabaseBuild.buildDirectory(db));
    }

    private LoadReport incremental(Path db, List<ArticleFile> files, LoadOptions options) {
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            LoadReport report = loader(options).load(store, files);
            store.release();
            return report;
        }
    }

    private LoadReport rebuild(Path db, List<ArticleFile> files, LoadOptions options) {
        KnowledgeStore store = KnowledgeStore.open(db, Iris.standard());
        try {
            return loader(options).rebuild(store, files);
        } finally {
            store.release();
        }
    }

    @Test
    void aBulkBuildHoldsWhatBatchByBatchWritingHolds() throws IOException {
        List<ArticleFile> files = corpus();
        Path batches = dir.resolve("batches");
        Path bulk = dir.resolve("bulk");
        LoadOptions options = LoadOptions.defaults().withBatchSize(3).withCompact(false);
        LoadReport written = incremental(batches, files, options);
        LoadReport built = rebuild(bulk, files, options);

        assertTrue(built.built, built.summary());
        assertTrue(written.transactions > 1, written.summary());
        assertEquals(1, built.replaced, "the second version from the URL replaces the first: " + built.summary());
        assertEquals(List.of(written.read, written.written, written.unchanged, written.replaced, written.triples, written.facts),
                List.of(built.read, built.written, built.unchanged, built.replaced, built.triples, built.facts),
                written.summary() + "\n" + built.summary());
        assertEquals(written.versions, built.versions);
        assertTrue(copy(batches).stream().count() > 10_000, "a corpus, not a sample");
        assertSameDatabase(batches, bulk);
        assertFalse(leftover(bulk), "the build directory is gone");
    }

    @Test
    void extractingOnManyThreadsGivesTheDatabaseAndReportOfOne() throws IOException {
        List<ArticleFile> files = corpus();
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        LoadReport single = incremental(one, files, LoadOptions.defaults().withThreads(1).withBatchSize(4).withCompact(false));
        LoadReport parallel = incremental(many, files, LoadOptions.defaults().withThreads(4).withBatchSize(4).withCompact(false));
        assertEquals(single.summary().replaceAll("seconds: .*", ""), parallel.summary().replaceAll("seconds: .*", ""));
        assertSameDatabase(one, many);
    }

    @Test
    void aRefusedFileLeavesTheOldDatabaseAsItWas() throws IOException {
        Path db = dir.resolve("db");
        rebuild(db, ArticlePipeline.expand(List.of(Corpus.SEED_TIANJIN)), LoadOptions.defaults());
        DatasetGraph before = copy(db);
        Map<String, Long> filesBefore = files(db);

        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Corpus.SEED_BISHKEK, articles.resolve("001_bishkek.txt"));
        Files.write(articles.resolve("002_broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        LoadReport report = rebuild(db, ArticlePipeline.expand(List.of(articles)), LoadOptions.defaults());

        assertEquals(1, report.refused.size(), report.summary());
        assertTrue(report.refused.get(0).contains("002_broken.txt"), report.refused.toString());
        assertFalse(report.built);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("nothing was written"), log.toString(StandardCharsets.UTF_8));
        assertEquals(filesBefore, files(db), "not a file of the old database changed");
        assertTrue(IsoMatcher.isomorphic(before, copy(db)));
        assertFalse(leftover(db), "the half-built database is removed");
    }

    @Test
    void aFailureMidBuildLeavesTheOldDatabaseInUse() throws Exception {
        Path db = dir.resolve("db");
        rebuild(db, ArticlePipeline.expand(List.of(Corpus.SEED_TIANJIN)), LoadOptions.defaults());
        DatasetGraph before = copy(db);
        PreparedArticle good = PIPELINE.prepare(Corpus.SEED_BISHKEK);
        PreparedArticle broken = new PreparedArticle(good.graph() + "-2", null, good.model(), ArticleSource.url(SOURCE_URL));

        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            DatabaseBuild build = DatabaseBuild.replacing(store);
            // the broken article's quads reach the loader before its missing extraction fails the build
            RuntimeException failure = assertThrows(RuntimeException.class,
                    () -> build.write(List.of(good, broken), new LoadReport()));
            build.abandon(failure);
            assertFalse(leftover(db), "the half-built database is removed");
            assertTrue(store.hasArticles(), "the old database is still the one open");
            store.release();
        }
        assertTrue(IsoMatcher.isomorphic(before, copy(db)));
    }

    @Test
    void aBuildAKilledProcessLeftIsClearedByTheNext() throws IOException {
        Path db = dir.resolve("db");
        Path stale = Files.createDirectories(DatabaseBuild.buildDirectory(db).resolve("Data-0001"));
        Files.writeString(stale.resolve("nodes.dat"), "half written");
        LoadReport report = rebuild(db, ArticlePipeline.expand(List.of(Corpus.SEED_TIANJIN)), LoadOptions.defaults());
        assertTrue(report.built, report.summary());
        assertFalse(leftover(db));
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            assertTrue(store.hasArticles());
            store.release();
        }
    }

    @Test
    void aRebuildHoldsOnlyTheFilesNamed() throws IOException {
        Path db = dir.resolve("db");
        rebuild(db, ArticlePipeline.expand(List.of(Corpus.SEEDS)), LoadOptions.defaults());
        Path only = dir.resolve("only");
        rebuild(only, ArticlePipeline.expand(List.of(Corpus.SEED_BISHKEK)), LoadOptions.defaults());
        rebuild(db, ArticlePipeline.expand(List.of(Corpus.SEED_BISHKEK)), LoadOptions.defaults());
        assertSameDatabase(only, db);
        try (Stream<Path> generations = Files.list(db)) {
            assertEquals(1, generations.filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                    "the old storage is deleted");
        }
    }
}
