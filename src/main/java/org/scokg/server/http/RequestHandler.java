package org.scokg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers one request in full. The plumbing takes one where the site decides the answer: the pages
 * {@link RootFilter} serves, and the 404 a handler sends ({@link Http#notFound} in plain text, or a page
 * for a browser).
 */
@FunctionalInterface
public interface RequestHandler {
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
