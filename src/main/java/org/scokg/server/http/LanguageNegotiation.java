package org.scokg.server.http;

import java.util.List;
import java.util.Locale;

/**
 * Chooses the language of a page, Indonesian or English, from {@code ?lang=} (a link a person
 * clicks) or else {@code Accept-Language} with its q-values; English when neither names one of them.
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
        java.util.Map<String, Double> quality = new java.util.HashMap<>();
        double wildcard = 0;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (tag.equals("*")) {
                wildcard = q;
                continue;
            }
            // "id-ID" counts as "id", and "in" (the withdrawn code for Indonesian, still sent by some
            // old systems) too; the best quality of a language's tags is its quality.
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            if (primary.equals("in")) {
                primary = "id";
            }
            quality.merge(primary, q, Math::max);
        }
        String best = FALLBACK;
        double bestQuality = 0;
        for (String language : SUPPORTED) {
            double q = quality.getOrDefault(language, wildcard);
            if (q > bestQuality) {
                best = language;
                bestQuality = q;
            }
        }
        return best;
    }
}
