package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The root URL under which a client reached this server, ending in '/': the scheme and host it used,
 * as a reverse proxy reports them in {@code X-Forwarded-Proto} / {@code X-Forwarded-Host} (or the
 * standard {@code Forwarded}), else as this server saw the request. Documents and redirects are
 * addressed under it, so a {@code Location} never points at the proxy's back end.
 *
 * <p>Only well-formed values are taken from the headers: they end up in response headers and pages.
 */
public final class PublicRoot {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~\\-]+)+");

    private PublicRoot() {}

    public static String of(HttpServletRequest request) {
        String scheme = forwardedScheme(request);
        if (scheme == null) {
            scheme = request.getScheme();
        }
        String host = forwardedHost(request);
        if (host == null) {
            host = request.getHeader("Host");
        }
        if (host == null || !HOST.matcher(host).matches()) {
            int port = request.getServerPort();
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            host = request.getServerName() + (defaultPort ? "" : ":" + port);
        }
        String prefix = first(request.getHeader("X-Forwarded-Prefix"));
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            prefix = "";
        }
        return scheme + "://" + host + prefix + request.getContextPath() + "/";
    }

    private static String forwardedScheme(HttpServletRequest request) {
        String value = first(request.getHeader("X-Forwarded-Proto"));
        if (value == null) {
            value = forwardedParameter(request, "proto");
        }
        if (value == null) {
            return null;
        }
        value = value.toLowerCase(Locale.ROOT);
        return value.equals("http") || value.equals("https") ? value : null;
    }

    private static String forwardedHost(HttpServletRequest request) {
        String value = first(request.getHeader("X-Forwarded-Host"));
        if (value == null) {
            value = forwardedParameter(request, "host");
        }
        return value != null && HOST.matcher(value).matches() ? value : null;
    }

    /** A parameter of the first element of an RFC 7239 {@code Forwarded} header. */
    private static String forwardedParameter(HttpServletRequest request, String name) {
        String header = first(request.getHeader("Forwarded"));
        if (header == null) {
            return null;
        }
        for (String pair : header.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String value = pair.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The first of a comma-separated list: the proxy nearest the client adds the first value. */
    private static String first(String header) {
        if (header == null) {
            return null;
        }
        String value = header.split(",")[0].trim();
        return value.isEmpty() ? null : value;
    }
}
