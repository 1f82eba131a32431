package org.scokg.wikidata.diff;

import java.util.Optional;

/**
 * How Wikidata says one membership status of the graph: a {@code member of} (P463) statement, with
 * {@code subject has role} (P2868) naming the role where the status is not full membership.
 *
 * @param status the local name of the status in the ontology ({@code FullMember}, {@code Observer}, ...)
 * @param label how people call it ({@code member}, {@code observer}, {@code dialogue partner})
 * @param role the P2868 item, empty for full membership (a plain P463)
 * @param verified whether the role item was verified; an unverified status is never exported
 * @param note the evidence, or why it is not verified
 */
public record StatusRole(String status, String label, Optional<String> role, boolean verified, String note) {}
