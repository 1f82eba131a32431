package org.scokg.wikidata.diff;

import java.util.Optional;

/**
 * How Wikidata says one membership status of the graph: a statement of {@code property} on the state,
 * toward the organisation ({@code member of} (P463) for full membership, {@code official observer
 * status in organization} (P10624) for observers), with {@code subject has role} (P2868) naming the
 * role where the model needs one.
 *
 * @param status the local name of the status in the ontology ({@code FullMember}, {@code Observer}, ...)
 * @param label how people call it ({@code member}, {@code observer}, {@code dialogue partner})
 * @param property the Wikidata property of the statement, empty while no model is verified
 * @param role the P2868 item on that statement, empty for none
 * @param note the evidence, or why the model is not verified
 */
public record StatusRole(String status, String label, Optional<String> property, Optional<String> role, String note) {

    /** Whether the model was verified; an unverified status is never exported. */
    public boolean verified() {
        return property.isPresent();
    }

    /** Whether a Wikidata statement of {@code pid} with the subject-has-role {@code statementRole} says this status. */
    public boolean states(String pid, Optional<String> statementRole) {
        return property.filter(pid::equals).isPresent() && role.equals(statementRole);
    }
}
