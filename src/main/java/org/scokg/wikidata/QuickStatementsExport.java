package org.scokg.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.scokg.rdf.OntologyNamespace;

/**
 * The graph's statements in Wikidata's own model, as QuickStatements (V1, tab-separated): for every
 * full membership an article states between two entities with Wikidata IDs, {@code member of}
 * (P463) with its start time (P580) where known, referenced by the article (P854 reference URL) and
 * the sentence that says so (P1683 quote, in Indonesian). Observer and dialogue-partner statuses,
 * offices and meetings are left out: they need Wikidata items (status roles, positions, meetings)
 * this project has not verified.
 */
public final class QuickStatementsExport {
    private static final String WD = "http://www.wikidata.org/entity/";
    /** The query; its namespace is the database's ({@link OntologyNamespace#of}). */
    private static final String QUERY = """
            PREFIX sco:  <%s>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?state ?org ?since ?article ?sentence WHERE {
              GRAPH ?article {
                ?article a sco:Article .
                ?m a sco:Membership ; sco:status sco:FullMember ; sco:memberState ?s ; sco:organisation ?o ;
                   prov:wasDerivedFrom ?sent .
                ?sent sco:text ?sentence .
                OPTIONAL { ?m sco:startDate ?since }
              }
              ?s owl:sameAs ?state FILTER(STRSTARTS(STR(?state), "%s"))
              ?o owl:sameAs ?org FILTER(STRSTARTS(STR(?org), "%s"))
            }
            ORDER BY ?state ?org ?since ?article ?sentence
            """;

    private QuickStatementsExport() {}

    /** One QuickStatements line per statement and source sentence. */
    public static List<String> lines(Dataset dataset) {
        Set<String> lines = new LinkedHashSet<>();
        Txn.executeRead(dataset, () -> {
            String query = QUERY.formatted(OntologyNamespace.of(dataset.asDatasetGraph()).uri(), WD, WD);
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution row) -> lines.add(line(row)));
            }
        });
        return new ArrayList<>(lines);
    }

    private static String line(QuerySolution row) {
        StringBuilder b = new StringBuilder();
        b.append(qid(row.getResource("state").getURI())).append('\t').append("P463").append('\t')
                .append(qid(row.getResource("org").getURI()));
        if (row.contains("since")) {
            b.append('\t').append("P580").append('\t').append(time(row.getLiteral("since").getLexicalForm()));
        }
        b.append('\t').append("S854").append('\t').append(quoted(row.getResource("article").getURI()));
        b.append('\t').append("S1683").append('\t').append("id:").append(quoted(row.getLiteral("sentence").getString()));
        return b.toString();
    }

    private static String qid(String iri) {
        return iri.substring(WD.length());
    }

    /** A Wikidata time value with the precision the date has: day 11, month 10, year 9. */
    static String time(String lexical) {
        String[] parts = lexical.split("-");
        String year = parts[0];
        String month = parts.length > 1 ? parts[1] : "00";
        String day = parts.length > 2 ? parts[2] : "00";
        int precision = parts.length > 2 ? 11 : parts.length > 1 ? 10 : 9;
        return "+" + year + "-" + month + "-" + day + "T00:00:00Z/" + precision;
    }

    /** A QuickStatements string: in double quotes, with the quotes and tabs inside made harmless. */
    static String quoted(String text) {
        return "\"" + text.replace("\t", " ").replace("\n", " ").replace("\"", "'") + "\"";
    }
}
