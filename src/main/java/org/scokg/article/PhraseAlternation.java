package org.scokg.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A regex that matches any of a list of phrases, written as a trie: phrases that share a beginning
 * share its regex. A flat {@code (?:p1|p2|...)} compares every phrase at every position of every text
 * it is searched in (it was the extractor's largest cost); the trie compares one character per
 * branch and follows only the branch that matches.
 *
 * <p>It matches what the flat alternation of the phrases, longest first, matches: two phrases can
 * only match at the same position if one is a beginning of the other, and at every node the longer
 * continuation is tried before the phrase that ends there. That holds while no two branches of a
 * node can match the same character ("B" and "ba" under {@code CASE_INSENSITIVE}): then the phrases
 * are written as the flat alternation. A space in a phrase matches any run of white space
 * ({@code \s+}).
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
        return trie.root.branchesOverlap() ? flat(phrases) : trie.root.regex(true);
    }

    /** Each phrase quoted, longest first. */
    private static String flat(Iterable<String> phrases) {
        List<String> sorted = new ArrayList<>();
        phrases.forEach(sorted::add);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Whether two characters may match the same text, with or without case-insensitivity. */
    private static boolean overlap(int a, int b) {
        if (Character.isWhitespace(a) || Character.isWhitespace(b)) {
            return Character.isWhitespace(a) && Character.isWhitespace(b);
        }
        return Character.toLowerCase(Character.toUpperCase(a)) == Character.toLowerCase(Character.toUpperCase(b))
                || Character.toLowerCase(a) == Character.toLowerCase(b) || Character.toUpperCase(a) == Character.toUpperCase(b);
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

    /** Letters and digits as they are, anything else by its code point; a space as white space. */
    private static String literal(int c) {
        if (c == ' ') {
            return WHITE_SPACE;
        }
        return Character.isLetterOrDigit(c) ? Character.toString(c) : "\\x{" + Integer.toHexString(c) + "}";
    }

    private static final class Node {
        /** Next character to the rest of the trie, in the order the phrases gave them. */
        final Map<Integer, Node> next = new LinkedHashMap<>();
        boolean end;

        boolean branchesOverlap() {
            List<Integer> characters = new ArrayList<>(next.keySet());
            for (int i = 0; i < characters.size(); i++) {
                for (int j = i + 1; j < characters.size(); j++) {
                    if (overlap(characters.get(i), characters.get(j))) {
                        return true;
                    }
                }
            }
            return next.values().stream().anyMatch(Node::branchesOverlap);
        }

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
            if (end) {
                // greedy: the longer phrase first, then the one that ends here
                return "(?:" + alternatives + ")?";
            }
            return next.size() == 1 && !group ? alternatives.toString() : "(?:" + alternatives + ")";
        }
    }
}
