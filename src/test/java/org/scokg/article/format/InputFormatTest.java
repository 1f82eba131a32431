package org.scokg.article.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats are told by content; the name is no more than a hint. */
class InputFormatTest {
    @TempDir
    Path dir;

    private InputFormat of(String name, String content) throws IOException {
        return InputFormat.of(Files.writeString(dir.resolve(name), content));
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void pagesAreToldByTheirStartWhateverTheirName() throws IOException {
        assertEquals(InputFormat.HTML, of("a.txt", "\uFEFF  <!DOCTYPE html>\n<html><body><p>x</p></body></html>"));
        assertEquals(InputFormat.HTML, of("a", "<html lang=\"id\"><p>x</p></html>"));
        assertEquals(InputFormat.HTML, of("a.html", "<!-- saved from url=(0042)https://contoh.id/ -->\n<!doctype html><p>x"));
        assertEquals(InputFormat.HTML, of("a.xhtml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>"));
        assertEquals(InputFormat.TEXT, of("a.html", "<?xml version=\"1.0\"?>\n<rss><channel/></rss>"), "XML that is no page");
        assertEquals(InputFormat.TEXT, of("a.html", "Jakarta (ANTARA) - Teks biasa tentang <html> di tengah kalimat."));
    }

    @Test
    void jsonLinesStartWithAnObjectOnItsLine() throws IOException {
        assertEquals(InputFormat.JSON_LINES, of("a.txt", "{\"text\": \"satu\"}\n{\"text\": \"dua\"}\n"));
        assertEquals(InputFormat.JSON_LINES, of("a.jsonl", "{\"text\": \"" + "panjang ".repeat(1000) + "\"}"));
        assertEquals(InputFormat.TEXT, of("a.jsonl", "{\n  \"text\": \"satu\"\n}\n"), "one JSON document, refused as text");
        assertEquals(InputFormat.TEXT, of("a.json", "[{\"text\": \"satu\"}]"));
    }

    @Test
    void webArchivesGzippedOrNot() throws IOException {
        String warc = "WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
        assertEquals(InputFormat.WARC, of("a.bin", warc));
        assertEquals(InputFormat.WARC, InputFormat.of(Files.write(dir.resolve("a.txt"), gzip(warc))));
        assertEquals(InputFormat.TEXT, InputFormat.of(Files.write(dir.resolve("b.gz"), gzip("teks biasa"))),
                "another gzipped file is binary to the text checks");
    }
}
