package org.scokg.server.http;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * The formats a document is served in. For RDF, Jena's {@link Lang} says the file suffix
 * ({@code /doc/state/cn.ttl}), the media type and the other media types clients use for the same
 * thing; what Jena lacks is added here: HTML, and a few aliases clients send. The order of the
 * constants is the server's preference when a client accepts several equally, so
 * {@code Accept: *}{@code /*} gets HTML.
 */
public enum DocumentFormat {
    HTML("html", List.of(WebContent.contentTypeHTML, "application/xhtml+xml"), true),
    TURTLE(Lang.TURTLE, List.of("application/x-turtle"), true),
    JSON_LD(Lang.JSONLD, List.of(WebContent.contentTypeJSON), false),
    RDF_XML(Lang.RDFXML, List.of(), false),
    N_TRIPLES(Lang.NTRIPLES, List.of(), true),
    /** A named graph (an article's) with its name: offered for graph names only. */
    N_QUADS(Lang.NQUADS, List.of(), true),
    TRIG(Lang.TRIG, List.of(), true);

    /** The formats of a description: what resources, the ontology and the dataset descriptions are offered in. */
    public static final List<DocumentFormat> ALL = List.of(HTML, TURTLE, JSON_LD, RDF_XML, N_TRIPLES);
    /** The formats of the IRI that names a graph: its description, and the graph itself with its name. */
    public static final List<DocumentFormat> GRAPH_NAME = List.of(HTML, TURTLE, JSON_LD, RDF_XML, N_TRIPLES, N_QUADS, TRIG);
    /** The RDF formats only: for documents without an HTML rendering. */
    public static final List<DocumentFormat> RDF = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES);

    private final Lang lang;
    private final String suffix;
    private final List<String> mediaTypes;
    private final String contentType;

    /** A format Jena does not know: its suffix, and its media type followed by the aliases. */
    DocumentFormat(String suffix, List<String> mediaTypes, boolean charset) {
        this(null, suffix, mediaTypes, charset);
    }

    /**
     * An RDF syntax as Jena knows it, with the aliases Jena lacks.
     *
     * @param charset whether the Content-Type names the charset: not for JSON and XML, whose
     *                documents carry their own encoding
     */
    DocumentFormat(Lang lang, List<String> extraAliases, boolean charset) {
        this(lang, lang.getFileExtensions().get(0), Stream.of(List.of(lang.getHeaderString()), lang.getAltContentTypes(), extraAliases)
                .flatMap(List::stream).distinct().toList(), charset);
    }

    DocumentFormat(Lang lang, String suffix, List<String> mediaTypes, boolean charset) {
        this.lang = lang;
        this.suffix = suffix;
        this.mediaTypes = mediaTypes;
        this.contentType = mediaTypes.get(0) + (charset ? ";charset=" + WebContent.charsetUTF8 : "");
    }

    /** The RDF syntax, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** Its name for people: Jena's for an RDF syntax ("Turtle", "JSON-LD", ...). */
    public String label() {
        return lang == null ? name() : lang.getName();
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaTypes.get(0);
    }

    /** The Content-Type header: the media type, with the charset where the type has one. */
    public String contentType() {
        return contentType;
    }

    /** The media type first, then its aliases. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /**
     * Whether the format is for datasets only, so the document is a whole named graph with its name,
     * not a description (JSON-LD can hold either, and is served as a description).
     */
    public boolean isQuads() {
        return lang != null && RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang);
    }

    public static Optional<DocumentFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }
}
