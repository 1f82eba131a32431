package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;
import org.scokg.wikidata.QuickStatementsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sco wikidata}: the graph's statements as QuickStatements for Wikidata editors. */
@Command(name = "wikidata", header = "Prints the memberships the articles state as QuickStatements for Wikidata.",
        description = "Prints, as QuickStatements (V1), every full membership the articles state between entities with "
                + "Wikidata IDs: member of (P463), start time (P580) where known, referenced by the article (P854) and "
                + "the sentence that says so (P1683, Indonesian). Review before running them in QuickStatements: the "
                + "statements are extracted automatically.")
final class WikidataCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    DatabaseOption db;

    private final PrintStream out;
    private final PrintStream err;

    WikidataCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(db.directory)) {
            err.println(db.missing("sco wikidata"));
            return Main.FAILED;
        }
        try (KnowledgeStore store = KnowledgeStore.open(db.directory, Iris.standard())) {
            List<String> lines = QuickStatementsExport.lines(store.dataset());
            lines.forEach(out::println);
            err.println(lines.size() + " statements");
            return Main.OK;
        }
    }
}
