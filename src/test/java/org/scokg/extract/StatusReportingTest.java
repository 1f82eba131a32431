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

    /** State id to its status notation, for every state given a status. */
    private static Map<String, String> statuses(Extraction x) {
        return x.statuses.stream().collect(Collectors.toMap(s -> id(s.state()), s -> s.status().notation(),
                (p, q) -> p.equals(q) ? p : p + "+" + q));
    }

    @Test
    void aStatusSetApartFromTheListIsNotTheirs() {
        Extraction x = extract("SCO bertemu di Astana. Selain tujuh anggota tetap, tiga negara lain yaitu Mongolia, Nepal dan Turki "
                + "memegang status pengamat di SCO.", 2024);
        assertEquals(Map.of("Q711", "observer", "Q837", "observer", "Q43", "observer"), statuses(x), Facts.describe(x));
    }

    @Test
    void aStatusWithThePossessiveSuffixOpensTheList() {
        Extraction x = extract("SCO bertemu di Astana. Adapun mitra wicaranya adalah Mesir, Qatar dan Kamboja.", 2024);
        assertEquals(Map.of("Q79", "dialogue_partner", "Q846", "dialogue_partner", "Q424", "dialogue_partner"), statuses(x),
                Facts.describe(x));
    }

    @Test
    void foundersNamedAfterAFoundingPhraseAndTheListBeforeSelainShareIt() {
        Extraction x = extract("SCO bertemu di Astana. Selain China dan Rusia, negara lain yang ikut mendirikan organisasi itu "
                + "adalah Kazakhstan dan Tajikistan.", 2024);
        assertEquals(Map.of("Q148", "", "Q159", "", "Q232", "", "Q863", ""), membersSince(x), Facts.describe(x));
    }

    @Test
    void aFoundingPhraseOfAnotherBodyNamesNoMembers() {
        Extraction x = extract("SCO bertemu di Astana. Negara yang mendirikan ASEAN adalah Indonesia dan Malaysia.", 2024);
        assertEquals(Map.of(), membersSince(x), Facts.describe(x));
    }

    @Test
    void theStatesOfTheOrganisationNamedAfterTheNoun() {
        Extraction x = extract("Bantuan itu disetujui oleh lima negara SCO, yaitu India, Pakistan, Uzbekistan, Kirgistan dan Iran.", 2024);
        assertEquals(Map.of("Q668", "", "Q843", "", "Q265", "", "Q813", "", "Q794", ""), membersSince(x), Facts.describe(x));
    }

    @Test
    void statesThatBelongToTheOrganisationAreUndatedMembers() {
        Extraction x = extract("Pada 2022 latihan itu diikuti Armenia, Belarus dan Laos, yang semuanya tergabung dalam SCO.", 2024);
        assertEquals(Map.of("Q399", "", "Q184", "", "Q819", ""), membersSince(x), Facts.describe(x));
    }

    @Test
    void aJoiningWhoseVerbIsLeftOutTakesItsOwnDate() {
        Extraction x = extract("SCO kian besar. Kemudian Mongolia bergabung pada 2015, Myanmar pada 2019 serta Bahrain pada 2022.", 2024);
        assertEquals(Map.of("Q711", "2015", "Q836", "2019", "Q398", "2022"), membersSince(x), Facts.describe(x));
    }

    @Test
    void membersNamedByTheirLeadersWithTheStateInParentheses() {
        Extraction x = extract("SCO bertemu di Astana. Hadir enam kepala negara anggota SCO: Presiden Emomali Rahmon (Tajikistan), "
                + "Presiden Sadyr Japarov (Kirgistan) dan Presiden Kassym-Jomart Tokayev (Kazakhstan).", 2024);
        assertEquals(Map.of("Q863", "", "Q813", "", "Q232", ""), membersSince(x), Facts.describe(x));
    }

    @Test
    void aStatusAfterSelainStillNamesTheListAndAntaraLainSetsNothingApart() {
        Extraction x = extract("SCO bertemu di Astana. Selain tiga negara pengamat, yaitu Mongolia, Nepal dan Turki, SCO juga memiliki "
                + "negara-negara mitra dialog, antara lain Mesir dan Qatar.", 2024);
        assertEquals(Map.of("Q711", "observer", "Q837", "observer", "Q43", "observer", "Q79", "dialogue_partner",
                "Q846", "dialogue_partner"), statuses(x), Facts.describe(x));
    }
}
