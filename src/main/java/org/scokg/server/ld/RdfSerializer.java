package org.scokg.server.ld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.scokg.server.http.DocumentFormat;

/**
 * Writes a model in one of the RDF formats, or a named graph with its name (N-Quads, TriG). Turtle,
 * RDF/XML, N-Triples, N-Quads and TriG come from Jena's writers;
 * JSON-LD is compacted against the published context and names it by its URL, so every JSON-LD
 * document reads with the same short terms.
 */
public final class RdfSerializer {
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private RdfSerializer() {}

    public static byte[] write(Model model, DocumentFormat format, JsonObject context, String contextUrl) {
        return switch (format) {
            case TURTLE -> jena(model, RDFFormat.TURTLE_PRETTY);
            case RDF_XML -> jena(model, RDFFormat.RDFXML_PLAIN);
            case N_TRIPLES -> jena(model, RDFFormat.NTRIPLES);
            case N_QUADS -> jena(model, RDFFormat.NQUADS);
            case TRIG -> jena(model, RDFFormat.TRIG_PRETTY);
            case JSON_LD -> jsonLd(model, context, contextUrl);
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
        };
    }

    /** A named graph of the dataset, with its name, in N-Quads or TriG. */
    public static byte[] writeGraph(DatasetGraph dataset, Node graphName, DocumentFormat format, PrefixMapping prefixes) {
        RDFFormat rdfFormat = switch (format) {
            case N_QUADS -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG_PRETTY;
            default -> throw new IllegalArgumentException(format + " has no graph names");
        };
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        one.prefixes().putAll(prefixes);
        Txn.executeRead(dataset, () -> dataset.getGraph(graphName).find().forEachRemaining(t -> one.add(new Quad(graphName, t))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, one, rdfFormat);
        return out.toByteArray();
    }

    private static byte[] jena(Model model, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format);
        return out.toByteArray();
    }

    static byte[] jsonLd(Model model, JsonObject context, String contextUrl) {
        try {
            QuadsToJsonld consumer = JsonLd.fromRdf();
            consumer.mode(JsonLdVersion.V1_1);
            for (Triple t : model.getGraph().find().toList()) {
                String s = term(t.getSubject());
                String p = term(t.getPredicate());
                Node o = t.getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                    consumer.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), lang, null, null);
                } else {
                    consumer.quad(s, p, term(o), null, null, null, null);
                }
            }
            JsonArray expanded = consumer.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            // Name the published context instead of repeating it: the terms are the same.
            JsonObjectBuilder document = Json.createObjectBuilder().add("@context", contextUrl);
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    document.add(key, value);
                }
            });
            return json(document.build());
        } catch (JsonLdError | com.apicatalog.rdf.api.RdfConsumerException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    public static byte[] json(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static String term(Node node) {
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return node.getURI();
    }
}
