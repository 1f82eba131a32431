package org.scokg.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.query.ARQ;
import org.scokg.extract.ReferenceData;
import org.scokg.rdf.Iris;

/**
 * The TDB2 database: one named graph per article (named by the article's IRI), a graph of reference
 * data (states, organisations, places, people) and one with the ontology. The default graph is the
 * union of the named graphs.
 */
public final class KnowledgeStore implements AutoCloseable {
    public static final long QUERY_TIMEOUT_MS = 30_000;

    private final Dataset dataset;
    private final Iris iris;

    private KnowledgeStore(Dataset dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
        configure(dataset.asDatasetGraph());
    }

    public static KnowledgeStore open(Path directory, Iris iris) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the database directory " + directory + ": " + e.getMessage(), e);
        }
        return new KnowledgeStore(TDB2Factory.connectDataset(directory.toString()), iris);
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

    /**
     * Writes prepared articles in one write transaction: each replaces its own graph and any graph
     * of an earlier version of the same file. Either the whole batch is written or none of it.
     */
    public void write(List<PreparedArticle> batch, LoadReport report) {
        Txn.executeWrite(dataset, () -> {
            for (PreparedArticle article : batch) {
                String fileName = article.extraction().article.fileName();
                for (String stale : graphsOfFile(fileName)) {
                    if (!stale.equals(article.graph())) {
                        dataset.removeNamedModel(stale);
                        report.replaced++;
                    }
                }
                boolean present = dataset.containsNamedModel(article.graph());
                if (present && dataset.getNamedModel(article.graph()).isIsomorphicWith(article.model())) {
                    report.unchanged++;
                } else {
                    dataset.removeNamedModel(article.graph());
                    dataset.addNamedModel(article.graph(), article.model());
                }
                report.written++;
                report.triples += article.model().size();
                article.extraction().counts().forEach((k, v) -> report.facts.merge(k, v, Integer::sum));
            }
            writeReferenceGraphs();
        });
    }

    private List<String> graphsOfFile(String fileName) {
        String query = "PREFIX sco: <" + iris.namespace().uri() + "> SELECT DISTINCT ?g { GRAPH ?g { ?g sco:fileName ?f } }";
        List<String> graphs = new java.util.ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                .substitution("f", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(fileName)).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> graphs.add(s.getResource("g").getURI()));
        }
        return graphs;
    }

    private void writeReferenceGraphs() {
        Model reference = org.scokg.rdf.Rebase.model(ReferenceData.load(), iris);
        String referenceGraph = iris.referenceGraph();
        if (!dataset.containsNamedModel(referenceGraph)
                || !dataset.getNamedModel(referenceGraph).isIsomorphicWith(reference)) {
            dataset.removeNamedModel(referenceGraph);
            dataset.addNamedModel(referenceGraph, reference);
        }
        Model ontology = org.scokg.rdf.Rebase.model(ontology(), iris);
        String ontologyGraph = iris.namespace().ontologyIri();
        if (!dataset.containsNamedModel(ontologyGraph)
                || !dataset.getNamedModel(ontologyGraph).isIsomorphicWith(ontology)) {
            dataset.removeNamedModel(ontologyGraph);
            dataset.addNamedModel(ontologyGraph, ontology);
        }
    }

    /** The reference data with its IRIs moved to this store's base, as the article graphs use them ({@link Iris#entity}). */
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

    @Override
    public void close() {
        dataset.close();
    }
}
