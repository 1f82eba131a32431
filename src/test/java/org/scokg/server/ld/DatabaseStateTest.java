package org.scokg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scokg.server.SeedServer;

/** The database state is found without reading the data, follows every write, and survives a restart. */
class DatabaseStateTest {
    private Path directory;

    @BeforeEach
    void create() throws Exception {
        directory = Files.createTempDirectory("sco-state-test");
    }

    @AfterEach
    void delete() {
        SeedServer.delete(directory);
    }

    private Dataset open() {
        return TDB2Factory.connectDataset(directory.toString());
    }

    private static void write(Dataset dataset, String name) {
        String graph = "http://example.org/graph/" + name;
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(graph).add(ResourceFactory.createResource(graph), RDFS.label, name));
    }

    @Test
    void theSameDatabaseHasTheSameStateAfterARestart() {
        Dataset dataset = open();
        write(dataset, "a");
        String before = new DatabaseState(dataset.asDatasetGraph(), Clock.systemUTC()).current().fingerprint();
        TDBInternal.expel(dataset.asDatasetGraph());
        Dataset reopened = open();
        assertEquals(before, new DatabaseState(reopened.asDatasetGraph(), Clock.systemUTC()).current().fingerprint());
        TDBInternal.expel(reopened.asDatasetGraph());
    }

    @Test
    void aWriteIsANewStateAndOnlyAWriteMakesTheServerLookAgain() {
        Dataset dataset = open();
        write(dataset, "a");
        DatabaseState state = new DatabaseState(dataset.asDatasetGraph(), Clock.systemUTC());
        String first = state.current().fingerprint();
        for (int i = 0; i < 1000; i++) {
            assertEquals(first, state.current().fingerprint());
        }
        Txn.executeRead(dataset, () -> dataset.getDefaultModel().size());
        assertEquals(first, state.current().fingerprint());
        assertEquals(1, state.looks(), "reads and requests never make it look at the database");

        // A write under way is not yet the new state; its commit is.
        dataset.begin(ReadWrite.WRITE);
        dataset.getNamedModel("http://example.org/graph/b").add(RDFS.Class, RDFS.label, "b");
        String during = state.current().fingerprint();
        dataset.commit();
        dataset.end();
        String after = state.current().fingerprint();
        assertNotEquals(first, after);
        assertNotEquals(during, after, "the commit, not the start of the write, is what a reader sees");
        assertEquals(3, state.looks());
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
