package org.scokg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.scokg.article.ArticleRejectedException;
import org.scokg.bench.score.GoldScore;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticleLoader;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.Compaction;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadOptions;
import org.scokg.store.LoadReport;

/**
 * One run of the benchmark (issue 9): a generated corpus, then in turn extraction on one thread, a fresh load
 * through the project's load path, the same quads loaded by Jena's {@code tdb2.tdbloader}, the sizes of both
 * databases before and after compaction, an incremental load of a second corpus, and the server under load.
 * Each figure is printed as it is measured; progress goes to {@code progress}.
 */
public final class Benchmark {
    /**
     * What to run.
     *
     * @param articles       articles in each of the two corpora
     * @param seed           the seed of the first corpus; the incremental one has the next
     * @param work           a directory for the corpora and databases (empty or absent)
     * @param clients        the numbers of concurrent clients of the server part; none skips it
     * @param serverDuration how long each kind of request is measured for each number of clients
     */
    public record Settings(int articles, long seed, Path work, List<Integer> clients, Duration serverDuration) {}

    private final Settings settings;
    private final Figures figures;
    private final PrintStream progress;
    private final ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), Iris.standard());

    public Benchmark(Settings settings, Figures figures, PrintStream progress) {
        this.settings = settings;
        this.figures = figures;
        this.progress = progress;
    }

    public void run() throws IOException, InterruptedException, ArticleRejectedException {
        Path work = settings.work();
        figures.setting("articles", settings.articles());
        figures.setting("seed", settings.seed());
        figures.setting("clients", settings.clients());
        CorpusGenerator generator = new CorpusGenerator();
        step("generating two corpora of " + settings.articles() + " articles (seeds " + settings.seed() + " and "
                + (settings.seed() + 1) + ") in " + work);
        CorpusGenerator.Corpus corpus = generator.write(settings.articles(), settings.seed(), work.resolve("corpus"));
        CorpusGenerator.Corpus more = generator.write(settings.articles(), settings.seed() + 1, work.resolve("corpus-incremental"));
        figures.add("corpus.articles", corpus.count(), "articles", "seed " + settings.seed());
        figures.add("corpus.megabytes", corpus.bytes() / 1e6, "MB", "files as written (text with header, saved pages)");

        step("extraction alone, one thread");
        ExtractionThroughput.measure(files(corpus.articles()), figures, progress);

        Path project = work.resolve("db-project");
        step("fresh load into " + project + " (as sco load builds a new database: extraction on every core, TDB2's bulk loader)");
        LoadOptions options = LoadOptions.defaults();
        Loaded fresh = load(project, corpus.articles(), (store, files) -> new ArticleLoader(pipeline, options, progress).rebuild(store, files));
        figures.add("load.fresh.seconds", fresh.seconds, "s", "end to end: reading, extracting, writing; " + options.threads() + " threads extracting");
        figures.add("load.fresh.articles_per_s", fresh.articles / fresh.seconds, "articles/s");
        figures.add("load.fresh.quads_per_s", fresh.quads / fresh.seconds, "quads/s", fresh.quads + " quads in the database");

        step("extraction F1 on the corpus' own gold");
        GoldScore score = DatabaseFiles.using(project, store -> ExtractionScore.of(store, JSON.read(corpus.gold().toString())));
        progress.print(score.report());
        figures.add("extraction.f1", score.total().f1(), "F1", "competency rows against the generator's gold, as score.py matches");
        figures.add("extraction.precision", score.total().precision(), "P");
        figures.add("extraction.recall", score.total().recall(), "R");

        Path nquads = work.resolve("corpus.nq");
        step("dumping the database as N-Quads to " + nquads);
        dump(project, nquads);
        Path jena = work.resolve("db-tdbloader");
        step("tdb2.tdbloader (separate JVM) loading " + nquads + " into " + jena);
        double tdbSeconds = TdbLoaderRun.load(nquads, jena, work.resolve("tdbloader.log"));
        figures.add("tdbloader.seconds", tdbSeconds, "s", "JVM start included");
        figures.add("tdbloader.quads_per_s", fresh.quads / tdbSeconds, "quads/s");
        figures.add("load.fresh.speed_vs_tdbloader", tdbSeconds / fresh.seconds, "x",
                "the project's fresh load (with extraction) against tdbloader on the same quads; 1 = as fast");

        step("compacting both databases (sco compact's KnowledgeStore.compact)");
        Compaction ours = DatabaseFiles.using(project, KnowledgeStore::compact);
        Compaction theirs = DatabaseFiles.using(jena, KnowledgeStore::compact);
        figures.add("compact.project.seconds", ours.seconds(), "s");
        figures.add("db.project.bytes_per_quad", (double) ours.bytesBefore() / fresh.quads, "bytes/quad",
                ours.bytesBefore() + " bytes on disk, as the store counts them");
        figures.add("db.tdbloader.bytes_per_quad", (double) theirs.bytesBefore() / fresh.quads, "bytes/quad", theirs.bytesBefore() + " bytes");
        figures.add("db.size_vs_tdbloader", (double) ours.bytesBefore() / theirs.bytesBefore(), "x", "the project's database against tdbloader's");
        figures.add("db.project.bytes_per_quad.compacted", (double) ours.bytesAfter() / fresh.quads, "bytes/quad", ours.bytesAfter() + " bytes");
        figures.add("db.tdbloader.bytes_per_quad.compacted", (double) theirs.bytesAfter() / fresh.quads, "bytes/quad", theirs.bytesAfter() + " bytes");
        figures.add("db.size_vs_tdbloader.compacted", (double) ours.bytesAfter() / theirs.bytesAfter(), "x", "both compacted");

        step("incremental load of " + settings.articles() + " new articles (seed " + (settings.seed() + 1) + ") into " + project);
        LoadOptions batches = options.withCompact(false);
        Loaded incremental = load(project, more.articles(), (store, files) -> {
            store.requireBaseForLoading();
            return new ArticleLoader(pipeline, batches, progress).load(store, files);
        });
        figures.add("load.incremental.seconds", incremental.seconds, "s", "as sco load adds to a database, batches of "
                + batches.batchSize() + ", into the compacted database holding the first corpus; without the compaction after it");
        figures.add("load.incremental.articles_per_s", incremental.articles / incremental.seconds, "articles/s");
        figures.add("load.incremental.quads_per_s", incremental.quads / incremental.seconds, "quads/s", incremental.quads + " new quads");

        if (!settings.clients().isEmpty()) {
            step("server at " + settings.clients() + " concurrent clients, against a plain Fuseki");
            ServerBenchmark.measure(project, settings.clients(), settings.serverDuration(), figures, progress);
        }
    }

    /** What a load did: the articles written, the quads it added and how long it took. */
    private record Loaded(int articles, long quads, double seconds) {}

    /** One of the store's loads: it may close the store (a rebuild does). */
    private interface LoadStep {
        LoadReport load(KnowledgeStore store, List<ArticleFile> files);
    }

    private Loaded load(Path database, Path articles, LoadStep step) {
        long before = DatabaseFiles.quads(database);
        long start = System.nanoTime();
        LoadReport report = DatabaseFiles.using(database, store -> step.load(store, ArticlePipeline.expand(List.of(articles))));
        double seconds = seconds(start);
        if (!report.refused.isEmpty() || report.written == 0) {
            throw new IllegalStateException("the load of " + articles + " refused " + report.refused + " and wrote "
                    + report.written + " articles: the generated corpus should load whole");
        }
        return new Loaded(report.written, DatabaseFiles.quads(database) - before, seconds);
    }

    private static void dump(Path database, Path nquads) throws IOException {
        try (OutputStream out = Files.newOutputStream(nquads)) {
            DatabaseFiles.using(database, store -> {
                store.read(dataset -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
                return nquads;
            });
        }
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private void step(String what) {
        progress.println("bench: " + what + " ...");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
