package org.scokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.scokg.rdf.Iris;
import org.scokg.store.KnowledgeStore;
import org.scokg.wikidata.WikidataTasks;
import org.scokg.wikidata.model.Wikidata;
import org.scokg.wikidata.snapshot.ReferenceEntities;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sco wikidata refresh|diff|export}: the graph against Wikidata, for Wikidata editors. */
@Command(name = "wikidata", synopsisSubcommandLabel = "refresh|diff|export",
        header = "Compares the graph with a Wikidata snapshot and exports what Wikidata lacks.",
        description = {
            "refresh takes a new snapshot of the Wikidata statements the graph touches; diff says per entity what the "
                    + "articles state that Wikidata lacks, what agrees and what conflicts; export writes only what "
                    + "Wikidata lacks as QuickStatements V1 or Wikibase RDF, referenced by the article.",
            "Review an export before running it: the statements are extracted automatically."},
        footer = {"", "Example: sco wikidata export --min-confidence 0.9 > batch.qs"})
final class WikidataCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Spec
    CommandSpec spec;

    private WikidataCommand() {}

    /** The command with its three subcommands, writing results to {@code out} and logs to {@code err}. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine wikidata = new CommandLine(new WikidataCommand())
                .addSubcommand(new Refresh(err))
                .addSubcommand(new Diff(out, err))
                .addSubcommand(new Export(out, err));
        wikidata.getSubcommands().values().forEach(c -> c.getCommandSpec().usageMessage().synopsisHeading("usage: "));
        return wikidata;
    }

    /** {@code sco wikidata} alone: its usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /** {@code --snapshot FILE}, shared by the three jobs. */
    static final class SnapshotOption {
        @Option(names = "--snapshot", paramLabel = "FILE", defaultValue = "data/wikidata/snapshot.ttl",
                description = "the Wikidata snapshot (default: ${DEFAULT-VALUE})")
        Path file;

        WikidataTasks tasks() {
            return new WikidataTasks(file, WikidataTasks.DEFAULT.roles(), WikidataTasks.DEFAULT.outlets());
        }
    }

    @Command(name = "refresh", header = "Takes a new Wikidata snapshot from the Wikidata Query Service.",
            description = "Asks the query service for the membership statements (member of, P463; official observer "
                    + "status in organization, P10624: the properties of data/wikidata/status-roles.tsv) of the gazetteer's "
                    + "states and organisations toward its organisations and the positions held (P39) of its people, N items a "
                    + "query, retrying with backoff (and after 429 as long as Retry-After says); writes the snapshot, "
                    + "dated, only when every query succeeded.")
    static final class Refresh implements Callable<Integer> {
        @Mixin
        HelpOption help;
        @Mixin
        SnapshotOption snapshot;
        @Option(names = "--endpoint", paramLabel = "URL", defaultValue = Wikidata.QUERY_SERVICE,
                description = "the SPARQL endpoint (default: ${DEFAULT-VALUE})")
        URI endpoint;
        @Option(names = "--batch", paramLabel = "N", defaultValue = "50", description = "items per query (default: ${DEFAULT-VALUE})")
        int batch;
        @Option(names = "--reference", paramLabel = "DIR", defaultValue = "data/reference",
                description = "the gazetteer whose QIDs the snapshot covers (default: ${DEFAULT-VALUE})")
        Path reference;
        @Spec
        CommandSpec spec;
        private final PrintStream err;

        Refresh(PrintStream err) {
            this.err = err;
        }

        @Override
        public Integer call() {
            if (batch < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
            }
            try {
                int statements = snapshot.tasks().refresh(endpoint, reference, batch, LocalDate.now());
                err.println(statements + " statements on " + ReferenceEntities.load(reference).all().size()
                        + " entities written to " + snapshot.file);
                return Main.OK;
            } catch (IOException | UncheckedIOException e) {
                err.println("sco wikidata refresh: " + e.getMessage() + "; " + snapshot.file + " is unchanged");
                return Main.FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("sco wikidata refresh: interrupted; " + snapshot.file + " is unchanged");
                return Main.FAILED;
            }
        }
    }

    @Command(name = "diff", header = "Says per entity what the articles state that Wikidata lacks, agrees with or contradicts.",
            description = "Compares every membership status the articles state with the snapshot: lacks, adds qualifier "
                    + "(a start or end time Wikidata's statement lacks), agrees, conflicts (another date, another status "
                    + "at the same time), not mapped (no QID); then the offices held (P39) against the state's positions "
                    + "(P1906, P1313), compared only; each with its sentence and article. CSV: memberships; JSON: both.")
    static final class Diff implements Callable<Integer> {
        @Mixin
        HelpOption help;
        @Mixin
        DatabaseOption db;
        @Mixin
        SnapshotOption snapshot;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text, csv or json (default: ${DEFAULT-VALUE})")
        String format;
        @Spec
        CommandSpec spec;
        private final PrintStream out;
        private final PrintStream err;

        Diff(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            WikidataTasks.DiffFormat f = choice(spec, WikidataTasks.DiffFormat.class, format);
            return withDatabase(db, err, "sco wikidata diff", dataset -> {
                snapshot.tasks().printDiff(dataset, f, out);
                return Main.OK;
            });
        }
    }

    @Command(name = "export", header = "Writes what Wikidata lacks as QuickStatements or Wikibase RDF.",
            description = "Only statuses Wikidata lacks, or a start or end time its statement lacks, at or above the "
                    + "minimum confidence and in a status whose Wikidata model is verified (data/wikidata/status-roles.tsv); "
                    + "referenced by the article (its URL, outlet, title, dates, language and the sentence as written). "
                    + "Every fact not exported is listed on stderr with the reason.")
    static final class Export implements Callable<Integer> {
        @Mixin
        HelpOption help;
        @Mixin
        DatabaseOption db;
        @Mixin
        SnapshotOption snapshot;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "quickstatements",
                description = "quickstatements or rdf (default: ${DEFAULT-VALUE})")
        String format;
        @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.8",
                description = "leave out facts the extractor is less sure of, 0 to 1 (default: ${DEFAULT-VALUE})")
        double minConfidence;
        @Spec
        CommandSpec spec;
        private final PrintStream out;
        private final PrintStream err;

        Export(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            WikidataTasks.ExportFormat f = choice(spec, WikidataTasks.ExportFormat.class, format);
            if (minConfidence < 0 || minConfidence > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--min-confidence must be between 0 and 1, not " + minConfidence);
            }
            return withDatabase(db, err, "sco wikidata export", dataset -> {
                int written = snapshot.tasks().export(dataset, f, minConfidence, out, err);
                err.println(written + " statements exported");
                return Main.OK;
            });
        }
    }

    private static <E extends Enum<E>> E choice(CommandSpec spec, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + name + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    /** Runs a job on the database; a missing database, snapshot or model file is reported in one line. */
    private static int withDatabase(DatabaseOption db, PrintStream err, String command, Function<Dataset, Integer> job) {
        if (!Files.isDirectory(db.directory)) {
            err.println(db.missing(command));
            return Main.FAILED;
        }
        try (KnowledgeStore store = KnowledgeStore.open(db.directory, Iris.standard())) {
            return job.apply(store.dataset());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(command + ": " + e.getMessage());
            return Main.FAILED;
        }
    }
}
