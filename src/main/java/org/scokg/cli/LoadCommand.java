package org.scokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scokg.article.ArticleReader;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticleLoader;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.DatabaseException;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadOptions;
import org.scokg.store.LoadReport;
import org.scokg.vocab.SCO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sco load}: articles into the TDB2 database, one named graph each. */
@Command(name = "load", sortOptions = false, header = "Reads articles, extracts their facts, writes one named graph per article.",
        description = {
            "Reads each article (text, saved page, web archive, JSON Lines; a directory: its files of those kinds), extracts its facts and writes them as one named graph "
                    + "per article into the TDB2 database.",
            "Every file is read and checked before anything is written: if one is not an article, nothing is written "
                    + "and the exit code is 1, unless --skip-invalid is given.",
            "An article is named by its text. A changed file replaces the article it held before (the same path within "
                    + "the same directory); the report says which graph replaced which.",
            "Articles are extracted on every core while earlier ones are written. A missing or empty database directory, or --rebuild, "
                    + "is built by TDB2's bulk loader beside it and replaces it only when complete; a database that holds articles "
                    + "is added to batch by batch, one write transaction each, and compacted afterwards when the load grew it by half or more."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    DatabaseOption db;
    @Option(names = "--base", paramLabel = "IRI", defaultValue = SCO.DEFAULT_BASE,
            description = "base of the minted IRIs (default: ${DEFAULT-VALUE}); a database keeps the base it was first loaded with")
    String base;
    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + LoadOptions.DEFAULT_BATCH,
            description = "articles per write transaction of a load into a database that holds articles (default: ${DEFAULT-VALUE})")
    int batch;
    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "largest article read, a file or a record of a web archive or JSON Lines file (default: ${DEFAULT-VALUE}); larger ones are refused unread")
    long maxBytes;
    @Option(names = "--skip-invalid", description = "load the other articles when some files are refused")
    boolean skipInvalid;
    @Option(names = "--rebuild", description = "build the database anew from the files named, replacing what it holds once the new one is complete "
            + "(as a load into a missing or empty directory does)")
    boolean rebuild;
    @Option(names = "--threads", paramLabel = "N", description = "threads extracting articles (default: the number of cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--no-compact", description = "do not compact the database after a load that grew it by half or more")
    boolean noCompact;
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "article files, or directories of them")
    List<Path> paths;
    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    LoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-size needs a positive number of bytes");
        }
        if (batch < 1 || threads < 1) {
            throw new ParameterException(spec.commandLine(), (batch < 1 ? "--batch" : "--threads") + " needs a positive number");
        }
        Iris iris = new Iris(base);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("sco load: " + p + ": no such file or directory; nothing was written");
                return Main.FAILED;
            }
        }
        // asked before the database is opened, which creates its directory
        boolean fresh = rebuild || isEmpty(db.directory);
        ArticleLoader loader = new ArticleLoader(new ArticlePipeline(FactExtractor.standard(), iris, maxBytes),
                new LoadOptions(batch, skipInvalid, threads, !noCompact), err);
        List<ArticleFile> files = ArticlePipeline.expand(paths);
        try (KnowledgeStore store = KnowledgeStore.open(db.directory, iris)) {
            if (!fresh) {
                // before minutes of extraction, not after
                store.requireBaseForLoading();
            }
            LoadReport report = fresh ? loader.rebuild(store, files) : loader.load(store, files);
            out.print(report.summary());
            return report.refused.isEmpty() || skipInvalid ? Main.OK : Main.FAILED;
        }
    }

    /** Whether {@code directory} is missing or holds nothing: a database there is built anew. */
    private static boolean isEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new DatabaseException("cannot read the database directory " + directory + " (" + e + "); check its permissions", e);
        }
    }

    /**
     * Adds the articles of {@code files} to the open {@code store}, batch by batch, extracting on every
     * core; writes nothing if a file is refused and {@code skipInvalid} is off. Never compacts: the caller holds the store.
     */
    static LoadReport load(KnowledgeStore store, ArticlePipeline pipeline, List<ArticleFile> files, int batchSize,
                           boolean skipInvalid, PrintStream log) {
        LoadOptions options = LoadOptions.defaults().withBatchSize(batchSize).withSkipInvalid(skipInvalid).withCompact(false);
        return new ArticleLoader(pipeline, options, log).load(store, files);
    }
}
