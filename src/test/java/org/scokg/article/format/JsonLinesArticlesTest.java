package org.scokg.article.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article a line; a broken line is reported with its number and the others are read. */
class JsonLinesArticlesTest {
    @TempDir
    Path dir;

    private final List<SourceText> articles = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();

    private void read(String content, long maxBytes) throws IOException {
        Path file = Files.writeString(dir.resolve("feed.jsonl"), content);
        assertEquals(InputFormat.JSON_LINES, InputFormat.of(file));
        JsonLinesArticles.read(file, maxBytes, new RecordSink() {
            @Override
            public void article(SourceText text) {
                articles.add(text);
            }

            @Override
            public void broken(String position, String reason) {
                broken.add(position + ": " + reason);
            }
        });
    }

    @Test
    void readsTheFieldsAndTheirAliases() throws IOException {
        read("""
                {"url": "https://contoh.id/a", "title": "Judul A", "outlet": "Contoh", "published": "2024-07-04T18:25:00+07:00", \
                "retrieved": "2024-07-05", "language": "id", "text": "Paragraf satu.\\nParagraf dua.", "tags": ["SCO"]}

                {"content": "Isi dari content.", "date": "2023-01-02 08:00:00"}
                {"body": "<p>Isi dari body.</p><p>Paragraf <b>kedua</b>.</p>", "datePublished": "2022-05-06", "url": null}
                """, 1_000_000);
        assertEquals(List.of(), broken);
        assertEquals(3, articles.size());
        SourceText a = articles.get(0);
        assertEquals("line 1", a.position());
        assertEquals("Paragraf satu.\nParagraf dua.", a.text());
        assertEquals(Optional.of("https://contoh.id/a"), a.metadata().url());
        assertEquals(Optional.of("Judul A"), a.metadata().title());
        assertEquals(Optional.of("Contoh"), a.metadata().outlet());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 4)), a.metadata().published());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 5)), a.metadata().retrieved());
        assertEquals(Optional.of("id"), a.metadata().language());
        assertEquals("line 3", articles.get(1).position(), "blank lines count");
        assertEquals("Isi dari content.", articles.get(1).text());
        assertEquals(Optional.of(LocalDate.of(2023, 1, 2)), articles.get(1).metadata().published());
        assertEquals("Isi dari body.\nParagraf kedua.", articles.get(2).text(), "a text written as HTML, read for its paragraphs");
        assertEquals(Optional.of(LocalDate.of(2022, 5, 6)), articles.get(2).metadata().published());
    }

    @Test
    void aBrokenLineIsReportedAndTheOthersAreRead() throws IOException {
        read("""
                {"text": "Baris pertama."}
                {"text": "tanpa kurung penutup"
                ["bukan", "objek"]
                {"title": "tanpa teks"}
                {"text": "Tanggal salah.", "published": "4 Juli 2024"}
                {"text": "Terlalu panjang untuk batas yang diberikan pada tes ini, jauh melewati seratus dua puluh bita."}
                {"text": "Baris terakhir."}""", 100);
        assertEquals(List.of("Baris pertama.", "Baris terakhir."), articles.stream().map(SourceText::text).toList());
        assertEquals("line 7", articles.get(1).position());
        assertEquals(5, broken.size(), broken.toString());
        assertTrue(broken.get(0).startsWith("line 2: is not a JSON object"), broken.toString());
        assertTrue(broken.get(1).startsWith("line 3: is JSON but not an object"), broken.toString());
        assertTrue(broken.get(2).startsWith("line 4: has no article text"), broken.toString());
        assertTrue(broken.get(3).startsWith("line 5: gives 'published' the value \"4 Juli 2024\""), broken.toString());
        assertTrue(broken.get(4).startsWith("line 6: is longer than the 100 bytes"), broken.toString());
    }
}
