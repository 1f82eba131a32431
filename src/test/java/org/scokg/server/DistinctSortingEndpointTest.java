package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 5: the public endpoint runs a DISTINCT ... ORDER BY query (the shape of most
 * competency queries) without ARQ's top-N sorting, in the query's own execution, and an ORDER BY
 * without DISTINCT with it. A function of the query reports the setting its execution runs under.
 */
class DistinctSortingEndpointTest {
    static final String SETTING = "urn:x-sco-test:top-n-sorting";
    static SeedServer seed;

    @BeforeAll
    static void server() {
        seed = SeedServer.get();
        FunctionRegistry.get().put(SETTING, TopNSortingSetting.class);
    }

    /** The distinct values of ?topN, the first column of the query's result. */
    static List<String> topNSettings(String query) {
        HttpResponse<byte[]> response = Client.get(seed.root + "sco/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(200, response.statusCode(), Client.text(response));
        return Client.text(response).lines().skip(1).map(line -> line.split(",")[0].strip()).distinct().toList();
    }

    @Test
    void aDistinctOrderByRunsWithoutTopNSorting() {
        assertEquals(List.of("false"), topNSettings(
                "SELECT DISTINCT ?topN ?g { GRAPH ?g { ?s ?p ?o } BIND(<" + SETTING + ">() AS ?topN) } ORDER BY ?g"));
    }

    @Test
    void anOrderByWithoutDistinctRunsWithIt() {
        assertEquals(List.of("true"), topNSettings(
                "SELECT ?topN { GRAPH ?g { ?s ?p ?o } BIND(<" + SETTING + ">() AS ?topN) } ORDER BY ?g LIMIT 20"));
    }

    /** Whether the execution that calls it may use ARQ's top-N sorting. */
    public static final class TopNSortingSetting implements Function {
        @Override
        public void build(String uri, ExprList args, Context context) {}

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            return NodeValue.makeBoolean(env.getContext().isTrueOrUndef(ARQ.optTopNSorting));
        }
    }
}
