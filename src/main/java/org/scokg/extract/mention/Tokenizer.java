package org.scokg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.scokg.article.Sentence;

/** Splits a sentence into words: runs of letters and digits; hyphens and punctuation separate. */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokens(Sentence sentence) {
        String text = sentence.text();
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isWordCharacter(c)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                tokens.add(new Token(text.substring(start, i), sentence.start() + start, sentence.start() + i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            tokens.add(new Token(text.substring(start), sentence.start() + start, sentence.start() + text.length()));
        }
        return tokens;
    }

    /** A letter, mark or number ({@code [\p{L}\p{M}\p{N}]}). */
    private static boolean isWordCharacter(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
