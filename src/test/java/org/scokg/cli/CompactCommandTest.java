package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;

/** {@code sco compact}, and the compaction {@code sco load} runs by itself. */
class CompactCommandTest {
    @TempDir
    Path dir;

    /** The bytes of the files under {@code db} that hold data: TDB2's files are sparse, so their lengths do not tell. */
    private static long bytes(Path db) throws IOException {
        Process du = new ProcessBuilder("du", "-s", "--block-size=1", db.toString()).start();
        return Long.parseLong(new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\s")[0]);
    }

    /** Loads the Tianjin seed into {@code db}, then the test and held-out articles one write transaction each. */
    private Cli.Result growByManyTransactions(Path db, String... loadOptions) {
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        List<String> args = new java.util.ArrayList<>(List.of("load", "--db", db.toString(), "--batch", "1"));
        args.addAll(List.of(loadOptions));
        args.add(Corpus.TEST_ARTICLES.toString());
        args.add("src/test/resources/heldout");
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("write transactions: 16"), "one transaction per article written: " + r);
        return r;
    }

    @Test
    void compactingShrinksTheDatabaseAndKeepsItsQuads() throws IOException {
        Path db = dir.resolve("tdb2");
        assertFalse(growByManyTransactions(db, "--no-compact").out().contains("compacted"));
        var before = Cli.copy(db);
        long bytesBefore = bytes(db);

        Cli.Result r = Cli.run("compact", "--db", db.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("compacted: "), r.toString());
        long bytesAfter = bytes(db);
        assertTrue(bytesAfter < bytesBefore, bytesBefore + " -> " + bytesAfter);
        assertTrue(IsoMatcher.isomorphic(before, Cli.copy(db)), "the same quads");
        Cli.release(db);
    }

    @Test
    void aLoadThatGrowsTheDatabaseByHalfIsCompacted() throws IOException {
        Path db = dir.resolve("tdb2");
        Cli.Result grown = growByManyTransactions(db);
        assertTrue(grown.out().contains("compacted: "), "the load grew the database many times over: " + grown);
        Cli.Result again = Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString());
        assertFalse(again.out().contains("compacted"), "one transaction that changed nothing: no compaction: " + again);
        Cli.release(db);
        Path other = dir.resolve("uncompacted");
        growByManyTransactions(other, "--no-compact");
        assertTrue(bytes(db) < bytes(other), "compacted " + bytes(db) + " against " + bytes(other));
        assertTrue(IsoMatcher.isomorphic(Cli.copy(other), Cli.copy(db)));
        Cli.release(other);
        Cli.release(db);
    }

    @Test
    void aDatabaseAnotherProcessHoldsIsRefusedClearly() throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        Cli.release(db);
        long before = bytes(db);
        try (JavaProcess holder = new JavaProcess(DatabaseHolder.class, db.toString())) {
            holder.awaitLine(DatabaseHolder.READY::equals, 120);
            Cli.Result r = Cli.run("compact", "--db", db.toString());
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains(db.toString()) && r.err().contains("another process"), "names the directory and why: " + r);
            assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r);
            assertEquals(0, holder.finish(60));
        }
        assertEquals(before, bytes(db));
    }

    @Test
    void aMissingDatabaseIsNamed() {
        Path db = dir.resolve("none");
        Cli.Result r = Cli.run("compact", "--db", db.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(db.toString()), r.toString());
        assertFalse(Files.exists(db), "no database is made to compact");
    }
}
