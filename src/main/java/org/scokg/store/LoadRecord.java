package org.scokg.store;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.scokg.rdf.Iris;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.vocab.SCO;

/**
 * The load record, the named graph {@code <base>id/graph/load}: the base the database's IRIs were
 * minted under ({@code <base>id/graph/load sco:iriBase "<base>"}), and which source holds which
 * article ({@code <article> sco:loadedFrom "<source key>"}, see {@link ArticleSource}). An article
 * graph is removed only when no source holds it any more.
 */
public final class LoadRecord {
    /** The terms as the code names them; a database names them in its own namespace ({@link OntologyNamespace}). */
    public static final Property iriBase = ResourceFactory.createProperty(SCO.NS + "iriBase");
    public static final Property loadedFrom = ResourceFactory.createProperty(SCO.NS + "loadedFrom");

    private final Model record;
    private final Resource graph;
    private final Property deployedIriBase;
    private final Property deployedLoadedFrom;

    /** The load record of {@code dataset}, to be used inside a write transaction. */
    LoadRecord(Dataset dataset, Iris iris) {
        String name = graphName(iris);
        this.record = dataset.getNamedModel(name);
        this.graph = record.createResource(name);
        this.deployedIriBase = deployed(iriBase, iris.namespace());
        this.deployedLoadedFrom = deployed(loadedFrom, iris.namespace());
    }

    private static Property deployed(Property term, OntologyNamespace namespace) {
        return ResourceFactory.createProperty(namespace.deployed(term.getURI()));
    }

    public static String graphName(Iris iris) {
        return iris.base() + "id/graph/load";
    }

    /**
     * The base recorded in {@code dsg}, whatever base its load record is named under; empty for a
     * database loaded before bases were recorded. The record is written in the same transaction as the
     * ontology graph, whose name gives the namespace the record's terms are in.
     */
    public static Optional<String> recordedBase(DatasetGraph dsg) {
        Property recordedIriBase = deployed(iriBase, OntologyNamespace.of(dsg));
        return Txn.calculateRead(dsg, () -> {
            TreeSet<String> bases = new TreeSet<>();
            String query = "SELECT ?base { GRAPH ?g { ?g ?iriBase ?base } }";
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                    .substitution("iriBase", recordedIriBase).build()) {
                qe.execSelect().forEachRemaining(s -> bases.add(s.getLiteral("base").getLexicalForm()));
            }
            return bases.isEmpty() ? Optional.empty() : Optional.of(bases.first());
        });
    }

    /**
     * The error for a database whose IRIs were minted under {@code recorded} used with {@code wanted}:
     * every IRI would be looked up under the wrong name. {@code fix} says what to do.
     */
    public static DatabaseException baseMismatch(String database, String recorded, String wanted, String fix) {
        return new DatabaseException(database + " was loaded with base " + recorded + ", not " + wanted
                + " (its IRIs would not dereference and its sitemap would be empty): " + fix);
    }

    /** The record's statement of {@code iris}'s base, as a quad, for a database built anew. */
    static Quad baseQuad(Iris iris) {
        Node graph = NodeFactory.createURI(graphName(iris));
        return Quad.create(graph, graph, deployed(iriBase, iris.namespace()).asNode(), NodeFactory.createLiteralString(iris.base()));
    }

    /** The record's statement that {@code source} holds {@code article}, as a quad, for a database built anew. */
    static Quad holdingQuad(Iris iris, String article, ArticleSource source) {
        return Quad.create(NodeFactory.createURI(graphName(iris)), NodeFactory.createURI(article),
                deployed(loadedFrom, iris.namespace()).asNode(), NodeFactory.createLiteralString(source.key()));
    }

    /** Records {@code base} when the database has no base recorded yet. */
    void recordBase(String base) {
        if (!graph.hasProperty(deployedIriBase)) {
            graph.addProperty(deployedIriBase, base);
        }
    }

    /** The article graph {@code source} holds now, if any. */
    Optional<String> articleOf(ArticleSource source) {
        List<Resource> holders = record.listSubjectsWithProperty(deployedLoadedFrom, source.key()).toList();
        return holders.stream().map(Resource::getURI).findFirst();
    }

    boolean isHeldByAnySource(String article) {
        return record.contains(record.createResource(article), deployedLoadedFrom, (RDFNode) null);
    }

    void hold(String article, ArticleSource source) {
        record.add(record.createResource(article), deployedLoadedFrom, source.key());
    }

    void release(String article, ArticleSource source) {
        record.remove(record.createResource(article), deployedLoadedFrom, record.createLiteral(source.key()));
    }
}
