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
import java.util.regex.Pattern;

/**
 * The word lists the extractor is driven by: {@code data/lexicon/TOPIC/NAME.txt} (one phrase a line)
 * and {@code data/lexicon/TOPIC/NAME.tsv} (phrase TAB value), packaged into the jar under
 * {@code lexicon/}; a list is named by its path without the extension ({@code "pledge/pledge-modals"}).
 * As HeidelTime keeps each language's resources apart from its engine, every Indonesian word the
 * rules look for is here, grouped by the topic of the rule that reads it. Lines starting with
 * {@code #} are comments. Phrases are kept lower-case.
 */
public final class Lexicon {
    private static final String ROOT = "/lexicon/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    public static Lexicon load() {
        return new Lexicon();
    }

    /** The files read so far ({@code "pledge/pledge-modals.txt"}), to check that none lies unused. */
    public Set<String> filesRead() {
        return Set.copyOf(cache.keySet());
    }

    /** The lookup form of a phrase as written: lower-case, single spaces. */
    public static String key(String phrase) {
        return phrase.toLowerCase().replaceAll("\\s+", " ");
    }

    /** Any phrase of a word list as a whole word or words, whatever the case. */
    public Pattern wordPattern(String name) {
        return Pattern.compile("\\b" + alternation(name, false) + "\\b", FLAGS);
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
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
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
