package org.scokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scokg.article.Article;
import org.scokg.article.ArticleMetadata;
import org.scokg.article.Corpus;
import org.scokg.extract.FactExtractor;

/** Which articles are in scope: Indonesian, and about a focus organisation. */
class ArticleScopeTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final ArticleScope SCOPE = new ArticleScope(EXTRACTOR.lexicon());
    /** English news prose, written for this test. */
    private static final String ENGLISH = """
            Leaders of the Shanghai Cooperation Organisation met in Tianjin on Monday for a summit hosted by China.
            President Xi Jinping told the heads of state that the organisation should resist outside interference \
            and deepen cooperation on security, trade and energy. Prime Minister Narendra Modi of India attended \
            the meeting, his first visit to China in seven years, and held talks with Xi on the sidelines.
            The members adopted the Tianjin Declaration and agreed to set up a development bank.""";

    private static final Path REAL = Path.of("src", "test", "resources", "real");

    private static Article article(String name, String text, ArticleMetadata metadata) {
        return Corpus.article(name, text).withMetadata(metadata);
    }

    @Test
    void everyArticleOfTheRepositoryReadsAsIndonesian() {
        List<String> low = new ArrayList<>();
        List<Path> files = new ArrayList<>(Corpus.everyArticle());
        files.addAll(Corpus.txt(Path.of("src", "test", "resources", "heldout")));
        files.addAll(Corpus.txt(REAL));
        for (Path file : files) {
            Article a = Corpus.read(file);
            if (SCOPE.notIndonesian(a).isPresent()) {
                low.add(file + " " + SCOPE.functionWordShare(a.body()));
            }
        }
        assertTrue(low.isEmpty(), "read as not Indonesian: " + low);
    }

    @Test
    void englishNewsDoesNotReadAsIndonesian() {
        assertTrue(SCOPE.functionWordShare(ENGLISH) < 0.02);
        Optional<String> reason = SCOPE.notIndonesian(article("en.txt", ENGLISH, ArticleMetadata.NONE));
        assertTrue(reason.isPresent() && reason.get().contains("does not read as Indonesian"), reason.toString());
    }

    @Test
    void aDeclaredLanguageDecides() {
        Article seed = Corpus.read(Corpus.SEED_TIANJIN);
        ArticleMetadata english = new ArticleMetadata.Builder().language("en").build();
        assertEquals(Optional.of("its declared language is en, not Indonesian (id)"), SCOPE.notIndonesian(seed.withMetadata(english)));
        assertEquals(Optional.empty(), SCOPE.notIndonesian(seed.withMetadata(new ArticleMetadata.Builder().language("id-ID").build())));
        // declared Indonesian, the text is not checked
        assertEquals(Optional.empty(), SCOPE.notIndonesian(article("en.txt", ENGLISH,
                new ArticleMetadata.Builder().language("id").build())));
    }

    @Test
    void anArticleNamingNoFocusOrganisationIsOffTopic() {
        Article asean = Corpus.read(Corpus.TEST_ARTICLES.resolve("110_asean_jakarta_2023.txt"));
        Optional<String> reason = SCOPE.offTopic(EXTRACTOR.extract(asean));
        assertTrue(reason.isPresent() && reason.get().contains("names no focus organisation"), reason.toString());
        assertEquals(Optional.empty(), SCOPE.offTopic(EXTRACTOR.extract(Corpus.read(Corpus.SEED_BISHKEK))));
        // naming the SCO in passing is enough to be read (the extractor then finds no fact in it)
        assertEquals(Optional.empty(), SCOPE.offTopic(EXTRACTOR.extract(
                Corpus.read(Corpus.FIXTURES.resolve("offtopic_asean_kuala_lumpur_2025.txt")))));
    }

    @Test
    void ofTheRealArticlesExactlyTheOffTopicOnesAreSkipped() throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline(EXTRACTOR, org.scokg.rdf.Iris.standard());
        List<Path> files = Corpus.txt(REAL);
        assertTrue(files.size() >= 34, "the real development set: " + files.size());
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            LoadReport report = new LoadReport();
            int read = pipeline.prepareAll(ArticleFile.of(file), report).size();
            boolean offTopic = file.getFileName().toString().contains("_offtopic_");
            if (read != (offTopic ? 0 : 1) || report.skipped.size() != (offTopic ? 1 : 0)) {
                wrong.add(file.getFileName() + " " + report.skipped);
            }
        }
        assertTrue(wrong.isEmpty(), "read when off topic or skipped when not: " + wrong);
    }
}
