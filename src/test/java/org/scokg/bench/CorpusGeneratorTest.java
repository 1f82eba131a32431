package org.scokg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Article;
import org.scokg.article.ArticleRejectedException;
import org.scokg.bench.score.GoldScore;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;

/** The benchmark's corpus: the same bytes for a seed, other articles for another, every article readable, addressed once and described by its gold. */
class CorpusGeneratorTest {
    private static final int ARTICLES = 25;

    /** Reads text files and saved pages as {@code sco load} reads them. */
    private static final ArticlePipeline PIPELINE = new ArticlePipeline(FactExtractor.standard(), Iris.standard());

    @TempDir
    static Path work;
    private static CorpusGenerator.Corpus first;
    private static CorpusGenerator.Corpus again;
    private static CorpusGenerator.Corpus other;

    @BeforeAll
    static void generate() throws IOException {
        CorpusGenerator generator = new CorpusGenerator();
        first = generator.write(ARTICLES, 7, work.resolve("first"));
        again = new CorpusGenerator().write(ARTICLES, 7, work.resolve("again"));
        other = generator.write(ARTICLES, 8, work.resolve("other"));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        assertEquals(names(first), names(again));
        for (String name : names(first)) {
            assertArrayEquals(Files.readAllBytes(first.articles().resolve(name)), Files.readAllBytes(again.articles().resolve(name)), name);
        }
        assertArrayEquals(Files.readAllBytes(first.gold()), Files.readAllBytes(again.gold()));
        assertEquals(first.bytes(), again.bytes());
    }

    @Test
    void anotherSeedWritesOtherArticles() throws Exception {
        Set<String> firstHashes = contentHashes(first);
        Set<String> otherHashes = contentHashes(other);
        assertEquals(ARTICLES, otherHashes.size());
        otherHashes.retainAll(firstHashes);
        assertTrue(otherHashes.isEmpty(), "articles of seed 8 that seed 7 wrote too: " + otherHashes);
    }

    @Test
    void everyArticleIsReadAsAnArticleWithItsOwnAddressAndText() throws Exception {
        Set<String> urls = new HashSet<>();
        for (Article article : read(first, other)) {
            String url = article.metadata().url().orElseThrow(() -> new AssertionError(article.fileName() + " has no url"));
            assertTrue(urls.add(url), "two articles at " + url);
            assertTrue(article.metadata().published().isPresent(), article.fileName() + " has no publication date");
            assertTrue(article.sentences().size() >= 5, article.fileName() + " has " + article.sentences().size() + " sentences");
        }
        assertEquals(2 * ARTICLES, urls.size());
        assertEquals(ARTICLES, contentHashes(first).size());
    }

    @Test
    void theCorpusHasEveryLayout() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (String name : names(first)) {
            String text = Files.readString(first.articles().resolve(name));
            kinds.add(name.endsWith(".html") ? "page" : text.contains(" (ANTARA) - ") ? "agency text" : "outlet text");
        }
        assertEquals(Set.of("agency text", "outlet text", "page"), kinds);
    }

    @Test
    void theGoldDescribesEveryArticleAndNothingElse() throws IOException {
        JsonObject gold = JSON.read(first.gold().toString());
        Set<String> described = new TreeSet<>(gold.keys());
        described.removeIf(k -> k.startsWith("_"));
        assertEquals(names(first), described);
        for (String name : described) {
            JsonObject rows = gold.get(name).getAsObject();
            assertEquals(new TreeSet<>(GoldScore.QUERIES), new TreeSet<>(rows.keys()), name);
            assertEquals(1, rows.get("meetings").getAsArray().size(), name + " reports one meeting");
            assertFalse(rows.get("statuses").getAsArray().isEmpty(), name + " states the members");
        }
    }

    private static Set<String> names(CorpusGenerator.Corpus corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus.articles())) {
            return files.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static Set<String> contentHashes(CorpusGenerator.Corpus corpus) throws Exception {
        Set<String> hashes = new HashSet<>();
        read(corpus).forEach(a -> hashes.add(a.contentHash()));
        return hashes;
    }

    private static List<Article> read(CorpusGenerator.Corpus... corpora) throws IOException, ArticleRejectedException {
        List<Article> articles = new ArrayList<>();
        for (CorpusGenerator.Corpus corpus : corpora) {
            for (String name : names(corpus)) {
                articles.add(PIPELINE.prepare(corpus.articles().resolve(name)).extraction().article);
            }
        }
        return articles;
    }
}
