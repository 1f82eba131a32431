package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.vocab.SCO;

/**
 * A resource cited by thousands of articles, as the SCO and China are in a large corpus: every one of
 * its incoming links comes once over its pages, a page holds at most a page of them, statements come
 * before mentions across all pages, and the pages are the same when walked again (from what the server
 * kept). The data is made here, not extracted: 2,500 article graphs, each with a membership of the
 * state and a mention of it.
 */
class PagingAtScaleTest {
    static final String BASE = SCO.DEFAULT_BASE;
    static final int ARTICLES = 2_500;
    static final int PAGE_SIZE = 200;
    static final String STATE = BASE + "id/state/xx";
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void serve() throws Exception {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Model reference = dataset.getNamedModel(BASE + "id/graph/reference");
            reference.createResource(STATE).addProperty(RDF.type, SCO.State).addProperty(RDFS.label, "Negara Contoh", "id");
            for (int i = 0; i < ARTICLES; i++) {
                String article = BASE + "id/article/a" + i;
                Model graph = dataset.getNamedModel(article);
                Resource state = graph.createResource(STATE);
                graph.createResource(article).addProperty(RDF.type, SCO.Article);
                graph.createResource(BASE + "id/membership/a" + i + "-1").addProperty(RDF.type, SCO.Membership)
                        .addProperty(SCO.memberState, state);
                graph.createResource(BASE + "id/mention/a" + i + "-2").addProperty(RDF.type, SCO.Mention)
                        .addProperty(SCO.denotes, state);
            }
        });
        int port = SeedServer.freePort();
        server = ScoServer.build(dataset, port, LinkedDataSettings.forBase(BASE).withPageSize(PAGE_SIZE)).start();
        root = "http://localhost:" + port + "/";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyIncomingLinkOnceAPageAtATimeStatementsFirst() {
        Set<String> first = walk();
        assertEquals(walk(), first, "the same pages the second time");
    }

    private Set<String> walk() {
        Set<String> seen = new HashSet<>();
        String url = root + "doc/state/xx";
        int pages = 0;
        boolean mentionsBegun = false;
        while (url != null) {
            HttpResponse<byte[]> response = Client.get(url, "Accept", "text/turtle");
            assertEquals(200, response.statusCode(), url);
            pages++;
            Model page = Client.rdf(response, root);
            int links = 0;
            boolean mentions = false;
            for (Statement s : page.listStatements(null, null, page.createResource(STATE)).toList()) {
                String subject = s.getSubject().getURI();
                if (subject.startsWith(BASE + "id/membership/") || subject.startsWith(BASE + "id/mention/")) {
                    links++;
                    assertTrue(seen.add(subject), "once: " + subject);
                    boolean mention = subject.startsWith(BASE + "id/mention/");
                    assertTrue(mention || !mentionsBegun, "no statement on a page after one with mentions: " + subject + " on page " + pages);
                    mentions |= mention;
                }
            }
            mentionsBegun |= mentions;
            assertTrue(links <= PAGE_SIZE, "page " + pages + " holds " + links + " links");
            url = Client.headers(response, "Link").stream().filter(l -> l.endsWith("rel=\"next\""))
                    .map(l -> l.substring(1, l.indexOf('>'))).findFirst().orElse(null);
        }
        assertEquals(2 * ARTICLES / PAGE_SIZE, pages);
        assertEquals(2 * ARTICLES, seen.size(), "every membership and every mention");
        assertEquals(200, Client.get(root + "doc/state/xx.html?page=" + (pages / 2)).statusCode());
        return seen;
    }
}
