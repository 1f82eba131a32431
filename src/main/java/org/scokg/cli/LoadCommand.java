package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scokg.article.ArticleReader;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;
import org.scokg.store.PreparedArticle;

/** {@code sco load}: articles into the TDB2 database, one named graph each. */
final class LoadCommand {
    static final String DEFAULT_DB = "run/tdb2";
    private static final String HELP = """
            usage: sco load [--db DIR] [--base IRI] [--batch N] [--max-size BYTES] [--skip-invalid] FILE|DIR...
              Reads each article (a directory: its *.txt files), extracts its facts and writes them as
              one named graph per article into the TDB2 database at DIR (default run/tdb2).
              Every file is read and checked before anything is written: if one is not an article,
              nothing is written and the exit code is 1, unless --skip-invalid is given.
              An article is named by its text. A changed file replaces the article it held before
              (the same path within the same directory); the report says which graph replaced which.
              --batch N         articles per write transaction (default 50)
              --base IRI        base of the minted IRIs (default http://localhost:3030/); a database
                                keeps the base it was first loaded with
              --max-size BYTES  largest article file read (default %d); larger ones are refused
            """.formatted(ArticleReader.DEFAULT_MAX_BYTES);

    private final PrintStream out;
    private final PrintStream err;

    LoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = new Options(args, Set.of("--db", "--base", "--batch", "--max-size"), Set.of("--skip-invalid"));
        if (o.help) {
            out.print(HELP);
            return 0;
        }
        if (o.positional.isEmpty()) {
            throw new Options.UsageException("name at least one article file or directory");
        }
        Iris iris = new Iris(o.get("--base", Iris.standard().base()));
        List<Path> paths = o.positional.stream().map(Path::of).toList();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("sco load: " + p + ": no such file or directory; nothing was written");
                return 1;
            }
        }
        long maxBytes = o.integer("--max-size", (int) ArticleReader.DEFAULT_MAX_BYTES);
        if (maxBytes < 1) {
            throw new Options.UsageException("--max-size needs a positive number of bytes");
        }
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(o.get("--db", DEFAULT_DB)), iris)) {
            // before minutes of extraction, not after
            store.requireBaseForLoading();
            LoadReport report = load(store, new ArticlePipeline(FactExtractor.standard(), iris, maxBytes),
                    ArticlePipeline.expand(paths), o.integer("--batch", 50), o.has("--skip-invalid"), err);
            out.print(report.summary());
            return report.refused.isEmpty() || o.has("--skip-invalid") ? 0 : 1;
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
