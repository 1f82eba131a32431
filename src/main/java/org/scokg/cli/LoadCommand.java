package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scokg.article.ArticleReader;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;
import org.scokg.store.PreparedArticle;
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
                    + "the same directory); the report says which graph replaced which."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    DatabaseOption db;
    @Option(names = "--base", paramLabel = "IRI", defaultValue = SCO.DEFAULT_BASE,
            description = "base of the minted IRIs (default: ${DEFAULT-VALUE}); a database keeps the base it was first loaded with")
    String base;
    @Option(names = "--batch", paramLabel = "N", defaultValue = "50", description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch;
    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "largest article read, a file or a record of a web archive or JSON Lines file (default: ${DEFAULT-VALUE}); larger ones are refused unread")
    long maxBytes;
    @Option(names = "--skip-invalid", description = "load the other articles when some files are refused")
    boolean skipInvalid;
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
        Iris iris = new Iris(base);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("sco load: " + p + ": no such file or directory; nothing was written");
                return Main.FAILED;
            }
        }
        try (KnowledgeStore store = KnowledgeStore.open(db.directory, iris)) {
            // before minutes of extraction, not after
            store.requireBaseForLoading();
            LoadReport report = load(store, new ArticlePipeline(FactExtractor.standard(), iris, maxBytes),
                    ArticlePipeline.expand(paths), batch, skipInvalid, err);
            out.print(report.summary());
            return report.refused.isEmpty() || skipInvalid ? Main.OK : Main.FAILED;
        }
    }

    /** Reads and extracts every file, then writes them batch by batch; writes nothing if a file is refused and {@code skipInvalid} is off. */
    static LoadReport load(KnowledgeStore store, ArticlePipeline pipeline, List<ArticleFile> files, int batchSize,
                           boolean skipInvalid, PrintStream log) {
        long started = System.nanoTime();
        LoadReport report = new LoadReport();
        List<PreparedArticle> prepared = new ArrayList<>();
        Progress progress = new Progress("extracting", files.size(), log);
        for (ArticleFile file : files) {
            try {
                prepared.addAll(pipeline.prepareAll(file, report));
            } catch (ArticleRejectedException e) {
                report.refused.add(e.getMessage());
                log.println("refused: " + file.path() + ": " + e.getMessage().substring(e.fileName().length() + 2));
            }
            progress.step();
        }
        if (!report.refused.isEmpty() && !skipInvalid) {
            log.println("nothing was written: fix or remove the refused files, or load again with --skip-invalid");
        } else {
            Progress writing = new Progress("writing", prepared.size(), log);
            for (int i = 0; i < prepared.size(); i += Math.max(1, batchSize)) {
                List<PreparedArticle> batch = prepared.subList(i, Math.min(prepared.size(), i + Math.max(1, batchSize)));
                store.write(batch, report);
                batch.forEach(b -> writing.step());
            }
        }
        report.seconds = (System.nanoTime() - started) / 1e9;
        return report;
    }
}
