package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;

/** A plain Fuseki whose configured base is not the one the database was loaded with does not start. */
class BaseMismatchModuleTest {
    @TempDir
    Path dir;

    @Test
    void aPlainFusekiWithAnotherBaseFailsAtStartUp() throws Exception {
        Path database = dir.resolve("tdb2");
        Iris loaded = new Iris("https://sco.example.org/");
        try (KnowledgeStore store = KnowledgeStore.open(database, loaded)) {
            SeedServer.load(store, loaded);
        }
        String config = Files.readString(Path.of("fuseki-config/config.ttl"))
                .replace("tdb2:location \"run/tdb2\"", "tdb2:location \"" + database.toAbsolutePath() + "\"");
        Path file = Files.writeString(dir.resolve("config.ttl"), config);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> FusekiServer.create().port(SeedServer.freePort()).parseConfigFile(file.toString()).build());
        assertTrue(e.getMessage().contains("https://sco.example.org/") && e.getMessage().contains("http://localhost:3030/"),
                "both bases are named: " + e.getMessage());
        assertTrue(e.getMessage().contains("ld:base \"https://sco.example.org/\""), "and the fix: " + e.getMessage());
        org.apache.jena.tdb2.sys.TDBInternal.expel(
                org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(database.toString()), true);
    }
}
