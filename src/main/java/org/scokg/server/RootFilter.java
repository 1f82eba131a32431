package org.scokg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;

/**
 * Two addresses that other handlers own, answered here before Fuseki sees them, and nothing else:
 * <ul>
 * <li>exactly {@code /}, without a query: the home page for a browser, and for a program a 303 to the
 *     dataset's VoID description. Everything else at the root ({@code /?ui}, the UI's files) goes on
 *     to the Fuseki UI.</li>
 * <li>a GET of a query endpoint ({@code /sco/sparql}, {@code /sco/query}) without a {@code query}
 *     parameter: its SPARQL Service Description, which Fuseki answers with 404.</li>
 * </ul>
 */
final class RootFilter implements Filter {
    private final LinkedDataSite site;
    private final Set<String> queryEndpoints;
    private final DocumentResponder responder;

    /** @param queryEndpoints the paths of the query endpoints, such as {@code /sco/sparql} */
    RootFilter(LinkedDataSite site, Set<String> queryEndpoints) {
        this.site = site;
        this.queryEndpoints = queryEndpoints;
        this.responder = new DocumentResponder(site);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        String path = Http.path(request);
        if (read && path.equals("/") && onlyLanguage(request.getQueryString())) {
            home(request, response);
        } else if (read && queryEndpoints.contains(path) && onlyLanguage(request.getQueryString())) {
            serviceDescription(request, response, path);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** No query, or only the language choice of the page's own switch. */
    private static boolean onlyLanguage(String query) {
        return query == null || query.isEmpty() || query.matches("lang=[a-z]{2}");
    }

    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Addresses addresses = site.addresses(request);
        Optional<DocumentFormat> format = ContentNegotiation.choose(request.getHeader("Accept"), DocumentFormat.ALL);
        if (format.isPresent() && format.get() != DocumentFormat.HTML) {
            Http.commonHeaders(response);
            response.setHeader("Vary", "Accept");
            response.setHeader("Location", addresses.voidDocument());
            Http.send(request, response, HttpServletResponse.SC_SEE_OTHER, "text/plain;charset=utf-8",
                    ("303 See Other: the dataset is described at " + addresses.voidDocument() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        // The home page is HTML only; a client that accepts nothing offered still gets it, as a
        // browser-facing root should, rather than a 406.
        Optional<RefreshingCache.Versioned<Catalogue>> computedCatalogue = DocumentResponder.computed(request, response, site::catalogue);
        if (computedCatalogue.isEmpty()) {
            return;
        }
        Optional<RefreshingCache.Versioned<DatasetStatistics>> computedStatistics = DocumentResponder.computed(request, response, site::statistics);
        if (computedStatistics.isEmpty()) {
            return;
        }
        RefreshingCache.Versioned<Catalogue> catalogue = computedCatalogue.get();
        RefreshingCache.Versioned<DatasetStatistics> statistics = computedStatistics.get();
        responder.respond(request, response, DocumentResponder.Request.withoutSuffixes(addresses.home(), List.of(DocumentFormat.HTML))
                .madeFrom(catalogue.fingerprint() + statistics.fingerprint()), (f, lang) -> {
                    PageContext context = new PageContext(addresses, lang, addresses.home(), Map.of(),
                            site.state().current().lastModified(), site.currentYear());
                    return Optional.of(HomePage.render(catalogue.value(), statistics.value(), context));
                });
    }

    private void serviceDescription(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Addresses addresses = site.addresses(request);
        String endpoint = addresses.root() + path.substring(1);
        Optional<RefreshingCache.Versioned<DatasetStatistics>> computed = DocumentResponder.computed(request, response, site::statistics);
        if (computed.isEmpty()) {
            return;
        }
        RefreshingCache.Versioned<DatasetStatistics> statistics = computed.get();
        responder.respond(request, response, DocumentResponder.Request.withoutSuffixes(endpoint, DocumentFormat.ALL)
                .madeFrom(statistics.fingerprint()), (format, lang) -> {
            Model description = ServiceDescription.build(site, addresses, endpoint, statistics.value());
            if (format != DocumentFormat.HTML) {
                return Optional.of(Rendered.of(RdfSerializer.write(description, format, site.jsonLdContext(), addresses.context())));
            }
            PageContext context = new PageContext(addresses, lang, endpoint, Map.of(), site.state().current().lastModified(),
                    site.currentYear());
            return Optional.of(Rendered.of(ModelPage.render(description, List.of(endpoint + "#service", endpoint + "#dataset"),
                    context.t("sparql.endpoint"), context, site.vocabulary(),
                    h -> h.open("p").link(addresses.sparqlUi(), context.t("nav.sparql") + " (Fuseki UI)").close("p"))));
        });
    }
}
