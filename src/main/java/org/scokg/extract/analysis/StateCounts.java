package org.scokg.extract.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.QuantityFinder;

/**
 * The number of states a text announces before naming them ("10 negara anggota", "empat kepala
 * negara"), checked against the states it names.
 */
public final class StateCounts {
    public static final Evidence COUNT_CHECK = new Evidence("count-check", 1.0);

    private final Pattern count;
    private final QuantityFinder numbers;

    public StateCounts(Lexicon lexicon, QuantityFinder numbers) {
        this.numbers = numbers;
        count = Pattern.compile("(?:\\b(\\d{1,3})|\\b(" + lexicon.alternation("quantity/numbers", true)
                + "))\\s+(?:kepala\\s+)?negara\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The last count of states in {@code text}, or null. */
    public Integer countIn(String text) {
        Matcher c = count.matcher(text);
        Integer n = null;
        while (c.find()) {
            n = numbers.integer(c.group(1) != null ? c.group(1) : c.group(2));
        }
        return n;
    }

    /** A quality note when the text counts other than it names. */
    public static void check(Extraction x, SentenceAnalysis s, Integer expected, int found, Object what) {
        if (expected != null && expected != found) {
            x.notes.add(new Extraction.QualityNote("The text counts " + expected + " states (" + what
                    + ") but names " + found + ".", expected, found, COUNT_CHECK.at(s)));
        }
    }
}
