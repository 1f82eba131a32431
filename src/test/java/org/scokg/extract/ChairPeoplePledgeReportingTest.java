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

    @Test
    void aChairWithoutAPeriodTakesTheYearTheSentenceNamesWithLessConfidenceAndANote() {
        Extraction x = extract("KTT SCO digelar di Astana. Mongolia memegang kursi kepresidenan SCO tahun ini.", 2030);
        assertEquals(1, x.chairs.size(), Facts.describe(x));
        Extraction.Chair c = x.chairs.get(0);
        assertEquals("Q711", id(c.state()));
        assertEquals(2030, c.from());
        assertEquals(2031, c.to());
        assertTrue(c.source().confidence() < ChairRule.PERIOD_GIVEN.confidence(), Facts.describe(x));
        assertTrue(x.notes.stream().anyMatch(n -> n.text().contains("No period is written")), Facts.describe(x));
    }

    @Test
    void aChairWordWithoutPeriodOrOrganisationIsNoChair() {
        Extraction x = extract("KTT SCO digelar di Astana. Mongolia membahas kepresidenan bergilir Uni Eropa tahun ini.", 2030);
        assertTrue(x.chairs.isEmpty(), Facts.describe(x));
    }

    @Test
    void aNominalisedVerbBeforeTheStateMakesNoPledge() {
        Extraction x = extract("KTT SCO digelar di Astana. Menurut pengamat, masuknya Mongolia akan memperkuat pengaruh SCO.", 2030);
        assertTrue(x.pledges.isEmpty(), Facts.describe(x));
    }

    @Test
    void aReadinessToCooperateWithoutAnAmountIsNoPledge() {
        Extraction x = extract("KTT SCO digelar di Astana. \"Kami siap bekerja sama dengan semua negara,\" kata Presiden Mongolia Batbayar Ganzorig.", 2030);
        assertTrue(x.pledges.isEmpty(), Facts.describe(x));
    }

    @Test
    void aPronounSubjectPledgesForTheStateOfThePersonNamedBefore() {
        Extraction x = extract("KTT SCO digelar di Astana. Presiden Mongolia Batbayar Ganzorig berpidato di Astana. "
                + "Ia juga berjanji memberikan hibah senilai 3 miliar yuan kepada negara anggota SCO.", 2030);
        assertEquals(1, x.pledges.size(), Facts.describe(x));
        assertEquals("Q711", id(x.pledges.get(0).pledger()));
        assertEquals(0, new java.math.BigDecimal("3000000000").compareTo(x.pledges.get(0).quantity().value()), Facts.describe(x));
    }

    @Test
    void twoVerbsJoinedByDanAreTwoPledgesAndAPlanIsOne() {
        Extraction x = extract("KTT SCO digelar di Astana. Dalam tiga tahun ke depan, Mongolia akan membangun 20 sekolah di negara anggota "
                + "SCO dan menyediakan 5.000 beasiswa. Mongolia berencana untuk membiayai 50 proyek air bersih.", 2030);
        java.util.Set<Integer> amounts = x.pledges.stream().map(p -> p.quantity().value().intValue())
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of(20, 5000, 50), amounts, Facts.describe(x));
    }

    @Test
    void aRankAndBodyWordsAfterATitleAreNoName() {
        Extraction x = extract("""
                KTT SCO digelar di Astana.
                Juru bicara II Kementerian Luar Negeri Mongolia, Tsend Oyuun, mengatakan hal itu.
                Menteri Keamanan Publik Mongolia Letnan Jenderal Batbayar Ganzorig hadir.
                """, 2030);
        java.util.Set<String> names = x.offices.stream().map(o -> o.person().name()).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("Tsend Oyuun", "Batbayar Ganzorig"), names, Facts.describe(x));
    }
}
