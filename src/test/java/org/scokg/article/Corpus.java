package org.scokg.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.scokg.extract.mention.Lexicon;

/**
 * The article files the tests run on: the seeds in {@code data/articles}, the test articles in
 * {@code src/test/resources/articles} and the fixtures in {@code src/test/resources/fixtures}.
 * Paths are relative to the project directory, where Maven runs the tests.
 */
public final class Corpus {
    public static final Path SEEDS = Path.of("data", "articles");
    public static final Path TEST_ARTICLES = Path.of("src", "test", "resources", "articles");
    public static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    /** The Tianjin 2025 SCO Plus seed. */
    public static final Path SEED_TIANJIN = SEEDS.resolve("000_99c2deff2f153c72.txt");
    /** The Bishkek 2023 seed (Li Qiang's four proposals). */
    public static final Path SEED_BISHKEK = SEEDS.resolve("001_6a50028da284253b.txt");

    private Corpus() {}

    public static List<Path> seeds() {
        return txt(SEEDS);
    }

    /** Seeds, test articles and fixtures: every article file of the repository. */
    public static List<Path> everyArticle() {
        List<Path> all = new ArrayList<>(seeds());
        all.addAll(txt(TEST_ARTICLES));
        all.addAll(txt(FIXTURES));
        return all;
    }

    public static List<Path> txt(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArticleReader reader() {
        return new ArticleReader(Lexicon.load().words("abbreviations"));
    }

    /** An article from text, as if read from a file called {@code name}. */
    public static Article article(String name, String text) {
        try {
            return reader().read(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (ArticleRejectedException e) {
            throw new AssertionError("the test article was refused: " + e.getMessage(), e);
        }
    }

    public static Article read(Path file) {
        try {
            return reader().read(file);
        } catch (ArticleRejectedException e) {
            throw new AssertionError("the article was refused: " + e.getMessage(), e);
        }
    }

    /** A short article in the ANTARA layout around {@code body}. */
    public static String antara(String place, String body, int year) {
        return place + " (ANTARA) - " + body + "\n\nPewarta: Uji Coba\nEditor: Penyunting Uji\nCopyright © ANTARA " + year + "\n";
    }
}
