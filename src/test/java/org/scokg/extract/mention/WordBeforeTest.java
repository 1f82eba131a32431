package org.scokg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A date's preposition, read backwards from the date, is the word the regex it replaces finds. */
class WordBeforeTest {
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)\\s*$");

    @Property(tries = 2000)
    void isWhatTheRegexFinds(@ForAll("texts") String text) {
        Matcher m = WORD_BEFORE.matcher(text);
        assertEquals(m.find() ? m.group(1) : "", DateFinder.wordBefore(text + "12 Juni", text.length()));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'Z', 'é', '1', ',', '-', ' ', '\t', '\n', '\r', '\u00A0', '\u0085', '\u2028')
                .ofMaxLength(12);
    }
}
