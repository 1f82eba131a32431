package org.scokg.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scokg.extract.Lexicon;

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
}
