package org.scokg.extract.mention;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.scokg.article.LexiconFile;

/**
 * The word lists the extractor is driven by: {@code data/lexicon/TOPIC/NAME.txt} (one phrase a line)
 * and {@code data/lexicon/TOPIC/NAME.tsv} (phrase TAB value), packaged into the jar under
 * {@code lexicon/}; a list is named by its path without the extension ({@code "pledge/pledge-modals"}).
 * As HeidelTime keeps each language's resources apart from its engine, every Indonesian word the
 * rules look for is here, grouped by the topic of the rule that reads it. Lines starting with
 * {@code #} are comments. Phrases are kept lower-case.
 */
public final class Lexicon {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    public static Lexicon load() {
        return new Lexicon();
    }

    /** The lookup form of a phrase as written: lower-case, single spaces. */
    public static String key(String phrase) {
        return WHITE_SPACE.matcher(phrase.toLowerCase()).replaceAll(" ");
    }

    /** Any phrase of a word list as a whole word or words, whatever the case. */
    public Pattern wordPattern(String name) {
        return Pattern.compile("\\b" + alternation(name, false) + "\\b", FLAGS);
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
