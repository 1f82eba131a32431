package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Optional;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.http.ConditionalRequest;
import org.scokg.server.http.Http;
import org.scokg.server.http.ReadOnlyServlet;
import org.scokg.server.ld.DatabaseState;
import org.scokg.server.ld.DatasetDump;
import org.scokg.server.ld.DocumentResponder;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.RefreshingCache;

/**
 * {@code /dump/sco.nq.gz}: the whole dataset as gzipped N-Quads, every named graph with its name, for
 * those who would rather load it than crawl it. Streamed from the file written for the current
 * database state (or, while that is being written, for the one before), with a strong ETag, since
 * the bytes are the same for as long as the state is.
 */
final class DumpServlet extends ReadOnlyServlet {
    static final String PATH = "/dump/sco.nq.gz";
    private static final String CONTENT_TYPE = "application/gzip";

    private final LinkedDataSite site;

    DumpServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Http.path(request).equals(PATH)) {
            Http.commonHeaders(response);
            NotFoundPage.send(request, response);
            return;
        }
        Optional<RefreshingCache.Versioned<DatasetDump.Written>> computed = DocumentResponder.computed(request, response, site::dump);
        if (computed.isEmpty()) {
            return;
        }
        RefreshingCache.Versioned<DatasetDump.Written> dump = computed.get();
        Http.commonHeaders(response);
        String etag = "\"" + DatabaseState.sha256(dump.fingerprint() + "|dump").substring(0, 32) + "\"";
        Instant written = dump.value().when();
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", written.toEpochMilli());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Content-Disposition", "attachment; filename=\"sco.nq.gz\"");
        if (ConditionalRequest.notModified(request, etag, written)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        try (InputStream in = Files.newInputStream(dump.value().file())) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(CONTENT_TYPE);
            response.setContentLengthLong(dump.value().size());
            if (!"HEAD".equals(request.getMethod())) {
                in.transferTo(response.getOutputStream());
            }
        } catch (NoSuchFileException e) {
            // Replaced twice since it was looked up: rare, and the next try finds the newest.
            response.setHeader("Retry-After", "1");
            Http.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "text/plain;charset=utf-8",
                    "503 Service Unavailable: the dump was being replaced; try again\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
