package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/** {@code /.well-known/void}: the VoID description of the dataset, negotiated or by suffix. */
final class VoidServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    VoidServlet(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        if (!path.startsWith("/.well-known/void")) {
            Http.commonHeaders(response);
            Http.notFound(request, response);
            return;
        }
        DocumentFormat chosen = null;
        String rest = path.substring("/.well-known/void".length());
        if (!rest.isEmpty()) {
            Optional<DocumentFormat> suffix = rest.startsWith(".") ? DocumentFormat.bySuffix(rest.substring(1)) : Optional.empty();
            if (suffix.isEmpty()) {
                Http.commonHeaders(response);
                Http.notFound(request, response);
                return;
            }
            chosen = suffix.get();
        }
        Addresses addresses = site.addresses(request);
        String url = addresses.voidDocument();
        responder.respond(request, response, new DocumentResponder.Request(url, chosen, "", DocumentFormat.ALL), (format, lang) -> {
            Model description = VoidDescription.build(site, addresses);
            if (format != DocumentFormat.HTML) {
                return Optional.of(Rendered.of(RdfSerializer.write(description, format, site.jsonLdContext(), addresses.context())));
            }
            Map<DocumentFormat, String> alternates = new LinkedHashMap<>();
            DocumentFormat.ALL.forEach(f -> alternates.put(f, url + "." + f.suffix()));
            PageContext context = new PageContext(addresses, lang, url + ".html", alternates,
                    site.state().current().lastModified(), site.currentYear());
            return Optional.of(Rendered.of(ModelPage.render(description, List.of(addresses.voidDataset(), addresses.voidDocument()),
                    context.t("nav.void"), context, site.vocabulary(), h -> {})));
        });
    }
}
