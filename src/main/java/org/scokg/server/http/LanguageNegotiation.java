package org.scokg.server.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Locale.LanguageRange;

/**
 * Chooses the language of a page, Indonesian or English, from {@code ?lang=} (a link a person
 * clicks) or else {@code Accept-Language} as RFC 4647 reads it: the JDK's lookup, so that
 * {@code id-ID} finds {@code id} and the withdrawn {@code in} (still sent by some old systems) counts as
 * {@code id}; else a wildcard's choice among those not ruled out by {@code q=0}; else English.
 */
public final class LanguageNegotiation {
    public static final List<String> SUPPORTED = List.of("en", "id");
    public static final String FALLBACK = "en";

    private LanguageNegotiation() {}

    public static String choose(String langParameter, String acceptLanguage) {
        if (langParameter != null && SUPPORTED.contains(langParameter.toLowerCase(Locale.ROOT))) {
            return langParameter.toLowerCase(Locale.ROOT);
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FALLBACK;
        }
        List<LanguageRange> ranges = ranges(header);
        String found = Locale.lookupTag(ranges, SUPPORTED);
        if (found != null) {
            return found;
        }
        // Lookup passes over "*"; basic filtering gives it its meaning, less what q=0 rules out.
        List<String> allowed = Locale.filterTags(ranges, SUPPORTED);
        return allowed.isEmpty() ? FALLBACK : allowed.get(0);
    }

    /**
     * The ranges of the header, best first. A range the JDK cannot read is skipped rather than failing
     * the request, as a browser would.
     */
    private static List<LanguageRange> ranges(String header) {
        List<LanguageRange> ranges = new ArrayList<>();
        for (String element : header.split(",")) {
            try {
                ranges.addAll(LanguageRange.parse(element));
            } catch (IllegalArgumentException unreadable) {
                // left out: one bad range should not cost the reader the languages they named well
            }
        }
        ranges.sort(Comparator.comparingDouble(LanguageRange::getWeight).reversed());
        return ranges;
    }
}
