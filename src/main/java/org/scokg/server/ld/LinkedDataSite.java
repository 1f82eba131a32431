package org.scokg.server.ld;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.rdf.Prefixes;
import org.scokg.server.http.PublicRoot;
import org.scokg.server.http.Rendered;
import org.scokg.vocab.SCO;

/**
 * Everything the linked-data servlets share for one dataset: the settings, the database and its
 * state, the describer, and what is derived from the data and kept until it changes (the ontology,
 * the JSON-LD context, the dataset description, the home page's lists). What needs the whole
 * database (the statistics, the catalogue, the dump) is computed in the background, one at a time,
 * once per database state, and served stale while the next is computed.
 */
public final class LinkedDataSite {
    /** How long a request waits for the first statistics or catalogue before a 503 tells it to come back. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    /** Entries in each list of the home page. */
    static final int HOME_LIST_SIZE = 50;
    /**
     * Bytes of documents kept as sent ({@link #documents}): the pages of a few hundred resources with
     * many incoming links (a full page of them is some 250 KB), well within the heap a server is given.
     */
    static final long DOCUMENT_CACHE_BYTES = 64L << 20;

    private final LinkedDataSettings settings;
    private final DatasetGraph dataset;
    private final DatabaseState state;
    private final ResourceDescriber describer;
    private final Clock clock;
    private final StateCache<Model> ontology = new StateCache<>();
    private final StateCache<JsonObject> context = new StateCache<>();
    private final ExecutorService pageData = background("sco-kg page data");
    private final ExecutorService dumps = background("sco-kg dump");
    private final RefreshingCache<DatasetStatistics> statistics;
    private final RefreshingCache<Catalogue> catalogue;
    private final DatasetDump dump;
    private final RefreshingCache<DatasetDump.Written> dumpFile;
    private final BoundedCache<String, Rendered> documents = new BoundedCache<>(DOCUMENT_CACHE_BYTES, r -> r.body().length);

    public LinkedDataSite(LinkedDataSettings settings, DatasetGraph dataset, Clock clock) {
        this(settings, dataset, clock, FIRST_WAIT, HOME_LIST_SIZE);
    }

    /**
     * @param firstWait how long a request may wait for the first value of the data computed from the
     *                  whole database (later ones are computed while the earlier are served)
     * @param listSize  how many entries each list of the home page holds at most
     */
    public LinkedDataSite(LinkedDataSettings settings, DatasetGraph dataset, Clock clock, Duration firstWait, int listSize) {
        this.settings = settings;
        this.dataset = dataset;
        this.clock = clock;
        this.state = new DatabaseState(dataset, clock);
        this.describer = new ResourceDescriber(dataset, settings.pageSize(), state::current);
        Supplier<String> fingerprint = () -> state.current().fingerprint();
        this.statistics = new RefreshingCache<>("dataset statistics", fingerprint, () -> DatasetStatistics.compute(dataset), pageData,
                firstWait);
        this.catalogue = new RefreshingCache<>("catalogue", fingerprint, () -> Catalogue.compute(dataset, listSize), pageData, firstWait);
        this.dump = new DatasetDump(dataset, Path.of(System.getProperty("java.io.tmpdir"), "sco-kg-dump-" + UUID.randomUUID()));
        this.dumpFile = new RefreshingCache<>("dump", fingerprint, dump::write, dumps, firstWait);
    }

    /** Starts computing what the pages need from the whole database, so that the first visitors need not wait. */
    public void prepare() {
        statistics.refresh();
        catalogue.refresh();
        dumpFile.refresh();
    }

    /** Stops the background work and removes the dump files. */
    public void close() {
        pageData.shutdownNow();
        dumps.shutdownNow();
        dump.delete();
    }

    private static ExecutorService background(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    public LinkedDataSettings settings() {
        return settings;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public DatabaseState state() {
        return state;
    }

    public ResourceDescriber describer() {
        return describer;
    }

    public int currentYear() {
        return Year.now(clock).getValue();
    }

    /** The addresses for a request: the root it came in on, and the base (configured, or that root). */
    public Addresses addresses(HttpServletRequest request) {
        String root = PublicRoot.of(request, settings.trustedProxies());
        return new Addresses(root, settings.configuredBase().orElse(root), settings.datasetName());
    }

    /** The prefixes documents are written with: the project's, and those of the documents about documents. */
    public PrefixMapping prefixes(Addresses addresses) {
        return PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard(addresses.base()))
                .setNsPrefix("void", LinkedDataVocab.VOID)
                .setNsPrefix("sd", LinkedDataVocab.SD)
                .setNsPrefix("foaf", LinkedDataVocab.FOAF)
                .setNsPrefix("dcterms", LinkedDataVocab.DCTERMS)
                .setNsPrefix("xhv", LinkedDataVocab.XHV)
                .setNsPrefix("formats", LinkedDataVocab.FORMATS);
    }

    /**
     * The namespace the site publishes the vocabulary in: under the configured base, else the one the
     * data was loaded with.
     */
    public OntologyNamespace namespace() {
        return settings.configuredBase().map(OntologyNamespace::under).orElseGet(() -> OntologyNamespace.of(dataset));
    }

    /**
     * The ontology as the database holds it (the graph named by the ontology's IRI), or as packaged
     * in the jar when the database has no copy; with the packaged file's prefixes either way, so the
     * documents read like the file. Its terms are named as the code names them ({@link SCO}).
     */
    public Model ontology() {
        return ontology.get(state.current().fingerprint(), () -> {
            Model packaged = packagedOntology();
            OntologyNamespace stored = OntologyNamespace.of(dataset);
            Node name = NodeFactory.createURI(stored.ontologyIri());
            Model held = Txn.calculateRead(dataset, () -> {
                if (!dataset.containsGraph(name)) {
                    return null;
                }
                Model copy = ModelFactory.createDefaultModel();
                dataset.getGraph(name).find().forEach(copy.getGraph()::add);
                return copy;
            });
            if (held == null) {
                return packaged;
            }
            Model canonical = stored.canonical(held);
            canonical.setNsPrefixes(packaged.getNsPrefixMap());
            return canonical;
        });
    }

    private static Model packagedOntology() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = LinkedDataSite.class.getResourceAsStream("/ontology/sco.ttl")) {
            if (in != null) {
                RDFParser.create().source(in).lang(Lang.TURTLE).parse(model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    /** The JSON-LD context: the ontology's terms in the site's namespace, and the standard terms. */
    public JsonObject jsonLdContext() {
        return context.get(state.current().fingerprint(), () -> {
            Map<String, String> prefixes = new LinkedHashMap<>(Prefixes.standard(SCO.DEFAULT_BASE).getNsPrefixMap());
            prefixes.keySet().removeIf(p -> prefixes.get(p).startsWith(SCO.DEFAULT_BASE + "id/"));
            prefixes.put("void", LinkedDataVocab.VOID);
            prefixes.put("sd", LinkedDataVocab.SD);
            prefixes.put("foaf", LinkedDataVocab.FOAF);
            prefixes.put("dcterms", LinkedDataVocab.DCTERMS);
            prefixes.put("xhv", LinkedDataVocab.XHV);
            return JsonLdContext.build(ontology(), prefixes, namespace());
        });
    }

    /**
     * Counts of the whole dataset, for its descriptions: those of the current state, or while they are
     * computed the latest (its fingerprint says which).
     *
     * @throws StillComputingException when none is ready yet and the first takes too long
     */
    public RefreshingCache.Versioned<DatasetStatistics> statistics() {
        return statistics.get();
    }

    /** The lists of the home page and the sitemap, as {@link #statistics()}. */
    public RefreshingCache.Versioned<Catalogue> catalogue() {
        return catalogue.get();
    }

    /** The file of the gzipped N-Quads dump, as {@link #statistics()}. */
    public RefreshingCache.Versioned<DatasetDump.Written> dump() {
        return dumpFile.get();
    }

    /** How many times the statistics and the catalogue have been computed. */
    public long pageDataComputations() {
        return statistics.computations() + catalogue.computations();
    }

    /**
     * The documents as sent, by their ETag (which names the database state and the representation):
     * a page is written once for each state of the database, not at every request.
     */
    BoundedCache<String, Rendered> documents() {
        return documents;
    }

    /** A model with the document prefixes, ready to be filled. */
    public Model newModel(Addresses addresses) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(prefixes(addresses));
        return model;
    }
}
