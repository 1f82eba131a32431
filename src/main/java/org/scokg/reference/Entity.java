package org.scokg.reference;

import java.util.Optional;

/**
 * A named thing from the reference data.
 *
 * @param state for a city its country, for a person the state they serve
 */
public record Entity(String iri, EntityKind kind, String label, Optional<String> wikidata, Optional<String> state) {
    public String slug() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
