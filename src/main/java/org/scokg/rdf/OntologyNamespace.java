package org.scokg.rdf;

import org.scokg.vocab.SCO;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * The ontology as one deployment names it: everything under {@code /def/} lives under the deployment's
 * base, so the namespace is {@code <base>def/sco#} and the ontology {@code <base>def/sco}, and every term
 * dereferences where the data is served.
 *
 * <p>The code ({@link SCO}), the ontology file and the reference data name the terms under the default
 * base; this is the one translation between the two, both ways: {@link #deployed} on the way out (data
 * written, documents served, query text), {@link #canonical} on the way in (what the server's page code
 * reads with the {@link SCO} constants). Under the default base both are the identity.
 */
public record OntologyNamespace(String base) {
    private static final String DEF = "def/";
    public static final OntologyNamespace CANONICAL = new OntologyNamespace(SCO.DEFAULT_BASE);

    public OntologyNamespace {
        base = base.endsWith("/") ? base : base + "/";
    }

    public static OntologyNamespace under(String base) {
        return new OntologyNamespace(base);
    }

    /**
     * The namespace of the data in a dataset: the base of its ontology graph (named by the ontology's
     * IRI, {@code <base>def/sco}); the default base when the dataset holds none yet.
     */
    public static OntologyNamespace of(DatasetGraph dataset) {
        Node ontology = OWL.Ontology.asNode();
        return Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, RDF.type.asNode(), ontology)
                .map(Quad::getGraph)
                .filter(g -> g.isURI() && g.getURI().endsWith(DEF + "sco"))
                .map(g -> under(g.getURI().substring(0, g.getURI().length() - (DEF + "sco").length())))
                .findFirst().orElse(CANONICAL));
    }

    public String uri() {
        return base + DEF + "sco#";
    }

    public String ontologyIri() {
        return base + DEF + "sco";
    }

    public boolean isCanonical() {
        return base.equals(CANONICAL.base);
    }

    /** An IRI of the code's vocabulary as this deployment names it; any other IRI unchanged. */
    public String deployed(String iri) {
        return move(iri, CANONICAL.base, base);
    }

    /** An IRI of this deployment's vocabulary as the code names it; any other IRI unchanged. */
    public String canonical(String iri) {
        return move(iri, base, CANONICAL.base);
    }

    /** Query text with the code's namespace (in {@code PREFIX}, full IRIs or strings) as this deployment names it. */
    public String deployedQuery(String query) {
        return query.replace(CANONICAL.base + DEF, base + DEF);
    }

    public Node deployed(Node node) {
        return move(node, this::deployed);
    }

    public Node canonical(Node node) {
        return move(node, this::canonical);
    }

    /** A copy of the model with the vocabulary as this deployment names it (the model itself under the default base). */
    public Model deployed(Model model) {
        return isCanonical() ? model : copy(model, this::deployed);
    }

    /** A copy of the model with the vocabulary as the code names it (the model itself under the default base). */
    public Model canonical(Model model) {
        return isCanonical() ? model : copy(model, this::canonical);
    }

    /**
     * The graph as the code reads it: patterns are asked in this deployment's terms and the triples
     * found come back in the code's, without copying the graph.
     */
    public Graph canonicalView(Graph graph) {
        if (isCanonical()) {
            return graph;
        }
        return new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                return graph.find(deployed(pattern.getSubject()), deployed(pattern.getPredicate()), deployed(pattern.getObject()))
                        .mapWith(t -> Triple.create(canonical(t.getSubject()), canonical(t.getPredicate()), canonical(t.getObject())));
            }
        };
    }

    private static String move(String iri, String from, String to) {
        return iri.startsWith(from + DEF) ? to + iri.substring(from.length()) : iri;
    }

    /**
     * IRIs, and the ontology's own statement of its namespace ({@code vann:preferredNamespaceUri}, a
     * string that is exactly the namespace IRI).
     */
    private Node move(Node node, UnaryOperator<String> iris) {
        if (node.isURI()) {
            String moved = iris.apply(node.getURI());
            return moved.equals(node.getURI()) ? node : NodeFactory.createURI(moved);
        }
        if (node.isLiteral() && node.getLiteralDatatypeURI().equals(XSD.xstring.getURI())
                && node.getLiteralLexicalForm().endsWith(DEF + "sco#")) {
            String moved = iris.apply(node.getLiteralLexicalForm());
            return moved.equals(node.getLiteralLexicalForm()) ? node : NodeFactory.createLiteralString(moved);
        }
        return node;
    }

    private static Model copy(Model source, UnaryOperator<Node> nodes) {
        Model copy = ModelFactory.createDefaultModel();
        for (Map.Entry<String, String> prefix : source.getNsPrefixMap().entrySet()) {
            copy.setNsPrefix(prefix.getKey(), nodes.apply(NodeFactory.createURI(prefix.getValue())).getURI());
        }
        source.getGraph().find().forEachRemaining(t -> copy.getGraph().add(
                Triple.create(nodes.apply(t.getSubject()), nodes.apply(t.getPredicate()), nodes.apply(t.getObject()))));
        return copy;
    }
}
