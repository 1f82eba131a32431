package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.http.PublicRoot;
import org.scokg.server.http.TrustedProxies;
import org.scokg.server.ld.LinkedDataSettings;

/**
 * A server behind a trusted reverse proxy: the seed data served again with the loopback addresses,
 * where the test client connects from, as trusted proxies. Its redirects and documents name the host
 * and scheme the proxy reports, and say that they vary with them.
 */
class ForwardedHeadersTest {
    static SeedServer seed;
    static FusekiServer proxied;
    static String root;
    static String china;

    @BeforeAll
    static void serve() throws IOException {
        seed = SeedServer.get();
        int port = SeedServer.freePort();
        LinkedDataSettings settings = LinkedDataSettings.forBase(seed.root).withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1"));
        proxied = ScoServer.build(seed.dataset(), port, settings).start();
        root = "http://localhost:" + port + "/";
        // The IRIs stay those of the seed's base: only the documents move with the proxy.
        china = root + "id/state/cn";
    }

    @AfterAll
    static void stop() {
        proxied.stop();
    }

    private static String location(String... headers) {
        HttpResponse<byte[]> redirect = Client.get(china, concat(new String[] {"Accept", "text/turtle"}, headers));
        assertEquals(303, redirect.statusCode());
        return Client.header(redirect, "Location");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void xForwardedProtoAndHostNameTheDocument() {
        assertEquals("https://sco.example.org/doc/state/cn", location("X-Forwarded-Proto", "https", "X-Forwarded-Host", "sco.example.org"));
        HttpResponse<byte[]> document = Client.get(root + "doc/state/cn", "Accept", "text/turtle",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "sco.example.org");
        assertEquals("https://sco.example.org/doc/state/cn.ttl", Client.header(document, "Content-Location"));
        assertEquals("http://localhost:" + proxied.getPort() + "/doc/state/cn", location(), "without the headers, as seen");
    }

    @Test
    void theValueTheNearestProxySetCounts() {
        assertEquals("http://sco.example.org/doc/state/cn", location("X-Forwarded-Host", "evil.example, sco.example.org"));
        assertEquals("https://sco.example.org/doc/state/cn", location("X-Forwarded-Host", "sco.example.org", "X-Forwarded-Proto", "http, https"));
    }

    @Test
    void aPrefixIsKept() {
        assertEquals("https://sco.example.org/kg/doc/state/cn",
                location("X-Forwarded-Proto", "https", "X-Forwarded-Host", "sco.example.org", "X-Forwarded-Prefix", "/kg"));
    }

    @Test
    void standardForwardedIsWalkedBackThroughTrustedProxiesOnly() {
        assertEquals("https://kg.example.net/doc/state/cn", location("Forwarded", "for=192.0.2.1;proto=https;host=kg.example.net"));
        // The client wrote the first element itself; the proxy's own element, from an untrusted client, decides.
        assertEquals("https://kg.example.net/doc/state/cn",
                location("Forwarded", "for=203.0.113.9;host=evil.example;proto=http, for=198.51.100.7;host=kg.example.net;proto=https"));
        // Two proxies: the inner one (trusted, on loopback) received from the outer one, whose element describes the client's request.
        assertEquals("https://outer.example.org/doc/state/cn",
                location("Forwarded", "for=198.51.100.7;host=outer.example.org;proto=https, for=\"[::1]:4711\";host=inner.example;proto=http",
                        "Forwarded", "for=127.0.0.1;host=innermost.example;proto=http"));
    }

    @Test
    void aHeaderThatIsNotAHostNameIsNotBelieved() {
        assertEquals("http://localhost:" + proxied.getPort() + "/doc/state/cn", location("X-Forwarded-Host", "evil.example/<x>"));
        assertEquals("http://localhost:" + proxied.getPort() + "/doc/state/cn", location("X-Forwarded-Proto", "javascript"));
    }

    @Test
    void answersThroughAProxyVaryWithItsHeaders() {
        HttpResponse<byte[]> redirect = Client.get(china, "Accept", "text/turtle", "X-Forwarded-Host", "sco.example.org");
        String vary = Client.header(redirect, "Vary");
        for (String header : PublicRoot.FORWARDED_HEADERS) {
            assertTrue(vary.contains(header), vary);
        }
        assertTrue(vary.contains("Accept"), vary);
        String suffixed = String.join(",", Client.headers(Client.get(root + "doc/state/cn.ttl"), "Vary"));
        assertTrue(suffixed.contains("X-Forwarded-Host"), "a document without negotiation still varies with the proxy: " + suffixed);
    }
}
