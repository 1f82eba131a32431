package org.scokg.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.ARQ;
import org.scokg.reference.ReferenceData;
import org.scokg.rdf.Iris;

/**
 * The TDB2 database: one named graph per article (named by the article's IRI), a graph of reference
 * data (states, organisations, places, people) and one with the ontology. The default graph is the
 * union of the named graphs.
 */
public final class KnowledgeStore implements AutoCloseable {
    public static final long QUERY_TIMEOUT_MS = 30_000;

    private final Path directory;
    private final Dataset dataset;
    private final Iris iris;
    private boolean closed;

    private KnowledgeStore(Path directory, Dataset dataset, Iris iris) {
        this.directory = directory;
        this.dataset = dataset;
        this.iris = iris;
        configure(dataset.asDatasetGraph());
    }

    /**
     * Opens (or creates) the database in {@code directory}.
     *
     * @throws DatabaseException when the directory cannot be created or another process holds the database
     */
    public static KnowledgeStore open(Path directory, Iris iris) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new DatabaseException("cannot create the database directory " + directory + " (" + e
                    + "); choose another one with --db", e);
        }
        try {
            return new KnowledgeStore(directory, TDB2Factory.connectDataset(directory.toString()), iris);
        } catch (DBOpEnvException e) {
            // TDB2 allows one process per database: the lock file names the one that has it.
            throw new DatabaseException("the database " + directory + " is in use by another process (a running "
                    + "'sco serve'?); stop that process first, or use another database with --db", e);
        }
    }

    /**
     * Fails unless the database's IRIs were minted under this store's base, or it does not say
     * (it is empty, or was loaded before bases were recorded).
     *
     * @param fix what the user does about a mismatch, given the recorded base, for the message
     */
    public void requireBase(UnaryOperator<String> fix) {
        LoadRecord.recordedBase(dataset.asDatasetGraph())
                .filter(recorded -> !recorded.equals(iris.base()))
                .ifPresent(recorded -> {
                    throw LoadRecord.baseMismatch("the database " + directory, recorded, iris.base(), fix.apply(recorded));
                });
    }

    /** Union default graph and a query timeout, for every query on this dataset, embedded or served. */
    public static void configure(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(QUERY_TIMEOUT_MS));
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The ontology as packaged, for its graph. */
    public static Model ontology() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = KnowledgeStore.class.getResourceAsStream("/ontology/sco.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/sco.ttl is missing from the build");
            }
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(model);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return model;
    }

    /** Fails, saying what to load with instead, unless articles written now get the database's base. */
    public void requireBaseForLoading() {
        requireBase(recorded -> "load with --base " + recorded + ", or load into a fresh database (another --db)");
    }

    /**
     * Writes prepared articles in one write transaction: either the whole batch is written or none of
     * it. An article is its graph, named by its text; each source (file or URL) holds one article, and a
     * new text from a source replaces the graph it held before, unless another source still holds that.
     */
    public void write(List<PreparedArticle> batch, LoadReport report) {
        Txn.executeWrite(dataset, () -> {
            requireBaseForLoading();
            LoadRecord record = new LoadRecord(dataset, iris);
            record.recordBase(iris.base());
            for (PreparedArticle article : batch) {
                ArticleSource source = article.source();
                record.articleOf(source).filter(earlier -> !earlier.equals(article.graph())).ifPresent(earlier -> {
                    record.release(earlier, source);
                    if (record.isHeldByAnySource(earlier)) {
                        report.kept(earlier, article.graph(), source);
                    } else {
                        dataset.removeNamedModel(earlier);
                        report.replaced(earlier, article.graph(), source);
                    }
                });
                writeGraph(article, report);
                record.hold(article.graph(), source);
            }
            writeReferenceGraphs();
        });
        report.transactions++;
    }

    private void writeGraph(PreparedArticle article, LoadReport report) {
        boolean present = dataset.containsNamedModel(article.graph());
        if (present && dataset.getNamedModel(article.graph()).isIsomorphicWith(article.model())) {
            report.unchanged++;
        } else {
            dataset.removeNamedModel(article.graph());
            dataset.addNamedModel(article.graph(), article.model());
        }
        report.wrote(article);
    }

    private void writeReferenceGraphs() {
        fixedGraphs(iris).forEach((name, model) -> {
            if (!dataset.containsNamedModel(name) || !dataset.getNamedModel(name).isIsomorphicWith(model)) {
                dataset.removeNamedModel(name);
                dataset.addNamedModel(name, model);
            }
        });
    }

    /** The graphs every database holds whatever its articles, by name: the reference data and the ontology, under the base of {@code iris}. */
    static Map<String, Model> fixedGraphs(Iris iris) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(iris.referenceGraph(), org.scokg.rdf.Rebase.model(ReferenceData.load(), iris));
        graphs.put(iris.namespace().ontologyIri(), org.scokg.rdf.Rebase.model(ontology(), iris));
        return graphs;
    }

    /** Whether the database holds any article yet. */
    public boolean hasArticles() {
        return Txn.calculateRead(dataset, () -> {
            String query = "PREFIX sco: <" + iris.namespace().uri() + "> ASK { GRAPH ?g { ?g a sco:Article } }";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execAsk();
            }
        });
    }

    /** Runs {@code action} in a read transaction. */
    public void read(Consumer<Dataset> action) {
        Txn.executeRead(dataset, () -> action.accept(dataset));
    }

    public Path directory() {
        return directory;
    }

    public Iris iris() {
        return iris;
    }

    /**
     * Rewrites the database without the blocks earlier write transactions left behind (TDB2 never
     * overwrites in place), and deletes the old storage. The store stays open.
     */
    public Compaction compact() {
        long started = System.nanoTime();
        long before = StorageDirectory.bytes(directory);
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        return new Compaction(before, StorageDirectory.bytes(directory), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Makes the complete database {@code built} this database, and closes this store: its storage
     * becomes this database's newest generation by one rename, so a crash leaves either the old
     * database or the new one in use, never a part of it. Open the directory again to use it.
     */
    void replaceWith(Path built) {
        StorageDirectory target = new StorageDirectory(directory);
        // renamed while this process still holds the database's lock, so no other one sees it half done
        target.adopt(new StorageDirectory(built).current());
        release();
        target.deleteOldGenerations();
    }

    /** Closes the store and lets TDB2 forget the database, so that its directory can be changed or removed. */
    void release() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        close();
        TDBInternal.expel(dsg, true);
    }

    /** Closes the store; closing it again does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            dataset.close();
        }
    }
}
