package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/**
 * What {@code sco serve} exposes besides the linked data, tried as an attacker would: none of
 * Fuseki's admin or validator endpoints (issue 10, items 2 and 14), no SERVICE call to an address
 * a visitor names (item 3), and the graph store's default graph is the union (item 8).
 */
class PublicEndpointTest {
    static SeedServer seed;

    @BeforeAll
    static void server() {
        seed = SeedServer.get();
    }

    @Test
    void theIriValidatorDoesNotEchoMarkup() {
        String attack = "<img src=x onerror=alert(document.domain)>";
        HttpResponse<byte[]> response = Client.get(seed.root + "$/validate/iri?iri=" + URLEncoder.encode(attack, StandardCharsets.UTF_8),
                "Accept", "text/html");
        assertEquals(404, response.statusCode());
        assertFalse(Client.text(response).contains("<img"), Client.text(response));
    }

    @Test
    void noAdminValidatorOrStatisticsEndpoint() {
        for (String path : new String[] {"$/validate/query?query=ASK%7B%7D", "$/validate/update", "$/validate/langtag?languageTag=en",
                "$/validate/data", "$/metrics", "$/tasks", "$/datasets", "$/datasets/sco", "$/backup/sco",
                "$/compact/sco", "$/backups/list", "$/sleep", "$/logs", "$/reload"}) {
            HttpResponse<byte[]> response = Client.get(seed.root + path);
            assertEquals(404, response.statusCode(), path + ": " + Client.text(response));
        }
        assertTrue(Client.send("POST", seed.root + "$/datasets?dbName=x&dbType=mem").statusCode() >= 400, "no dataset admin");
    }

    /** The UI's query page reads the dataset list and the dataset's endpoint list: GET only, no input echoed. */
    @Test
    void whatTheUiReadsIsReadOnly() {
        for (String path : new String[] {"$/server", "$/stats/sco"}) {
            HttpResponse<byte[]> response = Client.get(seed.root + path, "Accept", "application/json");
            assertEquals(200, response.statusCode(), path);
            assertTrue(Client.text(response).contains("\"/sco\""), path + ": " + Client.text(response));
            assertEquals(405, Client.send("POST", seed.root + path).statusCode(), path + " is read-only");
        }
        HttpResponse<byte[]> unknown = Client.get(seed.root + "$/stats/%3Cscript%3Ex%3C%2Fscript%3E");
        assertTrue(unknown.statusCode() >= 400, "an unknown dataset: " + unknown.statusCode());
        assertFalse(Client.text(unknown).contains("<script"), "the name is not echoed: " + Client.text(unknown));
    }

    /** Item 14: what the UI's query page reads, and nothing of the site's traffic, the server's version or its uptime. */
    @Test
    void theUiAddressesGiveNoCountersVersionOrUptime() {
        JsonObject server = JSON.parse(Client.text(Client.get(seed.root + "$/server", "Accept", "application/json")));
        assertEquals(Set.of("datasets"), server.keys(), "no version, start time or uptime: " + server);
        JsonObject dataset = server.get("datasets").getAsArray().get(0).getAsObject();
        assertEquals("/sco", dataset.getString("ds.name"));
        assertTrue(dataset.get("ds.services").getAsArray().stream().map(JsonValue::getAsObject)
                .anyMatch(service -> service.getString("srv.type").equals("query")
                        && service.get("srv.endpoints").getAsArray().contains(new JsonString("sparql"))),
                "the query endpoint, where the UI's query page sends its queries: " + dataset);

        String statsText = Client.text(Client.get(seed.root + "$/stats/sco", "Accept", "application/json"));
        JsonObject stats = JSON.parse(statsText).get("datasets").getAsObject().get("/sco").getAsObject();
        assertEquals(Set.of("endpoints"), stats.keys(), "no dataset counters: " + statsText);
        JsonObject endpoints = stats.get("endpoints").getAsObject();
        assertTrue(endpoints.hasKey("sparql"), statsText);
        for (String endpoint : endpoints.keys()) {
            assertEquals(Set.of("operation", "description"), endpoints.get(endpoint).getAsObject().keys(), "no counters: " + statsText);
        }
    }

    @Test
    void serviceToAnAddressAVisitorNamesIsRefusedWithoutAConnection() throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress("localhost", 0));
            listener.configureBlocking(false);
            String target = "http://localhost:" + listener.socket().getLocalPort() + "/sparql";
            for (String service : new String[] {"SERVICE", "SERVICE SILENT"}) {
                String query = "SELECT * { " + service + " <" + target + "> { ?s ?p ?o } }";
                HttpResponse<byte[]> response = Client.get(seed.root + "sco/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        "Accept", "application/sparql-results+json");
                assertEquals(422, response.statusCode(), service + ": " + Client.text(response));
                assertTrue(Client.text(response).contains("SERVICE <" + target + "> is not allowed"), Client.text(response));
            }
            // The server has answered, so any connection it made is already in the listener's backlog.
            try (SocketChannel connection = listener.accept()) {
                assertNull(connection, "the server connected to " + target);
            }
        }
    }

    @Test
    void theGraphStoreDefaultGraphIsTheUnion() {
        HttpResponse<byte[]> union = Client.get(seed.root + "sco/get?default", "Accept", "application/n-triples");
        assertEquals(200, union.statusCode(), Client.text(union));
        Model m = seed.canonical(Client.rdf(union, seed.root));
        Resource china = m.createResource(seed.iri("state/cn"));
        assertTrue(m.contains(china, OWL.sameAs, m.createResource(Vocab.WD + "Q148")), "the reference graph is in the default graph");
        assertTrue(m.contains(null, RDF.type, SCO.Article), "the articles are in the default graph");
        assertTrue(m.contains(null, RDF.type, SCO.Membership), "their facts too");

        String article = seed.root + "id/article/" + seed.articleHashes().get(0);
        HttpResponse<byte[]> one = Client.get(seed.root + "sco/get?graph=" + URLEncoder.encode(article, StandardCharsets.UTF_8),
                "Accept", "application/n-triples");
        assertEquals(200, one.statusCode(), Client.text(one));
        Model graph = seed.canonical(Client.rdf(one, seed.root));
        assertTrue(graph.contains(graph.createResource(article), RDF.type, SCO.Article), "?graph= reads the article's graph");
        assertFalse(graph.contains(null, OWL.sameAs, graph.createResource(Vocab.WD + "Q148")), "and only that graph");
        assertTrue(graph.size() < m.size());
    }
}
