package org.scokg.server.ld;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scokg.rdf.OntologyNamespace;

/**
 * SELECT queries over the dataset for the descriptions of the whole dataset. They name the union of
 * the named graphs explicitly ({@code GRAPH <urn:x-arq:UnionGraph>}), so they mean the same whether or
 * not the dataset's default graph is set to be that union; {@code sco:} is the dataset's own namespace
 * ({@link OntologyNamespace#of}).
 */
final class Sparql {
    private static final String PREFIXES = """
            PREFIX sco: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    static final String UNION = "<urn:x-arq:UnionGraph>";

    private Sparql() {}

    static List<QuerySolution> select(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> rows = new ArrayList<>();
            // sco: is the namespace the data is written in, which follows the base it was loaded with
            String prefixes = PREFIXES.formatted(OntologyNamespace.of(dataset).uri());
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(prefixes + query).build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    static long count(DatasetGraph dataset, String query) {
        List<QuerySolution> rows = select(dataset, query);
        return rows.isEmpty() || rows.get(0).get("n") == null ? 0 : rows.get(0).getLiteral("n").getLong();
    }
}
