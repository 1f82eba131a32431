package org.scokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata header of a text article: read into the metadata, kept out of the text, refused when wrong. */
class TextHeaderTest {
    private static final String HEADER = """
            ---
            url: https://www.example.co.id/berita/ktt-sco-tianjin
            outlet: Contoh Harian
            title: KTT SCO dibuka di Tianjin
            published: 2025-09-01T18:25:00+07:00
            retrieved: 2025-09-02
            language: id
            ---
            """;

    private static Article read(String name, String text) throws ArticleRejectedException {
        return Corpus.reader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String seed() throws Exception {
        return Files.readString(Corpus.SEED_TIANJIN);
    }

    @Test
    void theHeaderFillsTheMetadata() throws Exception {
        ArticleMetadata m = read("a.txt", HEADER + seed()).metadata();
        assertEquals(Optional.of("https://www.example.co.id/berita/ktt-sco-tianjin"), m.url());
        assertEquals(Optional.of("Contoh Harian"), m.outlet());
        assertEquals(Optional.of("KTT SCO dibuka di Tianjin"), m.title());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), m.published(), "the date of a date-time, in its own zone");
        assertEquals(Optional.of(LocalDate.of(2025, 9, 2)), m.retrieved());
        assertEquals(Optional.of("id"), m.language());
    }

    @Test
    void theHeaderIsNotPartOfTheTextItsSentencesOrItsIdentity() throws Exception {
        Article plain = read("a.txt", seed());
        Article headed = read("b.txt", HEADER + "\n" + seed());
        assertEquals(plain.contentHash(), headed.contentHash());
        assertEquals(plain.body(), headed.body());
        assertEquals(plain.sentences(), headed.sentences());
        assertEquals(ArticleMetadata.NONE, plain.metadata());
    }

    @Test
    void everyFieldIsOptional() throws Exception {
        ArticleMetadata m = read("a.txt", "---\npublished: 2024-07-04\n---\n" + seed()).metadata();
        assertEquals(Optional.of(LocalDate.of(2024, 7, 4)), m.published());
        assertEquals(Optional.empty(), m.url());
        assertEquals(ArticleMetadata.NONE, read("a.txt", "---\n---\n" + seed()).metadata());
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> read("a.txt", "---\nurl: https://example.org/a\npublisehd: 2024-07-04\n---\n" + seed()));
        assertTrue(e.getMessage().startsWith("a.txt: line 3 "), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'publisehd'"), e.getMessage());
    }

    @Test
    void aMalformedValueIsRefusedWithItsLineAndReason() {
        for (String[] bad : new String[][] {
                {"published: 4 Juli 2024", "line 2", "'published'"},
                {"url: www.example.co.id/a", "line 2", "'url'"},
                {"url: javascript:alert(1)", "line 2", "'url'"},
                {"language: bahasa indonesia", "line 2", "'language'"},
                {"retrieved: 2024-13-01", "line 2", "'retrieved'"},
                {"title:", "line 2", "'title'"},
                {"just some words", "line 2", "not 'key: value'"}}) {
            ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                    () -> read("a.txt", "---\n" + bad[0] + "\n---\n" + seed()), bad[0]);
            assertTrue(e.getMessage().startsWith("a.txt: " + bad[1] + " ") && e.getMessage().contains(bad[2]),
                    bad[0] + " -> " + e.getMessage());
        }
    }

    @Test
    void aKeyGivenTwiceOrAnUnclosedHeaderIsRefused() {
        ArticleRejectedException twice = assertThrows(ArticleRejectedException.class,
                () -> read("a.txt", "---\nlanguage: id\nlanguage: en\n---\n" + seed()));
        assertTrue(twice.getMessage().contains("line 3") && twice.getMessage().contains("second time"), twice.getMessage());
        ArticleRejectedException open = assertThrows(ArticleRejectedException.class,
                () -> read("a.txt", "---\nurl: https://example.org/a\n" + seed()));
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
    }

    @Test
    void theOldCodeOfIndonesianIsReadAsId() throws Exception {
        assertEquals(Optional.of("id"), read("a.txt", "---\nlanguage: in\n---\n" + seed()).metadata().language());
    }
}
