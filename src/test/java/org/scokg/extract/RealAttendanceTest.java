package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scokg.extract.Facts.id;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.extract.analysis.Extraction;
import org.scokg.vocab.MembershipStatus;

/**
 * Who attended a meeting and when and where it was, as real reporting tells it: attendance needs a
 * trigger tied to the meeting, and people and states named beside it for other reasons (a venue's
 * state, a counterpart met there, an organisation's officer, another event) do not attend it. Each
 * generalisation with a sentence that needs it and one it must leave alone; the sentences are
 * written for these tests.
 */
class RealAttendanceTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final String CHINA = "Q148";
    private static final String RUSSIA = "Q159";
    private static final String KYRGYZSTAN = "Q813";
    private static final String MALAYSIA = "Q833";
    private static final String SAMARKAND = "Q5753";

    private static Extraction extract(String body, int year) {
        return EXTRACTOR.extract(Corpus.article("real.txt", Corpus.antara("Jakarta", body, year)));
    }

    private static Set<String> participants(Extraction x) {
        return x.participations.stream().map(p -> id(p.state())).collect(Collectors.toSet());
    }

    @Test
    void aWeakCueAttendsOnlyInASentenceNamingTheMeetingOrItsVenue() {
        Extraction x = extract("""
                KTT SCO digelar di Bishkek pada 12 Oktober 2023.
                Sergei Ivanov, perwakilan presiden Rusia untuk urusan SCO, berbicara dalam sebuah forum ekonomi.
                """, 2023);
        assertTrue(x.participations.isEmpty(), Facts.describe(x));
        Extraction control = extract("""
                KTT SCO digelar di Bishkek pada 12 Oktober 2023.
                Delegasi Rusia di Bishkek dipimpin oleh Menteri Luar Negeri Sergei Lavrov.
                """, 2023);
        assertEquals(Set.of(RUSSIA), participants(control), Facts.describe(control));
    }

    @Test
    void theStateOfTheVenueAndALeadersWordInTheMeetingsNameAttendNothing() {
        Extraction x = extract("""
                Menteri Luar Negeri China Wang Yi menghadiri pertemuan Dewan Menteri Luar Negeri SCO di Bishkek, Kirgizstan, pada 12 Mei 2023.
                """, 2023);
        assertEquals(Set.of(CHINA), participants(x), Facts.describe(x));
        Extraction control = extract("""
                KTT SCO di Bishkek pada 12 Oktober 2023 dihadiri para pemimpin Kirgizstan, China dan Rusia.
                """, 2023);
        assertEquals(Set.of(KYRGYZSTAN, CHINA, RUSSIA), participants(control), Facts.describe(control));
    }

    @Test
    void aCounterpartMetAtTheMeetingAndAnOrganisationsOfficerAttendForNoState() {
        Extraction x = extract("""
                Presiden China Xi Jinping menghadiri KTT SCO di Astana pada 4 Juli 2024.
                Selain menghadiri KTT SCO, Xi juga dijadwalkan bertemu dengan Presiden Kazakhstan Kassym-Jomart Tokayev.
                Sekretaris Jenderal PBB Antonio Guterres juga hadir dalam KTT SCO itu.
                """, 2024);
        assertEquals(Set.of(CHINA), participants(x), Facts.describe(x));
        Extraction metThere = extract("""
                Presiden Rusia Vladimir Putin bertemu dengan Presiden China Xi Jinping pada Rabu (3/7/2024) di KTT SCO di Astana.
                """, 2024);
        assertEquals(Set.of(CHINA, RUSSIA), participants(metThere), Facts.describe(metThere));
    }

    @Test
    void aSpeechAtTheMeetingIsAttendance() {
        Extraction x = extract("""
                Presiden China Xi Jinping berpidato pada pembukaan KTT SCO di Tianjin pada 1 September 2025.
                """, 2025);
        assertEquals(Set.of(CHINA), participants(x), Facts.describe(x));
        Extraction elsewhere = extract("""
                KTT SCO digelar di Tianjin pada 1 September 2025.
                Sebulan kemudian Presiden Rusia Vladimir Putin berpidato di sebuah universitas.
                """, 2025);
        assertTrue(elsewhere.participations.isEmpty(), Facts.describe(elsewhere));
    }

    @Test
    void aNumberedPointOfASpeechUrgingItsSpeakersIsAProposal() {
        Extraction x = extract("""
                Presiden China Xi Jinping berpidato pada KTT SCO di Astana pada 4 Juli 2024.
                Kedua, kita harus memperluas perdagangan dalam mata uang lokal.
                Ketiga, Rusia mengirim delegasi besar.
                """, 2024);
        assertEquals(1, x.proposals.size(), x.proposals.toString());
        assertEquals(2, x.proposals.get(0).ordinal());
        assertTrue(x.proposals.get(0).text().contains("mata uang lokal"));
    }

    @Test
    void whoAttendsAnotherKindOfEventDoesNotAttendTheSummit() {
        Extraction x = extract("""
                Presiden China Xi Jinping menjadi tuan rumah KTT SCO di Tianjin pada 31 Agustus 2025, sebelum parade militer di Beijing.
                Parade tersebut juga akan dihadiri Presiden Rusia Vladimir Putin.
                """, 2025);
        assertTrue(!participants(x).contains(RUSSIA), Facts.describe(x));
    }

    @Test
    void aStateWithoutAnyStatusOnTheDayAttendsAsAGuest() {
        Extraction x = extract("""
                Perdana Menteri Malaysia Anwar Ibrahim menghadiri KTT SCO di Tianjin pada 31 Agustus 2025.
                """, 2025);
        assertEquals(Set.of(MALAYSIA), participants(x), Facts.describe(x));
        assertEquals(MembershipStatus.GUEST, x.participations.get(0).role());
    }

    @Test
    void aVenueNamedInOneSentenceAndADateInTheNextAreOneMeeting() {
        Extraction x = extract("""
                Menteri Luar Negeri China Wang Yi menghadiri pertemuan Dewan Menteri Luar Negeri SCO di Bishkek pada 12 Mei 2022.
                Ia juga akan meninjau persiapan KTT SCO di Samarkand. KTT SCO yang akan digelar pada 15-16 September 2022 itu dihadiri Presiden Rusia Vladimir Putin.
                """, 2022);
        assertEquals(2, x.meetings.size(), Facts.describe(x) + " " + x.meetings);
        Extraction.Meeting samarkand = x.meetings.get(1);
        assertEquals(SAMARKAND, id(samarkand.place));
        assertEquals("2022-09-15", Facts.date(samarkand.date));
    }

    @Test
    void aCityIsTheVenueAfterAPrepositionOrANameNotInAnotherClause() {
        Extraction later = extract("""
                India memulai proses masuk SCO setelah pertemuan puncak yang dianggap Presiden Vladimir Putin sebagai pertanda bahwa Moskow tidak terisolasi.
                """, 2015);
        assertTrue(later.meetings.stream().noneMatch(m -> m.place != null), later.meetings.toString());
        Extraction gathered = extract("""
                Presiden Iran Ebrahim Raisi berada di kota Samarkand untuk berpartisipasi dalam KTT SCO pada 15 September 2022.
                """, 2022);
        assertEquals(SAMARKAND, id(gathered.meetings.get(0).place), gathered.meetings.toString());
    }

    @Test
    void theHostWelcomingLeadersAtTheMeetingMakesThemAttend() {
        Extraction x = extract("""
                Presiden China Xi Jinping akan menjamu Presiden Rusia Vladimir Putin dalam KTT SCO di Tianjin pada 31 Agustus 2025.
                """, 2025);
        assertEquals(Set.of(CHINA, RUSSIA), participants(x), Facts.describe(x));
    }

    @Test
    void everyStateAmongTheAgentsOfAPassiveVerbOfAttendingTookPart() {
        Extraction x = extract("""
                Pertemuan Sekretaris Dewan Keamanan SCO berlangsung di Bishkek pada 12 Mei 2023.
                Pertemuan itu dihadiri oleh Sergei Ivanov – Rusia, juga dari China – Li Wei, dan Sekretaris Dewan Keamanan Kirgizstan – Marat Usenov, yang membahas situasi di Afghanistan.
                """, 2023);
        assertEquals(Set.of(RUSSIA, CHINA, KYRGYZSTAN), participants(x), Facts.describe(x));
    }

    @Test
    void theHostOfTheMeetingReportedAttendsItNotTheHostOfTheNext() {
        Extraction x = extract("""
                Presiden China Xi Jinping menjadi tuan rumah KTT SCO di Tianjin pada 31 Agustus 2025.
                Kirgizstan akan menjadi tuan rumah KTT SCO berikutnya.
                """, 2025);
        assertEquals(Set.of(CHINA), participants(x), Facts.describe(x));
    }

    @Test
    void aVenueOfAnotherYearTakesNoDateOfTheMeetingReported() {
        Extraction x = extract("""
                Para pemimpin SCO akan mengadakan pertemuan puncak secara virtual pada 4 Juli 2023.
                Tahun lalu di sela-sela KTT di Samarkand, kedua pemimpin bertemu.
                """, 2023);
        assertTrue(x.meetings.stream().noneMatch(m -> m.place != null && m.date != null), x.meetings.toString());
    }

    @Test
    void aDateRightBeforeAVerbOfAnnouncingDatesTheAnnouncement() {
        Extraction x = extract("""
                Kementerian Luar Negeri China pada Jumat (22/8/2025) mengumumkan Presiden Rusia Vladimir Putin akan menghadiri KTT SCO di Tianjin.
                """, 2025);
        assertEquals(1, x.meetings.size(), x.meetings.toString());
        assertNotEquals("2025-08-22", Facts.date(x.meetings.get(0).date));
    }
}
