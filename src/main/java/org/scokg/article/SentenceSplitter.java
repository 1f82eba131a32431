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
 *
 * <p>A run of text longer than {@link #MAX_SENTENCE_LENGTH} without a sentence end is not prose
 * (a pasted table, a file without punctuation): it is cut at the last clause mark or space before
 * the limit. The extraction rules look at a sentence's words against each other, so bounding the
 * sentence bounds their work and keeps extraction linear in the length of the text.
 */
public final class SentenceSplitter {
    /** Characters; the news sentences of the seeds and test articles are at most ~470 long. */
    public static final int MAX_SENTENCE_LENGTH = 1000;
    /** A cut looks back this far for a clause mark or a space before cutting inside a word. */
    private static final int CUT_REACH = MAX_SENTENCE_LENGTH / 2;
    /**
     * Starts only at the first mark of a run ("?!..."), and takes the run and quote possessively:
     * a shorter run would be followed by a mark, never by the space the lookahead wants, so no
     * match is lost, and a long run of marks costs linear time, not quadratic.
     */
    private static final Pattern BOUNDARY =
            Pattern.compile("(?<![.!?])[.!?]++[\"”’']?+(?=\\s++[\"“‘']?[\\p{Lu}\\p{N}])");

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
            if (isAbbreviation(paragraph, start, m.start())) {
                continue;
            }
            addBounded(spans, paragraph, offset, start, m.end());
            start = skipSpace(paragraph, m.end());
        }
        int end = paragraph.stripTrailing().length();
        if (start < end) {
            addBounded(spans, paragraph, offset, start, end);
        }
        return spans;
    }

    /** Adds the sentence {@code [start, end)}, in pieces of at most {@link #MAX_SENTENCE_LENGTH}. */
    private static void addBounded(List<int[]> spans, String paragraph, int offset, int start, int end) {
        while (end - start > MAX_SENTENCE_LENGTH) {
            int cut = cutPoint(paragraph, start, start + MAX_SENTENCE_LENGTH);
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(paragraph.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            if (pieceEnd > start) {
                spans.add(new int[] {offset + start, offset + pieceEnd});
            }
            start = skipSpace(paragraph, cut);
        }
        if (start < end) {
            spans.add(new int[] {offset + start, offset + end});
        }
    }

    /** Where to cut before {@code limit}: after the last {@code ;} or {@code ,}, else at the last space, else at the limit. */
    private static int cutPoint(String paragraph, int start, int limit) {
        int from = Math.max(start + 1, limit - CUT_REACH);
        for (int i = limit - 1; i >= from; i--) {
            char c = paragraph.charAt(i);
            if (c == ';' || c == ',') {
                return i + 1;
            }
        }
        for (int i = limit - 1; i >= from; i--) {
            if (Character.isWhitespace(paragraph.charAt(i))) {
                return i;
            }
        }
        // never between the two halves of a surrogate pair
        return Character.isLowSurrogate(paragraph.charAt(limit)) ? limit - 1 : limit;
    }

    /**
     * Whether the word before the sentence mark at {@code mark} (within the sentence from
     * {@code start}) is an abbreviation or an initial. Looks back over that word only.
     */
    private boolean isAbbreviation(String paragraph, int start, int mark) {
        int end = mark;
        if (end > start && paragraph.charAt(end - 1) == '.') {
            end--;
        }
        int from = end;
        while (from > start && Character.isLetter(paragraph.codePointBefore(from))) {
            from -= Character.charCount(paragraph.codePointBefore(from));
        }
        if (from == end) {
            return false;
        }
        String word = paragraph.substring(from, end);
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
