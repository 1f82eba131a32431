package org.scokg.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scokg.article.Article;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;

/**
 * Extraction alone, on one thread: the articles (the first 2,000 of a larger corpus) are read first, through
 * the load pipeline, which extracts each once; then they are extracted in whole passes for at least five
 * seconds untimed, so that the JIT compiler has compiled the rules' code and regexes (one pass is not
 * enough for that: the first seconds run at half speed), then in five timed rounds of at least two seconds
 * each. The figure per core is the median round, per second of the thread's CPU time: a virtual machine's
 * core runs at a speed that varies by a fifth from one round to the next, so one round says little.
 */
final class ExtractionThroughput {
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static final int ROUNDS = 5;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** The articles held in memory for the measurement, at most: enough to vary, few enough for any heap. */
    private static final int MAX_ARTICLES = 2_000;

    private ExtractionThroughput() {}

    static void measure(List<Path> files, Figures figures, PrintStream progress) throws ArticleRejectedException {
        FactExtractor extractor = FactExtractor.standard();
        ArticlePipeline pipeline = new ArticlePipeline(extractor, Iris.standard());
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        for (Path file : files.subList(0, Math.min(files.size(), MAX_ARTICLES))) {
            Article article = pipeline.prepare(file).extraction().article;
            articles.add(article);
            bytes += article.body().getBytes(StandardCharsets.UTF_8).length;
        }
        progress.println("bench: extracting " + articles.size() + " articles on one thread (" + WARM_UP_NANOS / 1_000_000_000
                + " s to warm up, then " + ROUNDS + " rounds of at least " + ROUND_NANOS / 1_000_000_000 + " s)");
        passes(extractor, articles, WARM_UP_NANOS);
        double[] perCpuSecond = new double[ROUNDS];
        long extracted = 0;
        long mentions = 0;
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            long cpuStart = CPU.getCurrentThreadCpuTime();
            Passes timed = passes(extractor, articles, ROUND_NANOS);
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            perCpuSecond[round] = timed.passes() * articles.size() / cpuSeconds;
            extracted += timed.passes() * articles.size();
            mentions += timed.mentions();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = perCpuSecond.clone();
        Arrays.sort(sorted);
        double median = sorted[ROUNDS / 2];
        // per second of the thread's CPU time: what one core does, whatever else the machine runs
        figures.add("extraction.articles_per_s_per_core", median, "articles/s", "one thread, warmed up, per second of its CPU time, median of "
                + ROUNDS + " rounds (" + Math.round(sorted[0]) + " to " + Math.round(sorted[ROUNDS - 1]) + "); " + extracted
                + " extractions, " + mentions + " mentions");
        figures.add("extraction.articles_per_s_wall", extracted / seconds, "articles/s", "all rounds per second of wall-clock time, "
                + round(seconds) + " s: below the figure per core when other work shares the core");
        figures.add("extraction.mb_per_s_per_core", median * bytes / articles.size() / 1e6, "MB/s", "article text (UTF-8) extracted per CPU second, at the median round's rate");
    }

    /**
     * Whole passes over the articles for at least {@code nanos}, so that a small corpus is timed too;
     * returns the passes made and the mentions found (counted so that the work is used).
     */
    private static Passes passes(FactExtractor extractor, List<Article> articles, long nanos) {
        long mentions = 0;
        long passes = 0;
        long start = System.nanoTime();
        while (passes == 0 || System.nanoTime() - start < nanos) {
            for (Article article : articles) {
                mentions += extractor.extract(article).mentions.size();
            }
            passes++;
        }
        return new Passes(passes, mentions);
    }

    private record Passes(long passes, long mentions) {}

    private static String round(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
