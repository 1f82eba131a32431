package org.scokg.reference;

import java.text.Normalizer;
import java.util.Locale;

/** Normal forms of names for matching, and slugs for IRIs. */
public final class Names {
    private Names() {}

    /**
     * Lower case, no diacritics, punctuation inside names as single spaces: decomposed (NFD), marks
     * ({@code \p{M}}) dropped, lower-cased, {@code - ‐ – ' ’ ` .} as spaces, runs of {@code \s}
     * as one space, stripped. Written as one pass over the text, not as regular expressions: the
     * extractor normalises every word it reads.
     */
    public static String normalize(String name) {
        String folded = withoutMarks(Normalizer.normalize(name, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean inSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isNameSeparator(c) || isRegexSpace(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.append(c);
        }
        if (inSpace) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    /**
     * Whether the normal form of a text with {@code part} in it is the normal form of the text before it,
     * then of {@code part}, then of the text after it, put together (spaces aside, see {@link #normalizeInside}):
     * so when every character is Latin (below U+0370) or general punctuation (U+2000 to U+206F). There
     * decomposition gives only characters of these ranges and marks, which are dropped whatever order
     * they were put in, and lower case goes character by character (unlike Greek's final sigma).
     */
    public static boolean normalizesAlone(CharSequence part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= '\u0370' && (c < '\u2000' || c >= '\u2070')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The normal form of text that stands between two letters, its spaces kept: {@code " - "} gives
     * {@code " "}, where {@link #normalize} would strip it to nothing. For {@link #normalizesAlone} text.
     */
    public static String normalizeInside(String between) {
        String inside = normalize("a" + between + "a");
        return inside.substring(1, inside.length() - 1);
    }

    private static String withoutMarks(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isMark(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(s, i, next);
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }

    /** {@code \p{M}}. */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Punctuation that joins the parts of a name ("Xi-Jinping", "O'Brien", "St. Petersburg"). */
    private static boolean isNameSeparator(char c) {
        return c == '-' || c == '\u2010' || c == '\u2013' || c == '\'' || c == '\u2019' || c == '`' || c == '.';
    }

    /** {@code \s} of a regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** An IRI path segment made only of {@code [a-z0-9-]}, so article text can never inject into an IRI. */
    public static String slug(String text) {
        String s = normalize(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions), capped. */
    public static int editDistance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
