package org.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.scokg.rdf.Iris;
import org.scokg.rdf.OntologyNamespace;
import org.scokg.reference.Entity;
import org.scokg.reference.Gazetteer;

/**
 * What reconciliation matches against, read from one state of the database: a {@link Gazetteer} of
 * the reference graph's states, organisations, cities and people and of the people the articles name,
 * and the meetings the articles report; with each entity's names, type, QID and state for the
 * candidates, the previews and the suggestions.
 */
final class ReconciliationIndex {
    /** An entity as reconciliation shows it. */
    record Named(String iri, String label, ReconciliationType type, Optional<String> qid, Optional<String> state, List<String> names) {}

    /** A meeting, with what a name of it can say: where, when (its date as written in the graph), whose. */
    record Meeting(String iri, Optional<String> place, Optional<String> date, Optional<String> organisation) {}

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final OntologyNamespace namespace;
    private final Gazetteer gazetteer;
    private final Map<String, Named> entities = new LinkedHashMap<>();
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private final Map<String, String> byQid = new LinkedHashMap<>();

    private ReconciliationIndex(OntologyNamespace namespace, Gazetteer gazetteer) {
        this.namespace = namespace;
        this.gazetteer = gazetteer;
    }

    static ReconciliationIndex build(DatasetGraph dataset) {
        OntologyNamespace namespace = OntologyNamespace.of(dataset);
        Iris iris = new Iris(namespace.base());
        Model names = ModelFactory.createDefaultModel();
        List<String[]> meetingRows = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            Node reference = NodeFactory.createURI(iris.referenceGraph());
            dataset.getGraph(reference).find().forEach(names.getGraph()::add);
            String people = namespace.deployedQuery("""
                    PREFIX sco: <http://localhost:3030/def/sco#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    CONSTRUCT { ?p a sco:Person ; rdfs:label ?label } WHERE { GRAPH ?g { ?p a sco:Person ; rdfs:label ?label } }""");
            QueryExec.dataset(dataset).query(people).construct().find().forEach(names.getGraph()::add);
            String meetingQuery = namespace.deployedQuery("""
                    PREFIX sco: <http://localhost:3030/def/sco#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT DISTINCT ?m ?label ?place ?date ?org WHERE {
                      GRAPH ?g { ?m a sco:Meeting ; rdfs:label ?label .
                        OPTIONAL { ?m sco:location ?place } OPTIONAL { ?m sco:date ?date } OPTIONAL { ?m sco:organisation ?org } }
                    }""");
            RowSet rows = QueryExec.dataset(dataset).query(meetingQuery).select();
            rows.forEachRemaining(row -> meetingRows.add(new String[] {
                    row.get("m").getURI(), row.get("label").getLiteralLexicalForm(), row.get("label").getLiteralLanguage(),
                    uriOrNull(row.get("place")), row.contains("date") ? row.get("date").getLiteralLexicalForm() : null,
                    uriOrNull(row.get("org"))}));
        });
        ReconciliationIndex index = new ReconciliationIndex(namespace, new Gazetteer(namespace.canonical(names)));
        index.addGazetteerEntities();
        index.addMeetings(meetingRows);
        return index;
    }

    private static String uriOrNull(Node node) {
        return node != null && node.isURI() ? node.getURI() : null;
    }

    private void addGazetteerEntities() {
        Map<String, Set<String>> namesOf = new LinkedHashMap<>();
        for (Gazetteer.Name name : gazetteer.names()) {
            namesOf.computeIfAbsent(name.entity().iri(), k -> new LinkedHashSet<>()).add(name.written());
        }
        for (Entity entity : gazetteer.entities()) {
            Optional<String> state = entity.state().filter(s -> !s.equals(entity.iri()));
            entity.wikidata().ifPresent(qid -> byQid.putIfAbsent(qid, entity.iri()));
            entities.put(entity.iri(), new Named(entity.iri(), entity.label(), ReconciliationType.of(entity.kind()), entity.wikidata(), state,
                    List.copyOf(namesOf.getOrDefault(entity.iri(), Set.of(entity.label())))));
        }
    }

    private void addMeetings(List<String[]> rows) {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        Map<String, String> englishLabel = new LinkedHashMap<>();
        for (String[] row : rows) {
            labels.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
            if ("en".equals(row[2]) || !englishLabel.containsKey(row[0])) {
                englishLabel.put(row[0], row[1]);
            }
            meetings.putIfAbsent(row[0], new Meeting(row[0], Optional.ofNullable(row[3]), Optional.ofNullable(row[4]),
                    Optional.ofNullable(row[5])));
        }
        for (Meeting meeting : meetings.values()) {
            Optional<String> state = meeting.place().flatMap(this::entity).flatMap(Named::state);
            entities.put(meeting.iri(), new Named(meeting.iri(), englishLabel.get(meeting.iri()), ReconciliationType.MEETING, Optional.empty(),
                    state, List.copyOf(labels.get(meeting.iri()))));
        }
    }

    /** The prefix of the graph's entity IRIs, which the candidates' identifiers are relative to. */
    String identifierSpace() {
        return namespace.base() + "id/";
    }

    /** The namespace of the graph's vocabulary, which the type identifiers are local names in. */
    String schemaSpace() {
        return namespace.uri();
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    Optional<Named> entity(String iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    Collection<Named> entities() {
        return entities.values();
    }

    Collection<Meeting> meetings() {
        return meetings.values();
    }

    /** The entity with this Wikidata ID ({@code Q813} or its entity IRI). */
    Optional<Named> byQid(String qid) {
        String id = qid.startsWith(WIKIDATA) ? qid.substring(WIKIDATA.length()) : qid.strip();
        return Optional.ofNullable(byQid.get(id)).flatMap(this::entity);
    }

    /** A candidate's identifier: its IRI relative to the identifier space. */
    String idOf(String iri) {
        return iri.startsWith(identifierSpace()) ? iri.substring(identifierSpace().length()) : iri;
    }

    /** The entity a candidate identifier names, if the graph has it. */
    Optional<Named> byId(String id) {
        return entity(id.startsWith("http://") || id.startsWith("https://") ? id : identifierSpace() + id);
    }
}
