package org.scokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * {@code /def/sco}: the ontology. Its terms are hash IRIs ({@code /def/sco#Membership}), so the
 * namespace document is the thing asked for and is served directly, negotiated, with no 303: the OWL
 * file as Turtle, RDF/XML, JSON-LD or N-Triples, or its documentation page.
 */
final class OntologyServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    OntologyServlet(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Http.after(request, "/def/");
        DocumentFormat chosen = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Optional<DocumentFormat> suffix = DocumentFormat.bySuffix(name.substring(dot + 1));
            if (suffix.isPresent()) {
                chosen = suffix.get();
                name = name.substring(0, dot);
            }
        }
        if (!name.equals("sco")) {
            Http.commonHeaders(response);
            Http.notFound(request, response);
            return;
        }
        Addresses addresses = site.addresses(request);
        String url = addresses.ontologyDocument();
        responder.respond(request, response, new DocumentResponder.Request(url, chosen, "", DocumentFormat.ALL), (format, lang) -> {
            Model ontology = site.ontology();
            if (format != DocumentFormat.HTML) {
                Model copy = ModelFactory.createDefaultModel().setNsPrefixes(ontology.getNsPrefixMap()).add(ontology);
                return Optional.of(Rendered.of(RdfSerializer.write(copy, format, site.jsonLdContext(), addresses.context())));
            }
            Map<DocumentFormat, String> alternates = new LinkedHashMap<>();
            DocumentFormat.ALL.forEach(f -> alternates.put(f, url + "." + f.suffix()));
            PageContext context = new PageContext(addresses, lang, url + ".html", alternates,
                    site.state().current().lastModified(), site.currentYear());
            return Optional.of(Rendered.of(new OntologyPage(ontology, context, site.vocabulary()).render()
                    .getBytes(StandardCharsets.UTF_8)));
        });
    }
}
