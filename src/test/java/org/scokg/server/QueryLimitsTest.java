package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase0;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.endpoint.QueryLimits;
import org.scokg.server.ld.LinkedDataSettings;

/**
 * Issue 10, item 5: one anonymous query must not take the heap, and a result the server will not
 * send whole is an error the client sees, never a 200 cut short. A second server over the seed
 * database, with limits low enough that the seeds exceed them: 100 rows, 20,000 characters, 3 s.
 */
class QueryLimitsTest {
    static final QueryLimits LOW = new QueryLimits(100, 20_000, 3_000, 3_000, 1_000, Set.of());
    static FusekiServer server;
    static String sparql;

    @BeforeAll
    static void start() throws Exception {
        SeedServer seed = SeedServer.get();
        int port = SeedServer.freePort();
        server = ScoServer.build(seed.dataset(), port, LinkedDataSettings.forBase(seed.root), LOW).start();
        sparql = "http://localhost:" + port + "/sco/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<byte[]> query(String query, String accept) {
        return Client.get(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept);
    }

    @Test
    void aResultWithinTheLimitsIsSentWhole() {
        HttpResponse<byte[]> response = query("SELECT ?s { ?s ?p ?o } LIMIT 5", "text/csv");
        assertEquals(200, response.statusCode(), Client.text(response));
        assertEquals(6, Client.text(response).lines().count(), "a header and 5 rows");
    }

    @Test
    void aStreamedCrossJoinIsAnErrorNotATruncatedResult() {
        HttpResponse<byte[]> response = query("SELECT ?a { ?a ?b ?c . ?d ?e ?f }", "application/sparql-results+json");
        assertEquals(422, response.statusCode(), Client.text(response));
        assertTrue(Client.text(response).contains("more than 100 rows"), Client.text(response));
        assertTrue(Client.text(response).contains("sco.query.maxRows"), "the message names the setting");
    }

    @Test
    void aResultTooLargeInCharactersIsAnError() {
        HttpResponse<byte[]> response = query("SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 100", "text/csv");
        assertEquals(422, response.statusCode(), Client.text(response));
        assertTrue(Client.text(response).contains("larger than 20000 characters"), Client.text(response));
    }

    @Test
    void aConstructOverTheLimitIsAnError() {
        HttpResponse<byte[]> response = query("CONSTRUCT { ?a ?b ?f } { ?a ?b ?c . ?d ?e ?f }", "application/n-triples");
        assertEquals(422, response.statusCode(), Client.text(response));
        assertTrue(Client.text(response).contains("sco.query.max"), Client.text(response));
    }

    /** The query of the issue: it ran the heap out after 47 s; here it ends in an error and the server goes on. */
    @Test
    void sortingACrossJoinEndsInAnErrorAndTheServerGoesOn() {
        HttpResponse<byte[]> response = query("SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f", "application/sparql-results+json");
        int status = response.statusCode();
        assertTrue(status == 503 || status == 422, status + ": " + Client.text(response));
        assertTrue(Client.text(response).contains("sco.query."), "the message names the limit: " + Client.text(response));
        assertEquals(200, query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode(), "the server still answers");
    }

    /**
     * A query whose memory grows inside the engine passes no row or size limit. The heap guard stops it:
     * here set to a fraction of the heap that every garbage collection leaves behind, and with timeouts
     * far beyond, so only the guard can end it (at the first collection, which the growing value forces).
     */
    @Test
    void aQueryThatFillsTheHeapIsAbortedWithAMessage() throws Exception {
        SeedServer seed = SeedServer.get();
        QueryLimits tinyHeap = new QueryLimits(100, 20_000, 50_000, 50_000, 1_000, Set.of(), 0.000_001);
        int port = SeedServer.freePort();
        FusekiServer guarded = ScoServer.build(seed.dataset(), port, LinkedDataSettings.forBase(seed.root), tinyHeap).start();
        try {
            String query = "SELECT (GROUP_CONCAT(STR(?o)) AS ?x) { ?a ?b ?c . ?d ?e ?o }";
            HttpResponse<byte[]> response = Client.get("http://localhost:" + port + "/sco/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
            assertEquals(503, response.statusCode(), Client.text(response));
            assertTrue(Client.text(response).contains("short of memory"), Client.text(response));
            assertTrue(Client.text(response).contains("sco.query.heapFraction"), "the guard stopped it: " + Client.text(response));
            assertTrue(Client.text(response).contains("try a narrower query"), Client.text(response));
        } finally {
            guarded.stop();
        }
    }

    /**
     * A value that grows by doubling can ask for more than the free heap in one allocation, before the
     * guard hears of any collection: the allocation fails in the query's own thread (here a function
     * of the query throws the error the JVM would) and the client gets the same 503, the server goes on.
     */
    @Test
    void aQueryWhoseAllocationFailsGetsTheSameMessage() {
        String function = "urn:x-sco-test:allocate-too-much";
        FunctionRegistry.get().put(function, AllocatesTooMuch.class);
        HttpResponse<byte[]> response = query("SELECT ?x { BIND(<" + function + ">() AS ?x) }", "application/sparql-results+json");
        assertEquals(503, response.statusCode(), Client.text(response));
        assertTrue(Client.text(response).contains("short of memory") && Client.text(response).contains("try a narrower query"),
                Client.text(response));
        assertEquals(200, query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode(), "the server still answers");
    }

    /** What an allocation larger than the free heap does. */
    public static final class AllocatesTooMuch extends FunctionBase0 {
        @Override
        public NodeValue exec() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void serviceGoesOnlyToTheAllowList() throws Exception {
        SeedServer seed = SeedServer.get();
        String allowed = seed.root + "sco/sparql";
        QueryLimits limits = new QueryLimits(100, 20_000, 10_000, 10_000, 1_000, Set.of(allowed));
        int port = SeedServer.freePort();
        FusekiServer withService = ScoServer.build(seed.dataset(), port, LinkedDataSettings.forBase(seed.root), limits).start();
        try {
            String endpoint = "http://localhost:" + port + "/sco/sparql?query=";
            String through = "SELECT ?s { SERVICE <" + allowed + "> { SELECT ?s { ?s ?p ?o } LIMIT 1 } }";
            HttpResponse<byte[]> ok = Client.get(endpoint + URLEncoder.encode(through, StandardCharsets.UTF_8), "Accept", "text/csv");
            assertEquals(200, ok.statusCode(), Client.text(ok));
            assertEquals(2, Client.text(ok).lines().count(), "one row from the allowed endpoint: " + Client.text(ok));
            String other = "SELECT ?s { SERVICE <http://localhost:" + port + "/sco/query> { ?s ?p ?o } }";
            HttpResponse<byte[]> refused = Client.get(endpoint + URLEncoder.encode(other, StandardCharsets.UTF_8), "Accept", "text/csv");
            assertEquals(422, refused.statusCode(), Client.text(refused));
        } finally {
            withService.stop();
        }
    }

    @Test
    void aGraphStoreReadOverTheLimitIsAnErrorThatNamesTheDump() {
        String store = sparql.replace("/sco/sparql", "/sco/get");
        HttpResponse<byte[]> union = Client.get(store + "?default", "Accept", "text/turtle");
        assertEquals(422, union.statusCode(), Client.text(union));
        assertTrue(Client.text(union).contains("at most 100 triples"), Client.text(union));
        assertTrue(Client.text(union).contains("/dump/sco.nq.gz"), "the message says where the whole dataset is");
        HttpResponse<byte[]> everything = Client.get(store, "Accept", "application/n-quads");
        assertEquals(422, everything.statusCode(), Client.text(everything));
    }
}
