package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real loader process, at several points of a load of many articles (a fresh database
 * built by the bulk loader, then batches added to a database): the database then holds whole articles only (each article graph present is the one a complete load writes), and a
 * reload converges on the database a load without interruption writes.
 */
class LoaderKillTest {
    private static final int ARTICLES = 30;
    private static final long WAIT_SECONDS = 300;

    @TempDir
    Path dir;

    @Test
    void killedLoadsLeaveWholeArticlesAndAReloadConverges() throws Exception {
        Path articles = GeneratedArticles.write(dir.resolve("articles"), ARTICLES);
        Path reference = dir.resolve("reference");
        assertEquals(0, Cli.run("load", "--db", reference.toString(), articles.toString()).exit());
        Map<String, Long> whole = GeneratedArticles.articleGraphSizes(reference);
        assertEquals(ARTICLES, whole.size());
        DatasetGraph expected = Cli.copy(reference);
        Cli.release(reference);

        Path db = dir.resolve("tdb2");
        // while the fresh database is built by the bulk loader; while the next load adds batches to the
        // empty database the killed build left; as the last batches are written
        List<Predicate<String>> killPoints = List.of(
                line -> line.startsWith("loading: "),
                line -> line.startsWith("loading: "),
                line -> line.startsWith("loading: " + (ARTICLES - 1) + "/") || line.startsWith("loading: " + ARTICLES + "/"));
        for (Predicate<String> killPoint : killPoints) {
            try (JavaProcess loader = new JavaProcess(Main.class, "load", "--db", db.toString(), "--batch", "1", articles.toString())) {
                loader.awaitLine(killPoint, WAIT_SECONDS);
                loader.kill();
            }
            Map<String, Long> present = GeneratedArticles.articleGraphSizes(db);
            present.forEach((graph, size) -> assertEquals(whole.get(graph), size, graph + " is whole after kill -9"));
            Cli.release(db);
        }

        Cli.Result reload = Cli.run("load", "--db", db.toString(), articles.toString());
        assertEquals(0, reload.exit(), reload.toString());
        DatasetGraph reloaded = Cli.copy(db);
        assertEquals(expected.stream().count(), reloaded.stream().count(), "as many quads as an uninterrupted load");
        assertTrue(IsoMatcher.isomorphic(expected, reloaded), "the reload converges on an uninterrupted load");
        assertTrue(reload.out().contains("replaced 0"), reload.toString());
        assertFalse(Files.exists(dir.resolve("tdb2.building")), "the build the first kill interrupted is cleared");
        Cli.release(db);
    }
}
