package org.scokg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;
import org.scokg.store.PreparedArticle;

/**
 * The seed articles ({@code data/articles}) loaded once into a fresh TDB2 database under the base
 * {@code http://localhost:PORT/}, and served there by {@link ScoServer} as {@code sco serve} does;
 * shared by the test classes of this package and stopped when the JVM exits.
 */
public final class SeedServer {
    static final Path ARTICLES = Path.of("data/articles");

    private static SeedServer instance;

    final int port;
    final String root;
    final Iris iris;
    final Path directory;
    final KnowledgeStore store;
    final FusekiServer server;

    private SeedServer() throws IOException {
        port = freePort();
        root = "http://localhost:" + port + "/";
        iris = new Iris(root);
        directory = Files.createTempDirectory("sco-ld-test");
        store = KnowledgeStore.open(directory.resolve("tdb2"), iris);
        load(store, iris);
        server = ScoServer.build(store.dataset(), port, iris);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            delete(directory);
        }));
    }

    public static synchronized SeedServer get() {
        if (instance == null) {
            try {
                instance = new SeedServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public Dataset dataset() {
        return store.dataset();
    }

    String iri(String idPath) {
        return root + "id/" + idPath;
    }

    /** A term of the code's vocabulary as this server's data names it: under its base ({@code root/def/sco#}). */
    public String term(org.apache.jena.rdf.model.Resource term) {
        return iris.namespace().deployed(term.getURI());
    }

    /** A served model with the vocabulary as the code names it, to be read with the {@link org.scokg.vocab.SCO} constants. */
    org.apache.jena.rdf.model.Model canonical(org.apache.jena.rdf.model.Model served) {
        return iris.namespace().canonical(served);
    }

    /** The short hashes of the loaded articles, as in their IRIs. */
    List<String> articleHashes() {
        return org.apache.jena.system.Txn.calculateRead(dataset(), () -> {
            List<String> hashes = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(dataset()).query(
                    "SELECT ?a { GRAPH ?a { ?a a <" + term(org.scokg.vocab.SCO.Article) + "> } } ORDER BY ?a").build()) {
                qe.execSelect().forEachRemaining(r -> hashes.add(r.getResource("a").getURI().replaceAll(".*/", "")));
            }
            return hashes;
        });
    }

    static void load(KnowledgeStore store, Iris iris) {
        ArticlePipeline pipeline = new ArticlePipeline(FactExtractor.standard(), iris);
        List<PreparedArticle> prepared = ArticlePipeline.expand(List.of(ARTICLES)).stream().map(p -> {
            try {
                return pipeline.prepare(p);
            } catch (Exception e) {
                throw new IllegalStateException("cannot prepare " + p, e);
            }
        }).toList();
        if (prepared.isEmpty()) {
            throw new IllegalStateException("no seed articles in " + ARTICLES.toAbsolutePath());
        }
        store.write(prepared, new LoadReport());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail
        }
    }
}
