package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scokg.server.html.Html;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.http.Http;
import org.scokg.server.http.ReadOnlyServlet;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.Catalogue;
import org.scokg.server.ld.DocumentResponder;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.RefreshingCache;

/**
 * {@code /sitemap.xml} for search engines: the home page, the ontology, and the page of every
 * organisation, state, person, place, meeting and article, with the date the data last changed.
 * Past 50,000 addresses (the protocol's limit per file) it becomes an index of numbered parts.
 * {@code /robots.txt} points to it.
 */
final class SitemapServlet extends ReadOnlyServlet {
    /** Addresses per file, the protocol's limit. */
    static final int LIMIT = 50_000;

    private final LinkedDataSite site;
    private final DocumentResponder responder;
    private final int limit;

    SitemapServlet(LinkedDataSite site) {
        this(site, LIMIT);
    }

    /** @param limit addresses per file: {@link #LIMIT}, or fewer to try the index with little data */
    SitemapServlet(LinkedDataSite site, int limit) {
        this.site = site;
        this.responder = new DocumentResponder(site, NotFoundPage::send);
        this.limit = limit;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Addresses addresses = site.addresses(request);
        if (Http.path(request).equals("/robots.txt")) {
            responder.respondFixed(request, response, addresses.root() + "robots.txt", "text/plain;charset=utf-8",
                    () -> ("User-agent: *\nAllow: /\nSitemap: " + addresses.sitemap() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<RefreshingCache.Versioned<Catalogue>> computed = DocumentResponder.computed(request, response, site::catalogue);
        if (computed.isEmpty()) {
            return;
        }
        RefreshingCache.Versioned<Catalogue> catalogue = computed.get();
        List<String> urls = new ArrayList<>();
        urls.add(addresses.home());
        urls.add(addresses.ontologyDocument());
        for (String iri : catalogue.value().everything()) {
            if (addresses.isLocal(iri)) {
                urls.add(addresses.document(iri));
            }
        }
        int page = Http.page(request);
        boolean paged = request.getParameter("page") != null;
        int parts = (urls.size() + limit - 1) / limit;
        if (page < 0 || page > parts || (paged && parts == 1)) {
            Http.commonHeaders(response);
            NotFoundPage.send(request, response);
            return;
        }
        String lastmod = DateTimeFormatter.ISO_LOCAL_DATE.format(site.state().current().lastModified().atOffset(ZoneOffset.UTC));
        String self = addresses.sitemap() + (paged ? "?page=" + page : "");
        responder.respondFixed(request, response, self, catalogue.fingerprint(), "application/xml;charset=utf-8", () -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            if (parts > 1 && !paged) {
                xml.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (int i = 1; i <= parts; i++) {
                    xml.append("  <sitemap><loc>").append(Html.escape(addresses.sitemap() + "?page=" + i))
                            .append("</loc><lastmod>").append(lastmod).append("</lastmod></sitemap>\n");
                }
                xml.append("</sitemapindex>\n");
            } else {
                xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (String url : urls.subList((page - 1) * limit, Math.min(urls.size(), page * limit))) {
                    xml.append("  <url><loc>").append(Html.escape(url)).append("</loc><lastmod>").append(lastmod).append("</lastmod></url>\n");
                }
                xml.append("</urlset>\n");
            }
            return xml.toString().getBytes(StandardCharsets.UTF_8);
        });
    }
}
