package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.scokg.extract.FactExtractor;
import org.scokg.rdf.Iris;
import org.scokg.server.ScoServer;
import org.scokg.server.endpoint.QueryLimits;
import org.scokg.server.http.TrustedProxies;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.store.ArticlePipeline;
import org.scokg.store.DatabaseException;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadReport;

/** {@code sco serve}: the main job. Loads the articles when the database has none, then serves it. */
final class ServeCommand {
    private static final String HELP = """
            usage: sco serve [--db DIR] [--port 3030] [--base IRI] [--articles DIR] [--admin-password-file FILE]
                             [--trusted-proxy ADDR,...]
              Loads the articles of DIR (default data/articles) into the database (default run/tdb2)
              when it holds none yet, then serves it with Fuseki on http://localhost:PORT:
                /sco/sparql, /sco/query   SPARQL query (read-only)
                /sco/get                  Graph Store Protocol, read-only
                /                         home page; /id/... every IRI of the graph; Fuseki UI at /#/
              --admin-password-file FILE adds /sco/update (SPARQL Update) for the users of FILE (lines
              'user: password'), by HTTP basic authentication: serve it behind HTTPS only.
              --trusted-proxy  the reverse proxies whose X-Forwarded-Proto/-Host and Forwarded headers
                               are believed: addresses or networks, comma-separated (127.0.0.1,::1 for
                               a proxy on this machine, 10.0.0.0/8); default none, or the system
                               property sco.trustedProxies
            """;

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = new Options(args, Set.of("--db", "--port", "--base", "--articles", "--admin-password-file", "--trusted-proxy"), Set.of());
        if (o.help) {
            out.print(HELP);
            return 0;
        }
        int port = o.integer("--port", 3030);
        Iris iris = new Iris(o.get("--base", "http://localhost:" + port + "/"));
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.parse(o.get("--trusted-proxy", System.getProperty("sco.trustedProxies")));
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException("--trusted-proxy: " + e.getMessage());
        }
        Path articles = Path.of(o.get("--articles", "data/articles"));
        KnowledgeStore store = KnowledgeStore.open(Path.of(o.get("--db", LoadCommand.DEFAULT_DB)), iris);
        try {
            store.requireBase(recorded -> "serve it with --base " + recorded
                    + ", or load the articles again into a fresh database with this base (sco load --db NEW --base " + iris.base() + ")");
        } catch (DatabaseException e) {
            store.close();
            throw e;
        }
        if (!store.hasArticles()) {
            if (!Files.isDirectory(articles)) {
                err.println("sco serve: the database is empty and " + articles + " is not a directory; load articles with sco load");
                return 1;
            }
            err.println("loading " + articles + " into the empty database ...");
            LoadReport report = LoadCommand.load(store, new ArticlePipeline(FactExtractor.standard(), iris),
                    ArticlePipeline.expand(List.of(articles)), 50, true, err);
            err.print(report.summary());
        }
        String adminPasswords = o.get("--admin-password-file", null);
        LinkedDataSettings settings = LinkedDataSettings.forBase(iris.base()).withTrustedProxies(proxies);
        FusekiServer server = adminPasswords == null
                ? ScoServer.build(store.dataset(), port, settings, QueryLimits.fromSystemProperties())
                : ScoServer.buildWithAdminUpdate(store.dataset(), port, settings, QueryLimits.fromSystemProperties(), Path.of(adminPasswords));
        server.start();
        String root = "http://localhost:" + server.getPort();
        err.println("sco-kg is served:");
        err.println("  home page        " + root + "/");
        err.println("  SPARQL endpoint  " + root + "/sco/sparql   (read-only)");
        err.println("  Fuseki UI        " + root + "/#/dataset/sco/query");
        if (adminPasswords != null) {
            err.println("  SPARQL Update    " + root + "/sco/update   (users of " + adminPasswords + " only)");
        }
        err.println("  the SCO          " + iris.base() + "id/org/sco");
        err.println("Stop with Ctrl-C.");
        server.join();
        return 0;
    }
}
