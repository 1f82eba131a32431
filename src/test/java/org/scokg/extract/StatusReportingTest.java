package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scokg.extract.Facts.id;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.extract.analysis.Extraction;
import org.scokg.reference.DateValue;
import org.scokg.vocab.MembershipStatus;

/**
 * Statuses as real reporting words them where the date or the organisation is not where the
 * ANTARA-style rules expect it. The sentences are written for these tests.
 */
class StatusReportingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    private static Extraction extract(String body, int year) {
        return EXTRACTOR.extract(Corpus.article("status.txt", Corpus.antara("Jakarta", body, year)));
    }

    /** State id to the lexical date of its membership, "" when undated. */
    private static Map<String, String> membersSince(Extraction x) {
        return x.statuses.stream().filter(s -> s.status() == MembershipStatus.MEMBER)
                .collect(Collectors.toMap(s -> id(s.state()), s -> lexical(s.since()), (p, q) -> p.isEmpty() ? q : p));
    }

    private static String lexical(DateValue d) {
        return d == null ? "" : d.lexical();
    }

    @Test
    void aJoiningDatedAtTheStartOfItsClause() {
        Extraction x = extract("Organisasi itu kian besar. Pada 2019, Mongolia dan Turki turut bergabung dalam SCO.", 2024);
        assertEquals(Map.of("Q711", "2019", "Q43", "2019"), membersSince(x), Facts.describe(x));
    }

    @Test
    void aDateInAnEarlierClauseDoesNotDateTheJoining() {
        Extraction x = extract("Forum itu dibentuk pada 2012; Mongolia dan Turki kini bergabung dalam SCO.", 2024);
        assertEquals(Map.of("Q711", "", "Q43", ""), membersSince(x), Facts.describe(x));
    }

    @Test
    void aPassiveFoundingWhoseSubjectPointsBackToTheOrganisation() {
        Extraction x = extract("""
                SCO menggelar pertemuan di Astana.
                Pengelompokan ini didirikan pada tahun 2001 oleh China, Rusia dan Kazakhstan.
                """, 2024);
        assertEquals(Map.of("Q148", "2001", "Q159", "2001", "Q232", "2001"), membersSince(x), Facts.describe(x));
    }

    @Test
    void aPassiveFoundingOfAnotherNamedBodyGivesNoMembership() {
        Extraction x = extract("""
                SCO menggelar pertemuan di Astana.
                Bank ASEAN didirikan pada tahun 2001 oleh China, Rusia dan Kazakhstan.
                """, 2024);
        assertEquals(Map.of(), membersSince(x), Facts.describe(x));
    }

    @Test
    void aListOfJoinersEachDatedByTheYearInParentheses() {
        Extraction x = extract("Keanggotaan SCO meluas dengan bergabungnya Mongolia dan Turki (2019), Mesir (2021), serta Qatar (2022).", 2024);
        assertEquals(Map.of("Q711", "2019", "Q43", "2019", "Q79", "2021", "Q846", "2022"), membersSince(x), Facts.describe(x));
    }
}
