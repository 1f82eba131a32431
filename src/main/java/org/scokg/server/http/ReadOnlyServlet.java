package org.scokg.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A servlet that answers GET and HEAD alike (HEAD without the body), OPTIONS, and 405 to anything else. */
public abstract class ReadOnlyServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> get(request, response);
            case "OPTIONS" -> {
                Http.commonHeaders(response);
                response.setHeader("Allow", Http.ALLOW);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> {
                Http.commonHeaders(response);
                response.setHeader("Allow", Http.ALLOW);
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only: " + Http.ALLOW);
            }
        }
    }

    /** GET, or HEAD: {@link Http#send} leaves the body out for HEAD. */
    protected abstract void get(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
