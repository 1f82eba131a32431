package org.scokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scokg.article.ArticleRejectedException;
import org.scokg.bench.Benchmark;
import org.scokg.bench.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sco bench}: the performance benchmark of issue 9 on a generated corpus. */
@Command(name = "bench", sortOptions = false, header = "Measures extraction, loading, storage and serving on a generated corpus.",
        description = {
            "Generates two corpora of realistic Indonesian articles about the SCO's meetings (the same for the same seed), then "
                    + "measures in one run: extraction on one thread (articles/s, MB/s) and its F1 on the corpus' own gold; a fresh "
                    + "load as sco load builds a new database (articles/s, quads/s); the same quads loaded by Jena's tdb2.tdbloader in a JVM of its "
                    + "own, and the ratio; bytes per quad of both databases before and after compaction; an incremental load of the "
                    + "second corpus; the server's start and, at each number of clients, dereferencing and the competency queries "
                    + "against a plain Fuseki on the same database.",
            "Figures go to stdout as they are measured and, with the machine they came from, to a JSON file; progress to stderr."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "articles in each of the two corpora (default: ${DEFAULT-VALUE})")
    int articles;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the first corpus; the incremental one has the next (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--json", paramLabel = "FILE",
            description = "where the figures are written as JSON (default: run/bench/bench-<UTC time>.json)")
    Path json;
    @Option(names = "--work", paramLabel = "DIR",
            description = "directory for the corpora and databases, empty or absent; kept afterwards (default: a temporary "
                    + "directory, deleted afterwards)")
    Path work;
    @Option(names = "--clients", paramLabel = "N,N", split = ",", defaultValue = "8,32",
            description = "numbers of concurrent clients of the server part, each measured in turn (default: ${DEFAULT-VALUE})")
    List<Integer> clients;
    @Option(names = "--server-seconds", paramLabel = "S", defaultValue = "5",
            description = "seconds each kind of request is measured for each number of clients (default: ${DEFAULT-VALUE})")
    int serverSeconds;
    @Option(names = "--no-server", description = "leave out the server part")
    boolean noServer;
    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles needs a positive number of articles");
        }
        if (serverSeconds < 1 || clients.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--clients and --server-seconds need positive numbers");
        }
        if (work != null && Files.isDirectory(work) && !isEmpty(work)) {
            throw new ParameterException(spec.commandLine(), "--work " + work + " is not empty: give an empty or new directory");
        }
        Path directory = work != null ? work : Files.createTempDirectory("sco-bench");
        Path jsonFile = json != null ? json : Path.of("run", "bench", "bench-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC)) + ".json");
        Figures figures = new Figures(out);
        Benchmark benchmark = new Benchmark(new Benchmark.Settings(articles, seed, directory, noServer ? List.of() : clients,
                Duration.ofSeconds(serverSeconds)), figures, err);
        try {
            benchmark.run();
            return Main.OK;
        } catch (ArticleRejectedException | IOException | IllegalStateException e) {
            err.println("sco bench: " + e.getMessage());
            return Main.FAILED;
        } finally {
            figures.writeJson(jsonFile);
            err.println("sco bench: figures written to " + jsonFile);
            if (work == null) {
                delete(directory);
            }
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
