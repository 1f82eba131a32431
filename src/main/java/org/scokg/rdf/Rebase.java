package org.scokg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Moves the {@code /id/} IRIs of data written under the default base (the reference data files) to
 * the configured base. The ontology namespace is not moved: it is the vocabulary's name.
 */
public final class Rebase {
    private Rebase() {}

    public static Model model(Model source, Iris iris) {
        if (iris.base().equals(SCO.DEFAULT_BASE)) {
            return source;
        }
        Model moved = ModelFactory.createDefaultModel();
        moved.setNsPrefixes(source.getNsPrefixMap());
        source.getGraph().find().forEachRemaining(t -> moved.getGraph().add(
                Triple.create(node(t.getSubject(), iris), node(t.getPredicate(), iris), node(t.getObject(), iris))));
        return moved;
    }

    private static Node node(Node n, Iris iris) {
        return n.isURI() ? NodeFactory.createURI(iris.rebase(n.getURI())) : n;
    }
}
