package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.html.PageContext;
import org.scokg.server.html.ResourcePage;
import org.scokg.server.html.Vocabulary;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.Http;
import org.scokg.server.http.PathVariants;
import org.scokg.server.http.ReadOnlyServlet;
import org.scokg.server.http.Rendered;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.DocumentMetadata;
import org.scokg.server.ld.DocumentResponder;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.RdfSerializer;
import org.scokg.server.ld.ResourceDescriber;

/**
 * {@code /doc/...}: the document about {@code /id/...}, in the format the suffix names
 * ({@code .html .ttl .jsonld .rdf .nt}, and for the name of a graph {@code .nq .trig}: the graph itself
 * with its name) or, without one, the format negotiated; {@code ?page=n} for the next incoming links.
 * A variant of the address (case, trailing slash, percent-encoding, see {@link PathVariants}; the
 * suffix in capitals) answers 301 to the document's own.
 */
final class DocumentServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    DocumentServlet(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site, NotFoundPage::send);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Addresses addresses = site.addresses(request);
        String requested = Http.after(request, "/doc/");
        String rest = PathVariants.normalise(requested);
        DocumentFormat chosen = null;
        int dot = rest.lastIndexOf('.');
        if (dot > rest.lastIndexOf('/')) {
            Optional<DocumentFormat> suffix = DocumentFormat.bySuffix(rest.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (suffix.isPresent()) {
                chosen = suffix.get();
                rest = rest.substring(0, dot);
            }
        }
        Optional<String> held = rest.isEmpty() ? Optional.empty()
                : PathVariants.held(rest, p -> site.describer().holds(addresses.iri(p)));
        if (held.isEmpty()) {
            Http.commonHeaders(response);
            NotFoundPage.send(request, response);
            return;
        }
        String iri = addresses.iri(held.get());
        boolean graphName = site.describer().isGraphName(iri);
        if (chosen != null && chosen.isQuads() && !graphName) {
            Http.commonHeaders(response);
            NotFoundPage.send(request, response);
            return;
        }
        String suffix = chosen == null ? "" : "." + chosen.suffix();
        if (!(held.get() + suffix).equals(requested)) {
            // A variant of the document's address (see PathVariants), or its suffix in capitals.
            Http.commonHeaders(response);
            String query = request.getQueryString();
            Http.movedPermanently(request, response, addresses.document(iri) + suffix + (query == null ? "" : "?" + query));
            return;
        }
        int page = Http.page(request);
        if (page < 0) {
            Http.commonHeaders(response);
            Http.badRequest(request, response, "page must be a positive number");
            return;
        }
        String genericUrl = addresses.document(iri);
        String query = page == 1 ? "" : "?page=" + page;
        DocumentFormat named = chosen;
        List<DocumentFormat> offered = graphName ? DocumentFormat.GRAPH_NAME : DocumentFormat.ALL;
        responder.respond(request, response, new DocumentResponder.Request(genericUrl, chosen, query, offered),
                (format, lang) -> site.describer().describe(iri, page).map(d -> render(d, format, lang, addresses, named)));
    }

    private Rendered render(ResourceDescriber.Description description, DocumentFormat format, String lang, Addresses addresses,
            DocumentFormat named) {
        String genericUrl = addresses.document(description.iri());
        // Page links keep the form of the URL asked for: negotiated, or with its suffix.
        String linkBase = named == null ? genericUrl : genericUrl + "." + named.suffix();
        List<String> links = new ArrayList<>();
        if (description.hasNext()) {
            links.add("<" + DocumentMetadata.pageUrl(linkBase, description.page() + 1) + ">; rel=\"next\"");
        }
        if (description.page() > 1) {
            links.add("<" + DocumentMetadata.pageUrl(linkBase, description.page() - 1) + ">; rel=\"prev\"");
            links.add("<" + linkBase + ">; rel=\"first\"");
        }
        boolean graphName = site.describer().isGraphName(description.iri());
        if (format.isQuads()) {
            return new Rendered(RdfSerializer.writeGraph(site.dataset(), NodeFactory.createURI(description.iri()), format,
                    site.prefixes(addresses)), links, null);
        }
        if (format == DocumentFormat.HTML) {
            String query = description.page() == 1 ? "" : "?page=" + description.page();
            Map<DocumentFormat, String> alternates = new java.util.LinkedHashMap<>();
            for (DocumentFormat f : graphName ? DocumentFormat.GRAPH_NAME : DocumentFormat.ALL) {
                alternates.put(f, genericUrl + "." + f.suffix() + query);
            }
            PageContext context = new PageContext(addresses, lang, genericUrl + ".html" + query, alternates,
                    site.state().current().lastModified(), site.currentYear());
            String html = new ResourcePage(description, context, new Vocabulary(site.ontology()), genericUrl,
                    graphName ? addresses.graphStore(description.iri()) : null).render();
            return new Rendered(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), links, null);
        }
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(site.prefixes(addresses));
        model.add(addresses.namespace().deployed(description.model()));
        DocumentMetadata.add(model, addresses, description, genericUrl, graphName);
        return new Rendered(RdfSerializer.write(model, format, site.jsonLdContext(), addresses.context()), links, null);
    }
}
