package org.scokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sco serve}: the main job. Loads the articles when the database has none, then serves it. */
@Command(name = "serve", sortOptions = false, header = "Loads data/articles into an empty database, then serves it with Fuseki.",
        description = {
            "Loads the articles of --articles into the database when it holds none yet, then serves it with Fuseki "
                    + "on http://localhost:PORT:",
            "  /sco/sparql, /sco/query   SPARQL query (read-only)",
            "  /sco/get                  Graph Store Protocol, read-only",
            "  /                         home page; /id/... every IRI of the graph; Fuseki UI at /#/"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    DatabaseOption db;
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "the HTTP port (default: ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--base", paramLabel = "IRI",
            description = "base of the IRIs served (default: http://localhost:PORT/); it must be the one the database was loaded with")
    String base;
    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "data/articles",
            description = "the articles loaded into an empty database (default: ${DEFAULT-VALUE})")
    Path articles;
    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "adds /sco/update (SPARQL Update) for the users of FILE (lines 'user: password'), by HTTP basic "
                    + "authentication: serve it behind HTTPS only")
    Path adminPasswords;
    @Option(names = "--trusted-proxy", paramLabel = "ADDR", split = ",",
            description = "a reverse proxy whose X-Forwarded-Proto/-Host and Forwarded headers are believed: an address or "
                    + "a network (127.0.0.1, ::1 for a proxy on this machine, 10.0.0.0/8); repeatable, or comma-separated; "
                    + "default none, or the system property sco.trustedProxies")
    List<String> trustedProxies;
    @Spec
    CommandSpec spec;

    private final PrintStream err;

    ServeCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() {
        Iris iris = new Iris(base == null ? "http://localhost:" + port + "/" : base);
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.parse(trustedProxies == null ? System.getProperty("sco.trustedProxies") : String.join(",", trustedProxies));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--trusted-proxy: " + e.getMessage());
        }
        KnowledgeStore store = KnowledgeStore.open(db.directory, iris);
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
                return Main.FAILED;
            }
            err.println("loading " + articles + " into the empty database ...");
            LoadReport report = LoadCommand.load(store, new ArticlePipeline(FactExtractor.standard(), iris),
                    ArticlePipeline.expand(List.of(articles)), 50, true, err);
            err.print(report.summary());
        }
        LinkedDataSettings settings = LinkedDataSettings.forBase(iris.base()).withTrustedProxies(proxies);
        FusekiServer server = adminPasswords == null
                ? ScoServer.build(store.dataset(), port, settings, QueryLimits.fromSystemProperties())
                : ScoServer.buildWithAdminUpdate(store.dataset(), port, settings, QueryLimits.fromSystemProperties(), adminPasswords);
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
        return Main.OK;
    }
}
