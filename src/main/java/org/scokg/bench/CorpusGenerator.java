package org.scokg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.scokg.bench.corpus.GeneratedArticle;
import org.scokg.bench.corpus.ReportWriter;

/**
 * A corpus of realistic Indonesian news articles about the SCO's meetings, the same bytes for the same seed:
 * {@code DIR/articles/} holds the articles (text files with a metadata header, saved pages), {@code DIR/gold.json}
 * what each states, in the format of {@code src/test/resources/articles/gold.json}. The history they report is
 * {@code data/bench/meetings.tsv} and {@code pledges.tsv}, the statuses those of {@code data/reference}.
 */
public final class CorpusGenerator {
    /** A written corpus: its directory of articles, its gold file, how many articles and how many bytes of them. */
    public record Corpus(Path articles, Path gold, int count, long bytes) {}

    private final ReportWriter writer = new ReportWriter();

    /** Writes {@code count} articles for {@code seed} under {@code dir}, which should be empty or absent. */
    public Corpus write(int count, long seed, Path dir) throws IOException {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        JsonObject gold = new JsonObject();
        gold.put("_comment", "What each article of this generated corpus states (sco bench, seed " + seed + "): rows of the competency "
                + "queries, as in src/test/resources/articles/gold.json; the facts come from data/bench and data/reference.");
        long bytes = 0;
        for (GeneratedArticle article : writer.articles(count, seed)) {
            byte[] content = article.content().getBytes(StandardCharsets.UTF_8);
            Files.write(articles.resolve(article.fileName()), content);
            bytes += content.length;
            gold.put(article.fileName(), article.gold());
        }
        Path goldFile = dir.resolve("gold.json");
        try (OutputStream out = Files.newOutputStream(goldFile)) {
            JSON.write(out, gold);
        }
        return new Corpus(articles, goldFile, count, bytes);
    }
}
