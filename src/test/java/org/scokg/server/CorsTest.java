package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CORS as a browser checks it (issue 10, item 11): a script on any page may read every document and
 * run queries, its preflights for the headers of negotiation and conditional requests are answered,
 * and credentials are never offered with {@code *}.
 */
class CorsTest {
    static final String ORIGIN = "https://app.example.org";
    static SeedServer seed;
    static List<String> urls;

    @BeforeAll
    static void serve() {
        seed = SeedServer.get();
        urls = List.of(seed.root + "doc/state/cn", seed.iri("state/cn"), seed.root + "sco/sparql", seed.root);
    }

    private static List<String> list(HttpResponse<?> response, String header) {
        String value = Client.header(response, header);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void preflightsAllowTheHeadersBrowsersSend() {
        for (String url : urls) {
            for (String method : List.of("GET", "POST")) {
                HttpResponse<byte[]> preflight = Client.send("OPTIONS", url, "Origin", ORIGIN, "Access-Control-Request-Method", method,
                        "Access-Control-Request-Headers", "accept,accept-language,content-type,if-modified-since,if-none-match");
                assertEquals(204, preflight.statusCode(), url);
                assertEquals("*", Client.header(preflight, "Access-Control-Allow-Origin"), url);
                assertNull(Client.header(preflight, "Access-Control-Allow-Credentials"), url);
                assertTrue(list(preflight, "Access-Control-Allow-Methods").contains(method.toLowerCase(Locale.ROOT)), url);
                List<String> allowed = list(preflight, "Access-Control-Allow-Headers");
                for (String header : List.of("accept", "accept-language", "content-type", "if-modified-since", "if-none-match")) {
                    assertTrue(allowed.contains(header), url + " allows " + header + ": " + allowed);
                }
            }
        }
    }

    @Test
    void simpleRequestsMayBeReadWithTheUsefulHeaders() {
        for (String url : urls) {
            HttpResponse<byte[]> response = Client.get(url, "Accept", "text/turtle", "Origin", ORIGIN);
            assertEquals("*", Client.header(response, "Access-Control-Allow-Origin"), url);
            assertNull(Client.header(response, "Access-Control-Allow-Credentials"), url);
            List<String> exposed = list(response, "Access-Control-Expose-Headers");
            for (String header : List.of("etag", "link", "content-location", "location", "last-modified", "vary")) {
                assertTrue(exposed.contains(header), url + " exposes " + header + ": " + exposed);
            }
        }
    }

    @Test
    void queriesMayBeRunFromAnyPage() {
        String query = "ASK { ?s ?p ?o }";
        HttpResponse<byte[]> get = Client.get(seed.root + "sco/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json", "Origin", ORIGIN);
        assertEquals(200, get.statusCode());
        assertEquals("*", Client.header(get, "Access-Control-Allow-Origin"));
        HttpResponse<byte[]> post = Client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(seed.root + "sco/sparql"))
                .header("Content-Type", "application/sparql-query").header("Origin", ORIGIN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query)).build());
        assertEquals(200, post.statusCode());
        assertEquals("*", Client.header(post, "Access-Control-Allow-Origin"));
        assertNull(Client.header(post, "Access-Control-Allow-Credentials"));
    }
}
