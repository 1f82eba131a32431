package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.article.Corpus;

/**
 * The reliability suite's bad-input catalogue: each bad file given to {@code sco load} is refused with
 * its name and the reason, the exit code is not 0, and the database holds exactly the quads it held before.
 */
class BadInputTest {
    private static final String ARTICLE = Corpus.antara("Jakarta",
            "Presiden Xi Jinping hadir di KTT SCO di Tianjin bersama para pemimpin negara anggota.", 2025);

    @TempDir
    Path dir;
    Path db;
    List<String> before;

    @BeforeEach
    void loadOneArticle() {
        db = dir.resolve("tdb2");
        assertEquals(0, Cli.run("load", "--db", db.toString(), Corpus.SEED_TIANJIN.toString()).exit());
        before = Cli.dump(db);
    }

    @AfterEach
    void release() {
        Cli.release(db);
    }

    /** Loads {@code file} and checks the refusal names it and gives {@code reason}, and that nothing changed. */
    private Cli.Result assertRefused(Path file, String reason) {
        Cli.Result r = Cli.run("load", "--db", db.toString(), file.toString());
        assertNotEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains(file.getFileName().toString()), "the file is named: " + r);
        assertTrue(r.err().toLowerCase().contains(reason.toLowerCase()), "the reason (" + reason + ") is given: " + r);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
        assertEquals(before, Cli.dump(db), "the database is unchanged");
        return r;
    }

    @Test
    void empty() throws IOException {
        assertRefused(Files.write(dir.resolve("empty.txt"), new byte[0]), "empty");
    }

    @Test
    void binary() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        assertRefused(Files.write(dir.resolve("random.txt"), bytes), "binary");
    }

    @Test
    void utf16() throws IOException {
        assertRefused(Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE)), "UTF-16");
    }

    @Test
    void invalidUtf8() throws IOException {
        assertRefused(Files.write(dir.resolve("latin1.txt"), ARTICLE.replace("para", "pára").getBytes(StandardCharsets.ISO_8859_1)), "UTF-8");
    }

    @Test
    void fiftyMegabytesAreRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] block = (ARTICLE + "\n").getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            while (out.length() < 50L * 1024 * 1024) {
                out.write(block);
            }
        }
        assertRefused(file, "--max-size");
    }

    @Test
    void aLargerMaxSizeLetsALargeArticleIn() throws IOException {
        Path file = Files.writeString(dir.resolve("long.txt"), Corpus.antara("Jakarta",
                "Presiden Xi Jinping hadir di KTT SCO di Tianjin bersama para pemimpin negara anggota. ".repeat(40), 2025));
        assertNotEquals(0, Cli.run("load", "--db", db.toString(), "--max-size", "1000", file.toString()).exit());
        assertEquals(before, Cli.dump(db));
        Cli.Result r = Cli.run("load", "--db", db.toString(), "--max-size", "100000", file.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void oneMegabyteInOneLine() throws IOException {
        String line = "Presiden Xi Jinping hadir di KTT SCO di Tianjin bersama para pemimpin negara anggota, ";
        Path file = Files.writeString(dir.resolve("one-line.txt"), "Jakarta (ANTARA) - " + line.repeat(1024 * 1024 / line.length()));
        assertRefused(file, "paragraph");
    }

    /** A saved page used to be refused; it is now read, by its content whatever its name. */
    @Test
    void aSavedPageIsReadWhateverItsName() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html.txt"), "<!doctype html>\n<html lang=\"id\"><head><title>KTT SCO</title>"
                + "</head><body><article><p>" + ARTICLE.replace("\n", "</p><p>") + "</p></article></body></html>\n");
        Cli.Result r = Cli.run("load", "--db", db.toString(), page.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("articles read: 1, refused: 0"), r.toString());
    }

    @Test
    void xmlThatIsNotAPage() throws IOException {
        assertRefused(Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?>\n<rss><channel><item><description>"
                + ARTICLE + "</description></item></channel></rss>\n"), "XML");
    }

    @Test
    void aJsonDocumentThatIsNotJsonLines() throws IOException {
        assertRefused(Files.writeString(dir.resolve("articles.json"), "{\n  \"judul\": \"KTT SCO\",\n  \"isi\": \"" + ARTICLE.replace("\n", " ")
                + "\"\n}\n"), "JSON");
    }

    @Test
    void jsonLinesWithoutAnyArticle() throws IOException {
        Cli.Result r = assertRefused(Files.writeString(dir.resolve("data.jsonl"), "{\"judul\": \"KTT SCO\"}\n{\"judul\": \"lain\"}\n"),
                "holds no article");
        assertTrue(r.err().contains("line 1"), r.toString());
    }

    @Test
    void unreadable() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.txt"), ARTICLE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            // root reads whatever the permissions say: a file whose every read fails stands in for it
            Files.delete(file);
            Files.createSymbolicLink(file, Path.of("/proc/self/mem"));
        }
        assertRefused(file, "cannot be read");
    }

    @Test
    void theSameNameInTwoFoldersIsTwoArticles() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.copy(Corpus.SEED_BISHKEK, one.resolve("a.txt"));
        Files.writeString(two.resolve("a.txt"), ARTICLE);
        Cli.Result r = Cli.run("load", "--db", db.toString(), one.toString(), two.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("written: 2 (unchanged 0, replaced 0)"), r.toString());
        assertEquals(0, Cli.run("load", "--db", db.toString(), two.resolve("a.txt").toString()).exit());
        Cli.Result query = Cli.run("query", "--db", db.toString(), "--format", "tsv", Files.writeString(dir.resolve("articles.rq"),
                "PREFIX sco: <http://localhost:3030/def/sco#> SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a sco:Article } }").toString());
        assertTrue(query.out().contains("3"), "the seed and the two a.txt: " + query);
    }

    @Test
    void aDatabaseHeldByAnotherProcess() throws Exception {
        Cli.release(db);
        try (JavaProcess holder = new JavaProcess(DatabaseHolder.class, db.toString())) {
            holder.awaitLine(DatabaseHolder.READY::equals, 120);
            for (String command : List.of("load", "query")) {
                Cli.Result r = command.equals("load")
                        ? Cli.run("load", "--db", db.toString(), Corpus.SEED_BISHKEK.toString())
                        : Cli.run("query", "--db", db.toString(), "meetings");
                assertEquals(1, r.exit(), r.toString());
                assertTrue(r.err().contains(db.toString()) && r.err().contains("another process"), "names the directory and why: " + r);
                assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r);
            }
            assertEquals(0, holder.finish(60));
        }
        assertEquals(before, Cli.dump(db));
    }
}
