package org.scokg.wikidata.diff;

import java.util.Optional;
import org.scokg.wikidata.model.WikidataTime;

/**
 * A membership status one article states: state, organisation (graph IRIs, names and QIDs where the
 * gazetteer has them), status, start and end, the extractor's confidence and the source.
 */
public record GraphMembership(String iri, String state, String stateName, Optional<String> stateQid,
        String organisation, String organisationName, Optional<String> organisationQid, String status,
        Optional<WikidataTime> start, Optional<WikidataTime> end, double confidence, ArticleSource source) {

    /** "Laos (Q819)", or the name alone when the state has no QID. */
    public String stateDisplay() {
        return stateName + stateQid.map(q -> " (" + q + ")").orElse("");
    }

    public String organisationDisplay() {
        return organisationName + organisationQid.map(q -> " (" + q + ")").orElse("");
    }
}
