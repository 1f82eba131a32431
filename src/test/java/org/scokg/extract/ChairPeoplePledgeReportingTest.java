package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scokg.extract.Facts.id;

import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.extract.analysis.Extraction;

/**
 * How real reporting names chairs, office holders and pledges, each generalisation with a sentence
 * that needs it and, where it guards precision, one it must leave alone. The sentences are written
 * for these tests.
 */
class ChairPeoplePledgeReportingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    private static Extraction extract(String body, int year) {
        return EXTRACTOR.extract(Corpus.article("real.txt", Corpus.antara("Jakarta", body, year)));
    }

    @Test
    void aRotatingPresidencyWithItsPeriodIsAChair() {
        Extraction x = extract("Mongolia menjabat sebagai presiden bergilir SCO periode 2030-2031, kata seorang pejabat.", 2030);
        assertEquals(1, x.chairs.size(), Facts.describe(x));
        Extraction.Chair c = x.chairs.get(0);
        assertEquals("Q711", id(c.state()));
        assertEquals(2030, c.from());
        assertEquals(2031, c.to());
    }

    @Test
    void aPresidentOfAStateIsNoChair() {
        Extraction x = extract("Presiden Mongolia menghadiri KTT SCO periode 2030-2031 di Astana.", 2030);
        assertTrue(x.chairs.isEmpty(), Facts.describe(x));
    }

    @Test
    void anAbbreviationInParenthesesAfterATitleIsNoName() {
        Extraction x = extract("""
                Perdana Menteri (PM) Mongolia Batbayar Ganzorig tiba di Astana untuk KTT SCO.
                Juru bicara Kementerian Luar Negeri (Kemlu) Mongolia Tsend Oyuun mengatakan hal itu.
                """, 2030);
        java.util.Set<String> names = x.offices.stream().map(o -> o.person().name()).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("Batbayar Ganzorig", "Tsend Oyuun"), names, Facts.describe(x));
    }
}
