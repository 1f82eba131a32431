package org.scokg.bench.corpus;

import java.util.Random;

/** The slips of a hurried newsroom: two letters swapped in a longer word. */
final class Typos {
    private static final int SHORTEST_WORD = 6;

    private Typos() {}

    /** {@code text} with one word of at least six letters misspelt, or as it was if it has none. */
    static String one(String text, Random random) {
        String[] words = text.split(" ", -1);
        int start = random.nextInt(words.length);
        for (int i = 0; i < words.length; i++) {
            int w = (start + i) % words.length;
            String word = words[w];
            if (word.length() >= SHORTEST_WORD && word.chars().allMatch(Character::isLetter)) {
                int at = 1 + random.nextInt(word.length() - 3);
                words[w] = word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                return String.join(" ", words);
            }
        }
        return text;
    }
}
