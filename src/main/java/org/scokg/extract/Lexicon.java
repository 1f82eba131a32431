package org.scokg.extract;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scokg.article.LexiconFile;

/**
 * The word lists the extractor is driven by: {@code data/lexicon/NAME.txt} (one phrase a line) and
 * {@code data/lexicon/NAME.tsv} (phrase TAB value), packaged into the jar under {@code lexicon/}.
 * Lines starting with {@code #} are comments. Phrases are kept lower-case.
 */
public final class Lexicon {
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    public static Lexicon load() {
        return new Lexicon();
    }

    public Set<String> words(String name) {
        @SuppressWarnings("unchecked")
        Set<String> words = (Set<String>) cache.computeIfAbsent(name + ".txt", file -> LexiconFile.words(name));
        return words;
    }

    /** Phrase to value, in file order. */
    public Map<String, String> table(String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> table = (Map<String, String>) cache.computeIfAbsent(name + ".tsv", file -> LexiconFile.table(name));
        return table;
    }

    /** A regex alternation of the phrases of a list or table, longest first, spaces as {@code \s+}. */
    public String alternation(String name, boolean table) {
        return LexiconFile.alternation(table ? this.table(name).keySet() : words(name), name);
    }
}
