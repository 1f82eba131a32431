package org.scokg.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.vocab.SCO;

/**
 * The resources whose pages the benchmark asks for: the most cited state and organisation (the pages
 * with the most incoming links, China and the SCO in the project's corpus) and a few of each kind a
 * visitor looks at (states, organisations, people, meetings, articles), all IRIs the server mints
 * under its base.
 */
record ResourceSample(List<String> iris, Optional<Node> mostCitedState, Optional<Node> anArticle) {
    private static final List<Resource> KINDS = List.of(SCO.State, SCO.Organisation, SCO.Person, SCO.Meeting, SCO.Article);

    static ResourceSample of(DatasetGraph dataset, String base, int perKind) {
        OntologyNamespace namespace = OntologyNamespace.of(dataset);
        return Txn.calculateRead(dataset, () -> {
            Set<String> iris = new LinkedHashSet<>();
            Optional<Node> state = mostCited(dataset, namespace, "memberState");
            state.ifPresent(n -> iris.add(n.getURI()));
            mostCited(dataset, namespace, "organisation").ifPresent(n -> iris.add(n.getURI()));
            List<Node> articles = new ArrayList<>();
            for (Resource kind : KINDS) {
                List<Node> some = instances(dataset, namespace.deployed(kind.asNode()), perKind);
                if (kind.equals(SCO.Article)) {
                    articles.addAll(some);
                }
                some.stream().map(Node::getURI).filter(iri -> iri.startsWith(base + "id/")).forEach(iris::add);
            }
            return new ResourceSample(List.copyOf(iris), state, articles.stream().findFirst());
        });
    }

    /** The object of the most statements by {@code sco:<property>}: the state or organisation most articles speak of. */
    private static Optional<Node> mostCited(DatasetGraph dataset, OntologyNamespace namespace, String property) {
        String query = "SELECT ?o (COUNT(*) AS ?n) { ?s ?property ?o FILTER(isIRI(?o)) } GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT 1";
        QueryExecutionBuilder builder = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .substitution("property", ResourceFactory.createResource(namespace.uri() + property));
        try (QueryExecution qe = builder.build()) {
            ResultSet rows = qe.execSelect();
            return rows.hasNext() ? Optional.of(rows.next().get("o").asNode()) : Optional.empty();
        }
    }

    private static List<Node> instances(DatasetGraph dataset, Node kind, int limit) {
        List<Node> found = new ArrayList<>();
        String query = "SELECT DISTINCT ?r { ?r a ?kind FILTER(isIRI(?r)) } LIMIT " + limit;
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .substitution("kind", ResourceFactory.createResource(kind.getURI())).build()) {
            qe.execSelect().forEachRemaining(row -> found.add(row.get("r").asNode()));
        }
        return found;
    }
}
