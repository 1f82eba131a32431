package org.scokg.server.ld;

import java.util.ArrayList;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.vocab.FactKinds;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/**
 * What the server says about a resource, from all the graphs at once:
 * <ul>
 * <li>its own triples (with the blank nodes they lead to);</li>
 * <li>the triples that point at it, a page at a time, statements first;</li>
 * <li>the statement nodes among those (its memberships, participations, pledges, offices, mentions,
 *     ...) in full, with their provenance: the sentence they were drawn from, its text, and the
 *     article, with the article's title and year;</li>
 * <li>for an article, its sentences and the statements drawn from each;</li>
 * <li>the types of whatever points at it, and the labels of everything the description names.</li>
 * </ul>
 * Only the first page carries the resource's own triples; the next pages carry the next incoming links.
 * The description names the vocabulary as the code does ({@link SCO}), whatever base the data was
 * loaded with ({@link OntologyNamespace#canonicalView}); what serves it moves it back to the deployment's.
 */
public final class ResourceDescriber {
    /** A description, and where it stands among the pages of incoming links. */
    public record Description(String iri, Model model, int page, int incomingTotal, boolean hasNext) {}

    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DERIVED_FROM = Vocab.wasDerivedFrom.asNode();
    private static final Node IN_ARTICLE = SCO.inArticle.asNode();
    private static final Node QUANTITY = SCO.quantity.asNode();
    private static final Node COPYRIGHT_YEAR = SCO.copyrightYear.asNode();
    private static final Node ARTICLE = SCO.Article.asNode();
    private static final Node SENTENCE = SCO.Sentence.asNode();
    private static final Node MENTION = SCO.Mention.asNode();

    /**
     * Incoming links kept in order (see {@link #incoming}), counted in links: some 40 bytes each, a
     * few tens of MB for the most cited resources of a large corpus.
     */
    static final long INCOMING_CACHE_LINKS = 1_000_000;

    private final DatasetGraph dataset;
    private final int pageSize;
    private final Supplier<String> fingerprint;
    private final BoundedCache<String, List<Triple>> incoming = new BoundedCache<>(INCOMING_CACHE_LINKS, List::size);

    public ResourceDescriber(DatasetGraph dataset, int pageSize) {
        this(dataset, pageSize, new DatabaseState(dataset, Clock.systemUTC())::current);
    }

    /** @param state the database's state, whose fingerprint names the incoming links kept for it */
    public ResourceDescriber(DatasetGraph dataset, int pageSize, Supplier<DatabaseState.Snapshot> state) {
        this.dataset = dataset;
        this.pageSize = pageSize;
        this.fingerprint = () -> state.get().fingerprint();
    }

    public int pageSize() {
        return pageSize;
    }

    /** Whether the graph holds the IRI: as a subject, an object or a graph name. */
    public boolean holds(String iri) {
        Node r = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getUnionGraph();
            return g.contains(r, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, r) || dataset.containsGraph(r);
        });
    }

    /** Whether the IRI names a graph of the dataset: an article's graph, or the reference data. */
    public boolean isGraphName(String iri) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(NodeFactory.createURI(iri)));
    }

    /** The description, or empty when the graph does not hold the IRI or the page is past the last. */
    public Optional<Description> describe(String iri, int page) {
        if (page < 1 || !holds(iri)) {
            return Optional.empty();
        }
        return Txn.calculateRead(dataset, () -> new Run(OntologyNamespace.of(dataset).canonicalView(dataset.getUnionGraph()),
                NodeFactory.createURI(iri)).describe(page));
    }

    private final class Run {
        final Graph graph;
        final Node resource;
        final Graph out = GraphFactory.createDefaultGraph();
        final Set<Node> expanded = new HashSet<>();

        Run(Graph graph, Node resource) {
            this.graph = graph;
            this.resource = resource;
        }

        Optional<Description> describe(int page) {
            List<Triple> incoming = incomingInOrder();
            int from = (page - 1) * pageSize;
            if (page > 1 && from >= incoming.size()) {
                return Optional.empty();
            }
            boolean article = hasType(resource, ARTICLE);
            if (page == 1) {
                own();
                if (isStatement(resource)) {
                    expandStatement(resource);
                }
            } else {
                // Later pages still say what the resource is, so that they can be read on their own.
                copy(resource, TYPE, Node.ANY);
                for (Node label : LABELS) {
                    copy(resource, label, Node.ANY);
                }
            }
            List<Triple> slice = incoming.subList(Math.min(from, incoming.size()), Math.min(incoming.size(), from + pageSize));
            for (Triple t : slice) {
                out.add(t);
                Node subject = t.getSubject();
                copy(subject, TYPE, Node.ANY);
                if (isStatement(subject)) {
                    expandStatement(subject);
                } else if (article && hasType(subject, SENTENCE)) {
                    copy(subject, Node.ANY, Node.ANY);
                    statementsFrom(subject);
                } else if (hasType(subject, SENTENCE)) {
                    copy(subject, Node.ANY, Node.ANY);
                }
            }
            labelEverything();
            Model model = ModelFactory.createModelForGraph(out);
            return Optional.of(new Description(resource.getURI(), model, page, incoming.size(), from + pageSize < incoming.size()));
        }

        /** The resource's own triples, the blank nodes they lead to, and the statements they name (an article's quality notes). */
        void own() {
            List<Triple> triples = graph.find(resource, Node.ANY, Node.ANY).toList();
            triples.forEach(out::add);
            for (Triple t : triples) {
                Node o = t.getObject();
                if (o.isBlank()) {
                    closure(o, 0);
                } else if (o.isURI() && isStatement(o)) {
                    expandStatement(o);
                }
            }
        }

        void closure(Node blank, int depth) {
            if (depth > 8 || !expanded.add(blank)) {
                return;
            }
            for (Triple t : graph.find(blank, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                if (t.getObject().isBlank()) {
                    closure(t.getObject(), depth + 1);
                }
            }
        }

        /**
         * The incoming links in the order they are paged in. Ordering them reads every link and the
         * types of every subject (for the SCO or China, tens of thousands), so the order is kept for
         * the database's state, and each further page costs a page.
         */
        List<Triple> incomingInOrder() {
            return incoming.get(fingerprint.get() + " " + resource.getURI(), () -> List.copyOf(order(incoming())));
        }

        /** Incoming links without duplicates and not from the resource itself. */
        List<Triple> incoming() {
            List<Triple> links = new ArrayList<>(new LinkedHashSet<>(graph.find(Node.ANY, Node.ANY, resource).toList()));
            links.removeIf(t -> t.getSubject().equals(resource));
            return links;
        }

        /** Statements first, then other resources, mentions last; then by property and subject. */
        List<Triple> order(List<Triple> links) {
            Map<Node, Integer> rank = new HashMap<>();
            record Link(Triple triple, int rank, String property, String subject) {}
            List<Link> keyed = new ArrayList<>(links.size());
            for (Triple t : links) {
                keyed.add(new Link(t, rank.computeIfAbsent(t.getSubject(), this::rank), t.getPredicate().getURI(), t.getSubject().toString()));
            }
            keyed.sort(Comparator.comparingInt(Link::rank).thenComparing(Link::property).thenComparing(Link::subject));
            return keyed.stream().map(Link::triple).toList();
        }

        /** One look at the subject's types: 2 for a mention, 0 for another statement, 1 for anything else. */
        int rank(Node subject) {
            boolean statement = false;
            for (Triple t : graph.find(subject, TYPE, Node.ANY).toList()) {
                if (t.getObject().equals(MENTION)) {
                    return 2;
                }
                statement |= FactKinds.standard().isKind(t.getObject());
            }
            return statement ? 0 : 1;
        }

        /** A statement node in full, its quantity, and its provenance: sentence, text, article. */
        void expandStatement(Node statement) {
            if (!expanded.add(statement)) {
                return;
            }
            copy(statement, Node.ANY, Node.ANY);
            for (Triple q : graph.find(statement, QUANTITY, Node.ANY).toList()) {
                copy(q.getObject(), Node.ANY, Node.ANY);
            }
            for (Triple d : graph.find(statement, DERIVED_FROM, Node.ANY).toList()) {
                Node sentence = d.getObject();
                copy(sentence, Node.ANY, Node.ANY);
                for (Triple a : graph.find(sentence, IN_ARTICLE, Node.ANY).toList()) {
                    article(a.getObject());
                }
            }
        }

        /** The statements (not the mentions) drawn from one sentence of the article being described. */
        void statementsFrom(Node sentence) {
            for (Triple t : graph.find(Node.ANY, DERIVED_FROM, sentence).toList()) {
                Node statement = t.getSubject();
                if (isStatement(statement) && !hasType(statement, MENTION)) {
                    expandStatement(statement);
                }
            }
        }

        void article(Node article) {
            copy(article, TYPE, Node.ANY);
            copy(article, COPYRIGHT_YEAR, Node.ANY);
        }

        /** The labels of every IRI the description names, and their types for the statements' targets. */
        void labelEverything() {
            Set<Node> named = new LinkedHashSet<>();
            out.find().forEach(t -> {
                named.add(t.getSubject());
                named.add(t.getObject());
            });
            for (Node n : named) {
                if (n.isURI() && !n.equals(resource)) {
                    for (Node label : LABELS) {
                        copy(n, label, Node.ANY);
                    }
                }
            }
        }

        boolean isStatement(Node node) {
            for (Triple t : graph.find(node, TYPE, Node.ANY).toList()) {
                // Nodes of these kinds say something about other resources, with a source sentence:
                // they are described in full where they point.
                if (FactKinds.standard().isKind(t.getObject())) {
                    return true;
                }
            }
            return false;
        }

        boolean hasType(Node node, Node type) {
            return graph.contains(node, TYPE, type);
        }

        void copy(Node s, Node p, Node o) {
            graph.find(s, p, o).forEach(out::add);
        }
    }
}
