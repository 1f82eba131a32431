package org.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The root URL under which a client reached this server, ending in '/': the scheme and host it used,
 * else as this server saw the request. Documents and redirects are addressed under it, so a
 * {@code Location} never points at a proxy's back end.
 *
 * <p>A request that came through a {@linkplain TrustedProxies trusted proxy} is taken as that proxy
 * describes it: {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} when it sent either (their
 * last value, the one it set itself), else the standard {@code Forwarded} (RFC 7239), walked back
 * from the nearest proxy through the trusted ones to the element that describes the client's own
 * request; {@code X-Forwarded-Prefix} for a path the proxy serves the site under. From anyone else
 * these headers are ignored: they would let a client choose the host the server's redirects and
 * pages point at, and a cache keep that for others. Only well-formed values are taken: they end up in
 * response headers and pages.
 */
public final class PublicRoot {
    /** The request headers a root can come from: responses through a trusted proxy vary with them. */
    public static final List<String> FORWARDED_HEADERS = List.of("Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Prefix");

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~\\-]+)+");

    /** What a proxy says about the request it received; null where it says nothing usable. */
    private record Forwarded(String proto, String host) {
        static final Forwarded NONE = new Forwarded(null, null);

        Forwarded {
            proto = proto == null ? null : proto.toLowerCase(Locale.ROOT);
            if (proto != null && !proto.equals("http") && !proto.equals("https")) {
                proto = null;
            }
            if (host != null && !HOST.matcher(host).matches()) {
                host = null;
            }
        }
    }

    private PublicRoot() {}

    public static String of(HttpServletRequest request, TrustedProxies proxies) {
        boolean proxied = proxies.trusts(request.getRemoteAddr());
        Forwarded forwarded = proxied ? forwarded(request, proxies) : Forwarded.NONE;
        String scheme = forwarded.proto() != null ? forwarded.proto() : request.getScheme();
        String host = forwarded.host() != null ? forwarded.host() : request.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            int port = request.getServerPort();
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            host = request.getServerName() + (defaultPort ? "" : ":" + port);
        }
        String prefix = proxied ? last(request, "X-Forwarded-Prefix") : null;
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            prefix = "";
        }
        return scheme + "://" + host + prefix + request.getContextPath() + "/";
    }

    private static Forwarded forwarded(HttpServletRequest request, TrustedProxies proxies) {
        String proto = last(request, "X-Forwarded-Proto");
        String host = last(request, "X-Forwarded-Host");
        if (proto != null || host != null) {
            return new Forwarded(proto, host);
        }
        return rfc7239(request, proxies);
    }

    /**
     * The element of {@code Forwarded} that describes the client's request: each proxy appends one
     * for the request it received, naming whom it came from ({@code for=}). Walking back from the
     * last, an element is believed while the one after it was added by a trusted proxy; what a
     * client wrote itself ahead of them is never reached.
     */
    private static Forwarded rfc7239(HttpServletRequest request, TrustedProxies proxies) {
        List<String> elements = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("Forwarded"))) {
            elements.addAll(split(header, ','));
        }
        if (elements.isEmpty()) {
            return Forwarded.NONE;
        }
        int i = elements.size() - 1;
        while (i > 0 && proxies.trusts(node(parameter(elements.get(i), "for")))) {
            i--;
        }
        return new Forwarded(parameter(elements.get(i), "proto"), parameter(elements.get(i), "host"));
    }

    /** A parameter of one {@code Forwarded} element, unquoted; null when absent. */
    private static String parameter(String element, String name) {
        for (String pair : split(element, ';')) {
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

    /** The address of a {@code for=} node: {@code 192.0.2.1:4711} and {@code [2001:db8::1]:4711} without the port. */
    private static String node(String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(1, end) : null;
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** Splits at a separator outside quoted strings. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The last value of a header that may be repeated or a comma-separated list: the one the nearest proxy set. */
    private static String last(HttpServletRequest request, String name) {
        String value = null;
        for (String header : Collections.list(request.getHeaders(name))) {
            List<String> values = split(header, ',');
            if (!values.isEmpty()) {
                value = values.get(values.size() - 1);
            }
        }
        return value;
    }
}
