package org.scokg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.scokg.rdf.Iris;

/**
 * A database built anew by TDB2's bulk loader, in a directory beside the one it is for, which it
 * replaces only when complete: until then, and whatever happens to the build, the old database is
 * the one in use.
 *
 * <p>The bulk loader only adds. An article whose graph or source an earlier article of the same load
 * already has (the same text in two files, two versions from one URL) is set aside and written after
 * the bulk load by {@link KnowledgeStore#write}, in load order, so that it replaces or joins the
 * earlier one exactly as an incremental load would. Every other article shares neither graph nor
 * source with any before it, so the order in which the two kinds are written does not matter.
 */
final class DatabaseBuild {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatabaseBuild.class);
    static final String SUFFIX = ".building";

    private final KnowledgeStore target;
    private final Path directory;
    private final KnowledgeStore building;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Iris iris;
    private final Set<String> graphs = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    private final List<PreparedArticle> setAside = new ArrayList<>();

    private DatabaseBuild(KnowledgeStore target, Path directory) {
        this.target = target;
        this.directory = directory;
        this.iris = target.iris();
        this.building = KnowledgeStore.open(directory, iris);
        this.loader = LoaderFactory.phasedLoader(building.dataset().asDatasetGraph(),
                (format, args) -> LOG.debug(String.format(format, args)));
        loader.startBulk();
        this.stream = loader.stream();
        KnowledgeStore.fixedGraphs(iris).forEach((name, model) -> add(NodeFactory.createURI(name), model));
        stream.quad(LoadRecord.baseQuad(iris));
    }

    /**
     * Starts building the database that is to replace {@code target}'s; {@code target} stays open, its
     * lock keeping other processes out of both until the build is complete or abandoned.
     */
    static DatabaseBuild replacing(KnowledgeStore target) {
        Path directory = buildDirectory(target.directory());
        // left by a process that was killed while building: the target's lock, held now, says no one else is
        StorageDirectory.delete(directory);
        return new DatabaseBuild(target, directory);
    }

    /** Where the database replacing the one in {@code directory} is built. */
    static Path buildDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /** Adds {@code batch}, in order, to the database being built. */
    void write(List<PreparedArticle> batch, LoadReport report) {
        for (PreparedArticle article : batch) {
            boolean first = graphs.add(article.graph()) & sources.add(article.source().key());
            if (first) {
                add(NodeFactory.createURI(article.graph()), article.model());
                stream.quad(LoadRecord.holdingQuad(iris, article.graph(), article.source()));
                report.wrote(article);
            } else {
                setAside.add(article);
            }
        }
    }

    private void add(Node graph, Model model) {
        model.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(graph, t)));
    }

    /**
     * Finishes the bulk load, writes the articles set aside, and puts the new database in place of
     * the target's, which it closes. {@code batchSize} articles set aside make one write transaction.
     */
    void complete(LoadReport report, int batchSize) {
        loader.finishBulk();
        for (int i = 0; i < setAside.size(); i += batchSize) {
            building.write(setAside.subList(i, Math.min(setAside.size(), i + batchSize)), report);
        }
        building.release();
        target.replaceWith(directory);
        StorageDirectory.delete(directory);
        report.built = true;
    }

    /** Drops the build: the target's database stays as it was, and in use. */
    void abandon(Exception cause) {
        try {
            loader.finishException(cause);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        } finally {
            building.release();
            StorageDirectory.delete(directory);
        }
    }
}
