package org.scokg.article;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;

/**
 * A regex that matches any of a list of phrases, written as a trie: phrases that share a beginning
 * share its regex, and a lookahead on the first characters turns most positions of a text away with
 * one test. A flat {@code (?:p1|p2|...)} costs a comparison per phrase at every position of every
 * text it is searched in (the extractor's largest cost); this costs one, and then one per character
 * of the phrases that can still match.
 *
 * <p>It matches what the flat alternation of the phrases, longest first, matches: two phrases can
 * only match at the same position if one is a beginning of the other, and at every node the longer
 * continuation is tried before the phrase that ends there. A space in a phrase matches any run of
 * white space ({@code \s+}). It is a lookahead followed by a group, not one atom: a quantifier
 * needs a group around it.
 */
final class PhraseAlternation {
    private static final String WHITE_SPACE = "\\s+";

    private final Node root = new Node();

    private PhraseAlternation() {}

    static String of(Iterable<String> phrases) {
        PhraseAlternation trie = new PhraseAlternation();
        phrases.forEach(trie::add);
        if (trie.root.next.isEmpty()) {
            throw new IllegalArgumentException("no phrases");
        }
        // the lookahead outside any group: entering a group at every position costs more than the test
        return trie.root.regex(true);
    }

    private void add(String phrase) {
        Node node = root;
        for (int i = 0; i < phrase.length(); ) {
            int c = phrase.codePointAt(i);
            node = node.next.computeIfAbsent(c, k -> new Node());
            i += Character.charCount(c);
        }
        node.end = true;
    }

    /**
     * The characters a phrase can begin with, in every case, as a set matched with case-sensitivity
     * off: a case-insensitive set folds case at every test, a plain one looks a bit up. Phrases are
     * matched with or without {@code CASE_INSENSITIVE}; a set of more characters than needed only lets
     * more positions through to the trie, which decides.
     */
    private String firstCharacters() {
        TreeSet<Integer> characters = new TreeSet<>();
        for (int c : root.next.keySet()) {
            characters.addAll(CASE_VARIANTS.getOrDefault(fold(c), Set.of(c)));
        }
        StringBuilder set = new StringBuilder("(?-iu:[");
        characters.forEach(c -> set.append(escaped(c)));
        return set.append("])").toString();
    }

    /** How Java's regex compares characters with CASE_INSENSITIVE and UNICODE_CASE. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The characters of the Basic Multilingual Plane by their folded form. */
    private static final Map<Integer, Set<Integer>> CASE_VARIANTS = caseVariants();

    private static Map<Integer, Set<Integer>> caseVariants() {
        Map<Integer, Set<Integer>> variants = new HashMap<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            variants.computeIfAbsent(fold(c), k -> new TreeSet<>()).add(c);
            // ASCII-only case-insensitivity folds without the Unicode tables
            if (c < 128) {
                variants.computeIfAbsent(fold(c), k -> new TreeSet<>()).add((int) Character.toLowerCase((char) c));
                variants.get(fold(c)).add((int) Character.toUpperCase((char) c));
            }
        }
        return variants;
    }

    private static String literal(int c) {
        return c == ' ' ? WHITE_SPACE : escaped(c);
    }

    /** Letters and digits as they are, anything else by its code point (safe in and out of a set). */
    private static String escaped(int c) {
        return Character.isLetterOrDigit(c) ? Character.toString(c) : "\\x{" + Integer.toHexString(c) + "}";
    }

    private static final class Node {
        /** Next character to the rest of the trie, in the order the phrases gave them. */
        final Map<Integer, Node> next = new LinkedHashMap<>();
        boolean end;

        /** The regex for the rest of the phrases from this node; {@code group} when it must be one atom. */
        String regex(boolean group) {
            if (next.isEmpty()) {
                return "";
            }
            StringBuilder alternatives = new StringBuilder();
            next.forEach((c, child) -> {
                if (alternatives.length() > 0) {
                    alternatives.append('|');
                }
                alternatives.append(literal(c)).append(child.regex(false));
            });
            boolean single = next.size() == 1;
            if (end) {
                // greedy: the longer phrase first, then the one that ends here
                return "(?:" + alternatives + ")?";
            }
            return single && !group ? alternatives.toString() : "(?:" + alternatives + ")";
        }
    }
}
