package org.scokg.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One word list of {@code data/lexicon}, as packaged into the jar under {@code lexicon/}: its
 * lines without blank lines and {@code #} comments. The reader of article layouts needs the lists
 * as much as the extractor, and sits below it, so the reading of the files is here.
 */
public final class LexiconFile {
    private static final String ROOT = "/lexicon/";
    /** Every file read in this JVM, so a test can tell a file no code reads (a list nobody maintains). */
    private static final Set<String> READ = ConcurrentHashMap.newKeySet();

    private LexiconFile() {}

    /** The stripped lines of {@code data/lexicon/FILE} (with its extension), in file order. */
    public static List<String> lines(String file) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file " + ROOT + file + " is missing from the build");
            }
            READ.add(file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files read so far in this JVM ({@code "pledge/pledge-modals.txt"}). */
    public static Set<String> filesRead() {
        return Set.copyOf(READ);
    }

    /** The phrases of {@code data/lexicon/NAME.txt}, lower case. */
    public static Set<String> words(String name) {
        Set<String> set = new LinkedHashSet<>();
        lines(name + ".txt").forEach(line -> set.add(line.toLowerCase()));
        return Collections.unmodifiableSet(set);
    }

    /** Phrase (lower case) to value of {@code data/lexicon/NAME.tsv}, in file order. */
    public static Map<String, String> table(String name) {
        String file = name + ".tsv";
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalStateException("lexicon " + file + ": line without a TAB-separated value: " + line);
            }
            map.put(cols[0].strip().toLowerCase(), cols[1].strip());
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * A regex that matches any of the phrases, longest first where one begins another, spaces as
     * {@code \s+} ({@link PhraseAlternation}).
     */
    public static String alternation(Iterable<String> phrases, String name) {
        if (!phrases.iterator().hasNext()) {
            throw new IllegalStateException("lexicon " + name + " is empty");
        }
        return PhraseAlternation.of(phrases);
    }
}
