package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.rdf.Iris;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;
import org.scokg.server.endpoint.PublicEndpointModule;
import org.scokg.store.KnowledgeStore;

/**
 * A plain Fuseki started with {@code fuseki-config/config.ttl}, as an operator would, over a freshly
 * loaded database: the configuration only has its database location and base rewritten. The
 * linked-data module comes in through the ServiceLoader, not through {@link ScoServer}.
 */
class FusekiConfigTest {
    static Path directory;
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void start() throws Exception {
        int port = SeedServer.freePort();
        root = "http://localhost:" + port + "/";
        directory = Files.createTempDirectory("sco-ld-config");
        Path database = directory.resolve("tdb2");
        Iris iris = new Iris(root);
        try (KnowledgeStore store = KnowledgeStore.open(database, iris)) {
            SeedServer.load(store, iris);
        }
        String config = Files.readString(Path.of("fuseki-config/config.ttl"));
        assertTrue(config.contains("tdb2:location \"run/tdb2\""), "the shipped configuration uses run/tdb2");
        assertTrue(config.contains("ld:base \"http://localhost:3030/\""));
        config = config.replace("tdb2:location \"run/tdb2\"", "tdb2:location \"" + database.toAbsolutePath() + "\"")
                .replace("ld:base \"http://localhost:3030/\"", "ld:base \"" + root + "\"");
        Path file = directory.resolve("config.ttl");
        Files.writeString(file, config);
        server = FusekiServer.create().port(port).parseConfigFile(file.toString()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        SeedServer.delete(directory);
    }

    @Test
    void theModuleIsLoadedAndChinaDereferences() {
        HttpResponse<byte[]> redirect = Client.get(root + "id/state/cn", "Accept", "text/turtle");
        assertEquals(303, redirect.statusCode());
        HttpResponse<byte[]> document = Client.get(Client.header(redirect, "Location"), "Accept", "text/turtle");
        assertEquals(200, document.statusCode());
        assertTrue(Client.header(document, "Vary").contains("Accept"));
        Model m = Client.rdf(document, root);
        assertTrue(m.contains(m.createResource(root + "id/state/cn"), OWL.sameAs, m.createResource(Vocab.WD + "Q148")));
        assertEquals(406, Client.get(root + "id/state/cn", "Accept", "image/png").statusCode());
        assertEquals(404, Client.get(root + "id/state/zz", "Accept", "text/turtle").statusCode());
        assertEquals(200, Client.get(root + "def/sco.ttl").statusCode());
        assertEquals(200, Client.get(root + ".well-known/void", "Accept", "text/turtle").statusCode());
        HttpResponse<byte[]> home = Client.get(root, "Accept", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(Client.text(home).contains("Shanghai Cooperation Organisation"));
    }

    @Test
    void theModuleCameThroughTheServiceLoaderAndTheDatasetHasItsTimeout() {
        assertTrue(server.getModules().asList().stream().anyMatch(m -> m instanceof LinkedDataModule),
                "LinkedDataModule among " + server.getModules().asList());
        var dataset = server.getDataAccessPointRegistry().get("/sco").getDataService().getDataset();
        assertEquals("30000", dataset.getContext().getAsString(org.apache.jena.query.ARQ.queryTimeout));
    }

    @Test
    void sparqlQueriesSeeTheUnionOfTheGraphs() {
        String query = "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + new Iris(root).namespace().deployed(SCO.Membership.getURI()) + "> }";
        for (String endpoint : new String[] {"sco/sparql", "sco/query", "sco"}) {
            HttpResponse<byte[]> response = Client.get(root + endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    "Accept", "text/csv");
            assertEquals(200, response.statusCode(), endpoint);
            long n = Long.parseLong(Client.text(response).lines().skip(1).findFirst().orElseThrow().trim());
            assertTrue(n > 0, endpoint + ": " + n + " memberships in the default graph");
        }
        HttpResponse<byte[]> graph = Client.get(root + "sco/get?graph=" + URLEncoder.encode(root + "id/graph/reference", StandardCharsets.UTF_8),
                "Accept", "text/turtle");
        assertEquals(200, graph.statusCode(), "Graph Store Protocol reads");
        HttpResponse<byte[]> description = Client.get(root + "sco/sparql", "Accept", "text/turtle");
        assertEquals(200, description.statusCode(), "the service description");
    }

    /** Issue 10, items 2, 3, 5, 8 and 14 under the plain configuration, as under {@code sco serve}. */
    @Test
    void theEndpointsAreHardenedAsUnderScoServe() {
        assertTrue(server.getModules().asList().stream().anyMatch(m -> m instanceof PublicEndpointModule),
                "PublicEndpointModule among " + server.getModules().asList());
        for (String path : new String[] {"$/validate/iri?iri=%3Cimg%3E", "$/stats", "$/server", "$/datasets", "$/metrics"}) {
            assertEquals(404, Client.get(root + path).statusCode(), path);
        }
        String service = "SELECT * { SERVICE <" + root + "sco/sparql> { ?s ?p ?o } }";
        HttpResponse<byte[]> refused = Client.get(root + "sco/sparql?query=" + URLEncoder.encode(service, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(422, refused.statusCode(), Client.text(refused));
        String crossJoin = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
        HttpResponse<byte[]> tooMany = Client.get(root + "sco/sparql?query=" + URLEncoder.encode(crossJoin, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(422, tooMany.statusCode(), "the cross join of the seeds exceeds the default limits");
        HttpResponse<byte[]> union = Client.get(root + "sco/get?default", "Accept", "application/n-triples");
        assertEquals(200, union.statusCode());
        Model m = Client.rdf(union, root);
        assertTrue(m.contains(m.createResource(root + "id/state/cn"), OWL.sameAs, m.createResource(Vocab.WD + "Q148")),
                "the default graph of the graph store is the union");
    }

    @Test
    void updatesAreRefused() {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        for (String endpoint : new String[] {"sco/sparql", "sco/update", "sco"}) {
            HttpResponse<byte[]> response = Client.post(root + endpoint, "application/sparql-update", update);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, endpoint + ": " + response.statusCode());
        }
        HttpResponse<byte[]> gsp = Client.post(root + "sco/get?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .");
        assertTrue(gsp.statusCode() >= 400 && gsp.statusCode() < 500, "GSP write: " + gsp.statusCode());
        String ask = "ASK { <urn:x:a> ?p ?o }";
        HttpResponse<byte[]> check = Client.get(root + "sco/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertTrue(Client.text(check).contains("false"), Client.text(check));
    }
}
