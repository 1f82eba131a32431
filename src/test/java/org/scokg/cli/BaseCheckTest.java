package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;

/** A database keeps the base it was loaded with: loading or serving it under another is an error that says what to do. */
class BaseCheckTest {
    private static final String OTHER = "https://sco.example.org/";

    @TempDir
    Path dir;
    Path db;
    List<String> before;

    @BeforeEach
    void loadUnderTheDefaultBase() {
        db = dir.resolve("tdb2");
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        before = Cli.dump(db);
    }

    @AfterEach
    void release() {
        Cli.release(db);
    }

    private static void assertNamesBothBasesAndTheFix(Cli.Result r, String wanted) {
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("http://localhost:3030/") && r.err().contains(wanted), "both bases are named: " + r);
        assertTrue(r.err().contains("--base http://localhost:3030/") && r.err().contains("fresh database"), "and the fix: " + r);
    }

    @Test
    void loadingUnderAnotherBaseIsRefused() {
        Cli.Result r = Cli.run("load", "--db", db.toString(), "--base", OTHER, Corpus.SEED_BISHKEK.toString());
        assertNamesBothBasesAndTheFix(r, OTHER);
        assertEquals(before, Cli.dump(db), "nothing was written");
        assertEquals(0, Cli.run("load", "--db", db.toString(), "--base", "http://localhost:3030", Corpus.SEED_BISHKEK.toString()).exit(),
                "the same base, written without its slash, is the same base");
    }

    @Test
    void servingUnderAnotherBaseFailsAtStartUp() {
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Cli.run("serve", "--db", db.toString(), "--port", "0", "--base", OTHER));
        assertNamesBothBasesAndTheFix(r, OTHER);
    }

    @Test
    void servingOnAnotherPortWithoutABaseFailsAtStartUp() {
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Cli.run("serve", "--db", db.toString(), "--port", "3999"));
        assertNamesBothBasesAndTheFix(r, "http://localhost:3999/");
    }
}
