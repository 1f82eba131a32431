package org.scokg.server.ld;

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
 * The lists a person starts from and a search engine crawls. For the home page, bounded whatever the
 * size of the data: the organisations and states the articles mention most, the latest meetings and
 * articles, with how many there are in all and the labels of those listed. For the sitemap, every
 * organisation, state, meeting, article, person and place the articles name.
 *
 * <p>Each query starts from an index the pattern binds (the type of a resource, the resource an
 * article's mention denotes), never from a scan of every quad.
 */
public record Catalogue(Model labels, List<Entry> organisations, List<Entry> states, List<Entry> meetings,
        List<Entry> articles, Totals totals, List<String> everything) {

    /** A listed resource, with a date or year where it has one and how many articles mention it. */
    public record Entry(String iri, String when, long articles) {}

    /** How many there are of each kind, listed or not. */
    public record Totals(long organisations, long states, long meetings, long articles) {}

    /** The catalogue, each home-page list holding at most {@code listSize} entries. */
    public static Catalogue compute(DatasetGraph dataset, int listSize) {
        List<Entry> organisations = mentioned(dataset, "sco:Organisation");
        List<Entry> states = mentioned(dataset, "sco:State");
        List<Entry> meetings = dated(dataset, "SELECT ?x (SAMPLE(?d) AS ?when) { GRAPH " + Sparql.UNION
                + " { ?x a sco:Meeting OPTIONAL { ?x sco:date ?d } } } GROUP BY ?x ORDER BY DESC(?when) ?x");
        List<Entry> articles = dated(dataset, "SELECT ?x (SAMPLE(?y) AS ?when) { GRAPH ?x { ?x a sco:Article "
                + "OPTIONAL { ?x sco:copyrightYear ?y } } } GROUP BY ?x ORDER BY DESC(?when) ?x");
        Set<String> everything = new LinkedHashSet<>();
        for (List<Entry> list : List.of(organisations, states, meetings, articles)) {
            list.forEach(e -> everything.add(e.iri()));
        }
        // People and places: those an article's graph names (the reference data knows many more).
        for (QuerySolution row : Sparql.select(dataset, "SELECT DISTINCT ?x { GRAPH " + Sparql.UNION
                + " { VALUES ?t { sco:Person sco:Place sco:City } ?x a ?t } "
                + "FILTER EXISTS { GRAPH ?g { ?s ?p ?x } GRAPH ?g { ?g a sco:Article } } } ORDER BY ?x")) {
            everything.add(row.getResource("x").getURI());
        }
        Totals totals = new Totals(organisations.size(), states.size(), meetings.size(), articles.size());
        List<Entry> topOrganisations = first(organisations, listSize);
        List<Entry> topStates = first(states, listSize);
        List<Entry> latestMeetings = first(meetings, listSize);
        List<Entry> latestArticles = first(articles, listSize);
        Set<String> listed = new LinkedHashSet<>();
        for (List<Entry> list : List.of(topOrganisations, topStates, latestMeetings, latestArticles)) {
            list.forEach(e -> listed.add(e.iri()));
        }
        return new Catalogue(labels(dataset, listed), topOrganisations, topStates, latestMeetings, latestArticles, totals,
                List.copyOf(everything));
    }

    /**
     * Resources of a class that articles mention, most mentioned first, with how many articles
     * mention each: from the (few) resources of the class to their mentions, by the index of
     * {@code sco:denotes} and its object.
     */
    private static List<Entry> mentioned(DatasetGraph dataset, String type) {
        List<Entry> entries = new ArrayList<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?x (COUNT(DISTINCT ?g) AS ?n) { "
                + "{ SELECT DISTINCT ?x { GRAPH " + Sparql.UNION + " { ?x a " + type + " } } } "
                + "GRAPH ?g { ?mention sco:denotes ?x } GRAPH ?g { ?g a sco:Article } } GROUP BY ?x ORDER BY DESC(?n) ?x")) {
            entries.add(new Entry(row.getResource("x").getURI(), null, row.getLiteral("n").getLong()));
        }
        return entries;
    }

    /** Rows of {@code ?x} and an optional {@code ?when}, in the query's order. */
    private static List<Entry> dated(DatasetGraph dataset, String query) {
        List<Entry> entries = new ArrayList<>();
        for (QuerySolution row : Sparql.select(dataset, query)) {
            entries.add(new Entry(row.getResource("x").getURI(), row.contains("when") ? row.getLiteral("when").getLexicalForm() : null, 0));
        }
        return entries;
    }

    private static List<Entry> first(List<Entry> entries, int n) {
        return List.copyOf(entries.subList(0, Math.min(n, entries.size())));
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
