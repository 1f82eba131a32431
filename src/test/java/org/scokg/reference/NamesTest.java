package org.scokg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Names#normalize} is one pass over the text; it gives what the regular expressions it
 * replaced gave, on text of every kind, and the parts {@link Names#normalizesAlone} accepts
 * normalise on their own.
 */
class NamesTest {
    /** Characters where normal forms go wrong: separators, spaces of every kind, marks, dotted and dotless i, final sigma, letters beyond the BMP. */
    private static final String TRICKY = "aZé\u0301\u0308-\u2010\u2013'\u2019`. \t\n\u000B\f\r\u001C\u00A0\u2000\u2028\u3000"
            + "İıʻΣσΟΔ,()ß\u00C5\u212B\u1FEF\u037E";

    /** The definition as it was written before: regular expressions. */
    private static String byRegex(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[\\-‐–'’`.]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    @Provide
    Arbitrary<String> trickyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(TRICKY).ofMaxLength(24),
                Arbitraries.strings().all().ofMaxLength(24),
                Arbitraries.strings().withCharRange('\u0000', '\u0400').ofMaxLength(24),
                Arbitraries.strings().withChars("😀\uD83D\uDE00\uD800\uDC00").withChars(TRICKY).ofMaxLength(12));
    }

    @Property(tries = 3000)
    void normalizeIsWhatTheRegularExpressionsGave(@ForAll("trickyText") String text) {
        assertEquals(byRegex(text), Names.normalize(text), text);
    }

    @Property(tries = 3000)
    void partsThatNormalizeAloneMakeTheWholeNormalForm(@ForAll("trickyText") String before,
                                                        @ForAll("trickyText") String between,
                                                        @ForAll("trickyText") String after) {
        String left = "Xa" + before + "b";
        String right = "c" + after + "dY";
        if (Names.normalizesAlone(left) && Names.normalizesAlone(between) && Names.normalizesAlone(right)) {
            assertEquals(Names.normalize(left + between + right),
                    Names.normalize(left) + Names.normalizeInside(between) + Names.normalize(right));
        }
    }

    @Test
    void examples() {
        assertEquals("xi jinping", Names.normalize(" Xi-Jinping. "));
        assertEquals("o tkir", Names.normalize("O’tkir"));
        assertEquals("sao tome", Names.normalize("São\tTomé"));
        assertEquals(" ", Names.normalizeInside(" – "));
        assertEquals(", ", Names.normalizeInside(",  "));
    }
}
