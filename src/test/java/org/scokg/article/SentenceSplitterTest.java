package org.scokg.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scokg.extract.mention.Lexicon;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(Lexicon.load().words("abbreviations"));

    private List<String> split(String paragraph) {
        return splitter.split(paragraph, 0).stream().map(s -> paragraph.substring(s[0], s[1])).toList();
    }

    @Test
    void splitsAtFullStopsBeforeACapital() {
        assertEquals(List.of("SCO didirikan pada 2001.", "Markasnya di Beijing."),
                split("SCO didirikan pada 2001. Markasnya di Beijing."));
    }

    @Test
    void splitsAtQuestionAndExclamationMarks() {
        assertEquals(List.of("Apa itu SCO?", "Sebuah organisasi regional!", "Benar."),
                split("Apa itu SCO? Sebuah organisasi regional! Benar."));
    }

    @Test
    void doesNotSplitAfterAnAbbreviation() {
        assertEquals(List.of("Menurut Prof. Hikmahanto dan Dr. Dino, SCO makin penting.", "Keduanya hadir."),
                split("Menurut Prof. Hikmahanto dan Dr. Dino, SCO makin penting. Keduanya hadir."));
        assertEquals(List.of("Kantornya di Jl. Sudirman No. 5 Jakarta."),
                split("Kantornya di Jl. Sudirman No. 5 Jakarta."));
    }

    @Test
    void doesNotSplitAfterASingleInitial() {
        assertEquals(List.of("Menteri Luar Negeri India S. Jaishankar hadir di Astana.", "Ia bertemu Wang Yi."),
                split("Menteri Luar Negeri India S. Jaishankar hadir di Astana. Ia bertemu Wang Yi."));
        assertEquals(List.of("Editor M. Razi Rahman dan A. B. Susanto menulisnya."),
                split("Editor M. Razi Rahman dan A. B. Susanto menulisnya."));
    }

    @Test
    void doesNotSplitInsideNumbers() {
        assertEquals(List.of("Perdagangan mencapai 2,3 triliun dolar AS dengan 14.000 kilometer rute dan 110.000 layanan.",
                        "Angka itu naik 3.5 persen."),
                split("Perdagangan mencapai 2,3 triliun dolar AS dengan 14.000 kilometer rute dan 110.000 layanan. Angka itu naik 3.5 persen."));
    }

    @Test
    void splitsBeforeASentenceThatStartsWithANumber() {
        assertEquals(List.of("Ada sepuluh anggota.", "26 negara ikut serta."),
                split("Ada sepuluh anggota. 26 negara ikut serta."));
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertEquals(List.of("\"Kami siap membantu,\" kata Xi.", "\"Kami juga hadir.\"", "Lalu ia pergi."),
                split("\"Kami siap membantu,\" kata Xi. \"Kami juga hadir.\" Lalu ia pergi."));
        assertEquals(List.of("“Kerja sama harus diperdalam.”", "Demikian kata Li Qiang."),
                split("“Kerja sama harus diperdalam.” Demikian kata Li Qiang."));
    }

    @Test
    void splitsInsideAQuoteOfSeveralSentences() {
        assertEquals(List.of("\"Kami siap membangun pusat AI.", "Kami menyambut semua pihak,\" tambah Presiden Xi."),
                split("\"Kami siap membangun pusat AI. Kami menyambut semua pihak,\" tambah Presiden Xi."));
    }

    @Test
    void offsetsAreShiftedAndTrimmed() {
        String paragraph = "  SCO bertemu.  Rusia hadir.   ";
        List<int[]> spans = splitter.split(paragraph, 100);
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {102, 114}, spans.get(0));
        assertArrayEquals(new int[] {116, 128}, spans.get(1));
    }

    @Test
    void aParagraphWithoutFinalStopIsOneSentence() {
        assertEquals(List.of("Baca selengkapnya di situs SCO"), split("Baca selengkapnya di situs SCO"));
    }

    @Test
    void aLongRunWithoutSentenceEndsIsCutAfterClauseMarks() {
        String paragraph = "negara anggota SCO bekerja sama di bidang ekonomi, ".repeat(20_000).strip();
        List<int[]> spans = splitter.split(paragraph, 0);
        assertTrue(spans.size() > paragraph.length() / SentenceSplitter.MAX_SENTENCE_LENGTH, "pieces: " + spans.size());
        for (int[] span : spans.subList(0, spans.size() - 1)) {
            assertTrue(span[1] - span[0] <= SentenceSplitter.MAX_SENTENCE_LENGTH);
            assertEquals(',', paragraph.charAt(span[1] - 1), "cut after a comma");
        }
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheLimit() {
        String paragraph = "x".repeat(2_500);
        assertEquals(List.of("x".repeat(1000), "x".repeat(1000), "x".repeat(500)), split(paragraph));
    }

    @Test
    void aRunOfMarksEndsOneSentence() {
        assertEquals(List.of("Benarkah?!?!...", "Ya."), split("Benarkah?!?!... Ya."));
        assertEquals(List.of("Ia tiba bersama A. B. C. Jaishankar."), split("Ia tiba bersama A. B. C. Jaishankar."));
    }

    /** Whatever the text: sentences in order, within the limit, trimmed, and covering every non-space character. */
    @Property(tries = 300)
    void sentencesAreBoundedAndCoverTheParagraph(@ForAll("paragraphs") String paragraph) {
        List<int[]> spans = splitter.split(paragraph, 7);
        int covered = 7;
        for (int[] span : spans) {
            assertTrue(span[0] >= covered && span[0] < span[1], "ordered and non-empty");
            assertTrue(span[1] - span[0] <= SentenceSplitter.MAX_SENTENCE_LENGTH, "bounded");
            assertTrue(paragraph.substring(covered - 7, span[0] - 7).isBlank(), "only space between sentences");
            assertFalse(Character.isWhitespace(paragraph.charAt(span[0] - 7)), "trimmed start");
            assertFalse(Character.isWhitespace(paragraph.charAt(span[1] - 8)), "trimmed end");
            covered = span[1];
        }
        assertTrue(paragraph.substring(covered - 7).isBlank(), "the end is covered");
    }

    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("SCO", "Dr", "A", "x", "kerja", "2024", "Presiden", "dan"),
                Arbitraries.strings().withChars(".!?,;\"”’' ").ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(300).ofMaxLength(1500));
        return piece.list().ofMaxSize(200).map(pieces -> String.join(" ", pieces).strip());
    }
}
