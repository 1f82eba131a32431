package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scokg.extract.Facts.id;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.Extraction;

/** What the extractor must not find: facts of other organisations, statuses not yet held, unchecked counts. */
class ExtractionGuardsTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    private static Extraction extract(String body, int year) {
        return EXTRACTOR.extract(Corpus.article("guard.txt", Corpus.antara("Jakarta", body, year)));
    }

    static Stream<Path> offTopicArticles() {
        Stream<Path> testArticles = Corpus.txt(Corpus.TEST_ARTICLES).stream()
                .filter(p -> p.getFileName().toString().matches("11[01]_.*"));
        Stream<Path> fixtures = Corpus.txt(Corpus.FIXTURES).stream()
                .filter(p -> p.getFileName().toString().startsWith("offtopic_"));
        return Stream.concat(testArticles, fixtures);
    }

    @Test
    void thereAreOffTopicArticles() {
        assertTrue(offTopicArticles().count() >= 1);
    }

    @ParameterizedTest
    @MethodSource("offTopicArticles")
    void anOffTopicArticleYieldsNoFacts(Path file) {
        Extraction x = EXTRACTOR.extract(Corpus.read(file));
        Map<String, Integer> counts = x.counts();
        counts.remove("notes");
        assertTrue(counts.values().stream().allMatch(n -> n == 0), file + " yields facts: " + Facts.describe(x));
        assertFalse(x.mentions.isEmpty(), "names are still recognised in " + file);
    }

    @Test
    void aMemorandumOrAProcedureIsNotAStatus() {
        Extraction x = extract("""
                Anggota penuh SCO adalah China, Rusia dan India.
                Memorandum pemberian status mitra dialog kepada Qatar ditandatangani dalam KTT SCO pada 2022.
                SCO memulai prosedur penerimaan Myanmar sebagai mitra dialog.
                Negara yang mengajukan permohonan menjadi mitra dialog SCO yaitu Bahrain dan Kuwait.
                Dalam KTT SCO itu, Mesir menandatangani nota kesepahaman untuk menjadi mitra dialog.
                """, 2022);
        Set<String> withStatus = x.statuses.stream().map(s -> id(s.state())).collect(Collectors.toSet());
        assertEquals(Set.of("Q148", "Q159", "Q668"), withStatus,
                "only the members have a status; memoranda, procedures and applications give none: " + Facts.describe(x));
    }

    @Test
    void theSameSentencesWithoutMemorandumOrProcedureGiveAStatus() {
        // The control for the test above: the rules do fire on these sentence shapes.
        Extraction x = extract("""
                Anggota penuh SCO adalah China, Rusia dan India.
                Pemberian status mitra dialog kepada Qatar disetujui dalam KTT SCO pada 2022.
                SCO menyetujui penerimaan Myanmar sebagai mitra dialog.
                Negara yang menjadi mitra dialog SCO yaitu Bahrain dan Kuwait.
                Dalam KTT SCO itu, Mesir resmi menjadi mitra dialog.
                """, 2022);
        Set<String> partners = x.statuses.stream().filter(s -> s.status() == MembershipStatus.DIALOGUE_PARTNER)
                .map(s -> id(s.state())).collect(Collectors.toSet());
        assertEquals(Set.of("Q846", "Q836", "Q398", "Q817", "Q79"), partners, Facts.describe(x));
    }

    @Test
    void aListShorterThanItsCountIsAQualityNote() {
        Extraction x = extract("SCO memiliki tiga negara pengamat yaitu Mongolia dan Afghanistan.", 2022);
        assertEquals(Set.of("Q711", "Q889"), x.statuses.stream().filter(s -> s.status() == MembershipStatus.OBSERVER)
                .map(s -> id(s.state())).collect(Collectors.toSet()), Facts.describe(x));
        assertCountNote(x, 3, 2);
    }

    @Test
    void aListOfHeadsOfStateShorterThanItsCountIsAQualityNote() {
        Extraction x = extract("Dalam KTT SCO di Astana pada 4 Juli 2024, hadir juga tiga kepala negara pemantau yaitu Mongolia dan Afghanistan.", 2024);
        assertCountNote(x, 3, 2);
    }

    @Test
    void moreProposalsAnnouncedThanNumberedIsAQualityNote() {
        Extraction x = extract("""
                Dalam KTT SCO di Bishkek pada 26 Oktober 2023, Perdana Menteri China Li Qiang menawarkan lima usulan.
                "Pertama, kita perlu memperkuat keamanan regional," kata Li Qiang.
                "Kedua, kita perlu mempercepat pemulihan ekonomi," tambah Li Qiang.
                """, 2023);
        assertEquals(2, x.proposals.size(), Facts.describe(x));
        assertCountNote(x, 5, 2);
    }

    @Test
    void aListThatMatchesItsCountHasNoNote() {
        Extraction x = extract("SCO memiliki dua negara pengamat yaitu Mongolia dan Afghanistan.", 2022);
        assertTrue(x.notes.isEmpty(), Facts.describe(x));
    }

    private static void assertCountNote(Extraction x, int expected, int found) {
        List<Extraction.QualityNote> notes = x.notes.stream()
                .filter(n -> n.expected() != null && n.expected() == expected && n.found() != null && n.found() == found)
                .toList();
        assertEquals(1, notes.size(), "a quality note 'expected " + expected + ", found " + found + "': " + Facts.describe(x));
        assertTrue(notes.get(0).text().contains(String.valueOf(expected)), notes.get(0).text());
    }
}
