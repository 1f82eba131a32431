package org.scokg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scokg.rdf.OntologyNamespace;

/**
 * The SELECT queries the descriptions of the whole dataset are counted and listed with, each a file
 * {@code queries/NAME.rq} beside this class. They name the union of the named graphs explicitly
 * ({@code GRAPH <urn:x-arq:UnionGraph>}), so they mean the same whether or not the dataset's default
 * graph is set to be that union; {@code sco:} is the dataset's own namespace
 * ({@link OntologyNamespace#of}); values are bound to the query's variables, never written into it.
 */
final class Sparql {
    private Sparql() {}

    static List<QuerySolution> select(DatasetGraph dataset, String name) {
        return select(dataset, name, Map.of());
    }

    /** The rows of {@code queries/NAME.rq}, with each parameter's value bound to the variable of its name. */
    static List<QuerySolution> select(DatasetGraph dataset, String name, Map<String, RDFNode> parameters) {
        Query query = query(name, OntologyNamespace.of(dataset).uri());
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> rows = new ArrayList<>();
            QueryExecutionBuilder builder = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query);
            parameters.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    /** The {@code ?n} of a query that counts. */
    static long count(DatasetGraph dataset, String name) {
        List<QuerySolution> rows = select(dataset, name);
        return rows.isEmpty() || rows.get(0).get("n") == null ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    /** The query, {@code sco:} naming the namespace the data is written in (which follows the base it was loaded with). */
    private static Query query(String name, String scoNamespace) {
        ParameterizedSparqlString text = new ParameterizedSparqlString(read(name));
        text.setNsPrefix("sco", scoNamespace);
        return text.asQuery();
    }

    private static String read(String name) {
        String resource = "queries/" + name + ".rq";
        try (InputStream in = Sparql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + Sparql.class.getName()
                        + " on the classpath: rebuild the jar with src/main/resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " from the classpath", e);
        }
    }
}
