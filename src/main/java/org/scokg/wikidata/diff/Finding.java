package org.scokg.wikidata.diff;

import java.util.Optional;

/**
 * What the diff says of one membership the graph states, against the snapshot.
 *
 * @param missing for {@link Kind#ADDS_QUALIFIER}, the qualifier Wikidata's statement lacks (P580 or P582)
 */
public record Finding(GraphMembership fact, Kind kind, String detail, Optional<String> missing) {

    public enum Kind {
        /** Wikidata lacks the statement. */
        NEW("lacks"),
        /** Wikidata has the statement without a start or end time the graph knows. */
        ADDS_QUALIFIER("adds qualifier"),
        AGREES("agrees"),
        /** Other start date, other status in force at the same time, member and observer at once. */
        CONFLICT("conflicts"),
        /** Cannot be compared: an entity without a QID, or one the snapshot does not cover. */
        UNMAPPED("not mapped");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }
}
