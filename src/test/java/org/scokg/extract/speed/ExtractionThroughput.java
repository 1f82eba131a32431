package org.scokg.extract.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scokg.article.Article;
import org.scokg.article.ArticleReader;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.FactExtractor;
import org.scokg.store.ArticleFile;
import org.scokg.store.ArticlePipeline;

/**
 * Run by hand, not by Maven: extraction alone ({@link FactExtractor#extract} on articles already
 * read), on one thread, over the articles of the given directories again and again. Warms up for
 * WARMUP seconds of its CPU time, then prints articles/s and MB of body text/s for each of ROUNDS
 * measured rounds of SECONDS of CPU time each, per second of wall time and per second of the
 * thread's CPU time (on a shared, busy machine the second is the figure per core). Usage: {@code ExtractionThroughput WARMUP SECONDS ROUNDS ARTICLE_DIR...}
 */
public final class ExtractionThroughput {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExtractionThroughput() {}

    public static void main(String[] args) throws ArticleRejectedException {
        double warmup = Double.parseDouble(args[0]);
        double seconds = Double.parseDouble(args[1]);
        int rounds = Integer.parseInt(args[2]);
        FactExtractor extractor = FactExtractor.standard();
        ArticleReader reader = new ArticleReader(extractor.lexicon().words("abbreviations"));
        List<Article> articles = new ArrayList<>();
        List<Path> dirs = List.of(args).subList(3, args.length).stream().map(Path::of).toList();
        for (ArticleFile file : ArticlePipeline.expand(dirs)) {
            if (file.path().toString().endsWith(".txt")) {
                articles.add(reader.read(file.path()));
            }
        }
        long bytes = articles.stream().mapToLong(a -> a.body().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%d articles, %.1f KB of body text on average%n", articles.size(),
                bytes / 1024.0 / articles.size());
        run(extractor, articles, warmup);
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long passes = run(extractor, articles, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("round %d: %.0f articles/s, %.2f MB/s wall; %.0f articles/s, %.2f MB/s per CPU second"
                            + " (%d articles in %.1f s, %.1f s CPU)%n", r + 1,
                    passes * articles.size() / elapsed, passes * bytes / elapsed / 1e6,
                    passes * articles.size() / cpu, passes * bytes / cpu / 1e6,
                    passes * articles.size(), elapsed, cpu);
        }
    }

    /** Whole passes over the articles until the thread has used {@code seconds} of CPU time; how many. */
    private static long run(FactExtractor extractor, List<Article> articles, double seconds) {
        long end = CPU.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
        long passes = 0;
        int facts = 0;
        do {
            for (Article article : articles) {
                facts += extractor.extract(article).mentions.size();
            }
            passes++;
        } while (CPU.getCurrentThreadCpuTime() < end);
        if (facts < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return passes;
    }
}
