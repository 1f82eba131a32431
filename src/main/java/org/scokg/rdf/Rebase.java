package org.scokg.rdf;

import org.scokg.vocab.SCO;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Moves data written under the default base (the reference data files, the ontology, what the
 * extraction writes with the {@link SCO} constants) to the configured base: its {@code /id/} IRIs, and
 * its vocabulary to the deployment's namespace ({@link OntologyNamespace}), so that every IRI the
 * database holds dereferences where it is served.
 */
public final class Rebase {
    private Rebase() {}

    public static Model model(Model source, Iris iris) {
        if (iris.base().equals(SCO.DEFAULT_BASE)) {
            return source;
        }
        Model rebased = ModelFactory.createDefaultModel();
        source.getNsPrefixMap().forEach((prefix, uri) -> rebased.setNsPrefix(prefix, iris.namespace().deployed(iris.rebase(uri))));
        source.getGraph().find().forEachRemaining(t -> rebased.getGraph().add(
                Triple.create(node(t.getSubject(), iris), node(t.getPredicate(), iris), node(t.getObject(), iris))));
        return rebased;
    }

    private static Node node(Node n, Iris iris) {
        return iris.namespace().deployed(n.isURI() ? NodeFactory.createURI(iris.rebase(n.getURI())) : n);
    }
}
