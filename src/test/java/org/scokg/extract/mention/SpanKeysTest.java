package org.scokg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scokg.article.Sentence;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.Names;
import org.scokg.reference.ReferenceData;

/**
 * The runs of words of a sentence have the normal form of their text, and the trie walk finds
 * for each run the names that looking its normal form up finds: the scan the mention finder did
 * before, normalising the text of every run of up to {@link Gazetteer#longestNameTokens} words.
 */
class SpanKeysTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(ReferenceData.load());
    private static final List<String> NAME_WORDS = GAZETTEER.names().stream()
            .flatMap(n -> Arrays.stream(n.written().split("[\\s\\-.]+"))).filter(w -> !w.isEmpty()).distinct().sorted().toList();

    /** Sentences of names' words, other words and every kind of gap, Greek and combining marks included. */
    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(NAME_WORDS), Arbitraries.of(NAME_WORDS).map(String::toUpperCase),
                Arbitraries.of("dan", "di", "KTT", "Σ", "ΟΔΟΣ", "\u0301", "é", "İstanbul", "2024"));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", ", ", "-", " (", ") ", " – ", "’", ". ", "  ", "\u00A0", "\n",
                " \u0301 ", "/", " \u2000 ", " · ", "; ", " Σ ");
        return Arbitraries.oneOf(word, gap).list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 1500)
    void everyRunHasTheNormalFormAndTheNamesOfItsText(@ForAll("sentences") String text) {
        List<Token> tokens = Tokenizer.tokens(new Sentence(0, 0, 0, text.length(), text));
        SpanKeys keys = new SpanKeys(text, tokens);
        int maxTokens = GAZETTEER.longestNameTokens();
        for (int from = 0; from < tokens.size(); from++) {
            int longest = Math.min(maxTokens, tokens.size() - from);
            List<List<Gazetteer.Name>> names = keys.names(GAZETTEER.trie(), from, longest);
            for (int n = 1; n <= longest; n++) {
                String normal = Names.normalize(text.substring(tokens.get(from).start(), tokens.get(from + n - 1).end()));
                assertEquals(normal, keys.key(from, n), text);
                assertEquals(GAZETTEER.exact(normal), names.get(n - 1), text + " from word " + from + ", " + n + " words");
            }
        }
    }
}
