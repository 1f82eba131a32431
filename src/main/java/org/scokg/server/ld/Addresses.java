package org.scokg.server.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.server.http.DocumentFormat;
import org.scokg.server.http.PublicRoot;

/**
 * Where things are, for one request: resources are named by IRIs under the base ({@code base/id/...});
 * their documents, the dataset description and the endpoints live under the root the client used
 * ({@link PublicRoot}). Without a configured base the two are the same.
 */
public record Addresses(String root, String base, String datasetName) {
    public String idSpace() {
        return base + "id/";
    }

    /** The ontology's namespace, under the base like the resources: {@code base/def/sco#}. */
    public OntologyNamespace namespace() {
        return OntologyNamespace.under(base);
    }

    /** Whether the IRI is one this server dereferences: minted under the base. */
    public boolean isLocal(String iri) {
        return iri.startsWith(idSpace()) && iri.length() > idSpace().length();
    }

    /** The IRI for the path after {@code /id/}. */
    public String iri(String idPath) {
        return idSpace() + idPath;
    }

    /** The generic document about a local IRI, its format chosen by content negotiation. */
    public String document(String iri) {
        return root + "doc/" + iri.substring(idSpace().length());
    }

    public String document(String iri, DocumentFormat format) {
        return document(iri) + "." + format.suffix();
    }

    public String home() {
        return root;
    }

    public String voidDocument() {
        return root + ".well-known/void";
    }

    public String voidDataset() {
        return voidDocument() + "#dataset";
    }

    public String context() {
        return root + "context.jsonld";
    }

    public String ontologyDocument() {
        return root + "def/sco";
    }

    public String sitemap() {
        return root + "sitemap.xml";
    }

    /** The whole dataset as gzipped N-Quads. */
    public String dump() {
        return root + "dump/sco.nq.gz";
    }

    public String sparqlEndpoint() {
        return root + datasetName.substring(1) + "/sparql";
    }

    public String graphStore(String graph) {
        return root + datasetName.substring(1) + "/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
    }

    /**
     * The Fuseki UI's query page. The UI finds the server from its own path, so it must load from
     * the root; {@code ?ui} tells the home page's filter to let the UI through.
     */
    public String sparqlUi() {
        return root + "?ui#/dataset/" + datasetName.substring(1) + "/query";
    }
}
