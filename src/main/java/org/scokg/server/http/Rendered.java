package org.scokg.server.http;

import java.util.List;

/**
 * A document written out: its bytes, the extra {@code Link} header values it brings (the next page),
 * and for a page with a script the hash the Content-Security-Policy must allow it by.
 */
public record Rendered(byte[] body, List<String> links, String scriptHash) {
    public static Rendered of(byte[] body) {
        return new Rendered(body, List.of(), null);
    }

    public static Rendered of(String html) {
        return of(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
