package org.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin access for the whole server: the data are public and read-only, so a script on any
 * page may read every document and run queries.
 * <ul>
 * <li>Every response carries {@code Access-Control-Allow-Origin: *}, with or without an
 *     {@code Origin}, so a cached copy serves a browser too, and exposes the headers a linked-data
 *     client follows ({@code ETag}, {@code Link}, {@code Location}, ...).</li>
 * <li>A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here,
 *     204, for every path: the methods are those of reading and querying, the request headers those
 *     browsers send for content negotiation, conditional requests and queries.</li>
 * <li>Never {@code Access-Control-Allow-Credentials}: with {@code *} browsers refuse it, and the data
 *     need no cookies; so no {@code Vary: Origin} either, the answer is the same for every origin.</li>
 * </ul>
 */
public final class CorsFilter implements Filter {
    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String REQUEST_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type, "
            + "If-None-Match, If-Modified-Since, Cache-Control, X-Requested-With";
    static final String EXPOSED_HEADERS = "ETag, Last-Modified, Link, Location, Content-Location, Content-Language, Vary";
    /** How long a browser may keep a preflight's answer: a day, as it never changes while the server runs. */
    private static final String MAX_AGE = "86400";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (isPreflight(request)) {
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", REQUEST_HEADERS);
            response.setHeader("Access-Control-Max-Age", MAX_AGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }
}
