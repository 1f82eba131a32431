package org.scokg.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The lists a person starts from and a search engine crawls: the organisations and states the
 * articles mention, the meetings, the articles, and for the sitemap every person and place they
 * name too; with the labels of all of them.
 */
public record Catalogue(Model labels, List<Entry> organisations, List<Entry> states, List<Entry> meetings,
        List<Entry> articles, List<String> everything) {

    /** A listed resource, with a date or year where it has one and how many articles name it. */
    public record Entry(String iri, String when, long articles) {}

    public static Catalogue compute(DatasetGraph dataset) {
        List<Entry> organisations = mentioned(dataset, "sco:Organisation");
        List<Entry> states = mentioned(dataset, "sco:State");
        List<Entry> meetings = new ArrayList<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?m (SAMPLE(?d) AS ?date) { GRAPH " + Sparql.UNION
                + " { ?m a sco:Meeting OPTIONAL { ?m sco:date ?d } } } GROUP BY ?m ORDER BY DESC(?date) ?m")) {
            meetings.add(new Entry(row.getResource("m").getURI(), row.contains("date") ? row.getLiteral("date").getLexicalForm() : null, 0));
        }
        List<Entry> articles = new ArrayList<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?a (SAMPLE(?y) AS ?year) { GRAPH ?a { ?a a sco:Article "
                + "OPTIONAL { ?a sco:copyrightYear ?y } } } GROUP BY ?a ORDER BY DESC(?year) ?a")) {
            articles.add(new Entry(row.getResource("a").getURI(), row.contains("year") ? row.getLiteral("year").getLexicalForm() : null, 0));
        }
        Set<String> everything = new LinkedHashSet<>();
        organisations.forEach(e -> everything.add(e.iri()));
        states.forEach(e -> everything.add(e.iri()));
        meetings.forEach(e -> everything.add(e.iri()));
        articles.forEach(e -> everything.add(e.iri()));
        for (QuerySolution row : Sparql.select(dataset, "SELECT DISTINCT ?x { GRAPH ?g { ?g a sco:Article . ?s ?p ?x } "
                + "GRAPH " + Sparql.UNION + " { VALUES ?t { sco:Person sco:Place sco:City } ?x a ?t } } ORDER BY ?x")) {
            everything.add(row.getResource("x").getURI());
        }
        return new Catalogue(labels(dataset, everything), organisations, states, meetings, articles, List.copyOf(everything));
    }

    /** Resources of a class that the articles' graphs name, with how many articles name each. */
    private static List<Entry> mentioned(DatasetGraph dataset, String type) {
        List<Entry> entries = new ArrayList<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?x (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a sco:Article . ?s ?p ?x } "
                + "GRAPH " + Sparql.UNION + " { ?x a " + type + " } } GROUP BY ?x ORDER BY DESC(?n) ?x")) {
            entries.add(new Entry(row.getResource("x").getURI(), null, row.getLiteral("n").getLong()));
        }
        return entries;
    }

    private static Model labels(DatasetGraph dataset, Set<String> iris) {
        Model labels = ModelFactory.createDefaultModel();
        Txn.executeRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            for (String iri : iris) {
                Node node = NodeFactory.createURI(iri);
                union.find(node, RDFS.label.asNode(), Node.ANY).forEach(labels.getGraph()::add);
                union.find(node, SKOS.prefLabel.asNode(), Node.ANY).forEach(labels.getGraph()::add);
            }
        });
        return labels;
    }
}
