package org.scokg.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.scokg.server.http.ConditionalRequest;
import org.scokg.server.http.ContentNegotiation;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.Http;
import org.scokg.server.http.LanguageNegotiation;
import org.scokg.server.http.Rendered;
import org.scokg.server.http.RequestHandler;

/**
 * The rules every document of the site is served by, whatever it is about:
 * <ul>
 * <li>the format is the one its URL's suffix names, else the best the {@code Accept} header allows
 *     (406, listing what is offered, when none fits);</li>
 * <li>a negotiated response says so: {@code Vary: Accept} and the {@code Content-Location} of the
 *     format-specific URL; every response links its other formats ({@code Link: rel="alternate"});</li>
 * <li>HTML varies with the language ({@code ?lang=}, else {@code Accept-Language});</li>
 * <li>a weak {@code ETag} (the database state and what selects the variant) and
 *     {@code Last-Modified}, with 304 on {@code If-None-Match} / {@code If-Modified-Since}; the
 *     document written for an ETag is kept ({@link LinkedDataSite#documents}) and sent again until the
 *     database changes;</li>
 * <li>anyone may read it from a script ({@code Access-Control-Allow-Origin: *}), and a page can run
 *     nothing but what it names by hash.</li>
 * </ul>
 */
public final class DocumentResponder {
    /** What is served at one address. */
    public interface Representations {
        /** The document in a format and language, or empty when there is nothing there (404). */
        Optional<Rendered> render(DocumentFormat format, String lang) throws IOException;
    }

    /**
     * One request for a document.
     *
     * @param genericUrl the document's URL without suffix or query
     * @param chosen     the format its URL names, or null to negotiate
     * @param query      the query that selects the part of the document ("?page=2") or ""
     * @param offered    the formats it comes in, in the server's order of preference
     */
    public record Request(String genericUrl, DocumentFormat chosen, String query, List<DocumentFormat> offered, boolean suffixes,
            String dataVersion) {
        public Request(String genericUrl, DocumentFormat chosen, String query, List<DocumentFormat> offered) {
            this(genericUrl, chosen, query, offered, true, "");
        }

        /** A document at one URL only (a SPARQL endpoint): negotiated, but with no format-specific URLs to point at. */
        public static Request withoutSuffixes(String url, List<DocumentFormat> offered) {
            return new Request(url, null, "", offered, false, "");
        }

        /**
         * The same request for a document made from data computed in the background, which may lag
         * behind the database: the fingerprint it was computed from goes into the ETag, so that the
         * document made once the data catches up is not taken for the one before.
         */
        public Request madeFrom(String fingerprint) {
            return new Request(genericUrl, chosen, query, offered, suffixes, fingerprint);
        }
    }

    private final LinkedDataSite site;
    private final RequestHandler notFound;

    /** @param notFound answers when a document turns out to hold nothing: {@link Http#notFound}, or a page for a browser */
    public DocumentResponder(LinkedDataSite site, RequestHandler notFound) {
        this.site = site;
        this.notFound = notFound;
    }

    public void respond(HttpServletRequest request, HttpServletResponse response, Request document, Representations representations)
            throws IOException {
        Http.commonHeaders(response);
        boolean negotiated = document.chosen() == null;
        Optional<DocumentFormat> format = negotiated
                ? ContentNegotiation.choose(request.getHeader("Accept"), document.offered())
                : Optional.of(document.chosen());
        alternates(response, document, format.orElse(null));
        if (format.isEmpty()) {
            response.setHeader("Vary", "Accept");
            Http.notAcceptable(response, document.offered());
            return;
        }
        String langParameter = request.getParameter("lang");
        String lang = LanguageNegotiation.choose(langParameter, request.getHeader("Accept-Language"));
        List<String> vary = new ArrayList<>();
        if (negotiated) {
            vary.add("Accept");
            if (document.suffixes()) {
                response.setHeader("Content-Location", document.genericUrl() + "." + format.get().suffix() + document.query());
            }
        }
        if (format.get() == DocumentFormat.HTML && langParameter == null) {
            vary.add("Accept-Language");
        }
        if (!vary.isEmpty()) {
            response.setHeader("Vary", String.join(", ", vary));
        }
        DatabaseState.Snapshot snapshot = site.state().current();
        String variant = document.genericUrl() + document.query() + "|" + format.get() + "|"
                + (format.get() == DocumentFormat.HTML ? lang + "|" + site.currentYear() : "") + "|" + document.dataVersion();
        String etag = "W/" + site.state().etag(variant);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", snapshot.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", "public, max-age=60");
        if (ConditionalRequest.notModified(request, etag, snapshot.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<Rendered> rendered = rendered(etag + "|" + (negotiated ? "negotiated" : "named"), representations, format.get(), lang);
        if (rendered.isEmpty()) {
            response.setHeader("ETag", null);
            response.setHeader("Last-Modified", null);
            notFound.handle(request, response);
            return;
        }
        for (String link : rendered.get().links()) {
            response.addHeader("Link", link);
        }
        if (format.get() == DocumentFormat.HTML) {
            Http.pagePolicy(response, rendered.get().scriptHash());
            response.setHeader("Content-Language", lang);
        }
        Http.send(request, response, HttpServletResponse.SC_OK, format.get().contentType(), rendered.get().body());
    }

    /**
     * The document as sent before for the same ETag, else rendered now and kept: the ETag names the
     * database state and all that selects the representation; whether the format was negotiated or
     * named by the URL changes only the page links, so it is part of the key too.
     */
    private Optional<Rendered> rendered(String key, Representations representations, DocumentFormat format, String lang)
            throws IOException {
        try {
            return Optional.ofNullable(site.documents().get(key, () -> {
                try {
                    return representations.render(format, lang).orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A document in one format only (the sitemap, the JSON-LD context): the same validators and
     * conditional requests, no negotiation.
     */
    public void respondFixed(HttpServletRequest request, HttpServletResponse response, String url, String contentType,
            java.util.function.Supplier<byte[]> body) throws IOException {
        respondFixed(request, response, url, "", contentType, body);
    }

    /** {@link #respondFixed} for a document made from data computed in the background, as {@link Request#madeFrom}. */
    public void respondFixed(HttpServletRequest request, HttpServletResponse response, String url, String dataVersion,
            String contentType, java.util.function.Supplier<byte[]> body) throws IOException {
        Http.commonHeaders(response);
        DatabaseState.Snapshot snapshot = site.state().current();
        String etag = "W/" + site.state().etag(url + "|" + contentType + "|" + dataVersion);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", snapshot.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", "public, max-age=300");
        if (ConditionalRequest.notModified(request, etag, snapshot.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Http.send(request, response, HttpServletResponse.SC_OK, contentType, body.get());
    }

    /** 503 with Retry-After: what the document is made from is being computed for the first time. */
    /**
     * The latest value of a background computation ({@link RefreshingCache}), or empty when there is none
     * yet: then the client has been answered 503 with Retry-After.
     */
    public static <T> Optional<RefreshingCache.Versioned<T>> computed(HttpServletRequest request, HttpServletResponse response,
            Supplier<RefreshingCache.Versioned<T>> value) throws IOException {
        try {
            return Optional.of(value.get());
        } catch (StillComputingException e) {
            unavailable(request, response, e);
            return Optional.empty();
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, StillComputingException e)
            throws IOException {
        Http.commonHeaders(response);
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        Http.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Http.PLAIN_TEXT,
                ("503 Service Unavailable: " + e.getMessage() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@code Link: <...ttl>; rel="alternate"; type="text/turtle"} for each format but the one sent. */
    private static void alternates(HttpServletResponse response, Request document, DocumentFormat sent) {
        if (!document.suffixes()) {
            return;
        }
        for (DocumentFormat f : document.offered()) {
            if (f != sent) {
                response.addHeader("Link", "<" + document.genericUrl() + "." + f.suffix() + document.query()
                        + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
            }
        }
    }
}
