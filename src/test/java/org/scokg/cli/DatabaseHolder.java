package org.scokg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;

/** A second process for the tests: opens the database named, says "holding" and keeps it until its input ends. */
public final class DatabaseHolder {
    static final String READY = "holding";

    private DatabaseHolder() {}

    public static void main(String[] args) throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]), Iris.standard())) {
            System.out.println(READY);
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
