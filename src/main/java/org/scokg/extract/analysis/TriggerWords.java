package org.scokg.extract.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Token;

/**
 * The words of one trigger matched in any of their affixed forms: a list of forms ("hadir") matches
 * every word with the same Indonesian stem ("menghadiri", "dihadiri", "kehadiran", "hadirnya"), the
 * prefixes me-, di-, ber-, ke-, pe- and the suffixes -kan, -i, -an, -nya taken off by Lucene's
 * {@link IndonesianStemmer}. The stemmer sometimes cuts a root ("menerima" to "erima"), so the list
 * may give several forms of one root; each is stemmed the same way as the text. Only trigger words
 * are stemmed, never names.
 */
public final class TriggerWords {
    private final Set<String> stems = new HashSet<>();

    public TriggerWords(Lexicon lexicon, String name) {
        lexicon.words(name).forEach(word -> stems.add(stem(word)));
    }

    /** The stem of one word, lower-cased. */
    public static String stem(String word) {
        char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
        int length = new IndonesianStemmer().stem(chars, chars.length, true);
        return new String(chars, 0, length);
    }

    public boolean matches(String word) {
        return stems.contains(stem(word));
    }

    /** The first word of the sentence that is a form of the trigger. */
    Optional<Token> firstIn(SentenceAnalysis s) {
        // a capitalised word inside the sentence is a name, never stemmed
        return s.tokens.stream().filter(t -> !t.capitalised() || t == s.tokens.get(0))
                .filter(t -> matches(t.text())).findFirst();
    }

    public boolean in(SentenceAnalysis s) {
        return firstIn(s).isPresent();
    }

    /** Whether the first word of {@code text} is a form of the trigger. */
    public boolean startsWith(String text) {
        String[] words = text.strip().split("[^\\p{L}]+", 2);
        return words.length > 0 && !words[0].isEmpty() && matches(words[0]);
    }
}
