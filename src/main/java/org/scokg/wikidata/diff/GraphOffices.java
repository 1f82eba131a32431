package org.scokg.wikidata.diff;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.scokg.rdf.OntologyNamespace;

/** Every office the articles of a database say a person holds, with its sentence and its article's source. */
public final class GraphOffices {
    /** The query; its namespace is the database's ({@link OntologyNamespace#of}). */
    private static final String QUERY = """
            PREFIX sco:    <%s>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <%s>
            SELECT ?fact ?holder ?office ?state ?confidence %s ?holderQid ?stateQid ?holderName ?stateName WHERE {
              GRAPH ?article {
                ?fact a sco:OfficeHolding ; sco:holder ?holder ; sco:office ?office .
                OPTIONAL { ?fact sco:officeState ?state }
                OPTIONAL { ?fact sco:confidence ?confidence }
            %s
              }
              OPTIONAL { ?holder owl:sameAs ?holderQid FILTER(STRSTARTS(STR(?holderQid), "%s")) }
              OPTIONAL { ?state owl:sameAs ?stateQid FILTER(STRSTARTS(STR(?stateQid), "%s")) }
              OPTIONAL { ?holder rdfs:label ?holderName FILTER(LANGMATCHES(LANG(?holderName), "en")) }
              OPTIONAL { ?state rdfs:label ?stateName FILTER(LANGMATCHES(LANG(?stateName), "en")) }
            }
            ORDER BY ?holder ?office ?state ?article ?fact
            """;

    private GraphOffices() {}

    public static List<GraphOffice> of(Dataset dataset) {
        return SourceRows.select(dataset, QUERY, GraphOffices::office);
    }

    private static GraphOffice office(QuerySolution row, String namespace) {
        String holder = row.getResource("holder").getURI();
        String office = row.getResource("office").getURI();
        String state = row.contains("state") ? row.getResource("state").getURI() : "";
        return new GraphOffice(row.getResource("fact").getURI(), SourceRows.name(row, "holderName", holder),
                SourceRows.qid(row, "holderQid"), office.startsWith(namespace) ? office.substring(namespace.length()) : office,
                state.isEmpty() ? "" : SourceRows.name(row, "stateName", state), SourceRows.qid(row, "stateQid"),
                SourceRows.confidence(row), SourceRows.source(row));
    }
}
