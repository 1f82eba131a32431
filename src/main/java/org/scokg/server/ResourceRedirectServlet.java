package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.http.ContentNegotiation;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.Http;
import org.scokg.server.http.PathVariants;
import org.scokg.server.http.ReadOnlyServlet;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.LinkedDataSite;

/**
 * {@code /id/...}: the IRIs of things, which are not documents. Following "Cool URIs for the Semantic
 * Web" (§4.3) a GET answers {@code 303 See Other} to the document about the thing, {@code /doc/...},
 * which is served in the format the client asks for. The 303 is decided here too: 404 when the graph
 * does not hold the IRI, 406 when no format the client accepts is offered, and 301 to the IRI from a
 * variant of it ({@link PathVariants}).
 */
final class ResourceRedirectServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;

    ResourceRedirectServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Http.commonHeaders(response);
        Addresses addresses = site.addresses(request);
        String idPath = Http.after(request, "/id/");
        Optional<String> held = idPath.isEmpty() ? Optional.empty()
                : PathVariants.held(idPath, p -> site.describer().holds(addresses.iri(p)));
        if (held.isEmpty()) {
            NotFoundPage.send(request, response);
            return;
        }
        String iri = addresses.iri(held.get());
        if (!held.get().equals(idPath)) {
            Http.movedPermanently(request, response, iri);
            return;
        }
        response.setHeader("Vary", "Accept");
        String document = addresses.document(iri);
        List<DocumentFormat> offered = site.describer().isGraphName(iri) ? DocumentFormat.GRAPH_NAME : DocumentFormat.ALL;
        for (DocumentFormat f : offered) {
            response.addHeader("Link", "<" + addresses.document(iri, f) + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        Optional<DocumentFormat> format = ContentNegotiation.choose(request.getHeader("Accept"), offered);
        if (format.isEmpty()) {
            Http.notAcceptable(response, offered);
            return;
        }
        response.setHeader("Location", document);
        response.setHeader("Cache-Control", "public, max-age=3600");
        Http.send(request, response, HttpServletResponse.SC_SEE_OTHER, "text/plain;charset=utf-8",
                ("303 See Other: " + iri + " is described by " + document + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
