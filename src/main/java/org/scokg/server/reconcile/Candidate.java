package org.scokg.server.reconcile;

import java.util.Optional;

/**
 * An entity proposed for a name.
 *
 * @param iri   the entity's IRI in the graph
 * @param score 0 to 100: 100 an exact name, less for an alias, a misspelling or a part of the name
 * @param match whether the service is sure enough for a client to take the candidate without asking
 */
public record Candidate(String iri, String name, ReconciliationType type, Optional<String> qid, String description, double score,
        boolean match) {
    Candidate withScore(double newScore) {
        return new Candidate(iri, name, type, qid, description, newScore, match);
    }

    Candidate asMatch() {
        return new Candidate(iri, name, type, qid, description, score, true);
    }
}
