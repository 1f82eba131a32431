package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.ReadOnlyServlet;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.DocumentResponder;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.RdfSerializer;

/** {@code /context.jsonld}: the JSON-LD context every JSON-LD document of the site names. */
final class ContextServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    ContextServlet(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site, NotFoundPage::send);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Addresses addresses = site.addresses(request);
        responder.respondFixed(request, response, addresses.context(), DocumentFormat.JSON_LD.contentType(),
                () -> RdfSerializer.json(site.jsonLdContext()));
    }
}
