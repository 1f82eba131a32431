package org.scokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;
import org.scokg.wikidata.ReferenceEntities;
import org.scokg.wikidata.Wikidata;
import org.scokg.wikidata.WikidataTasks;

/** {@code sco wikidata refresh|diff|export}: the graph against Wikidata, for Wikidata editors. */
final class WikidataCommand {
    private static final String HELP = """
            usage: sco wikidata refresh [--snapshot FILE] [--endpoint URL] [--batch N]
                   sco wikidata diff   [--db DIR] [--snapshot FILE] [--format text|csv|json]
                   sco wikidata export [--db DIR] [--snapshot FILE] [--format quickstatements|rdf] [--min-confidence X]
              refresh  takes a new Wikidata snapshot (data/wikidata/snapshot.ttl) from the query service
                       (default https://query.wikidata.org/sparql), N items a query (default 50)
              diff     per entity, what the articles state that Wikidata lacks, what agrees, what conflicts,
                       each with its sentence and article
              export   only what Wikidata lacks (or a missing start/end qualifier), as QuickStatements V1 or
                       Wikibase RDF, referenced by the article; facts not exported are listed on stderr with
                       the reason. Default --min-confidence 0.8. Review before running them.
            """;

    private final PrintStream out;
    private final PrintStream err;

    WikidataCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = new Options(args, Set.of("--db", "--snapshot", "--format", "--min-confidence", "--endpoint", "--batch"), Set.of());
        if (o.help || o.positional.size() != 1) {
            (o.help ? out : err).print(HELP);
            return o.help ? 0 : 2;
        }
        WikidataTasks tasks = new WikidataTasks(Path.of(o.get("--snapshot", WikidataTasks.DEFAULT.snapshot().toString())),
                WikidataTasks.DEFAULT.roles(), WikidataTasks.DEFAULT.outlets());
        String job = o.positional.get(0);
        if (job.equals("refresh")) {
            try {
                int statements = tasks.refresh(URI.create(o.get("--endpoint", Wikidata.QUERY_SERVICE)),
                        ReferenceEntities.DEFAULT, o.integer("--batch", 50), LocalDate.now());
                err.println(statements + " statements written to " + tasks.snapshot());
                return 0;
            } catch (IOException e) {
                err.println("sco wikidata refresh: " + e.getMessage() + "; the snapshot " + tasks.snapshot() + " is unchanged");
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("sco wikidata refresh: interrupted; the snapshot " + tasks.snapshot() + " is unchanged");
                return 1;
            }
        }
        if (!job.equals("diff") && !job.equals("export")) {
            throw new Options.UsageException("unknown job '" + job + "': refresh, diff or export");
        }
        Path db = Path.of(o.get("--db", LoadCommand.DEFAULT_DB));
        if (!Files.isDirectory(db)) {
            err.println("sco wikidata: no database at " + db + "; load articles first: sco load --db " + db + " data/articles");
            return 1;
        }
        try (KnowledgeStore store = KnowledgeStore.open(db, Iris.standard())) {
            if (job.equals("diff")) {
                tasks.printDiff(store.dataset(), format(WikidataTasks.DiffFormat.class, o.get("--format", "text")), out);
                return 0;
            }
            int written = tasks.export(store.dataset(), format(WikidataTasks.ExportFormat.class, o.get("--format", "quickstatements")),
                    number(o.get("--min-confidence", "0.8")), out, err);
            err.println(written + " statements exported");
            return 0;
        }
    }

    private static <E extends Enum<E>> E format(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException("--format " + name + " is not one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
        }
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Options.UsageException("--min-confidence needs a number between 0 and 1, not " + value);
        }
    }
}
