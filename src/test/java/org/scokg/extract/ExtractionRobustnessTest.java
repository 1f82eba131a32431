package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scokg.article.Article;
import org.scokg.article.ArticleReader;
import org.scokg.article.ArticleRejectedException;
import org.scokg.extract.analysis.Extraction;

/**
 * Article text is untrusted and unseen articles are phrased in ways no rule expects: the extractor
 * must never fail on one. Mangled versions of the test articles (characters dropped, doubled or
 * replaced by punctuation, quotes and digits) are extracted; a fixed seed makes a failure repeatable.
 * Small edits leave an article an article and most of its facts findable: the test fails when the
 * mangled articles are refused or yield nothing, as much as when the extractor throws.
 */
class ExtractionRobustnessTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final String NOISE = "\"“”'.,;:()-–/0123456789 \nKTTSCOke-";

    @Test
    void mangledArticlesNeverBreakTheExtractor() throws Exception {
        ArticleReader reader = new ArticleReader(EXTRACTOR.lexicon().words("abbreviations"));
        List<Path> files = Files.list(Path.of("src/test/resources/articles")).filter(p -> p.toString().endsWith(".txt"))
                .sorted().toList();
        Random random = new Random(20261123L);
        int tried = 0;
        int extracted = 0;
        int yielding = 0;
        int withFacts = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean originalHasFacts = facts(EXTRACTOR.extract(reader.read(file.getFileName().toString(),
                    text.getBytes(StandardCharsets.UTF_8)))) > 0;
            for (int round = 0; round < 15; round++) {
                StringBuilder mangled = new StringBuilder(text);
                for (int edit = 0; edit < 40; edit++) {
                    int at = random.nextInt(mangled.length());
                    switch (random.nextInt(3)) {
                        case 0 -> mangled.deleteCharAt(at);
                        case 1 -> mangled.insert(at, mangled.charAt(at));
                        default -> mangled.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    }
                }
                String name = file.getFileName() + "#" + round;
                tried++;
                try {
                    Article article = reader.read(name, mangled.toString().getBytes(StandardCharsets.UTF_8));
                    Extraction extraction = assertDoesNotThrow(() -> EXTRACTOR.extract(article), name);
                    extracted++;
                    if (originalHasFacts) {
                        withFacts++;
                        yielding += facts(extraction) > 0 ? 1 : 0;
                    }
                } catch (ArticleRejectedException e) {
                    // a mangled file may no longer be an article: refusing it is the right answer
                }
            }
        }
        // 40 small edits leave an article an article: were most refused, the test would prove nothing
        assertTrue(files.size() >= 10, "test articles found: " + files.size());
        assertTrue(extracted >= tried * 9 / 10, extracted + " of " + tried + " mangled articles were read and extracted");
        assertTrue(withFacts > 0, "some articles with facts were mangled and read");
        assertTrue(yielding >= withFacts * 9 / 10, yielding + " of " + withFacts
                + " mangled articles whose original yields facts still yield some");
    }

    private static int facts(Extraction extraction) {
        return extraction.counts().values().stream().mapToInt(Integer::intValue).sum();
    }
}
