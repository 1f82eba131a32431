package org.scokg.wikidata.diff;

import java.util.Optional;

/**
 * An office one article says a person holds: the person and the state (graph IRIs, names and QIDs where
 * the gazetteer has them), the office (local name of its concept in the ontology: {@code President},
 * {@code PrimeMinister}, ...), the extractor's confidence and the source.
 */
public record GraphOffice(String iri, String holderName, Optional<String> holderQid, String office, String stateName,
        Optional<String> stateQid, double confidence, ArticleSource source) {

    /** "Xi Jinping (Q15031)", or the name alone when the person has no QID. */
    public String holderDisplay() {
        return holderName + holderQid.map(q -> " (" + q + ")").orElse("");
    }

    public String stateDisplay() {
        return stateName + stateQid.map(q -> " (" + q + ")").orElse("");
    }
}
