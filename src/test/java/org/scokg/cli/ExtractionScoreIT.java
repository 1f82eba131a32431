package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction scores as floors: each gold set scored through the competency queries, as
 * {@code shared/eval/score.py} scores it, so that {@code mvn verify} alone says when extraction regressed.
 * The seed articles' gold lives beside that script, outside the repository; it scores them.
 */
class ExtractionScoreIT {
    static final Path TEST_SETS = Path.of("src/test/resources");
    /** Our own test articles, written with the extractor in view. */
    static final double ARTICLES_FLOOR = 0.95;
    /** Articles whose gold was written without reading the extractor. */
    static final double HELDOUT_FLOOR = 0.95;
    /** Real news articles, as published (the set the rules were generalised on; measured 0.96): the aim is 0.90. */
    static final double REAL_FLOOR = 0.90;

    @TempDir
    Path work;

    @Test
    void ourOwnArticles() throws Exception {
        assertScoresAtLeast("articles", ARTICLES_FLOOR);
    }

    @Test
    void heldOutArticles() throws Exception {
        assertScoresAtLeast("heldout", HELDOUT_FLOOR);
    }

    @Test
    void realArticles() throws Exception {
        assumeTrue(Files.isRegularFile(TEST_SETS.resolve("real/gold.json")), "no real-article set (src/test/resources/real/gold.json) yet");
        assertScoresAtLeast("real", REAL_FLOOR);
    }

    private void assertScoresAtLeast(String set, double floor) throws Exception {
        Path articles = TEST_SETS.resolve(set);
        ExtractionScorer.Result result = ExtractionScorer.score(articles.resolve("gold.json"), articles, work);
        String report = result.report();
        System.out.println("== extraction score of " + articles + "\n" + report);
        assertTrue(result.total().f1() >= floor, set + ": F1 " + String.format(Locale.ROOT, "%.3f", result.total().f1())
                + " is below the floor " + floor + "\n" + report);
    }
}
