package org.scokg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.out.NodeFmtLib;
import org.scokg.rdf.Iris;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.server.ScoServer;
import org.scokg.server.endpoint.QueryLimits;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.store.KnowledgeStore;
import org.scokg.store.LoadRecord;
import org.scokg.vocab.SCO;

/**
 * The server part of the benchmark: the project's server ({@link ScoServer}, as {@code sco serve}
 * runs it) and a plain Fuseki (the same TDB2 dataset at {@code /sco}, read-only, without the
 * project's modules: what {@code fuseki-config} serves without the jar) on one database, each on a
 * free port of this machine, under a number of concurrent clients.
 *
 * <p>Measured: the time to start the project's server, and to have what its pages need from the whole
 * database (home page lists, statistics, dump); then for each number of clients, each for a fixed
 * time: dereferencing ({@code /id/...} → 303 → {@code /doc/...}, as Turtle and as HTML, over states,
 * organisations, people, meetings and articles, the most cited first) and every competency query
 * ({@code queries/*.rq}, parameters bound to the most cited state and an article) at {@code /sco/sparql}
 * of both servers, with the ratio of their latencies. A request counts as an error unless it gets the
 * answer it should (303 then 200 with a body; 200 with a result). Before measuring, each request is made
 * once, and the results of each query from both servers compared (a difference is printed).
 *
 * <p>Fuseki's per-request logs are off while measuring, for both servers alike.
 */
public final class ServerBenchmark {
    /** How long each kind of request is measured for each number of clients. */
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(5);
    /** Resources of each kind dereferenced. */
    static final int PER_KIND = 8;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final ResourceSample sample;
    private final Map<String, String> queries;
    private final Duration duration;
    private final Figures figures;
    private final PrintStream progress;

    private ServerBenchmark(String base, ResourceSample sample, Map<String, String> queries, Duration duration, Figures figures,
            PrintStream progress) {
        this.base = base;
        this.sample = sample;
        this.queries = queries;
        this.duration = duration;
        this.figures = figures;
        this.progress = progress;
    }

    /** {@link #measure(Path, List, Duration, Figures, PrintStream)} for {@link #DEFAULT_DURATION}. */
    public static void measure(Path database, List<Integer> clients, Figures figures, PrintStream progress) {
        measure(database, clients, DEFAULT_DURATION, figures, progress);
    }

    /**
     * Serves the database (loaded by {@code sco load}) and measures it.
     *
     * @param clients  the numbers of concurrent clients, each measured in turn
     * @param duration how long each kind of request is measured for each number of clients
     */
    public static void measure(Path database, List<Integer> clients, Duration duration, Figures figures, PrintStream progress) {
        Map<String, String> logLevels = new LinkedHashMap<>();
        for (String log : List.of(Fuseki.actionLogName, Fuseki.requestLogName)) {
            logLevels.put(log, LogCtl.getLevel(log));
            LogCtl.setLevel(log, "warn");
        }
        try (KnowledgeStore store = KnowledgeStore.open(database, Iris.standard())) {
            Dataset dataset = store.dataset();
            DatasetGraph dsg = dataset.asDatasetGraph();
            String base = LoadRecord.recordedBase(dsg).orElse(SCO.DEFAULT_BASE);
            progress.println("server benchmark: choosing resources and queries in " + database);
            ResourceSample sample = ResourceSample.of(dsg, base, PER_KIND);
            if (sample.iris().isEmpty()) {
                throw new IllegalStateException("the database " + database + " holds no resource under " + base
                        + "id/ to dereference: load articles into it first (sco load --db " + database + ")");
            }
            Map<String, Node> parameters = new LinkedHashMap<>();
            sample.mostCitedState().ifPresent(state -> parameters.put("state", state));
            sample.anArticle().ifPresent(article -> parameters.put("article", article));
            Map<String, String> queries = new LinkedHashMap<>();
            OntologyNamespace namespace = OntologyNamespace.of(dsg);
            CompetencyQueries.packaged().forEach((name, text) -> queries.put(name, CompetencyQueries.bind(text, namespace, parameters)));
            new ServerBenchmark(base, sample, queries, duration, figures, progress).run(dataset, clients);
        } finally {
            logLevels.forEach(LogCtl::setLevel);
        }
    }

    private void run(Dataset dataset, List<Integer> clients) {
        long start = System.nanoTime();
        FusekiServer project = ScoServer.build(dataset, 0, LinkedDataSettings.forBase(base), QueryLimits.fromSystemProperties()).start();
        try {
            String projectRoot = root(project);
            figures.add("server.start", millisSince(start), "ms", "sco serve's server built and listening");
            awaitReady(projectRoot);
            figures.add("server.ready", millisSince(start), "ms", "until its home page, VoID and dump are computed");
            start = System.nanoTime();
            FusekiServer plain = FusekiServer.create().port(0).fusekiModules(FusekiModules.empty())
                    .add(ScoServer.DATASET, dataset, false).build().start();
            try {
                figures.add("fuseki.start", millisSince(start), "ms", "plain Fuseki on the same dataset, no module");
                measure(projectRoot, root(plain), clients);
            } finally {
                plain.stop();
            }
        } finally {
            project.stop();
        }
    }

    private void measure(String projectRoot, String plainRoot, List<Integer> clients) {
        progress.println("server benchmark: " + sample.iris().size() + " resources, " + queries.size() + " queries; checking every request once");
        for (String iri : sample.iris()) {
            check(() -> dereference(projectRoot, iri, WebContent.contentTypeTurtle));
            check(() -> dereference(projectRoot, iri, WebContent.contentTypeHTML));
        }
        queries.forEach((name, query) -> check(() -> {
            if (!rows(projectRoot, name, query).equals(rows(plainRoot, name, query))) {
                progress.println("server benchmark: query " + name + ": sco serve and plain Fuseki give different results");
            }
        }));
        for (int n : clients) {
            String seconds = String.format(Locale.ROOT, "%d clients, %.1f s", n, duration.toMillis() / 1000.0);
            String of = sample.iris().size() + " resources";
            add("server.c" + n + ".deref-ttl", load(n, (c, i) -> dereference(projectRoot, pick(c, i), WebContent.contentTypeTurtle)),
                    "/id/ 303 /doc/ as Turtle, " + of + ", " + seconds);
            add("server.c" + n + ".deref-html", load(n, (c, i) -> dereference(projectRoot, pick(c, i), WebContent.contentTypeHTML)),
                    "/id/ 303 /doc/ as HTML, " + of + ", " + seconds);
            queries.forEach((name, query) -> {
                Latencies ours = load(n, (c, i) -> answer(projectRoot, name, query));
                Latencies theirs = load(n, (c, i) -> answer(plainRoot, name, query));
                add("server.c" + n + ".query." + name, ours, "sco serve /sco/sparql, " + seconds);
                add("fuseki.c" + n + ".query." + name, theirs, "plain Fuseki /sco/sparql, " + seconds);
                if (ours.count() > 0 && theirs.count() > 0) {
                    figures.add("ratio.c" + n + ".query." + name + ".p50", ours.percentileMillis(0.5) / theirs.percentileMillis(0.5), "x",
                            "sco serve / plain Fuseki");
                    figures.add("ratio.c" + n + ".query." + name + ".p99", ours.percentileMillis(0.99) / theirs.percentileMillis(0.99), "x",
                            "sco serve / plain Fuseki");
                }
            });
        }
    }

    /** A request made once before measuring: one that fails is still measured (its failures count as errors), the reason printed here. */
    private void check(Runnable request) {
        try {
            request.run();
        } catch (RuntimeException e) {
            progress.println("server benchmark: " + e.getMessage());
        }
    }

    private Latencies load(int clients, ConcurrentClients.Operation operation) {
        return ConcurrentClients.run(clients, duration, operation);
    }

    /** The figures of one kind of request; without a successful request it has no latencies (nor ratio), only its errors. */
    private void add(String name, Latencies latencies, String note) {
        figures.add(name + ".throughput", latencies.throughput(), "ops/s", note);
        if (latencies.count() > 0) {
            figures.add(name + ".p50", latencies.percentileMillis(0.5), "ms");
            figures.add(name + ".p99", latencies.percentileMillis(0.99), "ms");
        }
        figures.add(name + ".requests", latencies.count(), "requests");
        figures.add(name + ".errors", latencies.errors(), "errors", latencies.firstError());
    }

    /** The resources in turn, each client starting at its own. */
    private String pick(int client, int iteration) {
        List<String> iris = sample.iris();
        return iris.get(Math.floorMod(client * 7 + iteration, iris.size()));
    }

    /** GET the IRI (as a path on this server), then the document its 303 names: the description as a client receives it. */
    private void dereference(String root, String iri, String accept) {
        URI id = URI.create(root + iri.substring(base.length()));
        HttpResponse<byte[]> redirect = send(HttpRequest.newBuilder(id).header("Accept", accept));
        String location = redirect.headers().firstValue("Location").orElse(null);
        if (redirect.statusCode() != 303 || location == null) {
            throw new IllegalStateException(id + " answered " + redirect.statusCode() + " " + location + ", not 303 to its document");
        }
        URI document = id.resolve(location);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(document).header("Accept", accept));
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException(document + " answered " + response.statusCode() + " with " + response.body().length + " bytes");
        }
    }

    /**
     * The query's rows from the server, each written out (its variables in order, terms as N-Triples
     * writes them), sorted: results compared as multisets, as ARQ's isomorphism test would but without
     * its recursion over thousands of rows.
     */
    private List<String> rows(String root, String name, String query) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(answer(root, name, query)), ResultSetLang.RS_JSON);
        List<String> vars = results.getResultVars();
        List<String> rows = new ArrayList<>();
        results.forEachRemaining(row -> rows.add(vars.stream()
                .map(v -> row.contains(v) ? NodeFmtLib.strNT(row.get(v).asNode()) : "")
                .collect(Collectors.joining(" | "))));
        Collections.sort(rows);
        return rows;
    }

    /** The query's results from the server's {@code /sco/sparql} as SPARQL JSON, unread: reading them is the client's work, not the server's. */
    private byte[] answer(String root, String name, String query) {
        URI endpoint = URI.create(root + ScoServer.DATASET.substring(1) + "/sparql");
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", WebContent.contentTypeSPARQLQuery)
                .header("Accept", WebContent.contentTypeResultsJSON)
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException("query " + name + " at " + endpoint + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
        return response.body();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.build().uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits until the pages made from the whole database are computed (until then they answer 503). */
    private void awaitReady(String root) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        for (String path : List.of("", ".well-known/void", "dump/sco.nq.gz")) {
            URI uri = URI.create(root + path);
            while (send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(uri + " was not ready after " + READY_TIMEOUT.toMinutes() + " minutes");
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }

    private static String root(FusekiServer server) {
        return "http://localhost:" + server.getHttpPort() + "/";
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
