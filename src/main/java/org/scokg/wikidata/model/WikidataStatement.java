package org.scokg.wikidata.model;

import java.util.Optional;

/**
 * One statement of the snapshot: {@code item property value}, with its subject-has-role, start-time and
 * end-time qualifiers where it has them.
 */
public record WikidataStatement(String item, String property, String value, Optional<String> role,
        Optional<WikidataTime> start, Optional<WikidataTime> end) {

    /** Still in force: no end time. */
    public boolean open() {
        return end.isEmpty();
    }
}
