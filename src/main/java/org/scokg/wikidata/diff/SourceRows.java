package org.scokg.wikidata.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.vocab.Schema;
import org.scokg.wikidata.model.Wikidata;
import org.scokg.wikidata.model.WikidataTime;

/**
 * What the queries of the graph's facts share: the patterns that read a fact's article and sentence
 * (inside {@code GRAPH ?article}, the fact bound to {@code ?fact}), and the reading of their rows.
 */
final class SourceRows {
    /** The variables the patterns bind. */
    static final String VARIABLES = "?article ?sentence ?url ?title ?outlet ?agency ?published ?copyrightYear ?retrieved";

    /** The patterns, for inside {@code GRAPH ?article}; prefixes sco:, prov: and schema: declared. */
    static final String PATTERNS = """
                ?article a sco:Article .
                ?fact prov:wasDerivedFrom/sco:text ?sentence .
                OPTIONAL { ?article schema:url ?url }
                OPTIONAL { ?article schema:headline ?title }
                OPTIONAL { ?article schema:publisher/schema:name ?outlet }
                OPTIONAL { ?article sco:agency ?agency }
                OPTIONAL { ?article schema:datePublished ?published }
                OPTIONAL { ?article sco:copyrightYear ?copyrightYear }
                OPTIONAL { ?article sco:retrievedOn ?retrieved }
            """;

    private SourceRows() {}

    /**
     * The facts a query of the graph finds, one per fact and sentence (a fact stated by several sentences
     * has a row for each, with the same source otherwise). {@code query} is a template of the database's
     * namespace, schema.org's, {@link #VARIABLES}, {@link #PATTERNS} and twice the Wikidata entity prefix;
     * {@code fact} reads a row, given the database's namespace.
     */
    static <T> List<T> select(Dataset dataset, String query, BiFunction<QuerySolution, String, T> fact) {
        Map<String, T> byFactAndSentence = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            OntologyNamespace ns = OntologyNamespace.of(dataset.asDatasetGraph());
            String text = query.formatted(ns.uri(), Schema.NS, VARIABLES, PATTERNS, Wikidata.ENTITY, Wikidata.ENTITY);
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(text).build()) {
                qe.execSelect().forEachRemaining(row -> byFactAndSentence.putIfAbsent(
                        row.getResource("fact").getURI() + " " + row.getLiteral("sentence").getString(),
                        fact.apply(row, ns.uri())));
            }
        });
        return new ArrayList<>(byFactAndSentence.values());
    }

    static ArticleSource source(QuerySolution row) {
        Literal title = row.contains("title") ? row.getLiteral("title") : null;
        return new ArticleSource(row.getResource("article").getURI(), row.getLiteral("sentence").getString(),
                Optional.ofNullable(row.get("url")).map(SourceRows::text),
                Optional.ofNullable(title).map(Literal::getString),
                title == null || title.getLanguage().isEmpty() ? "id" : title.getLanguage(),
                first(row, "outlet", "agency").map(SourceRows::text),
                first(row, "published", "copyrightYear").map(SourceRows::time), time(row, "retrieved"));
    }

    static Optional<WikidataTime> time(QuerySolution row, String var) {
        return Optional.ofNullable(row.get(var)).map(SourceRows::time);
    }

    static Optional<String> qid(QuerySolution row, String var) {
        return Optional.ofNullable(row.get(var)).map(n -> Wikidata.qid(n.asResource().getURI()));
    }

    /** The English label the row binds to {@code var}, else the IRI's last segment. */
    static String name(QuerySolution row, String var, String iri) {
        return row.contains(var) ? row.getLiteral(var).getString() : iri.substring(iri.lastIndexOf('/') + 1);
    }

    static double confidence(QuerySolution row) {
        return row.contains("confidence") ? row.getLiteral("confidence").getDouble() : 1.0;
    }

    private static String text(RDFNode node) {
        return node.isResource() ? node.asResource().getURI() : node.asLiteral().getString();
    }

    private static WikidataTime time(RDFNode node) {
        return WikidataTime.ofLexical(node.asLiteral().getLexicalForm());
    }

    /**
     * The value of {@code preferred}, else of {@code fallback}. An article without an outlet header names
     * its publisher in its dateline (sco:agency: the agency that published it), and one without a
     * publication date still dates itself by its copyright notice (the year, at year precision).
     */
    private static Optional<RDFNode> first(QuerySolution row, String preferred, String fallback) {
        return Optional.ofNullable(row.get(preferred)).or(() -> Optional.ofNullable(row.get(fallback)));
    }
}
