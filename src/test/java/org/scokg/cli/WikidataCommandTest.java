package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sco wikidata diff|export} on the seed articles, as a user types them. */
class WikidataCommandTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void loadTheSeeds() {
        db = dir.resolve("db").toString();
        Cli.Result load = Cli.run("load", "--db", db, "data/articles");
        assertEquals(Main.OK, load.exit(), load.toString());
    }

    @Test
    void exportPrintsCheckedQuickStatementsAndListsWhatItHoldsBack() {
        Cli.Result r = Cli.run("wikidata", "export", "--db", db, "--format", "quickstatements");
        assertEquals(Main.OK, r.exit(), r.toString());
        assertTrue(r.out().lines().allMatch(l -> l.matches("Q\\d+\tP(463|10624)\tQ485207\t.* /\\* sco-kg: .* \\*/")), r.toString());
        assertFalse(r.out().contains("localhost") || r.err().contains("localhost"), r.toString());
        assertTrue(r.err().contains("not exported: Laos (Q819) DialoguePartner"), r.toString());
        assertTrue(r.err().endsWith(r.out().lines().count() + " statements exported\n"), r.toString());
    }

    @Test
    void diffPrintsTheReportPerEntity() {
        Cli.Result r = Cli.run("wikidata", "diff", "--db", db);
        assertEquals(Main.OK, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Wikidata snapshot data/wikidata/snapshot.ttl of 2026-11-30: 0 statements on "), r.toString());
        assertTrue(r.out().contains("\n== Laos (Q819)\n  LACKS "), r.toString());
    }

    @Test
    void aWrongFormatOrConfidenceIsAUsageErrorAndAMissingSnapshotAFailure() {
        Cli.Result format = Cli.run("wikidata", "export", "--db", db, "--format", "xml");
        assertEquals(Main.USAGE, format.exit(), format.toString());
        assertTrue(format.err().contains("(see: sco wikidata export --help)"), format.toString());
        assertEquals(Main.USAGE, Cli.run("wikidata", "export", "--db", db, "--min-confidence", "2").exit());
        Cli.Result missing = Cli.run("wikidata", "diff", "--db", db, "--snapshot", dir.resolve("none.ttl").toString());
        assertEquals(Main.FAILED, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("sco wikidata refresh"), missing.toString());
    }
}
