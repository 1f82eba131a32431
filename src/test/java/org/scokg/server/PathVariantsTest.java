package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.http.PathVariants;

/**
 * Case, trailing-slash and percent-encoded variants of an IRI and of its document answer 301 to the
 * IRI and the document (issue 10, item 13); a variant of nothing the graph holds stays 404.
 */
class PathVariantsTest {
    static SeedServer seed;

    @BeforeAll
    static void serve() {
        seed = SeedServer.get();
    }

    private static void assertMoved(String url, String location) {
        HttpResponse<byte[]> response = Client.get(url, "Accept", "text/turtle");
        assertEquals(301, response.statusCode(), url);
        assertEquals(location, Client.header(response, "Location"), url);
    }

    @Test
    void variantsOfAnIriMoveToIt() {
        String china = seed.iri("state/cn");
        for (String variant : List.of("state/CN", "state/Cn", "STATE/cn", "state/cn/", "state/%63n", "state/%63%6E",
                "%73tate/CN/")) {
            assertMoved(seed.root + "id/" + variant, china);
        }
        assertMoved(seed.root + "id/org/SCO", seed.iri("org/sco"));
        assertEquals(303, Client.get(china, "Accept", "text/turtle").statusCode(), "the IRI itself");
    }

    @Test
    void variantsOfADocumentMoveToIt() {
        String document = seed.root + "doc/state/cn";
        assertMoved(document + "/", document);
        assertMoved(seed.root + "doc/state/CN", document);
        assertMoved(seed.root + "doc/state/%63n", document);
        assertMoved(seed.root + "doc/state/CN.ttl", document + ".ttl");
        assertMoved(seed.root + "doc/state/cn.TTL", document + ".ttl");
        assertMoved(seed.root + "doc/state/cn.ttl/", document + ".ttl");
        assertMoved(seed.root + "doc/state/Cn.html?page=2&lang=en", document + ".html?page=2&lang=en");
        assertEquals(200, Client.get(document + ".ttl").statusCode(), "the document itself");
    }

    @Test
    void nothingIsGuessed() {
        for (String path : List.of("id/state/zz", "id/state/ZZ", "id/state/zz/", "id/state/%7A%7A", "doc/state/ZZ",
                "doc/state/zz.TTL", "id/state/cn-", "id/state/c_n")) {
            assertEquals(404, Client.get(seed.root + path, "Accept", "text/turtle").statusCode(), path);
        }
    }

    /** What the case rule stands on: the graph's IRIs are minted in lower case, so a case variant names one of them at most. */
    @Test
    void everyIriOfTheGraphIsMintedInLowerCase() {
        String idSpace = seed.root + "id/";
        List<String> others = new ArrayList<>();
        Txn.executeRead(seed.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(seed.dataset()).query("SELECT DISTINCT ?x { GRAPH ?g { { ?x ?p ?o } UNION { ?s ?p ?x } "
                    + "UNION { BIND(?g AS ?x) } } FILTER(isIRI(?x) && STRSTARTS(STR(?x), \"" + idSpace + "\")) }").build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String path = r.getResource("x").getURI().substring(idSpace.length());
                    if (!path.matches("[a-z0-9-]+(/[a-z0-9-]+)*")) {
                        others.add(path);
                    }
                });
            }
        });
        assertTrue(others.isEmpty(), "IRIs outside the lower-case grammar: " + others);
    }

    @Test
    void theNormalFormOfAPath() {
        assertEquals("state/cn", PathVariants.normalise("state/%63n/"));
        assertEquals("a%2Fb", PathVariants.normalise("a%2fb"), "a reserved character stays escaped, in capitals");
        assertEquals("a%zz", PathVariants.normalise("a%zz"));
        assertEquals("a~b", PathVariants.normalise("a%7Eb"));
    }
}
