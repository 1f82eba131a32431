package org.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A file that never changes while the server runs (a stylesheet), served with a strong ETag from its
 * bytes and kept by caches for a year: whoever links it adds its {@link #version} to the URL, so that
 * a changed file is a new address rather than a stale copy.
 */
public final class StaticResourceServlet extends ReadOnlyServlet {
    private static final String ONE_YEAR = "public, max-age=31536000, immutable";

    private final byte[] body;
    private final String contentType;
    private final String version;
    private final Instant loaded = Instant.now();

    public StaticResourceServlet(byte[] body, String contentType) {
        this.body = body.clone();
        this.contentType = contentType;
        this.version = version(body);
    }

    /** A short hash of the bytes: what the ETag and the links' {@code ?v=} carry. */
    public static String version(byte[] body) {
        return sha256(body).substring(0, 16);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Http.commonHeaders(response);
        String etag = "\"" + version + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", loaded.toEpochMilli());
        response.setHeader("Cache-Control", ONE_YEAR);
        if (ConditionalRequest.notModified(request, etag, loaded)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Http.send(request, response, HttpServletResponse.SC_OK, contentType, body);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
