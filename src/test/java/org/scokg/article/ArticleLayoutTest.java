package org.scokg.article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layouts of Indonesian outlets, one form a test with an example of it beside it. The
 * examples are written for these tests; each form is recognised by its shape, not by the outlet.
 */
class ArticleLayoutTest {
    private static final ArticleLayout LAYOUT = ArticleLayout.standard();
    private static final String BODY = "Presiden China Xi Jinping membuka KTT SCO di Tianjin pada Senin (1/9) bersama para pemimpin.";
    private static final String SECOND = "Para pemimpin membahas kerja sama keamanan dan ekonomi kawasan.";

    private static ArticleLayout.Parts read(String... lines) {
        return LAYOUT.read(String.join("\n", lines));
    }

    /** Dateline forms: the line, the place it names, the outlet it names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Jakarta (ANTARA) -                 => Jakarta => ANTARA
            Beijing (ANTARA/Xinhua) -          => Beijing => ANTARA
            Moskow (ANTARA News) -             => Moskow  => ANTARA
            JAKARTA, KOMPAS.com -              => JAKARTA => KOMPAS.com
            Jakarta, CNN Indonesia --          => Jakarta => CNN Indonesia
            TEMPO.CO, Jakarta -                => Jakarta => TEMPO.CO
            Liputan6.com, Jakarta -            => Jakarta => Liputan6.com
            REPUBLIKA.CO.ID, BEIJING --        => BEIJING => REPUBLIKA.CO.ID
            Kuala Lumpur, Beritasatu.com —     => Kuala Lumpur => Beritasatu.com
            Jakarta, 15/9 (ANTARA) -           => Jakarta => ANTARA
            Ufa, Rusia, CNN Indonesia --       => Ufa     => CNN Indonesia
            BEIJING, 19 September 2022 /PRNewswire/ -- => BEIJING => PRNewswire
            """)
    void datelineWithPlaceAndOutlet(String dateline, String place, String outlet) {
        ArticleLayout.Parts parts = read(dateline + " " + BODY, SECOND);
        assertAll(dateline,
                () -> assertEquals(Optional.of(place), parts.datelinePlace()),
                () -> assertEquals(Optional.of(outlet), parts.outlet()),
                () -> assertEquals(List.of(BODY, SECOND), parts.paragraphs()));
    }

    @Test
    void datelineOfAPlaceAlone() {
        // "JAKARTA - ...": the outlet prints no name of its own
        ArticleLayout.Parts parts = read("JAKARTA - " + BODY, SECOND);
        assertEquals(Optional.of("JAKARTA"), parts.datelinePlace());
        assertEquals(Optional.empty(), parts.outlet());
        assertEquals(BODY, parts.paragraphs().get(0));
    }

    @Test
    void datelineOfADomainAlone() {
        // "KOMPAS.com - ...": the outlet, no place
        ArticleLayout.Parts parts = read("KOMPAS.com - " + BODY, SECOND);
        assertEquals(Optional.empty(), parts.datelinePlace());
        assertEquals(Optional.of("KOMPAS.com"), parts.outlet());
        assertEquals(BODY, parts.paragraphs().get(0));
    }

    @Test
    void datelineOnALineOfItsOwn() {
        ArticleLayout.Parts parts = read("Tianjin (ANTARA) -", BODY);
        assertEquals(Optional.of("Tianjin"), parts.datelinePlace());
        assertEquals(List.of(BODY), parts.paragraphs());
    }

    @Test
    void noDateline() {
        // a foreign broadcaster's Indonesian service: the text starts with its first sentence
        ArticleLayout.Parts parts = read(BODY, SECOND);
        assertEquals(Optional.empty(), parts.datelinePlace());
        assertEquals(Optional.empty(), parts.outlet());
        assertEquals(List.of(BODY, SECOND), parts.paragraphs());
    }

    @Test
    void aDashInsideTheFirstSentenceIsNoDateline() {
        String first = "Kerja sama kawasan - terutama di bidang energi - menjadi pokok bahasan KTT SCO tahun ini.";
        ArticleLayout.Parts parts = read(first, SECOND);
        assertEquals(Optional.empty(), parts.datelinePlace());
        assertEquals(first, parts.paragraphs().get(0));
    }

    @Test
    void headlineAboveTheDateline() {
        ArticleLayout.Parts parts = read("Xi umumkan tiga platform kerja sama SCO", "", "Tianjin, KOMPAS.com - " + BODY);
        assertEquals(Optional.of("Xi umumkan tiga platform kerja sama SCO"), parts.headline());
        assertEquals(List.of(BODY), parts.paragraphs());
    }

    @Test
    void headlineAndSubtitleAboveTheDateline() {
        ArticleLayout.Parts parts = read("Xi umumkan tiga platform kerja sama SCO",
                "Pertemuan dihadiri lebih dari 20 pemimpin dunia", "Jakarta, CNN Indonesia -- " + BODY);
        assertEquals(Optional.of("Xi umumkan tiga platform kerja sama SCO"), parts.headline());
        assertEquals(List.of(BODY), parts.paragraphs());
    }

    @Test
    void sectionLabelBylineAndCaptionAboveALateDateline() {
        ArticleLayout.Parts parts = read("Senin, 1 September 2025 14:18:58 WIB", "Xi umumkan tiga platform kerja sama SCO",
                "International", "Eko Satrio Wibowo", "Presiden Tiongkok Xi Jinping (CMG)",
                "Tianjin, Radio Bharata Online - " + BODY, SECOND);
        assertEquals(Optional.of("Xi umumkan tiga platform kerja sama SCO"), parts.headline());
        assertEquals(Optional.of("Tianjin"), parts.datelinePlace());
        assertEquals(Optional.of("Radio Bharata Online"), parts.outlet());
        assertEquals(List.of(BODY, SECOND), parts.paragraphs());
    }

    @Test
    void aSectionLabelIsNoHeadline() {
        // "DUNIA" above the headline of a text without a dateline
        ArticleLayout.Parts parts = read("DUNIA", "KTT SCO dibuka di Tianjin", BODY, SECOND);
        assertEquals(Optional.of("KTT SCO dibuka di Tianjin"), parts.headline());
        assertEquals(List.of(BODY, SECOND), parts.paragraphs());
    }

    @Test
    void headlineOfATextWithoutDateline() {
        ArticleLayout.Parts parts = read("KTT SCO dibuka di Tianjin", BODY, SECOND);
        assertEquals(Optional.of("KTT SCO dibuka di Tianjin"), parts.headline());
        assertEquals(List.of(BODY, SECOND), parts.paragraphs());
    }

    /** Publication date lines: the line and the date it states. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Kamis, 15 September 2022 18:25 WIB        => 2022-09-15
            Kamis, 15 September 2022 | 18:25 WIB      => 2022-09-15
            15/09/2022, 18:25 WIB                     => 2022-09-15
            Senin 1 Sep 2025 - 10:12 WIB              => 2025-09-01
            Jumat, 16 Sep 2022 06:05 WITA             => 2022-09-16
            Rabu, 16 Okt 2024 pukul 10.00 WIB         => 2024-10-16
            Kompas.com - 15/09/2022, 18:25 WIB        => 2022-09-15
            Thursday, September 15, 2022 6:25 PM      => 2022-09-15
            Dipublikasikan: 15 September 2022         => 2022-09-15
            2022-09-15 18:25                          => 2022-09-15
            • Jumat, 16 September 2022, 06:38 WIB     => 2022-09-16
            Thursday 15 September 2022 - 15:52        => 2022-09-15
            """)
    void publicationDateLine(String line, LocalDate date) {
        ArticleLayout.Parts parts = read("Samarkand (ANTARA) - " + BODY, line, SECOND);
        assertEquals(Optional.of(date), parts.published(), line);
        assertEquals(List.of(BODY, SECOND), parts.paragraphs(), "the date line is furniture: " + line);
    }

    @Test
    void anUpdateLineIsNoPublicationDate() {
        // "Diperbarui" and "Updated" date a revision: furniture, but not the publication date
        ArticleLayout.Parts updatedOnly = read("Diperbarui 16 Sep 2022, 19:00 WIB", "Updated: 16 September 2022 07:00", BODY);
        assertEquals(Optional.empty(), updatedOnly.published());
        assertEquals(List.of(BODY), updatedOnly.paragraphs());
        ArticleLayout.Parts both = read("Diperbarui 16 Sep 2022, 19:00 WIB", "Kamis, 15 September 2022 18:25 WIB", BODY);
        assertEquals(Optional.of(LocalDate.of(2022, 9, 15)), both.published());
    }

    @Test
    void theDateLineCompletesMetadataWithoutAPublicationDate() {
        ArticleLayout.Parts parts = read("Kamis, 15 September 2022 18:25 WIB", BODY);
        assertEquals(Optional.of(LocalDate.of(2022, 9, 15)), parts.completing(ArticleMetadata.NONE).published());
        ArticleMetadata given = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2022, 9, 16)), Optional.empty(), Optional.empty());
        assertEquals(given, parts.completing(given), "the source's own date stands");
    }

    /** Bylines: the line, the reporter and the editor it names ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Penulis: Fika Nurul Ulya                          => Fika Nurul Ulya => -
            Reporter: Rizky Ramadhan                          => Rizky Ramadhan  => -
            Editor: Sandro Gatra                              => -               => Sandro Gatra
            Pewarta: Desca Lidya Natalia                      => Desca Lidya Natalia => -
            Penulis: Fika Nurul Ulya | Editor: Sandro Gatra   => Fika Nurul Ulya => Sandro Gatra
            Laporan wartawan Tribunnews.com, Yanuar Riezqi    => Tribunnews.com, Yanuar Riezqi => -
            Penulis Fika Nurul Ulya                           => Fika Nurul Ulya => -
            LAPORAN: RENI ERINA                               => RENI ERINA => -
            Diana Mariska Suara.Com                           => Diana Mariska => -
            Nurul Hidayat - Bisnis.com                        => Nurul Hidayat => -
            """)
    void byline(String line, String reporter, String editor) {
        ArticleLayout.Parts parts = read("Jakarta (ANTARA) - " + BODY, line, SECOND);
        assertAll(line,
                () -> assertEquals(optional(reporter), parts.reporter()),
                () -> assertEquals(optional(editor), parts.editor()),
                () -> assertEquals(List.of(BODY, SECOND), parts.paragraphs()));
    }

    @Test
    void aSentenceThatStartsLikeALabelIsText() {
        String sentence = "Reporter itu mengatakan para pemimpin tiba di Tianjin sejak Minggu pagi.";
        String oleh = "Oleh karena itu, China menyiapkan pengamanan berlapis di sekitar lokasi KTT";
        ArticleLayout.Parts parts = read("Jakarta (ANTARA) - " + BODY, sentence, oleh);
        assertEquals(List.of(BODY, sentence, oleh), parts.paragraphs());
        assertEquals(Optional.empty(), parts.reporter());
    }

    /** Furniture inside and after the text: the line, and the related headline it names ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Baca juga: Prabowo absen di KTT SCO         => Prabowo absen di KTT SCO
            BACA JUGA : Prabowo absen di KTT SCO        => Prabowo absen di KTT SCO
            Simak juga: Prabowo absen di KTT SCO        => Prabowo absen di KTT SCO
            Baca Juga - Prabowo absen di KTT SCO        => Prabowo absen di KTT SCO
            ADVERTISEMENT                               => -
            Scroll to continue with content             => -
            SCROLL TO CONTINUE WITH CONTENT             => -
            Copyright © ANTARA 2025                     => -
            © 2025 Kompas.com                           => -
            Dilarang keras mengambil konten tanpa izin tertulis dari Kantor Berita ANTARA. => -
            Artikel ini telah tayang di Kompas.com dengan judul KTT SCO => -
            Foto: ANTARA/Reuters                        => -
            Para pemimpin berfoto bersama di Samarkand. (Foto: ANTARA/Reuters) => -
            2 menit membaca                             => -
            Lama Baca 6 Menit                           => -
            """)
    void furnitureIsNoText(String line, String related) {
        ArticleLayout.Parts parts = read("Jakarta (ANTARA) - " + BODY, line, SECOND);
        assertEquals(List.of(BODY, SECOND), parts.paragraphs(), line);
        assertEquals(related.equals("-") ? List.of() : List.of(related), parts.relatedHeadlines(), line);
    }

    @Test
    void aRelatedMarkerAloneIntroducesTheNextLine() {
        ArticleLayout.Parts parts = read("Jakarta (ANTARA) - " + BODY, "Baca Juga:", "Prabowo absen di KTT SCO", SECOND);
        assertEquals(List.of("Prabowo absen di KTT SCO"), parts.relatedHeadlines());
        assertEquals(List.of(BODY, SECOND), parts.paragraphs());
    }

    @Test
    void theCopyrightLineGivesTheYear() {
        assertEquals(Optional.of(2025), read("Jakarta (ANTARA) - " + BODY, "Copyright © ANTARA 2025").copyrightYear());
        assertEquals(Optional.of(2024), read(BODY, "© 2024 Kompas.com. All rights reserved").copyrightYear());
        assertEquals(Optional.of(2023), read(BODY, "Hak Cipta © 2023 Tempo").copyrightYear());
    }

    @Test
    void aWholeOnlineArticle() {
        ArticleLayout.Parts parts = read(
                "Xi umumkan tiga platform kerja sama SCO",
                "Kompas.com - 01/09/2025, 18:25 WIB",
                "Penulis: Fika Nurul Ulya | Editor: Sandro Gatra",
                "TIANJIN, KOMPAS.com - " + BODY,
                "ADVERTISEMENT",
                "SCROLL TO CONTINUE WITH CONTENT",
                "Baca juga: Prabowo absen di KTT SCO",
                SECOND,
                "Simak breaking news dan berita pilihan kami langsung di ponselmu.");
        assertAll(
                () -> assertEquals(Optional.of("Xi umumkan tiga platform kerja sama SCO"), parts.headline()),
                () -> assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), parts.published()),
                () -> assertEquals(Optional.of("TIANJIN"), parts.datelinePlace()),
                () -> assertEquals(Optional.of("KOMPAS.com"), parts.outlet()),
                () -> assertEquals(Optional.of("Fika Nurul Ulya"), parts.reporter()),
                () -> assertEquals(Optional.of("Sandro Gatra"), parts.editor()),
                () -> assertEquals(List.of("Prabowo absen di KTT SCO"), parts.relatedHeadlines()),
                () -> assertEquals(List.of(BODY, SECOND), parts.paragraphs()));
    }

    @Test
    void theReaderKeepsTheFurnitureOutOfTheSentences() throws Exception {
        String text = String.join("\n", "Kamis, 15 September 2022 18:25 WIB", "Liputan6.com, Samarkand - " + BODY,
                "Baca Juga: Prabowo absen di KTT SCO", SECOND, "Penulis: Fika Nurul Ulya");
        Article a = Corpus.article("liputan.txt", text);
        assertEquals(Optional.of(LocalDate.of(2022, 9, 15)), a.metadata().published());
        assertEquals(Optional.of("Samarkand"), a.datelinePlace());
        assertEquals(Optional.of("Liputan6.com"), a.agency());
        assertEquals(2, a.sentences().size());
        assertTrue(a.sentences().stream().noneMatch(s -> s.text().contains("WIB") || s.text().contains("Baca")
                || s.text().contains("Penulis")), a.sentences().toString());
        assertFalse(a.body().contains("Liputan6.com"), a.body());
    }

    private static Optional<String> optional(String value) {
        return value.equals("-") ? Optional.empty() : Optional.of(value);
    }
}
