package org.scokg.extract;

import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.extract.analysis.Extraction;

import java.util.List;
import java.util.stream.Collectors;

/** Short forms of extracted facts for assertions: entities by Wikidata QID, else by slug. */
final class Facts {
    private Facts() {}

    static String id(Entity e) {
        return e == null ? null : e.wikidata().orElse(e.slug());
    }

    static String date(DateValue d) {
        return d == null ? null : d.lexical();
    }

    /** "org state status" for every status. */
    static List<String> statuses(Extraction x) {
        return x.statuses.stream().map(s -> id(s.organisation()) + " " + id(s.state()) + " " + s.status()).toList();
    }

    static String describe(Extraction x) {
        return x.counts().toString() + "\n statuses " + x.statuses.stream()
                .map(s -> id(s.organisation()) + "/" + s.state().label() + "/" + s.status() + "/" + date(s.since()))
                .collect(Collectors.joining(", "))
                + "\n participations " + x.participations.stream().map(p -> p.state().label() + "/" + p.role())
                .collect(Collectors.joining(", "))
                + "\n notes " + x.notes.stream().map(Extraction.QualityNote::text).collect(Collectors.joining(" | "));
    }
}
