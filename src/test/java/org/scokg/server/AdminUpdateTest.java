package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.WebContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.endpoint.QueryLimits;
import org.scokg.server.ld.LinkedDataSettings;

/**
 * {@code sco serve --admin-password-file FILE}: {@code /sco/update} for the users of the file, by
 * Fuseki's own authentication, and nobody else; queries stay public. (Without the option there is no
 * update endpoint: {@link FusekiConfigTest#updatesAreRefused}, {@link DereferencingTest}.)
 */
class AdminUpdateTest {
    static final String UPDATE = "INSERT DATA { GRAPH <urn:x-test:admin> { <urn:x-test:a> <urn:x-test:b> \"c\" } }";
    static Path directory;
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void start() throws Exception {
        directory = Files.createTempDirectory("sco-admin");
        Path passwords = directory.resolve("passwd");
        Files.writeString(passwords, "admin: correct-horse\n");
        int port = SeedServer.freePort();
        root = "http://localhost:" + port + "/";
        server = ScoServer.buildWithAdminUpdate(DatasetFactory.createTxnMem(), port, LinkedDataSettings.forBase(root),
                QueryLimits.defaults(), passwords).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        SeedServer.delete(directory);
    }

    static HttpResponse<byte[]> update(String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "sco/update"))
                .header("Content-Type", WebContent.contentTypeSPARQLUpdate).POST(HttpRequest.BodyPublishers.ofString(UPDATE));
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return Client.send(request.build());
    }

    static boolean inserted() {
        String ask = "ASK { GRAPH <urn:x-test:admin> { <urn:x-test:a> ?p ?o } }";
        HttpResponse<byte[]> response = Client.get(root + "sco/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                "Accept", WebContent.contentTypeResultsJSON);
        assertEquals(200, response.statusCode(), "queries need no password");
        return Client.text(response).contains("true");
    }

    @Test
    void onlyTheUsersOfThePasswordFileUpdate() {
        assertEquals(401, update(null, null).statusCode(), "anonymous");
        assertEquals(401, update("admin", "wrong").statusCode(), "a wrong password");
        assertFalse(inserted());
        int status = update("admin", "correct-horse").statusCode();
        assertTrue(status == 200 || status == 204, "the administrator: " + status);
        assertTrue(inserted());
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        Path missing = directory.resolve("no-such-file");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScoServer.buildWithAdminUpdate(
                DatasetFactory.createTxnMem(), 0, LinkedDataSettings.forBase(root), QueryLimits.defaults(), missing));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    }
}
