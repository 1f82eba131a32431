package org.scokg.server.http;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The IRI a variant of its path names: what clients and people type for {@code /id/state/cn} and
 * its document ({@code /id/state/CN}, {@code /id/state/cn/}, {@code /id/state/%63n}), answered with
 * a permanent redirect to the IRI rather than 404.
 * <ul>
 * <li>Percent-encoded unreserved characters are decoded and other escapes written in upper case
 *     (RFC 3986 §6.2.2): {@code %63} and {@code c} are the same character in a URI.</li>
 * <li>Trailing slashes go: no IRI of the graph ends in one.</li>
 * <li>Letter case goes where the IRIs cannot tell it apart: the graph mints its paths in lower case
 *     only ({@code org.scokg.rdf.Iris}: slugs of {@code [a-z0-9-]}, lower-case ISO codes and hashes), so
 *     a path that is one of those but for case names exactly one of them. Any other path keeps its
 *     case: nothing is guessed.</li>
 * </ul>
 * A variant is followed only to a path the graph holds.
 */
public final class PathVariants {
    /** The paths the graph mints: lower-case segments of letters, digits and hyphens. */
    private static final Pattern MINTED = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private PathVariants() {}

    /**
     * The path the graph holds that a requested path (still percent-encoded) names: itself when held,
     * else its normal form, else that in lower case where the graph's paths are; empty when none.
     */
    public static Optional<String> held(String path, Predicate<String> holds) {
        if (holds.test(path)) {
            return Optional.of(path);
        }
        String normal = normalise(path);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        if (!normal.equals(path) && holds.test(normal)) {
            return Optional.of(normal);
        }
        String lower = normal.toLowerCase(Locale.ROOT);
        if (!lower.equals(normal) && MINTED.matcher(lower).matches() && holds.test(lower)) {
            return Optional.of(lower);
        }
        return Optional.empty();
    }

    /** Unreserved characters decoded, other escapes in upper case, trailing slashes removed. */
    public static String normalise(String path) {
        StringBuilder normal = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int value = c == '%' && i + 2 < path.length() ? hex(path.charAt(i + 1), path.charAt(i + 2)) : -1;
            if (value < 0) {
                normal.append(c);
            } else if (UNRESERVED.indexOf(value) >= 0) {
                normal.append((char) value);
                i += 2;
            } else {
                normal.append('%').append(Character.toUpperCase(path.charAt(i + 1))).append(Character.toUpperCase(path.charAt(i + 2)));
                i += 2;
            }
        }
        int end = normal.length();
        while (end > 0 && normal.charAt(end - 1) == '/') {
            end--;
        }
        return normal.substring(0, end);
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
