package org.scokg.article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader reader = Corpus.reader();

    @Test
    void readsTheFurnitureOfTheTianjinSeed() {
        Article a = Corpus.read(Corpus.SEED_TIANJIN);
        assertAll(
                () -> assertEquals("000_99c2deff2f153c72.txt", a.fileName()),
                () -> assertEquals(Optional.of("Tianjin"), a.datelinePlace()),
                () -> assertEquals(Optional.of("ANTARA"), a.agency()),
                () -> assertEquals(Optional.of("Desca Lidya Natalia"), a.reporter()),
                () -> assertEquals(Optional.of("Aditya Eko Sigit Wicaksono"), a.editor()),
                () -> assertEquals(Optional.of(2025), a.copyrightYear()),
                () -> assertEquals(List.of(
                        "Prabowo absen di KTT SCO, Menlu RI sampaikan permintaan maaf ke Xi",
                        "China akan hibahkan 2 miliar yuan kepada anggota SCO"), a.relatedHeadlines()));
    }

    @Test
    void aTitleLineAboveTheDatelineIsTheHeadlineNotTheBody() throws Exception {
        String text = "Xi umumkan tiga platform kerja sama SCO\n\n"
                + "Tianjin (ANTARA) - Presiden China Xi Jinping berbicara di Tianjin pada Senin (1/9) tentang kerja sama.\n"
                + "Pewarta: A\nEditor: B\nCopyright © ANTARA 2025\n";
        Article a = reader.read("headline.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Optional.of("Xi umumkan tiga platform kerja sama SCO"), a.headline());
        assertEquals(Optional.of("Tianjin"), a.datelinePlace());
        assertTrue(a.body().startsWith("Presiden China Xi Jinping"), a.body());
        assertEquals(Optional.empty(), Corpus.read(Corpus.SEED_TIANJIN).headline());
    }

    @Test
    void readsTheFurnitureOfTheBishkekSeed() {
        Article a = Corpus.read(Corpus.SEED_BISHKEK);
        assertAll(
                () -> assertEquals(Optional.of("Beijing"), a.datelinePlace()),
                () -> assertEquals(Optional.of("ANTARA"), a.agency()),
                () -> assertEquals(Optional.of("Desca Lidya Natalia"), a.reporter()),
                () -> assertEquals(Optional.of("M Razi Rahman"), a.editor()),
                () -> assertEquals(Optional.of(2023), a.copyrightYear()),
                () -> assertEquals(2, a.relatedHeadlines().size()),
                () -> assertEquals("China dan negara-negara Asia Tengah akan bekerja sama teknologi hijau",
                        a.relatedHeadlines().get(0)));
    }

    @Test
    void theBodyHoldsNeitherDatelineNorFurniture() {
        for (Path seed : Corpus.seeds()) {
            Article a = Corpus.read(seed);
            String body = a.body();
            assertAll(seed.toString(),
                    () -> assertFalse(body.contains("(ANTARA)"), "dateline left in the body"),
                    () -> assertFalse(body.contains("Baca juga"), "related headline left in the body"),
                    () -> assertFalse(body.contains("Pewarta:"), "reporter left in the body"),
                    () -> assertFalse(body.contains("Editor:"), "editor left in the body"),
                    () -> assertFalse(body.contains("Copyright"), "copyright left in the body"),
                    () -> assertFalse(body.contains("Dilarang keras"), "notice left in the body"),
                    () -> assertTrue(Character.isLetter(body.charAt(0)), "body starts after the dateline: " + body.substring(0, 20)));
        }
        assertTrue(Corpus.read(Corpus.SEED_TIANJIN).body().startsWith("Presiden China Xi Jinping mengatakan"));
        assertTrue(Corpus.read(Corpus.SEED_BISHKEK).body().startsWith("Perdana Menteri China Li Qiang menawarkan"));
    }

    @Test
    void sentenceOffsetsPointIntoTheBody() {
        for (Path file : Corpus.everyArticle()) {
            Article a = Corpus.read(file);
            assertFalse(a.sentences().isEmpty(), file + " has no sentences");
            int previousEnd = 0;
            for (int i = 0; i < a.sentences().size(); i++) {
                Sentence s = a.sentences().get(i);
                String where = file + " sentence " + i;
                assertEquals(i, s.index(), where);
                assertTrue(s.start() >= previousEnd && s.start() < s.end() && s.end() <= a.body().length(), where);
                assertEquals(s.text(), a.body().substring(s.start(), s.end()), where);
                assertEquals(s.text().strip(), s.text(), where + " has surrounding space");
                assertTrue(a.body().substring(previousEnd, s.start()).isBlank(),
                        where + ": text between sentences is lost: '" + a.body().substring(previousEnd, s.start()) + "'");
                assertTrue(s.paragraph() >= 0 && s.paragraph() < a.paragraphs().size(), where);
                assertTrue(a.paragraphs().get(s.paragraph()).contains(s.text()), where + " is not in its paragraph");
                previousEnd = s.end();
            }
            assertTrue(a.body().substring(previousEnd).isBlank(), file + ": the end of the body is in no sentence");
        }
    }

    @Test
    void splitsTheSeedIntoItsSentences() {
        Article a = Corpus.read(Corpus.SEED_TIANJIN);
        List<String> texts = a.sentences().stream().map(Sentence::text).toList();
        assertTrue(texts.contains("Sedangkan Kereta Api Ekspres China-Eropa telah mengoperasikan lebih dari 110.000 layanan kereta api."),
                "the 110.000 sentence is not a sentence of its own");
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("di Tianjing pada Senin (1/9).")));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("KTT pun menyetujui penerimaan Laos")));
        assertEquals(17, a.paragraphs().size());
    }

    @Test
    void theContentHashIsStable(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.SEED_BISHKEK);
        Article once = reader.read("a.txt", bytes);
        Article again = Corpus.reader().read("b.txt", bytes.clone());
        assertEquals(once.contentHash(), again.contentHash(), "same bytes, other name or reader: same hash");
        assertTrue(once.contentHash().matches("[0-9a-f]{64}"), once.contentHash());
        assertEquals(once.contentHash().substring(0, 16), once.shortHash());

        Path copy = dir.resolve("copy.txt");
        Files.write(copy, bytes);
        assertEquals(once.contentHash(), reader.read(copy).contentHash());

        String lf = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String crlf = lf.replace("\n", "\r\n");
        Article fromCrlf = reader.read("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8));
        Article fromLf = reader.read("lf.txt", lf.getBytes(StandardCharsets.UTF_8));
        assertEquals(fromLf.contentHash(), fromCrlf.contentHash(), "CRLF and LF line ends give the same hash");
        assertEquals(fromLf.body(), fromCrlf.body());
        assertFalse(fromCrlf.body().contains("\r"));

        Article edited = reader.read("a.txt", lf.replace("empat usulan", "lima usulan").getBytes(StandardCharsets.UTF_8));
        assertNotEquals(fromLf.contentHash(), edited.contentHash(), "an edited text has another hash");
    }

    @Test
    void normalisesNoBreakSpacesAndByteOrderMarks() throws Exception {
        String plain = Corpus.antara("Jakarta", "Presiden Xi Jinping hadir di KTT SCO di Tianjin pada Senin (1/9) bersama para pemimpin.", 2025);
        String nbsp = "\uFEFF" + plain.replace("Presiden Xi", "Presiden\u00A0Xi").replace("KTT SCO", "KTT\u202FSCO");
        Article a = reader.read("nbsp.txt", nbsp.getBytes(StandardCharsets.UTF_8));
        Article b = reader.read("plain.txt", plain.getBytes(StandardCharsets.UTF_8));
        assertFalse(a.body().contains("\u00A0") || a.body().contains("\u202F") || a.body().contains("\uFEFF"), a.body());
        assertTrue(a.body().startsWith("Presiden Xi Jinping hadir di KTT SCO"), a.body());
        assertEquals(Optional.of("Jakarta"), a.datelinePlace(), "a byte order mark hides the dateline");
        assertEquals(b.body(), a.body());
        assertEquals(b.contentHash(), a.contentHash());
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("kosong.txt"), new byte[0]);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertRefusal(e, "kosong.txt", "empty");
    }

    @Test
    void refusesABinaryFile(@TempDir Path dir) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = Files.write(dir.resolve("gambar.txt"), png);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertRefusal(e, "gambar.txt", "binary");
    }

    @Test
    void refusesInvalidUtf8(@TempDir Path dir) throws IOException {
        byte[] prefix = "Jakarta (ANTARA) - Presiden Xi Jinping hadir di KTT SCO bersama para pemimpin ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3;
        bytes[prefix.length + 1] = (byte) 0x28;
        bytes[prefix.length + 2] = '.';
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertRefusal(e, "latin1.txt", "UTF-8");
    }

    @Test
    void refusesWhitespaceOnly(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("spasi.txt"), "  \n\t\n\u00A0\r\n   \n");
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertRefusal(e, "spasi.txt", "body");
    }

    @Test
    void refusesFurnitureWithoutABody(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rangka.txt"), """
                Jakarta (ANTARA) -
                Baca juga: KTT SCO digelar di Tianjin
                Pewarta: Desca Lidya Natalia
                Editor: M Razi Rahman
                Copyright © ANTARA 2025
                Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.
                """);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertRefusal(e, "rangka.txt", "body");
    }

    @Test
    void refusesAMissingFile(@TempDir Path dir) {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> reader.read(dir.resolve("tidak-ada.txt")));
        assertRefusal(e, "tidak-ada.txt", "read");
    }

    @Test
    void theHashIgnoresSurroundingWhiteSpaceLineEndsAndAByteOrderMark() throws Exception {
        String text = Files.readString(Corpus.SEED_TIANJIN, StandardCharsets.UTF_8);
        String hash = reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8)).contentHash();
        for (String variant : List.of(text + "\n", text + "\r\n\r\n", "\n  " + text + " \t\n", "\uFEFF" + text,
                text.replace("\n", "\r\n"), "\uFEFF" + text.replace("\n", "\r\n") + "\r\n")) {
            assertEquals(hash, reader.read("b.txt", variant.getBytes(StandardCharsets.UTF_8)).contentHash(),
                    "the same article saved another way: " + variant.substring(0, 12).replace("\n", "\\n"));
        }
        assertNotEquals(hash, reader.read("c.txt", text.replace("Tianjin", "Tianjin,").getBytes(StandardCharsets.UTF_8)).contentHash());
    }

    @Test
    void theSeedsKeepTheirArticleIris() {
        // the hashes the seeds had before the normalisation ignored surrounding white space: their IRIs are published
        assertEquals("348a205aeb704fa6", Corpus.read(Corpus.SEED_TIANJIN).shortHash());
        assertEquals("43024226d12bb5ab", Corpus.read(Corpus.SEED_BISHKEK).shortHash());
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("besar.txt"), Corpus.antara("Jakarta", "Presiden Xi Jinping hadir di KTT SCO. ".repeat(100), 2024));
        ArticleReader small = new ArticleReader(java.util.Set.of(), 1_000);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> small.read(file));
        assertRefusal(e, "besar.txt", "--max-size");
        assertTrue(e.getMessage().contains("1,000"), "the limit is named: " + e.getMessage());
        assertEquals(file.getFileName().toString(), reader.read(file).fileName(), "under the default limit it is read");
    }

    @Test
    void refusesAParagraphLongerThanAnyArticlesParagraph(@TempDir Path dir) throws IOException {
        String line = "Presiden Xi Jinping hadir di KTT SCO di Tianjin bersama para pemimpin lain, ".repeat(1_000);
        Path file = Files.writeString(dir.resolve("satu-baris.txt"), Corpus.antara("Jakarta", line, 2024));
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertRefusal(e, "satu-baris.txt", "line 1 has");
        assertTrue(e.getMessage().contains("paragraph"), e.getMessage());
    }

    @Test
    void refusesAnHtmlPage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("halaman.txt"), "<!DOCTYPE html>\n<html><head><title>KTT SCO</title></head>\n<body><p>"
                + "Tianjin (ANTARA) - Presiden China Xi Jinping membuka KTT SCO di Tianjin pada Senin.</p></body></html>\n");
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertRefusal(e, "halaman.txt", "HTML");
    }

    @Test
    void refusesXmlAndJson(@TempDir Path dir) throws IOException {
        Path xml = Files.writeString(dir.resolve("umpan.txt"), "<?xml version=\"1.0\"?>\n<rss><item>KTT SCO di Tianjin dibuka oleh Presiden Xi Jinping.</item></rss>");
        assertRefusal(assertThrows(ArticleRejectedException.class, () -> reader.read(xml)), "umpan.txt", "XML");
        Path json = Files.writeString(dir.resolve("data.txt"), "{\"judul\": \"KTT SCO\", \"isi\": \"Presiden Xi Jinping membuka KTT SCO di Tianjin.\"}\n");
        assertRefusal(assertThrows(ArticleRejectedException.class, () -> reader.read(json)), "data.txt", "JSON");
    }

    @Test
    void aStrayTagInTheTextIsText() {
        Article a = Corpus.article("tag.txt", Corpus.antara("Jakarta", "Menteri <b>Budi</b> hadir di KTT SCO di Tianjin bersama para pemimpin.", 2024));
        assertTrue(a.body().contains("<b>Budi</b>"), a.body());
    }

    @Test
    void refusesUtf16WithTheAdviceToSaveAsUtf8(@TempDir Path dir) throws IOException {
        String text = Corpus.antara("Jakarta", "Presiden Xi Jinping hadir di KTT SCO di Tianjin bersama para pemimpin.", 2024);
        Path withMark = Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        assertRefusal(assertThrows(ArticleRejectedException.class, () -> reader.read(withMark)), "utf16.txt", "save it as UTF-8");
        Path without = Files.write(dir.resolve("utf16be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
        assertRefusal(assertThrows(ArticleRejectedException.class, () -> reader.read(without)), "utf16be.txt", "UTF-16");
    }

    private static void assertRefusal(ArticleRejectedException e, String fileName, String reason) {
        assertEquals(fileName, e.fileName());
        assertTrue(e.getMessage().contains(fileName), "the message names the file: " + e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains(reason.toLowerCase()),
                "the message gives the reason (" + reason + "): " + e.getMessage());
    }
}
