package org.scokg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.article.Sentence;

/** Splits a sentence into words: runs of letters and digits; hyphens and punctuation separate. */
public final class Tokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Tokenizer() {}

    public static List<Token> tokens(Sentence sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.text());
        while (m.find()) {
            tokens.add(new Token(m.group(), sentence.start() + m.start(), sentence.start() + m.end()));
        }
        return tokens;
    }
}
