package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.scokg.server.html.ModelPage;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.html.PageContext;
import org.scokg.server.html.Vocabulary;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.Http;
import org.scokg.server.http.ReadOnlyServlet;
import org.scokg.server.http.Rendered;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.DatasetStatistics;
import org.scokg.server.ld.DocumentResponder;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.RdfSerializer;
import org.scokg.server.ld.RefreshingCache;
import org.scokg.server.ld.VoidDescription;

/**
 * {@code /.well-known/void}: the VoID description of the dataset, negotiated or by suffix. Each
 * format is written once for each state of the statistics and kept ({@link DocumentResponder}), since
 * with thousands of articles writing it takes longer than a request should.
 */
final class VoidServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    VoidServlet(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site, NotFoundPage::send);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        if (!path.startsWith("/.well-known/void")) {
            Http.commonHeaders(response);
            NotFoundPage.send(request, response);
            return;
        }
        DocumentFormat chosen = null;
        String rest = path.substring("/.well-known/void".length());
        if (!rest.isEmpty()) {
            Optional<DocumentFormat> suffix = rest.startsWith(".") ? DocumentFormat.bySuffix(rest.substring(1)) : Optional.empty();
            if (suffix.isEmpty()) {
                Http.commonHeaders(response);
                NotFoundPage.send(request, response);
                return;
            }
            chosen = suffix.get();
        }
        Addresses addresses = site.addresses(request);
        String url = addresses.voidDocument();
        Optional<RefreshingCache.Versioned<DatasetStatistics>> computed = DocumentResponder.computed(request, response, site::statistics);
        if (computed.isEmpty()) {
            return;
        }
        RefreshingCache.Versioned<DatasetStatistics> statistics = computed.get();
        responder.respond(request, response, new DocumentResponder.Request(url, chosen, "", DocumentFormat.ALL).madeFrom(statistics.fingerprint()),
                (format, lang) -> Optional.of(render(statistics.value(), addresses, format, lang)));
    }

    private Rendered render(DatasetStatistics statistics, Addresses addresses, DocumentFormat format, String lang) {
        String url = addresses.voidDocument();
        Model description = VoidDescription.build(site, addresses, statistics);
        if (format != DocumentFormat.HTML) {
            return Rendered.of(RdfSerializer.write(description, format, site.jsonLdContext(), addresses.context()));
        }
        Map<DocumentFormat, String> alternates = new LinkedHashMap<>();
        DocumentFormat.ALL.forEach(f -> alternates.put(f, url + "." + f.suffix()));
        PageContext context = new PageContext(addresses, lang, url + ".html", alternates,
                site.state().current().lastModified(), site.currentYear());
        return Rendered.of(ModelPage.render(description, List.of(addresses.voidDataset(), addresses.voidDocument()),
                context.t("nav.void"), context, new Vocabulary(site.ontology(), site.prefixes(addresses)), h -> {}));
    }
}
