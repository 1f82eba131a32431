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
import org.scokg.article.Corpus;

/**
 * Each input format loads through {@code sco load}, and the article's source URL and publication date
 * reach the graph and {@code sco query article-facts}.
 */
class InputFormatsTest {
    private static final String URL = "https://www.example.co.id/berita/ktt-sco-tianjin";

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
        List<List<String>> rows = articleFacts(URL);
        assertTrue(rows.size() > 1, "the article's facts carry its URL: " + rows);
        int published = rows.get(0).indexOf("published");
        assertTrue(rows.stream().skip(1).allMatch(row -> row.get(published).equals("2025-09-01")), rows.toString());

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
}
