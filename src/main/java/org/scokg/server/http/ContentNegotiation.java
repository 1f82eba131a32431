package org.scokg.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a format from an {@code Accept} header as RFC 9110 §12.5.1 says: each offered media type
 * takes the quality of the most specific range that matches it ({@code text/turtle} over
 * {@code text/*} over {@code *}{@code /*}), {@code q=0} rules a type out, and among equal qualities the
 * server's order decides.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /** One media range of an Accept header. */
    record MediaRange(String type, String subtype, double quality) {
        /** 2 for type/subtype, 1 for type/*, 0 for *}{@code /*; -1 when the range does not match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(t)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(s) ? 2 : -1;
        }
    }

    /** The format to send, or empty when the client accepts none of those offered (a 406). */
    public static Optional<DocumentFormat> choose(String accept, List<DocumentFormat> offered) {
        List<MediaRange> ranges = parse(accept);
        DocumentFormat best = null;
        double bestQuality = 0;
        for (DocumentFormat format : offered) {
            double q = quality(ranges, format);
            if (q > bestQuality) {
                best = format;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the client gives a format: the best over its media type and aliases. */
    static double quality(List<MediaRange> ranges, DocumentFormat format) {
        double best = 0;
        List<String> types = format.mediaTypes();
        for (int i = 0; i < types.size(); i++) {
            // An alias counts a hair less than the media type itself, so that a client naming both
            // gets the proper one; it never changes which format wins against another.
            double q = quality(ranges, types.get(i)) - (i == 0 ? 0 : 1e-6);
            best = Math.max(best, q);
        }
        return best;
    }

    static double quality(List<MediaRange> ranges, String mediaType) {
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaRange range : ranges) {
            int specificity = range.specificity(mediaType);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.quality();
            } else if (specificity == bestSpecificity && specificity >= 0) {
                quality = Math.max(quality, range.quality());
            }
        }
        return bestSpecificity < 0 ? 0 : quality;
    }

    /**
     * The media ranges of an Accept header; a missing or empty header accepts everything. A range
     * that cannot be read is skipped rather than failing the request, as a browser would.
     */
    static List<MediaRange> parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            ranges.add(new MediaRange("*", "*", 1.0));
            return ranges;
        }
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            String type = range.substring(0, slash);
            String subtype = range.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim();
                if (param.regionMatches(true, 0, "q=", 0, 2)) {
                    q = parseQuality(param.substring(2).trim());
                }
            }
            if (q >= 0) {
                ranges.add(new MediaRange(type, subtype, q));
            }
        }
        if (ranges.isEmpty()) {
            ranges.add(new MediaRange("*", "*", 1.0));
        }
        return ranges;
    }

    /** A q-value, or -1 when it is not one (0 to 1, at most three decimals). */
    private static double parseQuality(String value) {
        if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return -1;
        }
        return Double.parseDouble(value);
    }
}
