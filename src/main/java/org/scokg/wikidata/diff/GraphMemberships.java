package org.scokg.wikidata.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Every membership status the articles of a database state, with its sentence and its article's source. */
public final class GraphMemberships {
    /** The query; its namespace is the database's ({@link OntologyNamespace#of}). */
    private static final String QUERY = """
            PREFIX sco:    <%s>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <%s>
            SELECT ?m ?s ?o ?status ?start ?end ?confidence ?article ?sentence
                   ?url ?title ?outlet ?agency ?published ?copyrightYear ?retrieved ?stateQid ?orgQid ?stateName ?orgName WHERE {
              GRAPH ?article {
                ?article a sco:Article .
                ?m a sco:Membership ; sco:status ?status ; sco:memberState ?s ; sco:organisation ?o ;
                   prov:wasDerivedFrom/sco:text ?sentence .
                OPTIONAL { ?m sco:startDate ?start }
                OPTIONAL { ?m sco:endDate ?end }
                OPTIONAL { ?m sco:confidence ?confidence }
                OPTIONAL { ?article schema:url ?url }
                OPTIONAL { ?article schema:headline ?title }
                OPTIONAL { ?article schema:publisher/schema:name ?outlet }
                OPTIONAL { ?article sco:agency ?agency }
                OPTIONAL { ?article schema:datePublished ?published }
                OPTIONAL { ?article sco:copyrightYear ?copyrightYear }
                OPTIONAL { ?article sco:retrievedOn ?retrieved }
              }
              OPTIONAL { ?s owl:sameAs ?stateQid FILTER(STRSTARTS(STR(?stateQid), "%s")) }
              OPTIONAL { ?o owl:sameAs ?orgQid FILTER(STRSTARTS(STR(?orgQid), "%s")) }
              OPTIONAL { ?s rdfs:label ?stateName FILTER(LANGMATCHES(LANG(?stateName), "en")) }
              OPTIONAL { ?o rdfs:label ?orgName FILTER(LANGMATCHES(LANG(?orgName), "en")) }
            }
            ORDER BY ?s ?o ?status ?article ?m
            """;

    private GraphMemberships() {}

    public static List<GraphMembership> of(Dataset dataset) {
        Map<String, GraphMembership> byIri = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            OntologyNamespace ns = OntologyNamespace.of(dataset.asDatasetGraph());
            String query = QUERY.formatted(ns.uri(), Schema.NS, Wikidata.ENTITY, Wikidata.ENTITY);
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> byIri.putIfAbsent(
                        row.getResource("m").getURI() + " " + row.getLiteral("sentence").getString(),
                        membership(row, ns.uri())));
            }
        });
        return new ArrayList<>(byIri.values());
    }

    private static GraphMembership membership(QuerySolution row, String namespace) {
        String status = row.getResource("status").getURI().substring(namespace.length());
        Literal title = row.contains("title") ? row.getLiteral("title") : null;
        ArticleSource source = new ArticleSource(row.getResource("article").getURI(),
                row.getLiteral("sentence").getString(),
                Optional.ofNullable(row.get("url")).map(GraphMemberships::text),
                Optional.ofNullable(title).map(Literal::getString),
                title == null || title.getLanguage().isEmpty() ? "id" : title.getLanguage(),
                first(row, "outlet", "agency").map(GraphMemberships::text),
                first(row, "published", "copyrightYear").map(GraphMemberships::time), time(row, "retrieved"));
        String state = row.getResource("s").getURI();
        String org = row.getResource("o").getURI();
        return new GraphMembership(row.getResource("m").getURI(), state, name(row, "stateName", state),
                qid(row, "stateQid"), org, name(row, "orgName", org), qid(row, "orgQid"), status,
                time(row, "start"), time(row, "end"),
                row.contains("confidence") ? row.getLiteral("confidence").getDouble() : 1.0, source);
    }

    private static String text(RDFNode node) {
        return node.isResource() ? node.asResource().getURI() : node.asLiteral().getString();
    }

    private static Optional<WikidataTime> time(QuerySolution row, String var) {
        return Optional.ofNullable(row.get(var)).map(GraphMemberships::time);
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

    private static Optional<String> qid(QuerySolution row, String var) {
        return Optional.ofNullable(row.get(var)).map(n -> Wikidata.qid(n.asResource().getURI()));
    }

    private static String name(QuerySolution row, String var, String iri) {
        return row.contains(var) ? row.getLiteral(var).getString() : iri.substring(iri.lastIndexOf('/') + 1);
    }
}
