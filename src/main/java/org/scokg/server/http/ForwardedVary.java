package org.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A response to a request through a trusted proxy is built from the proxy's forwarded headers (its
 * redirects, links and pages name the host and scheme they give): it says so in {@code Vary}, so that
 * no cache hands it out for a request that came with other values. Whatever else a handler puts in
 * {@code Vary} is kept beside them. A request from anyone else is answered without regard to those
 * headers, and needs no such {@code Vary}.
 */
public final class ForwardedVary implements Filter {
    private static final String FORWARDED = String.join(", ", PublicRoot.FORWARDED_HEADERS);

    private final TrustedProxies proxies;

    public ForwardedVary(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!proxies.trusts(((HttpServletRequest) request).getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse varying = new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Vary".equalsIgnoreCase(name) ? withForwarded(value) : value);
            }
        };
        varying.setHeader("Vary", null);
        chain.doFilter(request, varying);
    }

    private static String withForwarded(String vary) {
        return vary == null || vary.isBlank() ? FORWARDED : vary + ", " + FORWARDED;
    }
}
