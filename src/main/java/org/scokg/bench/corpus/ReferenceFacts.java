package org.scokg.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.MembershipHistory;
import org.scokg.reference.ReferenceData;
import org.scokg.vocab.MembershipStatus;
import org.scokg.vocab.SCO;

/** What the reference data says about the states and cities an article names: their Indonesian names, Wikidata IDs and SCO statuses. */
final class ReferenceFacts {
    private static final String LANGUAGE = "id";
    private static final int SHORT_NAME_WORDS = 2;

    private final Model model;
    private final Gazetteer gazetteer;
    private final MembershipHistory history;
    private final Entity sco;
    /** Every state, in the order of their names, so that the generator's choices do not depend on hashing. */
    private final List<Entity> states;

    ReferenceFacts() {
        this(ReferenceData.load());
    }

    ReferenceFacts(Model model) {
        this.model = model;
        this.gazetteer = new Gazetteer(model);
        this.history = new MembershipHistory(model);
        this.sco = entity("org/sco");
        this.states = gazetteer.entities().stream().filter(e -> e.kind() == EntityKind.STATE)
                .sorted(Comparator.comparing(Entity::iri)).toList();
    }

    Entity state(String slug) {
        return entity("state/" + slug);
    }

    Entity city(String slug) {
        return entity("place/" + slug);
    }

    private Entity entity(String path) {
        String iri = SCO.DEFAULT_BASE + "id/" + path;
        return gazetteer.byIri(iri).orElseThrow(() -> new IllegalStateException(
                "data/bench names " + path + ", which data/reference does not know (" + iri + ")"));
    }

    /** Its Indonesian name (the English one where the reference data gives none). */
    String name(Entity entity) {
        return labels(entity, RDFS.label).stream().findFirst().orElse(entity.label());
    }

    /** Its Indonesian name, then the other short Indonesian spellings the reference data knows (not the formal long names). */
    List<String> spellings(Entity entity) {
        List<String> all = new ArrayList<>();
        all.add(name(entity));
        labels(entity, SKOS.altLabel).stream().filter(s -> !all.contains(s) && s.split(" ").length <= SHORT_NAME_WORDS).forEach(all::add);
        return all;
    }

    private List<String> labels(Entity entity, Property property) {
        Resource r = model.getResource(entity.iri());
        return model.listObjectsOfProperty(r, property).toList().stream().filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral).filter(l -> l.getLanguage().equals(LANGUAGE)).map(l -> l.getLexicalForm()).sorted().toList();
    }

    /** The states holding {@code status} in the SCO on {@code day}. */
    List<Entity> holding(MembershipStatus status, LocalDate day) {
        return states.stream().filter(s -> statusOn(s, day).filter(status::equals).isPresent()).toList();
    }

    /** The states that gained {@code status} during the days from {@code start} to {@code end}. */
    List<Entity> gained(MembershipStatus status, LocalDate start, LocalDate end) {
        return states.stream().filter(s -> statusOn(s, end).filter(status::equals).isPresent()
                && statusOn(s, start.minusDays(1)).filter(status::equals).isEmpty()).toList();
    }

    private Optional<MembershipStatus> statusOn(Entity state, LocalDate day) {
        return history.statusOn(sco, state, DateValue.of(day));
    }
}
