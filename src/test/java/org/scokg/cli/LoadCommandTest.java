package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;

/** {@code sco load}: what is written, what is refused, and that a refusal writes nothing. */
class LoadCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("tdb2");
    }

    @AfterEach
    void tearDown() {
        if (Files.isDirectory(db)) {
            Cli.release(db);
        }
    }

    /** A directory with a copy of the Bishkek seed and one file that is not an article. */
    private Path directoryWithOneInvalidFile() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Corpus.SEED_BISHKEK, articles.resolve("001_bishkek.txt"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Files.write(articles.resolve("002_broken.txt"), png);
        return articles;
    }

    @Test
    void loadsTheSeeds() {
        Cli.Result r = Cli.run("load", "--db", db.toString(), Corpus.SEEDS.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Cli.quads(db) > 0);
        assertTrue(r.out().contains("articles read: 2"), "the summary counts the articles: " + r);
        assertTrue(r.out().contains("refused: 0"), r.toString());
        assertTrue(r.out().contains("triples"), r.toString());
        assertTrue(r.out().contains("statuses="), "facts by kind: " + r);
        assertTrue(r.out().contains("seconds"), r.toString());
    }

    @Test
    void aSecondLoadLeavesTheCountUnchanged() {
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEEDS.toString()).exit());
        long first = Cli.quads(db);
        Cli.Result again = Cli.run("load", "--db", db.toString(), Corpus.SEEDS.toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals(first, Cli.quads(db));
    }

    @Test
    void loadingFileByFileOrAsADirectoryIsTheSame() {
        Path other = dir.resolve("other");
        List<Path> seeds = Corpus.seeds();
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEEDS.toString()).exit());
        assertEquals(0, Cli.run("load", "--db", other.toString(), "--batch", "1",
                seeds.get(1).toString(), seeds.get(0).toString()).exit());
        assertEquals(Cli.quads(db), Cli.quads(other));
        Cli.release(other);
    }

    @Test
    void aMissingPathIsReportedAndNothingIsWritten() {
        Path missing = dir.resolve("no-such-articles");
        Cli.Result r = Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString(), missing.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains(missing.toString()), "the path is named: " + r);
        assertFalse(Files.exists(db) && Cli.quads(db) > 0, "nothing was written");
    }

    @Test
    void anInvalidFileInTheDirectoryWritesNothing() throws Exception {
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        long before = Cli.quads(db);
        Path articles = directoryWithOneInvalidFile();

        Cli.Result r = Cli.run("load", "--db", db.toString(), articles.toString());
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("002_broken.txt"), "the refused file is named: " + r);
        assertTrue(r.err().contains("binary"), "the reason is given: " + r);
        assertTrue(r.err().contains("nothing was written"), r.toString());
        assertEquals(before, Cli.quads(db), "the valid file was not written either");
    }

    @Test
    void skipInvalidLoadsTheRest() throws Exception {
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        long before = Cli.quads(db);
        Path articles = directoryWithOneInvalidFile();

        Cli.Result r = Cli.run("load", "--db", db.toString(), "--skip-invalid", articles.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("002_broken.txt"), "the refused file is still named: " + r);
        assertTrue(r.out().contains("refused: 1"), r.toString());
        assertTrue(Cli.quads(db) > before, "the valid article was written");
    }

    @Test
    void theLoaderItselfReportsRefusals() throws Exception {
        Path articles = directoryWithOneInvalidFile();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard());
             PrintStream err = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), Iris.standard());
            List<ArticleFile> files = ArticlePipeline.expand(List.of(articles));
            LoadReport strict = LoadCommand.load(store, pipeline, files, 50, false, err);
            assertEquals(1, strict.read);
            assertEquals(1, strict.refused.size());
            assertTrue(strict.refused.get(0).contains("002_broken.txt"), strict.refused.toString());
            assertEquals(0, strict.written);
            assertFalse(store.hasArticles());

            LoadReport lenient = LoadCommand.load(store, pipeline, files, 50, true, err);
            assertEquals(1, lenient.written);
            assertTrue(store.hasArticles());
        }
    }

    @Test
    void aFreshDatabaseIsBuiltByTheBulkLoaderAndALaterLoadAddsToIt() {
        Cli.Result fresh = Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString());
        assertEquals(0, fresh.exit(), fresh.toString());
        assertTrue(fresh.out().contains("built anew by TDB2's bulk loader"), fresh.toString());
        Cli.Result more = Cli.run("load", "--db", db.toString(), Corpus.SEED_BISHKEK.toString());
        assertEquals(0, more.exit(), more.toString());
        assertTrue(more.out().contains("write transactions: 1"), "a database that holds articles is added to: " + more);
        Path other = dir.resolve("other");
        assertEquals(0, Cli.run("load", "--db", other.toString(), Corpus.SEEDS.toString()).exit());
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(Cli.copy(db), Cli.copy(other)));
        Cli.release(other);
    }

    @Test
    void aRebuildWithARefusedFileLeavesTheDatabaseAsItWas() throws Exception {
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        List<String> before = Cli.dump(db);
        Path articles = directoryWithOneInvalidFile();

        Cli.Result r = Cli.run("load", "--db", db.toString(), "--rebuild", articles.toString());
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("002_broken.txt") && r.err().contains("nothing was written"), r.toString());
        assertEquals(before, Cli.dump(db));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith("tdb2.")).toList(),
                    "no half-built database is left beside it");
        }

        Cli.Result rebuilt = Cli.run("load", "--db", db.toString(), "--rebuild", "--skip-invalid", articles.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.toString());
        assertTrue(rebuilt.out().contains("built anew"), rebuilt.toString());
        Path bishkekOnly = dir.resolve("bishkek-only");
        assertEquals(0, Cli.run("load", "--db", bishkekOnly.toString(), articles.resolve("001_bishkek.txt").toString()).exit());
        assertEquals(Cli.quads(bishkekOnly), Cli.quads(db), "a rebuild holds the files named, and only them");
        Cli.release(bishkekOnly);
    }

    @Test
    void aRebuildOfADatabaseAnotherProcessHoldsIsRefused() throws Exception {
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        List<String> before = Cli.dump(db);
        Cli.release(db);
        try (JavaProcess holder = new JavaProcess(DatabaseHolder.class, db.toString())) {
            holder.awaitLine(DatabaseHolder.READY::equals, 120);
            Cli.Result r = Cli.run("load", "--db", db.toString(), "--rebuild", Corpus.SEED_BISHKEK.toString());
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains("another process"), r.toString());
            assertEquals(0, holder.finish(60));
        }
        assertEquals(before, Cli.dump(db));
        assertFalse(Files.exists(dir.resolve("tdb2.building")), "no build was started");
    }
}
