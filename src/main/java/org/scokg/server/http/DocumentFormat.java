package org.scokg.server.http;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.WebContent;

/**
 * The formats a document is served in: its file suffix ({@code /doc/state/cn.ttl}), its media type
 * and the other media types clients use for the same thing. The order of the constants is the
 * server's preference when a client accepts several equally, so {@code Accept: *}{@code /*} gets HTML.
 */
public enum DocumentFormat {
    HTML("html", "text/html", "text/html;charset=utf-8", List.of("application/xhtml+xml")),
    TURTLE("ttl", "text/turtle", "text/turtle;charset=utf-8", List.of("application/x-turtle")),
    JSON_LD("jsonld", "application/ld+json", "application/ld+json", List.of("application/json")),
    RDF_XML("rdf", "application/rdf+xml", "application/rdf+xml", List.of()),
    N_TRIPLES("nt", "application/n-triples", "application/n-triples;charset=utf-8", List.of("text/plain")),
    /** A named graph (an article's) with its name: offered for graph names only. */
    N_QUADS("nq", WebContent.contentTypeNQuads, WebContent.contentTypeNQuads + ";charset=utf-8", List.of()),
    TRIG("trig", WebContent.contentTypeTriG, WebContent.contentTypeTriG + ";charset=utf-8", List.of());

    /** The formats of a description: what resources, the ontology and the dataset descriptions are offered in. */
    public static final List<DocumentFormat> ALL = List.of(HTML, TURTLE, JSON_LD, RDF_XML, N_TRIPLES);
    /** The formats of the IRI that names a graph: its description, and the graph itself with its name. */
    public static final List<DocumentFormat> GRAPH_NAME = List.of(HTML, TURTLE, JSON_LD, RDF_XML, N_TRIPLES, N_QUADS, TRIG);
    /** The RDF formats only: for documents without an HTML rendering. */
    public static final List<DocumentFormat> RDF = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES);

    private final String suffix;
    private final String mediaType;
    private final String contentType;
    private final List<String> aliases;

    DocumentFormat(String suffix, String mediaType, String contentType, List<String> aliases) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.contentType = contentType;
        this.aliases = aliases;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: the media type, with the charset where the type has one. */
    public String contentType() {
        return contentType;
    }

    /** The media type first, then its aliases. */
    public List<String> mediaTypes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(mediaType), aliases.stream()).toList();
    }

    /** Whether the format carries graph names: the document is a whole named graph, not a description. */
    public boolean isQuads() {
        return this == N_QUADS || this == TRIG;
    }

    public static Optional<DocumentFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }
}
