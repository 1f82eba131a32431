package org.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Reads and discards what a handler left unread of a request body before the response completes, so
 * that the connection can carry the client's next request.
 *
 * <p>Why: a refused request (an update POSTed to a read-only endpoint, a POST to a document) is
 * answered without its body being read. When the body has not fully arrived by the time the response
 * is complete, Jetty cannot consume it and closes the connection, but the response has already gone
 * out without {@code Connection: close}. The client then sends its next request on a connection the
 * server has closed and gets no answer: Java's HttpClient fails with "header parser received no
 * bytes", and must not retry a POST by itself. Reading the body here, while the request is still being
 * handled, leaves nothing for Jetty to give up on.
 *
 * <p>At most {@value #LIMIT} bytes are read (the size of the largest form the server accepts): past
 * that the client is sending something nobody asked for, and the connection is closed, saying so when
 * the response is not yet on its way.
 */
public final class RequestBodyDrain implements Filter {
    static final int LIMIT = 1024 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, res);
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() != 0 && !request.isAsyncStarted() && !drain(request) && !response.isCommitted()) {
            response.setHeader("Connection", "close");
        }
    }

    /** Whether the body was read to its end within the limit; false too when the client went away. */
    private static boolean drain(HttpServletRequest request) {
        try {
            try {
                InputStream bytes = request.getInputStream();
                byte[] buffer = new byte[8192];
                return drain(() -> bytes.read(buffer));
            } catch (IllegalStateException readerInUse) {
                Reader chars = request.getReader();
                char[] buffer = new char[8192];
                return drain(() -> chars.read(buffer));
            }
        } catch (IOException clientGone) {
            return false;
        }
    }

    /** One read of the body into a buffer: how much it read, or -1 at the end. */
    private interface Chunk {
        int read() throws IOException;
    }

    private static boolean drain(Chunk chunk) throws IOException {
        long total = 0;
        for (int n; (n = chunk.read()) >= 0; ) {
            total += n;
            if (total > LIMIT) {
                return false;
            }
        }
        return true;
    }
}
