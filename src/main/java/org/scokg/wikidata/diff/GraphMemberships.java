package org.scokg.wikidata.diff;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.scokg.rdf.OntologyNamespace;

/** Every membership status the articles of a database state, with its sentence and its article's source. */
public final class GraphMemberships {
    /** The query; its namespace is the database's ({@link OntologyNamespace#of}). */
    private static final String QUERY = """
            PREFIX sco:    <%s>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <%s>
            SELECT ?fact ?s ?o ?status ?start ?end ?confidence %s ?stateQid ?orgQid ?stateName ?orgName WHERE {
              GRAPH ?article {
                ?fact a sco:Membership ; sco:status ?status ; sco:memberState ?s ; sco:organisation ?o .
                OPTIONAL { ?fact sco:startDate ?start }
                OPTIONAL { ?fact sco:endDate ?end }
                OPTIONAL { ?fact sco:confidence ?confidence }
            %s
              }
              OPTIONAL { ?s owl:sameAs ?stateQid FILTER(STRSTARTS(STR(?stateQid), "%s")) }
              OPTIONAL { ?o owl:sameAs ?orgQid FILTER(STRSTARTS(STR(?orgQid), "%s")) }
              OPTIONAL { ?s rdfs:label ?stateName FILTER(LANGMATCHES(LANG(?stateName), "en")) }
              OPTIONAL { ?o rdfs:label ?orgName FILTER(LANGMATCHES(LANG(?orgName), "en")) }
            }
            ORDER BY ?s ?o ?status ?article ?fact
            """;

    private GraphMemberships() {}

    public static List<GraphMembership> of(Dataset dataset) {
        return SourceRows.select(dataset, QUERY, GraphMemberships::membership);
    }

    private static GraphMembership membership(QuerySolution row, String namespace) {
        String status = row.getResource("status").getURI().substring(namespace.length());
        String state = row.getResource("s").getURI();
        String org = row.getResource("o").getURI();
        return new GraphMembership(row.getResource("fact").getURI(), state, SourceRows.name(row, "stateName", state),
                SourceRows.qid(row, "stateQid"), org, SourceRows.name(row, "orgName", org), SourceRows.qid(row, "orgQid"),
                status, SourceRows.time(row, "start"), SourceRows.time(row, "end"), SourceRows.confidence(row),
                SourceRows.source(row));
    }
}
