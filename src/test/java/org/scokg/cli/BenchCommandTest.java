package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sco bench} on a tiny corpus: every figure is measured and written, with the machine; no timing is judged. */
class BenchCommandTest {
    /** The figures of README's table (the server's: those of one number of clients and one query, of many). */
    private static final List<String> FIGURES = List.of("corpus.articles", "corpus.megabytes",
            "extraction.articles_per_s_per_core", "extraction.mb_per_s_per_core",
            "load.fresh.seconds", "load.fresh.articles_per_s", "load.fresh.quads_per_s", "db.project.bytes_per_quad",
            "extraction.f1", "extraction.precision", "extraction.recall",
            "tdbloader.seconds", "tdbloader.quads_per_s", "load.fresh.speed_vs_tdbloader", "db.tdbloader.bytes_per_quad",
            "db.size_vs_tdbloader", "compact.project.seconds", "db.project.bytes_per_quad.compacted",
            "db.tdbloader.bytes_per_quad.compacted", "db.size_vs_tdbloader.compacted",
            "load.incremental.seconds", "load.incremental.articles_per_s", "load.incremental.quads_per_s",
            "server.start", "server.ready", "fuseki.start", "server.c1.deref-ttl.p99", "server.c1.deref-html.p99",
            "server.c1.query.meetings.p50", "fuseki.c1.query.meetings.p50", "ratio.c1.query.meetings.p50");

    @TempDir
    Path work;

    @Test
    void aTinyRunWritesEveryFigure() {
        Path json = work.resolve("figures.json");
        Cli.Result r = Cli.run("bench", "--articles", "10", "--seed", "3", "--work", work.resolve("run").toString(),
                "--json", json.toString(), "--clients", "1", "--server-seconds", "1");
        assertEquals(Main.OK, r.exit(), r.toString());
        JsonObject written = JSON.read(json.toString());
        Set<String> names = new TreeSet<>();
        for (JsonValue figure : written.get("figures").getAsArray()) {
            names.add(figure.getAsObject().get("name").getAsString().value());
            assertTrue(figure.getAsObject().get("value").isNumber(), figure.toString());
        }
        for (String name : FIGURES) {
            assertTrue(names.contains(name), name + " is not among the figures written: " + names);
            assertTrue(r.out().contains(name), name + " is not printed:\n" + r);
        }
        JsonObject settings = written.get("settings").getAsObject();
        assertEquals("10", settings.get("articles").getAsString().value());
        assertTrue(settings.hasKey("cores") && settings.hasKey("java"), settings.toString());
        assertTrue(r.err().contains("bench: fresh load"), "progress goes to stderr:\n" + r);
        assertTrue(Files.isDirectory(work.resolve("run/db-project")), "a given --work directory is kept");
    }

    @Test
    void aWorkDirectoryInUseIsRefused() throws Exception {
        Files.writeString(work.resolve("something"), "x");
        Cli.Result r = Cli.run("bench", "--articles", "5", "--work", work.toString(), "--no-server");
        assertEquals(Main.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("not empty"), r.toString());
    }
}
