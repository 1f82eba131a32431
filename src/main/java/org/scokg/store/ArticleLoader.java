package org.scokg.store;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.scokg.article.ArticleRejectedException;

/**
 * {@code sco load}'s loader: article files to a database. Files are read and extracted on
 * {@link LoadOptions#threads} threads while the calling thread writes the articles already extracted,
 * in the order of the files, so the database and the report are those of a load on one thread. At
 * most a few files per thread are extracted ahead of the writing: a slow writer holds extraction back.
 */
public final class ArticleLoader {
    /** Files extracted ahead of the writer, per extracting thread. */
    private static final int FILES_AHEAD_PER_THREAD = 4;

    private final ArticlePipeline pipeline;
    private final LoadOptions options;
    private final PrintStream log;

    /** @param log where refusals and progress are told */
    public ArticleLoader(ArticlePipeline pipeline, LoadOptions options, PrintStream log) {
        this.pipeline = pipeline;
        this.options = options;
        this.log = log;
    }

    /**
     * Adds the articles of {@code files} to {@code store}, batch by batch, each batch one write
     * transaction. Unless invalid files are skipped, every file is read first, and one that is refused
     * stops the load before anything is written. Compacts the database afterwards when the options say
     * so and {@link Compaction#worthwhile} agrees.
     */
    public LoadReport load(KnowledgeStore store, List<ArticleFile> files) {
        long started = System.nanoTime();
        LoadReport report = new LoadReport();
        if (options.skipInvalid() || allReadable(files, report)) {
            long before = StorageDirectory.bytes(store.directory());
            prepareAndWrite(files, report, store::write);
            long after = StorageDirectory.bytes(store.directory());
            if (options.compact() && Compaction.worthwhile(before, after, report.transactions)) {
                report.compaction = store.compact();
            }
        }
        report.seconds = (System.nanoTime() - started) / 1e9;
        return report;
    }

    /**
     * Builds the database of {@code target} anew from {@code files} alone, with TDB2's bulk loader, beside
     * it; the new database replaces the old one when it is complete, and {@code target} is closed. A
     * refused file (unless invalid files are skipped) or a failure drops the new database and leaves the
     * old one as it was, open.
     */
    public LoadReport rebuild(KnowledgeStore target, List<ArticleFile> files) {
        long started = System.nanoTime();
        LoadReport report = new LoadReport();
        DatabaseBuild build = DatabaseBuild.replacing(target);
        try {
            prepareAndWrite(files, report, build::write);
        } catch (RuntimeException | Error e) {
            build.abandon(e instanceof Exception x ? x : new RuntimeException(e));
            throw e;
        }
        if (stopped(report)) {
            build.abandon(new IllegalStateException("files refused"));
        } else {
            build.complete(report, options.batchSize());
        }
        report.seconds = (System.nanoTime() - started) / 1e9;
        return report;
    }

    private boolean stopped(LoadReport report) {
        return !report.refused.isEmpty() && !options.skipInvalid();
    }

    /** Reads every file without extracting; true when none is refused, else each refusal is reported. */
    private boolean allReadable(List<ArticleFile> files, LoadReport report) {
        inOrder(files, file -> {
            FileResult result = new FileResult(file);
            try {
                result.reading.read = pipeline.check(file);
            } catch (ArticleRejectedException e) {
                result.refusal = e;
            }
            return result;
        }, result -> accept(result, report));
        if (report.refused.isEmpty()) {
            report.read = 0;
            return true;
        }
        log.println("nothing was written: fix or remove the refused files, or load again with --skip-invalid");
        return false;
    }

    /** What writes a batch of articles. */
    private interface BatchWriter {
        void write(List<PreparedArticle> batch, LoadReport report);
    }

    /** Prepares every file on the pool and writes their articles in order, batch by batch; writes no more once a file is refused, unless invalid files are skipped. */
    private void prepareAndWrite(List<ArticleFile> files, LoadReport report, BatchWriter writer) {
        AtomicBoolean refused = new AtomicBoolean();
        List<PreparedArticle> batch = new ArrayList<>();
        Progress progress = new Progress("loading", files.size(), log);
        inOrder(files, file -> prepare(file, refused), result -> {
            if (!accept(result, report)) {
                refused.set(true);
            }
            if (stopped(report)) {
                return;
            }
            batch.addAll(result.articles);
            while (batch.size() >= options.batchSize()) {
                List<PreparedArticle> full = batch.subList(0, options.batchSize());
                writer.write(List.copyOf(full), report);
                full.clear();
            }
            progress.step();
        });
        if (stopped(report)) {
            log.println("nothing was written: fix or remove the refused files, or load again with --skip-invalid");
        } else if (!batch.isEmpty()) {
            writer.write(batch, report);
        }
    }

    /** One file's articles, or, once a file is refused and nothing more will be written, only whether it is refused too. */
    private FileResult prepare(ArticleFile file, AtomicBoolean refused) {
        FileResult result = new FileResult(file);
        try {
            if (refused.get() && !options.skipInvalid()) {
                result.reading.read = pipeline.check(file);
            } else {
                result.articles = pipeline.prepareAll(file, result.reading);
            }
        } catch (ArticleRejectedException e) {
            result.refusal = e;
        }
        return result;
    }

    /** Adds what reading the file found to the report; false, having told the refusal, when it was refused. */
    private boolean accept(FileResult result, LoadReport report) {
        report.addReading(result.reading);
        if (result.refusal == null) {
            return true;
        }
        ArticleRejectedException e = result.refusal;
        report.refused.add(e.getMessage());
        log.println("refused: " + result.file.path() + ": " + e.getMessage().substring(e.fileName().length() + 2));
        return false;
    }

    /** What the pool did with one file. */
    private static final class FileResult {
        final ArticleFile file;
        final LoadReport reading = new LoadReport();
        List<PreparedArticle> articles = List.of();
        ArticleRejectedException refusal;

        FileResult(ArticleFile file) {
            this.file = file;
        }
    }

    private interface FileTask {
        FileResult run(ArticleFile file);
    }

    private interface ResultHandler {
        void handle(FileResult result);
    }

    /**
     * Runs {@code task} on every file on the pool, a bounded number ahead, and hands the results to
     * {@code handler} on this thread in the order of the files.
     */
    private void inOrder(List<ArticleFile> files, FileTask task, ResultHandler handler) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "sco-extract-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<FileResult>> ahead = new ArrayDeque<>();
            Iterator<ArticleFile> next = files.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < options.threads() * FILES_AHEAD_PER_THREAD) {
                    ArticleFile file = next.next();
                    ahead.add(pool.submit(() -> task.run(file)));
                }
                handler.handle(await(ahead.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult await(Future<FileResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the load was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
