package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.scokg.server.html.HomePage;
import org.scokg.server.html.ModelPage;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.html.PageContext;
import org.scokg.server.html.Vocabulary;
import org.scokg.server.http.ContentNegotiation;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.Http;
import org.scokg.server.http.Rendered;
import org.scokg.server.http.RootFilter;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.Catalogue;
import org.scokg.server.ld.DatasetStatistics;
import org.scokg.server.ld.DocumentResponder;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.RdfSerializer;
import org.scokg.server.ld.RefreshingCache;
import org.scokg.server.ld.ServiceDescription;

/** What {@link RootFilter} answers: the home page at {@code /}, and the service description of a query endpoint. */
final class RootDocuments {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    RootDocuments(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site, NotFoundPage::send);
    }

    /** The filter that answers with these documents, for the query endpoints at the given paths. */
    static RootFilter filter(LinkedDataSite site, Set<String> queryEndpoints) {
        RootDocuments documents = new RootDocuments(site);
        return new RootFilter(queryEndpoints, documents::home, documents::serviceDescription);
    }

    void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
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

    /** The SPARQL Service Description of the query endpoint the request names. */
    void serviceDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
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
                    context.t("sparql.endpoint"), context, new Vocabulary(site.ontology()),
                    h -> h.open("p").link(addresses.sparqlUi(), context.t("nav.sparql") + " (Fuseki UI)").close("p"))));
        });
    }
}
