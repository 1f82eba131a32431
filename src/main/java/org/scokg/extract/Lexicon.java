package org.scokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists the extractor is driven by: {@code data/lexicon/NAME.txt} (one phrase a line) and
 * {@code data/lexicon/NAME.tsv} (phrase TAB value), packaged into the jar under {@code lexicon/}.
 * Lines starting with {@code #} are comments. Phrases are kept lower-case.
 */
public final class Lexicon {
    private static final String ROOT = "/lexicon/";
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    public static Lexicon load() {
        return new Lexicon();
    }

    public Set<String> words(String name) {
        @SuppressWarnings("unchecked")
        Set<String> words = (Set<String>) cache.computeIfAbsent(name + ".txt", file -> {
            Set<String> set = new LinkedHashSet<>();
            forEachLine(file, line -> set.add(line.toLowerCase()));
            return Collections.unmodifiableSet(set);
        });
        return words;
    }

    /** Phrase to value, in file order. */
    public Map<String, String> table(String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> table = (Map<String, String>) cache.computeIfAbsent(name + ".tsv", file -> {
            Map<String, String> map = new LinkedHashMap<>();
            forEachLine(file, line -> {
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException("lexicon " + file + ": line without a TAB-separated value: " + line);
                }
                map.put(cols[0].strip().toLowerCase(), cols[1].strip());
            });
            return Collections.unmodifiableMap(map);
        });
        return table;
    }

    /** A regex alternation of the phrases of a list or table, longest first, spaces as {@code \s+}. */
    public String alternation(String name, boolean table) {
        Set<String> phrases = table ? this.table(name).keySet() : words(name);
        return phrases.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(p -> java.util.regex.Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b)
                .map(s -> "(?:" + s + ")")
                .orElseThrow(() -> new IllegalStateException("lexicon " + name + " is empty"));
    }

    private static void forEachLine(String file, java.util.function.Consumer<String> action) {
        try (InputStream in = Lexicon.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file " + ROOT + file + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    action.accept(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
