package org.scokg.server.reconcile;

import java.util.Optional;
import org.scokg.reference.EntityKind;

/**
 * The types a reconciliation query may ask for: the classes of the ontology whose instances have
 * names, each identified by the class's local name, so that an identifier read against the
 * manifest's {@code schemaSpace} (the ontology's namespace) is the class itself.
 */
public enum ReconciliationType {
    STATE("State", "state"),
    ORGANISATION("Organisation", "organisation"),
    PERSON("Person", "person"),
    MEETING("Meeting", "meeting"),
    PLACE("Place", "place");

    private final String id;
    private final String label;

    ReconciliationType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The type of the gazetteer's kind of entity; cities are the places it knows. */
    static ReconciliationType of(EntityKind kind) {
        return switch (kind) {
            case STATE -> STATE;
            case ORGANISATION -> ORGANISATION;
            case PERSON -> PERSON;
            case CITY -> PLACE;
        };
    }

    /** The type a client names by its identifier, its label or the class's full IRI; empty for any other. */
    static Optional<ReconciliationType> parse(String name) {
        String local = name.substring(Math.max(name.lastIndexOf('#'), name.lastIndexOf('/')) + 1);
        for (ReconciliationType type : values()) {
            if (type.id.equals(local) || type.label.equalsIgnoreCase(local)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
