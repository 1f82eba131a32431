package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.server.http.TrustedProxies;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;

/**
 * Read replicas kept in step by copying the database, as the README's "How a deployment grows" does it:
 * a primary that is loaded and a replica serving its own copy, made when no write is under way. After
 * a load the primary answers with the new article and the replica does not, until a new copy is made
 * and served in the old one's place; then both give the same answers, byte for byte and with the same
 * ETag (the ETag is made from the database's files, so a copy validates what the primary sent).
 */
class ReplicasTest {
    static final Iris IRIS = Iris.standard();
    /** Both behind one proxy, as behind a load balancer: documents name the public address, not the server's port. */
    static final LinkedDataSettings BEHIND_PROXY = LinkedDataSettings.forBase(IRIS.base()).withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1"));
    static final String[] PUBLIC = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "sco.example.org"};

    @TempDir
    Path directory;

    @Test
    void aReplicaServesTheSameOnceResyncedAfterALoad() throws Exception {
        Path primaryDb = directory.resolve("primary");
        KnowledgeStore primary = KnowledgeStore.open(primaryDb, IRIS);
        SeedServer.load(primary, IRIS);
        Served first = Served.copyOf(primaryDb, directory.resolve("replica-1"));
        FusekiServer primaryServer = ScoServer.build(primary.dataset(), 0, BEHIND_PROXY).start();
        String primaryRoot = "http://localhost:" + primaryServer.getHttpPort() + "/";
        try {
            assertEquals(articles(primaryRoot), articles(first.root));
            assertSame(primaryRoot, first.root, "doc/org/sco.ttl");

            ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), IRIS);
            var added = pipeline.prepare(Path.of("src/test/resources/articles/101_qingdao_2018.txt"));
            primary.write(List.of(added), new LoadReport());
            String document = "doc/article/" + added.graph().substring(added.graph().lastIndexOf('/') + 1) + ".ttl";
            assertEquals(articles(first.root) + 1, articles(primaryRoot), "the load reached the primary only");
            assertEquals(404, Client.get(first.root + document).statusCode());

            Served second = Served.copyOf(primaryDb, directory.resolve("replica-2"));
            first.stop();
            try {
                assertEquals(articles(primaryRoot), articles(second.root));
                assertSame(primaryRoot, second.root, document);
                assertSame(primaryRoot, second.root, "doc/org/sco.ttl");
            } finally {
                second.stop();
            }
        } finally {
            primaryServer.stop();
            primary.close();
        }
    }

    private static void assertSame(String primaryRoot, String replicaRoot, String path) {
        HttpResponse<byte[]> fromPrimary = Client.get(primaryRoot + path, PUBLIC);
        HttpResponse<byte[]> fromReplica = Client.get(replicaRoot + path, PUBLIC);
        assertEquals(200, fromPrimary.statusCode(), path);
        assertEquals(200, fromReplica.statusCode(), path);
        assertArrayEquals(fromPrimary.body(), fromReplica.body(), path);
        assertEquals(Client.header(fromPrimary, "ETag"), Client.header(fromReplica, "ETag"), path);
        assertNotEquals(null, Client.header(fromPrimary, "ETag"));
    }

    private static int articles(String root) {
        String query = "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a <" + IRIS.namespace().deployed(org.scokg.vocab.SCO.Article.getURI())
                + "> } }";
        HttpResponse<byte[]> response = Client.get(root + "sco/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(200, response.statusCode());
        return Integer.parseInt(Client.text(response).lines().skip(1).findFirst().orElseThrow().trim());
    }

    /** A replica: a copy of the database in a directory of its own, served on a port of its own. */
    private record Served(KnowledgeStore store, FusekiServer server, String root) {
        /** Copies the database's files (not its lock) as they are, times kept, and serves the copy. */
        static Served copyOf(Path database, Path copy) {
            try (Stream<Path> files = Files.walk(database)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(database.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.getFileName().toString().equals("tdb.lock")) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KnowledgeStore store = KnowledgeStore.open(copy, IRIS);
            FusekiServer server = ScoServer.build(store.dataset(), 0, BEHIND_PROXY).start();
            return new Served(store, server, "http://localhost:" + server.getHttpPort() + "/");
        }

        void stop() {
            server.stop();
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }
}
