package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.server.ld.LinkedDataVocab;

/**
 * Incoming links a page at a time, with {@code Link: rel="next"}: a second server over the same
 * database with pages of five links. It also stands for a server whose public base differs from the
 * address it is reached at, as behind a proxy: the IRIs stay those of the first server.
 */
class PagingTest {
    static SeedServer seed;
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void serve() throws Exception {
        seed = SeedServer.get();
        int port = SeedServer.freePort();
        server = ScoServer.build(seed.dataset(), port, LinkedDataSettings.forBase(seed.root).withPageSize(5)).start();
        root = "http://localhost:" + port + "/";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void manyIncomingLinksComeInPagesLinkedByRelNext() {
        String sco = seed.iri("org/sco");
        Set<Triple> expected = Txn.calculateRead(seed.dataset(), () -> {
            Set<Triple> links = new HashSet<>(seed.dataset().asDatasetGraph().getUnionGraph()
                    .find(Node.ANY, Node.ANY, NodeFactory.createURI(sco)).toList());
            links.removeIf(t -> t.getSubject().getURI().equals(sco));
            return links;
        });
        assertTrue(expected.size() > 10, "enough links to page: " + expected.size());

        Set<Triple> seen = new HashSet<>();
        String url = root + "doc/org/sco";
        int pages = 0;
        while (url != null) {
            HttpResponse<byte[]> response = Client.get(url, "Accept", "text/turtle");
            assertEquals(200, response.statusCode(), url);
            pages++;
            Model page = Client.rdf(response, root);
            for (Statement s : page.listStatements(null, null, page.createResource(sco)).toList()) {
                if (!s.getSubject().getURI().startsWith(root + "doc/") && !s.getSubject().getURI().equals(sco)) {
                    seen.add(s.asTriple());
                }
            }
            url = next(response);
            if (url != null) {
                assertTrue(url.startsWith(root + "doc/org/sco?page="), url);
                assertTrue(page.contains(page.createResource(pages == 1 ? root + "doc/org/sco" : root + "doc/org/sco?page=" + pages),
                        LinkedDataVocab.next, page.createResource(url)), "the next page in the triples too");
            }
        }
        assertEquals((expected.size() + 4) / 5, pages);
        assertEquals(expected, seen, "every incoming link once over all pages");
    }

    @Test
    void laterPagesSayWhatTheyAreAboutAndLinkBack() {
        HttpResponse<byte[]> second = Client.get(root + "doc/org/sco.ttl?page=2");
        assertEquals(200, second.statusCode());
        List<String> links = Client.headers(second, "Link");
        assertTrue(links.contains("<" + root + "doc/org/sco.ttl>; rel=\"prev\""), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.equals("<" + root + "doc/org/sco.ttl?page=3>; rel=\"next\"")), links.toString());
        Model m = Client.rdf(second, root);
        assertTrue(m.contains(m.createResource(seed.iri("org/sco")), org.apache.jena.vocabulary.RDFS.label));
        String html = Client.text(Client.get(root + "doc/org/sco.html?page=2"));
        assertTrue(html.contains("rel=\"next\"") && html.contains("rel=\"prev\""));
        HttpResponse<byte[]> negotiated = Client.get(root + "doc/org/sco?page=2", "Accept", "text/turtle");
        assertEquals(root + "doc/org/sco.ttl?page=2", Client.header(negotiated, "Content-Location"));
    }

    @Test
    void pagesPastTheLastOrNotNumbersAreRefused() {
        assertEquals(404, Client.get(root + "doc/org/sco.ttl?page=9999").statusCode());
        assertEquals(400, Client.get(root + "doc/org/sco.ttl?page=0").statusCode());
        assertEquals(400, Client.get(root + "doc/org/sco.ttl?page=x").statusCode());
    }

    @Test
    void iriUnderAnotherBaseStillResolvesHere() {
        HttpResponse<byte[]> redirect = Client.get(root + "id/state/cn", "Accept", "text/turtle");
        assertEquals(303, redirect.statusCode());
        assertEquals(root + "doc/state/cn", Client.header(redirect, "Location"), "documents where the client is");
        Model m = Client.rdf(Client.get(Client.header(redirect, "Location"), "Accept", "text/turtle"), root);
        assertFalse(m.listStatements(m.createResource(seed.iri("state/cn")), null, (org.apache.jena.rdf.model.RDFNode) null).toList().isEmpty(),
                "the IRI stays the one minted under the configured base");
    }

    private static String next(HttpResponse<byte[]> response) {
        for (String link : Client.headers(response, "Link")) {
            if (link.endsWith("rel=\"next\"")) {
                String url = link.substring(1, link.indexOf('>'));
                assertNotNull(url);
                return url;
            }
        }
        return null;
    }
}
