package org.scokg.extract;

import org.scokg.reference.Entity;

import java.util.HashSet;
import java.util.Set;

/** Offices: every person named with a title holds that office, for the state named or known. */
final class OfficeRule {
    private record Held(Extraction.Person person, String role) {}

    void apply(ArticleAnalysis a) {
        if (a.focus.isEmpty()) {
            return;
        }
        Set<Held> held = new HashSet<>();
        for (SentenceAnalysis s : a.sentences) {
            for (PersonMention p : s.people) {
                if (p.role() == null) {
                    continue;
                }
                if (held.add(new Held(p.person(), p.role()))) {
                    Entity state = p.state() != null ? p.state() : a.stateOf(p.person()).orElse(null);
                    a.extraction.offices.add(new Extraction.OfficeHolding(p.person(), p.role(), state,
                            new Extraction.Source(s.index(), "office-title", p.state() != null ? 0.9 : 0.75)));
                }
            }
        }
    }
}
