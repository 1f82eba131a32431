package org.scokg.reference;

import java.text.Normalizer;
import java.util.Locale;

/** Normal forms of names for matching, and slugs for IRIs. */
public final class Names {
    private Names() {}

    /** Lower case, no diacritics, punctuation inside names as single spaces. */
    public static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[\\-‐–'’`.]", " ")
                .replaceAll("\\s+", " ")
                .strip();
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
