package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.LinkedDataVocab;

/** An article's graph in N-Quads and TriG with its name, and the whole dataset as a gzipped N-Quads dump, listed in VoID. */
class DumpAndGraphFormatsTest {
    static SeedServer seed;

    @BeforeAll
    static void serve() {
        seed = SeedServer.get();
    }

    @Test
    void theDumpIsEveryQuadOfTheDatasetAsGzippedNQuads() throws IOException {
        String url = seed.root + "dump/sco.nq.gz";
        HttpResponse<byte[]> response = Client.get(url);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            // Written in the background at start-up: until then each request waits a few seconds, then a
            // 503 with Retry-After says to come back.
            assertTrue(Client.header(response, "Retry-After") != null);
            response = Client.get(url);
        }
        assertEquals(200, response.statusCode(), Client.text(response));
        assertEquals("application/gzip", Client.header(response, "Content-Type"));
        DatasetGraph dump = DatasetGraphFactory.createTxnMem();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        DatasetGraph stored = seed.dataset().asDatasetGraph();
        Txn.executeRead(stored, () -> {
            List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(stored.listGraphNodes());
            assertEquals(graphs.size(), org.apache.jena.atlas.iterator.Iter.count(dump.listGraphNodes()));
            for (Node g : graphs) {
                assertTrue(dump.getGraph(g).isIsomorphicWith(stored.getGraph(g)), "graph " + g);
            }
        });
        String etag = Client.header(response, "ETag");
        assertEquals(304, Client.get(url, "If-None-Match", etag).statusCode());

        Model description = Client.rdf(Client.get(seed.root + ".well-known/void", "Accept", "text/turtle"), seed.root);
        assertTrue(description.contains(description.createResource(seed.root + ".well-known/void#dataset"), LinkedDataVocab.dataDump,
                description.createResource(url)));
    }

    @Test
    void anArticleGraphComesInNQuadsAndTrigWithItsName() {
        String hash = seed.articleHashes().get(0);
        Node name = NodeFactory.createURI(seed.iri("article/" + hash));
        Graph stored = Txn.calculateRead(seed.dataset(), () -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            seed.dataset().asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
        assertTrue(stored.size() > 10);
        for (Lang lang : List.of(Lang.NQUADS, Lang.TRIG)) {
            String suffix = lang == Lang.NQUADS ? "nq" : "trig";
            HttpResponse<byte[]> bySuffix = Client.get(seed.root + "doc/article/" + hash + "." + suffix);
            assertEquals(200, bySuffix.statusCode(), suffix);
            assertEquals(lang.getContentType().getContentTypeStr(), Client.mediaType(bySuffix));
            assertOnlyTheGraph(bySuffix, lang, name, stored);

            // By content negotiation: the article's IRI 303s to its document, which is the graph.
            String accept = lang.getContentType().getContentTypeStr();
            HttpResponse<byte[]> redirect = Client.get(name.getURI(), "Accept", accept);
            assertEquals(303, redirect.statusCode());
            assertTrue(Client.headers(redirect, "Link").stream().anyMatch(l -> l.contains(hash + "." + suffix)));
            HttpResponse<byte[]> negotiated = Client.get(URI.create(name.getURI()).resolve(Client.header(redirect, "Location")).toString(),
                    "Accept", accept);
            assertEquals(200, negotiated.statusCode());
            assertEquals(seed.root + "doc/article/" + hash + "." + suffix, Client.header(negotiated, "Content-Location"));
            assertOnlyTheGraph(negotiated, lang, name, stored);
        }
        // A resource that names no graph has no graph to give.
        assertEquals(404, Client.get(seed.root + "doc/state/cn.nq").statusCode());
        assertEquals(406, Client.get(seed.iri("state/cn"), "Accept", WebContent.contentTypeTriG).statusCode());
    }

    private static void assertOnlyTheGraph(HttpResponse<byte[]> response, Lang lang, Node name, Graph stored) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).parse(parsed);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(lang + " does not parse: " + e.getMessage(), e));
        }
        assertEquals(List.of(name), org.apache.jena.atlas.iterator.Iter.toList(parsed.listGraphNodes()), lang + ": one graph, named by the article");
        assertTrue(parsed.getDefaultGraph().isEmpty(), lang + ": nothing outside the graph");
        assertTrue(parsed.getGraph(name).isIsomorphicWith(stored), lang + ": the graph as stored");
    }
}
