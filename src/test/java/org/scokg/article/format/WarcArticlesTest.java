package org.scokg.article.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of a web archive: HTML responses only, each with its address and capture date; a broken record stops nothing. */
class WarcArticlesTest {
    static final String PAGE = "<!doctype html><html lang=\"id\"><body><article><p>Presiden Xi Jinping membuka KTT SCO di "
            + "Tianjin pada Senin.</p></article></body></html>";

    @TempDir
    Path dir;

    private record Read(List<SourceText> articles, List<String> broken) {}

    private Read read(byte[] archive, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), archive);
        assertEquals(InputFormat.WARC, InputFormat.of(file));
        Read read = new Read(new ArrayList<>(), new ArrayList<>());
        WarcArticles.read(file, 1_000_000, new RecordSink() {
            @Override
            public void article(SourceText text) {
                read.articles.add(text);
            }

            @Override
            public void broken(String position, String reason) {
                read.broken.add(position + ": " + reason);
            }
        });
        return read;
    }

    private static TestArchive archive(boolean gzip) throws IOException {
        return new TestArchive(gzip)
                .info()
                .request("https://contoh.id/berita/a")
                .response("https://contoh.id/berita/a", Instant.parse("2024-07-05T01:02:03Z"), "text/html; charset=utf-8", PAGE)
                .broken()
                .response("https://contoh.id/gambar.jpg", Instant.parse("2024-07-05T01:02:04Z"), "image/jpeg", "JFIF")
                .response("https://contoh.id/berita/b", Instant.parse("2024-07-06T23:59:59Z"), "text/html",
                        Files.readString(HtmlPageTest.SAVED_PAGE));
    }

    @Test
    void eachHtmlResponseIsAnArticleAndABrokenRecordStopsNothing() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            TestArchive archive = archive(gzip);
            Read read = read(archive.bytes(), gzip ? "crawl.warc.gz" : "crawl.warc");
            assertEquals(2, read.articles.size(), "gzip " + gzip + ": " + read);
            SourceText first = read.articles.get(0);
            assertEquals("record 3 at offset " + archive.offsets.get(2), first.position());
            assertEquals(Optional.of("https://contoh.id/berita/a"), first.metadata().url(), "the target URI");
            assertEquals(Optional.of(LocalDate.of(2024, 7, 5)), first.metadata().retrieved(), "the capture date");
            assertEquals("Presiden Xi Jinping membuka KTT SCO di Tianjin pada Senin.", first.text());
            SourceText second = read.articles.get(1);
            assertTrue(second.metadata().url().orElseThrow().startsWith("https://www.wartacontoh.co.id/"),
                    "the page's canonical address over the target URI: " + second.metadata());
            assertEquals(Optional.of(LocalDate.of(2024, 7, 6)), second.metadata().retrieved());
            assertEquals(1, read.broken.size(), read.broken.toString());
            assertTrue(read.broken.get(0).startsWith("record 4 at offset " + archive.offsets.get(3) + ": "), read.broken.toString());
        }
    }
}
