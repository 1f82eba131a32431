package org.scokg.extract.mention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.article.Sentence;

/**
 * Finds amounts in Indonesian text: {@code 14.000} (dot groups thousands), {@code 2,3} (comma is the
 * decimal mark), number words ({@code lima}), scale words ({@code juta}, {@code triliun}), units and
 * currencies after or before the number ({@code dolar AS}, {@code US$}, {@code Rp}), and an
 * approximator before it ({@code hampir}, {@code lebih dari}).
 */
public final class QuantityFinder {
    private static final String DIGITS =
            "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3}){2,}|\\d+(?:,\\d+)?|\\d+\\.\\d{1,2}(?!\\d)";

    /** "1.500.000" and "2,5": dots group thousands, a comma marks decimals (Indonesian). */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    /** "1,500,000": commas group thousands (English), at least two groups, or it reads as a decimal. */
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}");

    private final Map<String, String> numberWords;
    private final Map<String, String> scales;
    private final Map<String, String> units;
    private final Map<String, String> prefixes;
    private final Map<String, String> approximators;
    private final Map<String, String> timeframeUnits;
    private final Pattern quantity;
    /** Where {@link #quantity}'s number may begin: a digit or a number word. No amount without one. */
    private final Pattern numberStart;
    private final Pattern timeframe;
    /** The longest approximator and currency prefix together, in characters. */
    private final int wordsBeforeNumber;

    public QuantityFinder(Lexicon lexicon) {
        numberWords = lexicon.table("quantity/numbers");
        scales = lexicon.table("quantity/scales");
        units = lexicon.table("quantity/units");
        prefixes = lexicon.table("quantity/currency-prefixes");
        approximators = lexicon.table("quantity/approximators");
        timeframeUnits = lexicon.table("quantity/timeframe-units");
        wordsBeforeNumber = longest(approximators.keySet()) + longest(prefixes.keySet());
        String number = "(?<num>" + DIGITS + "|\\b" + lexicon.alternation("quantity/numbers", true) + "\\b)";
        numberStart = Pattern.compile("\\d|\\b" + lexicon.alternation("quantity/numbers", true) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        quantity = Pattern.compile(
                "(?:\\b(?<approx>" + lexicon.alternation("quantity/approximators", true) + ")\\s+)?"
                        + "(?:(?<prefix>" + lexicon.alternation("quantity/currency-prefixes", true) + ")\\s*)?"
                        + number
                        + "(?:\\s*(?<scale>\\b" + lexicon.alternation("quantity/scales", true) + ")\\b)?"
                        + "(?:\\s*(?<unit>" + lexicon.alternation("quantity/units", true) + ")(?![\\p{L}]))?"
                        + "(?:\\s+(?<thing>\\p{Ll}[\\p{Ll}-]+))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        timeframe = Pattern.compile("\\b" + lexicon.alternation("quantity/timeframe-openers", false) + "\\s+(?<num>\\d+|" + lexicon.alternation("quantity/numbers", true)
                        + ")\\s+(?<unit>" + lexicon.alternation("quantity/timeframe-units", true) + ")\\s+" + lexicon.alternation("quantity/future-markers", false),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public List<Quantity> find(Sentence sentence) {
        List<Quantity> found = new ArrayList<>();
        String text = sentence.text();
        Matcher numbers = numberStart.matcher(text);
        Matcher m = quantity.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        // the whole pattern tries its approximators and currencies at every character: it is searched
        // only from where an amount can begin before the next number (no match can begin earlier), as
        // plain successive finds would find the same amounts
        while (from < text.length() && numbers.find(from)) {
            m.region(Math.max(from, earliestStart(text, numbers.start())), text.length());
            if (!m.find()) {
                break;
            }
            from = m.end();
            if (precededByOrdinalMark(sentence.text(), m.start("num"))) {
                continue;
            }
            BigDecimal value = parseNumber(m.group("num"));
            if (value == null) {
                continue;
            }
            if (m.group("scale") != null) {
                value = value.multiply(new BigDecimal(scales.get(m.group("scale").toLowerCase())));
            }
            String unit = null;
            if (m.group("unit") != null) {
                unit = units.get(Lexicon.key(m.group("unit")));
            } else if (m.group("prefix") != null) {
                unit = "currency:" + prefixes.get(m.group("prefix").toLowerCase());
            }
            String approximation = m.group("approx") == null ? null
                    : approximators.get(Lexicon.key(m.group("approx")));
            String thing = unit == null ? m.group("thing") : null;
            int end = m.group("unit") != null ? m.end("unit")
                    : thing != null ? m.end("thing")
                    : m.group("scale") != null ? m.end("scale") : m.end("num");
            found.add(new Quantity(sentence.start() + m.start(), sentence.start() + end,
                    sentence.text().substring(m.start(), end), value.stripTrailingZeros(), unit, approximation, thing));
        }
        return found;
    }

    private static int longest(Collection<String> phrases) {
        return phrases.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * The earliest offset at which an amount whose number begins at {@code number} can begin: an
     * approximator and a currency before the number hold at most {@link #wordsBeforeNumber} characters
     * that are not white space, and white space of any length.
     */
    private int earliestStart(String text, int number) {
        int start = number;
        int written = 0;
        while (start > 0) {
            if (!Character.isWhitespace(text.charAt(start - 1)) && ++written > wordsBeforeNumber) {
                break;
            }
            start--;
        }
        return start;
    }

    /** "dalam lima tahun ke depan" as an ISO 8601 duration ({@code P5Y}). */
    public Optional<String> timeframe(String text) {
        Matcher m = timeframe.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal n = parseNumber(m.group("num"));
        String letter = timeframeUnits.get(m.group("unit").toLowerCase());
        return n == null ? Optional.empty() : Optional.of("P" + n.toBigInteger() + letter);
    }

    /** An integer written in digits or words ("10", "delapan"), or null. */
    public Integer integer(String word) {
        BigDecimal v = parseNumber(word);
        return v == null ? null : v.intValue();
    }

    BigDecimal parseNumber(String raw) {
        String s = Lexicon.key(raw.strip());
        if (numberWords.containsKey(s)) {
            return new BigDecimal(numberWords.get(s));
        }
        if (DOTTED_THOUSANDS.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (COMMA_THOUSANDS.matcher(s).matches()) {
            return new BigDecimal(s.replace(",", ""));
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        if (DECIMAL_POINT.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        return null;
    }

    private static boolean precededByOrdinalMark(String text, int numStart) {
        String before = text.substring(Math.max(0, numStart - 3), numStart).toLowerCase();
        return before.endsWith("ke-") || before.endsWith("ke ");
    }
}
