package org.scokg.vocab;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;

/**
 * The statuses a state holds in an organisation (concepts of {@code sco:MembershipStatusScheme}) and
 * the roles in which it takes part in a meeting (concepts of {@code sco:ParticipantRoleScheme}, which
 * holds the statuses and {@link #GUEST}). Each constant carries its SKOS concept and the
 * {@code skos:notation} the competency queries answer with.
 */
public enum MembershipStatus {
    MEMBER(SCO.FullMember, "member", true),
    OBSERVER(SCO.Observer, "observer", true),
    DIALOGUE_PARTNER(SCO.DialoguePartner, "dialogue_partner", true),
    /** Invited to a meeting without a status in the organisation: a participant role only. */
    GUEST(SCO.Guest, "guest", false);

    private final Resource concept;
    private final String notation;
    private final boolean membership;

    MembershipStatus(Resource concept, String notation, boolean membership) {
        this.concept = concept;
        this.notation = notation;
        this.membership = membership;
    }

    public Resource concept() {
        return concept;
    }

    public String notation() {
        return notation;
    }

    /** Whether this is a status a state can hold in an organisation, not only a role at a meeting. */
    public boolean isMembership() {
        return membership;
    }

    /** The constant of a notation ({@code dialogue_partner}), as the lexicon and the queries write it. */
    public static Optional<MembershipStatus> ofNotation(String notation) {
        return Arrays.stream(values()).filter(s -> s.notation.equals(notation)).findFirst();
    }

    /** The constant of a concept of the ontology ({@code sco:Observer}). */
    public static Optional<MembershipStatus> ofConcept(Resource concept) {
        return Arrays.stream(values()).filter(s -> s.concept.equals(concept)).findFirst();
    }

    /** The notation, so that a status reads in text as the queries write it. */
    @Override
    public String toString() {
        return notation;
    }
}
