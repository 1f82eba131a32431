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
import org.apache.jena.vocabulary.OWL;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.server.html.NotFoundPage;
import org.scokg.server.html.OntologyPage;
import org.scokg.server.html.PageContext;
import org.scokg.server.html.Vocabulary;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.Http;
import org.scokg.server.http.ReadOnlyServlet;
import org.scokg.server.http.Rendered;
import org.scokg.server.ld.Addresses;
import org.scokg.server.ld.DocumentResponder;
import org.scokg.server.ld.LinkedDataSite;
import org.scokg.server.ld.RdfSerializer;

/**
 * {@code /def/sco}: the ontology. Its terms are hash IRIs ({@code /def/sco#Membership}), so the
 * namespace document is the thing asked for and is served directly, negotiated, with no 303: the OWL
 * file as Turtle, RDF/XML, JSON-LD or N-Triples, or its documentation page; its IRIs under the base
 * the site serves ({@code <base>def/sco}), so every term links back here.
 */
final class OntologyServlet extends ReadOnlyServlet {
    private final LinkedDataSite site;
    private final DocumentResponder responder;

    OntologyServlet(LinkedDataSite site) {
        this.site = site;
        this.responder = new DocumentResponder(site, NotFoundPage::send);
    }

    /** The path after {@code /def/} of the ontology's version IRI ({@code sco/0.1}), or null when it has none there. */
    private String versionPath() {
        Model ontology = site.ontology();
        String def = OntologyNamespace.CANONICAL.base() + "def/";
        return ontology.listObjectsOfProperty(OWL.versionIRI).toList().stream()
                .filter(v -> v.isURIResource() && v.asResource().getURI().startsWith(def))
                .map(v -> v.asResource().getURI().substring(def.length())).findFirst().orElse(null);
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
        Addresses addresses = site.addresses(request);
        String url = addresses.ontologyDocument();
        if (name.equals(versionPath())) {
            // The version IRI names this version of the ontology, the one served: 303 to its document.
            Http.commonHeaders(response);
            response.setHeader("Location", url);
            Http.send(request, response, HttpServletResponse.SC_SEE_OTHER, "text/plain;charset=utf-8",
                    ("303 See Other: this version of the ontology is described by " + url + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!name.equals("sco")) {
            Http.commonHeaders(response);
            NotFoundPage.send(request, response);
            return;
        }
        responder.respond(request, response, new DocumentResponder.Request(url, chosen, "", DocumentFormat.ALL), (format, lang) -> {
            Model ontology = site.ontology();
            if (format != DocumentFormat.HTML) {
                Model copy = ModelFactory.createDefaultModel().setNsPrefixes(ontology.getNsPrefixMap()).add(ontology);
                Model published = addresses.namespace().deployed(copy);
                return Optional.of(Rendered.of(RdfSerializer.write(published, format, site.jsonLdContext(), addresses.context())));
            }
            Map<DocumentFormat, String> alternates = new LinkedHashMap<>();
            DocumentFormat.ALL.forEach(f -> alternates.put(f, url + "." + f.suffix()));
            PageContext context = new PageContext(addresses, lang, url + ".html", alternates,
                    site.state().current().lastModified(), site.currentYear());
            return Optional.of(Rendered.of(new OntologyPage(ontology, context, new Vocabulary(site.ontology())).render()
                    .getBytes(StandardCharsets.UTF_8)));
        });
    }
}
