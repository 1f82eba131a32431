package org.scokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The trie regex finds exactly what the flat alternation of the same phrases, longest first, finds:
 * same matches at the same offsets, alone, between word boundaries, and with a pattern after it that
 * makes the regex engine backtrack into the phrases.
 */
class PhraseAlternationTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Property(tries = 400)
    void findsWhatTheFlatAlternationFinds(@ForAll("phrases") List<String> phrases, @ForAll("texts") String text) {
        String trie = PhraseAlternation.of(phrases);
        String flat = flat(phrases);
        for (String context : List.of("%s", "\\b(%s)\\b", "(%s)\\s*b", "(?s).*\\b(%s)\\s+[^.]{0,6}?a$")) {
            for (int flags : new int[] {0, FLAGS}) {
                assertEquals(matches(String.format(context, flat), flags, text), matches(String.format(context, trie), flags, text),
                        () -> "phrases " + phrases + ", text \"" + text + "\", in " + context);
            }
        }
    }

    @Test
    void phrasesWithSpacesMatchAnyWhiteSpaceAndTheLongestWins() {
        Pattern p = Pattern.compile("\\b" + PhraseAlternation.of(List.of("kepala", "kepala negara", "ke")) + "\\b", FLAGS);
        Matcher m = p.matcher("para Kepala\n Negara dan kepala ke");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertEquals(List.of("Kepala\n Negara", "kepala", "ke"), found);
    }

    @Test
    void regexCharactersInPhrasesAreLiteral() {
        Pattern p = Pattern.compile(PhraseAlternation.of(List.of("a.b", "(c)", "d+e", "f\\g")));
        assertEquals(List.of("a.b", "(c)", "d+e", "f\\g"),
                p.matcher("axb a.b (c) c dde d+e f\\g").results().map(r -> r.group()).toList());
    }

    @Test
    void noPhrasesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> PhraseAlternation.of(List.of()));
    }

    @Provide
    Arbitrary<List<String>> phrases() {
        Arbitrary<String> word = Arbitraries.strings().withChars('a', 'b', 'A', 'B', '.').ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> phrase = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
        return phrase.list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', 'A', 'B', '.', ' ', '\n').ofMaxLength(40);
    }

    /** The alternation as it was before the trie: each phrase quoted, longest first. */
    private static String flat(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.length() - a.length());
        return "(?:" + String.join("|", sorted.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList()) + ")";
    }

    private static List<String> matches(String regex, int flags, String text) {
        Matcher m = Pattern.compile(regex, flags).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + (m.groupCount() > 0 ? ":" + m.start(1) + "-" + m.end(1) : ""));
        }
        return found;
    }
}
