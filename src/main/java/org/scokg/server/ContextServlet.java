package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /context.jsonld}: the JSON-LD context every JSON-LD document of the site names. */
final class ContextServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    ContextServlet(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Addresses addresses = site.addresses(request);
        responder.respondFixed(request, response, addresses.context(), DocumentFormat.JSON_LD.contentType(),
                () -> RdfSerializer.json(site.jsonLdContext()));
    }
}
