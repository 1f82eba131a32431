package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scokg.extract.Facts.id;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.analysis.TriggerWords;

/**
 * How real reporting states statuses, attendance, pledges and meetings, each generalisation with a
 * sentence that needs it and, where it guards precision, one it must leave alone. The sentences are
 * written for these tests.
 */
class RealReportingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final String CHINA = "Q148";
    private static final String RUSSIA = "Q159";
    private static final String TURKEY = "Q43";
    private static final String MONGOLIA = "Q711";

    private static Extraction extract(String body, int year) {
        return EXTRACTOR.extract(Corpus.article("real.txt", Corpus.antara("Jakarta", body, year)));
    }

    private static Set<String> withStatus(Extraction x, MembershipStatus status) {
        return x.statuses.stream().filter(s -> s.status() == status).map(s -> id(s.state())).collect(Collectors.toSet());
    }

    private static Set<String> participants(Extraction x) {
        return x.participations.stream().map(p -> id(p.state())).collect(Collectors.toSet());
    }

    @Test
    void anOrganisationMadeOfStatesListsItsMembers() {
        Extraction x = extract("""
                SCO, yang kini terdiri dari China, Rusia dan India, menggelar pertemuan tahunan.
                Organisasi itu juga meliputi negara-negara di Asia Tengah seperti Kazakhstan dan Tajikistan.
                """, 2024);
        assertEquals(Set.of(CHINA, RUSSIA, "Q668"), withStatus(x, MembershipStatus.MEMBER), Facts.describe(x));
    }

    @Test
    void aDelegationMadeOfStatesIsNoMembership() {
        Extraction x = extract("Delegasi ASEAN yang terdiri dari Malaysia dan Thailand bertemu pejabat SCO.", 2024);
        assertTrue(x.statuses.isEmpty(), Facts.describe(x));
    }

    @Test
    void inclusionWordsAndAListEndingInHinggaOpenAStatusList() {
        Extraction x = extract("""
                Mitra dialog SCO di antaranya Turki, Mesir, hingga Qatar.
                """, 2024);
        assertEquals(Set.of(TURKEY, "Q79", "Q846"), withStatus(x, MembershipStatus.DIALOGUE_PARTNER), Facts.describe(x));
    }

    @Test
    void aStatusHeldAfterTheListAndFoundersNamedByCount() {
        Extraction x = extract("""
                Mongolia dan Afghanistan memiliki status pengamat di SCO.
                SCO didirikan pada 2001 oleh enam negara, yaitu China, Rusia, Kazakhstan, Kirgizstan, Tajikistan dan Uzbekistan.
                """, 2024);
        assertEquals(Set.of(MONGOLIA, "Q889"), withStatus(x, MembershipStatus.OBSERVER), Facts.describe(x));
        assertEquals(1, x.foundings.size(), Facts.describe(x));
        assertEquals(6, x.foundings.get(0).founders().size());
    }

    @Test
    void oneTriggerRootMatchesItsAffixedForms() {
        Lexicon lexicon = Lexicon.load();
        TriggerWords attendance = new TriggerWords(lexicon, "participation/attendance-roots");
        for (String form : new String[] {"hadir", "menghadiri", "dihadiri", "kehadiran", "menghadirinya", "berpartisipasi", "mengikuti"}) {
            assertTrue(attendance.matches(form), form);
        }
        assertFalse(attendance.matches("hadiah"));
        Extraction x = extract("""
                KTT SCO digelar di Astana pada 4 Juli 2024.
                Presiden Turki Recep Tayyip Erdogan menghadirinya sebagai tamu.
                """, 2024);
        assertEquals(Set.of(TURKEY), participants(x), Facts.describe(x));
        assertEquals(MembershipStatus.GUEST, x.participations.get(0).role());
    }

    @Test
    void aPronounSubjectIsTheLastNamedPerson() {
        Extraction x = extract("""
                KTT SCO digelar di Astana pada 4 Juli 2024.
                Presiden Mongolia Ukhnaagiin Khurelsukh berbicara kepada wartawan setibanya di bandara.
                Ia kemudian menghadiri KTT itu.
                """, 2024);
        assertEquals(Set.of(MONGOLIA), participants(x), Facts.describe(x));
        assertEquals("Ukhnaagiin Khurelsukh", x.participations.get(0).representative().name());
    }

    @Test
    void akanWithAVerbOfAnEventOrAPassiveIsNoPledge() {
        Extraction x = extract("""
                Dalam KTT SCO di Astana pada 4 Juli 2024, China akan menghadiri sesi dialog dengan mitra SCO.
                Rusia akan diterima sebagai tuan rumah latihan bersama SCO.
                India akan bergabung dalam latihan militer SCO.
                """, 2024);
        assertTrue(x.pledges.isEmpty(), Facts.describe(x) + " pledges " + x.pledges);
        Extraction control = extract("Dalam KTT SCO di Astana pada 4 Juli 2024, China akan membangun 100 sekolah di negara anggota SCO.", 2024);
        assertEquals(1, control.pledges.size(), "a commitment after akan is a pledge");
    }

    @Test
    void anOrdinalNumbersTheMeetingOnlyRightAfterTheMeetingWord() {
        Extraction numbered = extract("KTT SCO yang ke-25 digelar di Tianjin pada 31 Agustus 2025.", 2025);
        assertEquals(25, numbered.meetings.get(0).ordinal);
        Extraction counted = extract("Untuk kelima kalinya China menjadi tuan rumah KTT SCO di Tianjin pada 31 Agustus 2025.", 2025);
        assertNull(counted.meetings.get(0).ordinal, "an ordinal of the host's turns is not the meeting's");
    }

    @Test
    void anEventAtAnotherPlaceDoesNotTakeTheSummitsParticipants() {
        Extraction x = extract("""
                KTT SCO digelar di Tianjin pada 31 Agustus 2025.
                Presiden Turki Recep Tayyip Erdogan menghadiri upacara di Beijing sebelumnya.
                Presiden Rusia Vladimir Putin menghadiri KTT itu di Tianjin.
                """, 2025);
        assertEquals(Set.of(RUSSIA), participants(x), Facts.describe(x));
    }
}
