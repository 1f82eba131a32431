package org.scokg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Indonesian news paragraphs into sentences. A sentence ends at {@code . ! ?} (with any
 * closing quote) followed by space and a capital letter or an opening quote, unless the word
 * before the full stop is an abbreviation or a single initial ("S. Jaishankar").
 */
public final class SentenceSplitter {
    private static final Pattern BOUNDARY =
            Pattern.compile("[.!?]+[\"”’']?(?=\\s+[\"“‘']?[\\p{Lu}\\p{N}])");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)\\.?$");

    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Splits {@code paragraph}, which starts at {@code offset} in the body, into sentences. */
    public List<int[]> split(String paragraph, int offset) {
        List<int[]> spans = new ArrayList<>();
        int start = skipSpace(paragraph, 0);
        Matcher m = BOUNDARY.matcher(paragraph);
        while (m.find()) {
            if (isAbbreviation(paragraph.substring(start, m.start()))) {
                continue;
            }
            spans.add(new int[] {offset + start, offset + m.end()});
            start = skipSpace(paragraph, m.end());
        }
        int end = paragraph.stripTrailing().length();
        if (start < end) {
            spans.add(new int[] {offset + start, offset + end});
        }
        return spans;
    }

    private boolean isAbbreviation(String before) {
        Matcher w = LAST_WORD.matcher(before);
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || abbreviations.contains(word.toLowerCase());
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
