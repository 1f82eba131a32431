package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Instant;
import org.scokg.article.Corpus;
import org.scokg.article.format.TestArchive;

/**
 * Each input format loads through {@code sco load}, and the article's source URL and publication date
 * reach the graph and {@code sco query article-facts}.
 */
class InputFormatsTest {
    private static final String URL = "https://www.example.co.id/berita/ktt-sco-tianjin";
    private static final Path SAVED_PAGE = Path.of("src", "test", "resources", "formats", "saved-page.html");
    private static final String SAVED_PAGE_URL =
            "https://www.wartacontoh.co.id/internasional/2024/07/04/negara-anggota-sco-sepakati-deklarasi-astana";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("tdb2");
    }

    @AfterEach
    void tearDown() {
        if (Files.isDirectory(db)) {
            Cli.release(db);
        }
    }

    private Cli.Result load(Path file) {
        Cli.Result r = Cli.run("load", "--db", db.toString(), file.toString());
        assertEquals(0, r.exit(), r.toString());
        return r;
    }

    /** The article-facts rows of the article at {@code url}, as CSV records (the header first). */
    private List<List<String>> articleFacts(String url) {
        Cli.Result r = Cli.run("query", "--db", db.toString(), "article-facts");
        assertEquals(0, r.exit(), r.toString());
        List<List<String>> rows = Cli.csv(r.out());
        int urlColumn = rows.get(0).indexOf("url");
        assertTrue(urlColumn >= 0, "article-facts has a url column: " + rows.get(0));
        return rows.stream().filter(row -> row == rows.get(0) || url.equals(row.get(urlColumn))).toList();
    }

    /** Every article-facts row of the article at {@code url} carries it and {@code published}; there is at least one. */
    private void assertFactsCarry(String url, String published) {
        List<List<String>> rows = articleFacts(url);
        assertTrue(rows.size() > 1, "the article at " + url + " has facts: " + rows);
        int column = rows.get(0).indexOf("published");
        assertTrue(rows.stream().skip(1).allMatch(row -> row.get(column).equals(published)), rows.toString());
    }

    /** The tianjin seed as a saved page's paragraphs. */
    private static String seedPage(String head) throws Exception {
        return "<!doctype html><html lang=\"id\"><head>" + head + "</head><body><nav><a href=\"/\">Beranda</a></nav><article><p>"
                + Files.readString(Corpus.SEED_TIANJIN).strip().replace("&", "&amp;").replace("<", "&lt;").replace("\n", "</p><p>")
                + "</p></article></body></html>";
    }

    private String select(String query) {
        Cli.Result r = Cli.run("query", "--db", db.toString(), "--format", "tsv", query);
        assertEquals(0, r.exit(), r.toString());
        return r.out();
    }

    @Test
    void aTextFileWithAHeaderKeepsItsSourceInTheGraph() throws Exception {
        Path file = Files.writeString(dir.resolve("tianjin.txt"), """
                ---
                url: %s
                outlet: Contoh Harian
                title: KTT SCO dibuka di Tianjin
                published: 2025-09-01T18:25:00+07:00
                retrieved: 2025-09-02
                language: id
                ---
                """.formatted(URL) + Files.readString(Corpus.SEED_TIANJIN));
        load(file);
        assertFactsCarry(URL, "2025-09-01");

        Path query = Files.writeString(dir.resolve("source.rq"), """
                PREFIX schema: <https://schema.org/>
                PREFIX sco: <http://localhost:3030/def/sco#>
                SELECT ?url ?headline ?outlet ?published ?retrieved ?language {
                  GRAPH ?a { ?a a sco:Article ; schema:url ?url ; schema:headline ?headline ; schema:inLanguage ?language ;
                    schema:datePublished ?published ; sco:retrievedOn ?retrieved ;
                    schema:publisher [ schema:name ?outlet ] }
                }""");
        String source = select(query.toString());
        assertTrue(source.contains("<" + URL + ">"), source);
        assertTrue(source.contains("\"KTT SCO dibuka di Tianjin\"@id"), source);
        assertTrue(source.contains("\"Contoh Harian\""), source);
        assertTrue(source.contains("\"2025-09-01\"^^<http://www.w3.org/2001/XMLSchema#date>"), source);
        assertTrue(source.contains("\"2025-09-02\"^^<http://www.w3.org/2001/XMLSchema#date>"), source);
    }

    @Test
    void aFileWithAUrlIsKnownByItsUrlWhereverItIsSaved() throws Exception {
        String header = "---\nurl: " + URL + "\n---\n";
        load(Files.writeString(Files.createDirectories(dir.resolve("one")).resolve("a.txt"),
                header + Files.readString(Corpus.SEED_TIANJIN)));
        // the same URL saved elsewhere with a corrected text: its new version, not a second article
        Cli.Result again = load(Files.writeString(Files.createDirectories(dir.resolve("two")).resolve("b.txt"),
                header + Files.readString(Corpus.SEED_TIANJIN).replace("Tianjin", "Tianjin, China")));
        assertTrue(again.out().contains("replaced 1"), again.toString());
        Path count = Files.writeString(dir.resolve("count.rq"),
                "PREFIX sco: <http://localhost:3030/def/sco#> SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a sco:Article } }");
        assertTrue(select(count.toString()).lines().skip(1).anyMatch(l -> l.strip().startsWith("1")), select(count.toString()));
    }

    @Test
    void aSavedPageLoadsWithItsAddressAndDate() throws Exception {
        Cli.Result r = load(SAVED_PAGE);
        assertTrue(r.out().contains("articles read: 1, refused: 0, skipped: 0"), r.toString());
        assertFactsCarry(SAVED_PAGE_URL, "2024-07-04");
        String source = select(Files.writeString(dir.resolve("page.rq"), """
                PREFIX schema: <https://schema.org/>
                SELECT ?headline ?outlet ?language { GRAPH ?a { ?a schema:url ?url ; schema:headline ?headline ;
                  schema:inLanguage ?language ; schema:publisher [ schema:name ?outlet ] } }""").toString());
        assertTrue(source.contains("\"Negara anggota SCO sepakati deklarasi Astana\"@id"), source);
        assertTrue(source.contains("\"Warta Contoh\""), source);
    }

    @Test
    void aGzippedWebArchiveLoadsItsPagesPastABrokenRecord() throws Exception {
        TestArchive archive = new TestArchive(true)
                .info()
                .request("https://www.example.co.id/berita/ktt-sco-tianjin?page=all")
                .response("https://www.example.co.id/berita/ktt-sco-tianjin?page=all", Instant.parse("2025-09-02T03:00:00Z"),
                        "text/html; charset=utf-8", seedPage("<link rel=\"canonical\" href=\"" + URL + "\">"
                                + "<meta property=\"article:published_time\" content=\"2025-09-01T18:25:00+07:00\">"))
                .broken()
                .response("https://www.example.co.id/logo.png", Instant.parse("2025-09-02T03:00:01Z"), "image/png", "PNG")
                .response("https://www.example.co.id/en/sco-summit", Instant.parse("2025-09-02T03:00:02Z"), "text/html",
                        "<!doctype html><html><body><article><p>Leaders of the Shanghai Cooperation Organisation met in Tianjin "
                                + "on Monday, and the members agreed to set up a development bank for the region.</p></article></body></html>")
                .response("https://www.wartacontoh.co.id/x", Instant.parse("2025-09-03T03:00:00Z"), "text/html",
                        Files.readString(SAVED_PAGE));
        Path file = Files.write(dir.resolve("crawl.warc.gz"), archive.bytes());
        Cli.Result r = load(file);
        assertTrue(r.out().contains("articles read: 2, refused: 0, skipped: 1, broken records: 1"), r.toString());
        assertTrue(r.out().contains("broken record " + file + " record 4 at offset " + archive.offsets.get(3) + ": "), r.toString());
        assertTrue(r.out().contains("skipped " + file + " record 6 at offset " + archive.offsets.get(5)
                + ": it does not read as Indonesian"), r.toString());
        assertFactsCarry(URL, "2025-09-01");
        assertFactsCarry(SAVED_PAGE_URL, "2024-07-04");
        String retrieved = select(Files.writeString(dir.resolve("retrieved.rq"), """
                PREFIX schema: <https://schema.org/>
                PREFIX sco: <http://localhost:3030/def/sco#>
                SELECT ?url ?retrieved { GRAPH ?a { ?a schema:url ?url ; sco:retrievedOn ?retrieved } } ORDER BY ?url""").toString());
        assertTrue(retrieved.contains("<" + URL + ">\t\"2025-09-02\"^^"), "the capture date: " + retrieved);
        assertTrue(retrieved.contains("<" + SAVED_PAGE_URL + ">\t\"2025-09-03\"^^"), retrieved);
    }

    @Test
    void jsonLinesLoadPastABrokenLine() throws Exception {
        String text = Files.readString(Corpus.SEED_TIANJIN).strip().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        Path file = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"url\": \"" + URL + "\", \"title\": \"KTT SCO\", \"outlet\": \"Contoh\", \"date\": \"2025-09-01\", \"content\": \"" + text + "\"}",
                "{\"url\": \"https://www.example.co.id/rusak\", \"text\": ",
                "{\"url\": \"https://www.example.co.id/asean\", \"published\": \"2023-09-05\", \"text\": \""
                        + Files.readString(Corpus.TEST_ARTICLES.resolve("110_asean_jakarta_2023.txt")).strip()
                        .replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}"));
        Cli.Result r = load(file);
        assertTrue(r.out().contains("articles read: 1, refused: 0, skipped: 1, broken records: 1"), r.toString());
        assertTrue(r.out().contains("broken record " + file + " line 2: is not a JSON object"), r.toString());
        assertTrue(r.out().contains("skipped " + file + " line 3: it names no focus organisation"), r.toString());
        assertFactsCarry(URL, "2025-09-01");
    }
}
