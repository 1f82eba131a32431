package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sco compact}: the database rewritten without what earlier write transactions left behind. */
@Command(name = "compact", sortOptions = false, header = "Rewrites the database without the space earlier loads left behind.",
        description = {
            "TDB2 never overwrites in place: every write transaction (every batch of a load into a database that holds articles) "
                    + "leaves the blocks it replaced behind. Compaction writes the database anew and deletes the old storage; "
                    + "its quads stay the same. Run it with the server stopped: a database another process holds is refused.",
            "sco load compacts by itself after a load that grew the database by half or more (unless --no-compact)."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    DatabaseOption db;

    private final PrintStream out;
    private final PrintStream err;

    CompactCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(db.directory)) {
            err.println(db.missing("sco compact"));
            return Main.FAILED;
        }
        // compaction copies quads as they are: the base their IRIs were minted under does not matter
        try (KnowledgeStore store = KnowledgeStore.open(db.directory, Iris.standard())) {
            out.println(store.compact().summary());
            return Main.OK;
        }
    }
}
