package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;
import org.scokg.wikidata.QuickStatementsExport;

/** {@code sco wikidata}: the graph's statements as QuickStatements for Wikidata editors. */
final class WikidataCommand {
    private static final String HELP = """
            usage: sco wikidata [--db DIR]
              Prints, as QuickStatements (V1), every full membership the articles state between entities
              with Wikidata IDs: member of (P463), start time (P580) where known, referenced by the
              article (P854) and the sentence that says so (P1683, Indonesian). Review before running
              them in QuickStatements: the statements are extracted automatically.
            """;

    private final PrintStream out;
    private final PrintStream err;

    WikidataCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = new Options(args, Set.of("--db"), Set.of());
        if (o.help) {
            out.print(HELP);
            return 0;
        }
        Path db = Path.of(o.get("--db", LoadCommand.DEFAULT_DB));
        if (!Files.isDirectory(db)) {
            err.println("sco wikidata: no database at " + db + "; load articles first: sco load --db " + db + " data/articles");
            return 1;
        }
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            List<String> lines = QuickStatementsExport.lines(store.dataset());
            lines.forEach(out::println);
            err.println(lines.size() + " statements");
            return 0;
        }
    }
}
