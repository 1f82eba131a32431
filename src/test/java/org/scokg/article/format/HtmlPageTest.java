package org.scokg.article.format;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scokg.article.ArticleMetadata;

/** A saved news page: the article's own text, without the page around it, and its metadata. */
class HtmlPageTest {
    static final Path SAVED_PAGE = Path.of("src", "test", "resources", "formats", "saved-page.html");
    private static final String CANONICAL =
            "https://www.wartacontoh.co.id/internasional/2024/07/04/negara-anggota-sco-sepakati-deklarasi-astana";

    private static SourceText read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HtmlPage.read(in, null, "");
        }
    }

    private static SourceText read(String html, String address) throws IOException {
        return HtmlPage.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), null, address);
    }

    @Test
    void theArticleTextIsItsParagraphsOnly() throws IOException {
        String text = read(SAVED_PAGE).text();
        List<String> lines = text.lines().toList();
        assertEquals("Astana (ANTARA) - Para pemimpin negara anggota Organisasi Kerja Sama Shanghai (SCO) menyepakati "
                + "Deklarasi Astana dalam pertemuan Dewan Kepala Negara SCO di Astana, Kazakhstan, pada Kamis (4/7).", lines.get(0));
        assertTrue(text.contains("Belarus resmi diterima sebagai negara anggota ke-10 SCO."), text);
        assertTrue(text.contains("Kepemimpinan SCO untuk periode 2024-2025 kemudian diserahkan kepada China."), text);
        // the credit line stays: the text reader takes it for the editor
        assertEquals("Editor: Budi Santoso", lines.get(lines.size() - 1));
        for (String furniture : List.of("Nasional", "Cari", "Beranda", "Rina Kusuma", "Facebook", "WhatsApp", "berfoto bersama",
                "Baca juga", "Menlu SCO bertemu", "Advertisement", "Scroll untuk", "Berita Terkait", "Putin tiba",
                "Terpopuler", "Harga beras", "Hak cipta", "dataLayer", "display:flex", "Negara anggota SCO sepakati")) {
            assertFalse(text.contains(furniture), "'" + furniture + "' is page furniture, not the article:\n" + text);
        }
        assertEquals(6, lines.size(), text);
    }

    @Test
    void theMetadataComesFromJsonLdOpenGraphAndTheCanonicalLink() throws IOException {
        ArticleMetadata m = read(SAVED_PAGE).metadata();
        assertAll(
                () -> assertEquals(Optional.of(CANONICAL), m.url(), "the canonical address, not og:url with its tracking"),
                () -> assertEquals(Optional.of("Negara anggota SCO sepakati deklarasi Astana"), m.title(), "JSON-LD headline"),
                () -> assertEquals(Optional.of("Warta Contoh"), m.outlet()),
                () -> assertEquals(Optional.of(LocalDate.of(2024, 7, 4)), m.published(), "datePublished, not dateModified"),
                () -> assertEquals(Optional.of("id"), m.language()),
                () -> assertEquals(Optional.empty(), m.retrieved()));
    }

    @Test
    void withoutJsonLdTheMetaTagsAndTheHtmlLanguageServe() throws IOException {
        SourceText page = read("""
                <!doctype html><html lang="id-ID"><head>
                <meta property="og:url" content="https://contoh.id/a">
                <meta property="og:title" content="Judul dari OpenGraph">
                <meta property="og:site_name" content="contoh.id">
                <meta property="article:published_time" content="2023-07-04T10:00:00+07:00">
                <link rel="canonical" href="/berita/a">
                </head><body><p>Presiden Joko Widodo menghadiri pertemuan di Jakarta pada Selasa.</p></body></html>""",
                "https://contoh.id/berita/a?ref=home");
        ArticleMetadata m = page.metadata();
        assertEquals(Optional.of("https://contoh.id/berita/a"), m.url(), "a relative canonical link, resolved");
        assertEquals(Optional.of("Judul dari OpenGraph"), m.title());
        assertEquals(Optional.of("contoh.id"), m.outlet());
        assertEquals(Optional.of(LocalDate.of(2023, 7, 4)), m.published());
        assertEquals(Optional.of("id-id"), m.language());
        assertEquals("Presiden Joko Widodo menghadiri pertemuan di Jakarta pada Selasa.", page.text());
    }

    @Test
    void theJsonLdArticleBodyIsPreferredUnlessItIsATeaser() throws IOException {
        String full = "Paragraf pertama yang lengkap tentang KTT SCO di Astana.\\nParagraf kedua dengan rincian pertemuan itu.";
        String page = """
                <!doctype html><html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"articleBody":"%s"}]}
                </script></head><body><article><p>Paragraf pertama yang lengkap tentang KTT SCO di Astana.</p>
                <p>Paragraf kedua dengan rincian pertemuan itu di halaman.</p></article></body></html>""";
        assertEquals("Paragraf pertama yang lengkap tentang KTT SCO di Astana.\nParagraf kedua dengan rincian pertemuan itu.",
                read(page.formatted(full), "").text());
        String teaser = read(page.formatted("Paragraf pertama..."), "").text();
        assertTrue(teaser.endsWith("rincian pertemuan itu di halaman."), teaser);
    }

    @Test
    void aPageWithoutArticleMarkupGivesItsDensestBlockOfParagraphs() throws IOException {
        String text = read("""
                <!doctype html><html><body>
                <div class="menu"><p><a href="/a">Satu</a></p><p><a href="/b">Dua</a></p></div>
                <div class="konten"><div class="judul">Judul</div>
                <p>Paragraf pertama berita ini cukup panjang untuk menjadi isi.</p>
                <p>Paragraf kedua juga bagian dari isi berita yang sama.</p></div>
                <div class="lain"><p>Teks pendek.</p></div>
                </body></html>""", "").text();
        assertEquals("Paragraf pertama berita ini cukup panjang untuk menjadi isi.\n"
                + "Paragraf kedua juga bagian dari isi berita yang sama.", text);
    }

    @Test
    void brokenJsonLdIsPassedOver() throws IOException {
        SourceText page = read("""
                <!doctype html><html lang="id"><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta property="og:title" content="Judul"></head><body><p>Isi berita yang cukup panjang di sini.</p></body></html>""", "");
        assertEquals(Optional.of("Judul"), page.metadata().title());
        assertEquals("Isi berita yang cukup panjang di sini.", page.text());
    }
}
