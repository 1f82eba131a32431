package org.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/**
 * Whether a GET or HEAD can be answered 304 Not Modified (RFC 9110 §13): {@code If-None-Match}
 * decides when present, with the weak comparison; otherwise {@code If-Modified-Since} against the
 * Last-Modified time, both at one-second resolution.
 */
public final class ConditionalRequest {
    private ConditionalRequest() {}

    public static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return matchesAny(ifNoneMatch, etag);
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // an unreadable date is ignored, as RFC 9110 §13.1.3 says
        }
        return since >= 0 && lastModified.getEpochSecond() <= since / 1000;
    }

    static boolean matchesAny(String ifNoneMatch, String etag) {
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String ours = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            if (opaque(tag.trim()).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    /** The entity tag without its weakness marker: the weak comparison. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
