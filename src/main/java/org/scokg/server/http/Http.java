package org.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Headers and small responses every linked-data servlet sends the same way. */
public final class Http {
    public static final String ALLOW = "GET, HEAD, OPTIONS";

    private Http() {}

    /** A response is what its Content-Type says it is (CORS headers come from {@link CorsFilter}). */
    public static void commonHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /**
     * Pages show article text, which nobody here wrote: no script may run in them but one named by
     * its hash, and nothing may load from elsewhere.
     */
    public static void pagePolicy(HttpServletResponse response, String scriptHash) {
        String scripts = scriptHash == null ? "'none'" : "'sha256-" + scriptHash + "'";
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                + "script-src " + scripts + "; base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    public static void notAcceptable(HttpServletResponse response, List<DocumentFormat> offered) throws IOException {
        String body = "406 Not Acceptable\n\nThis document is offered as:\n"
                + offered.stream().map(f -> "  " + f.mediaType() + "\n").collect(Collectors.joining());
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain;charset=utf-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** 404 in plain text: what a program gets; a site that shows people a page wraps this ({@link RequestHandler}). */
    public static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, max-age=60");
        send(request, response, HttpServletResponse.SC_NOT_FOUND, "text/plain;charset=utf-8",
                ("404 Not Found: the graph holds nothing at " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** 301 to where a variant of an address belongs; kept an hour, as the graph's IRIs do not move. */
    public static void movedPermanently(HttpServletRequest request, HttpServletResponse response, String location) throws IOException {
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "public, max-age=3600");
        send(request, response, HttpServletResponse.SC_MOVED_PERMANENTLY, "text/plain;charset=utf-8",
                ("301 Moved Permanently: " + location + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static void badRequest(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        send(request, response, HttpServletResponse.SC_BAD_REQUEST, "text/plain;charset=utf-8",
                ("400 Bad Request: " + why + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The page number of {@code ?page=}, 1 when absent, -1 when it is not a positive number. */
    public static int page(HttpServletRequest request) {
        String value = request.getParameter("page");
        if (value == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value);
            return page >= 1 ? page : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The rest of the request path after a prefix such as {@code /id/}; empty for the bare {@code /id}. */
    public static String after(HttpServletRequest request, String prefix) {
        String path = path(request);
        return path.length() > prefix.length() && path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    /** The request path after the context path, still percent-encoded as sent. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
