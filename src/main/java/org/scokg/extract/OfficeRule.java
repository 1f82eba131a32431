package org.scokg.extract;

import org.scokg.reference.Entity;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.analysis.PersonMention;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;

import java.util.HashSet;
import java.util.Set;

/** Offices: every person named with a title holds that office, for the state named or known. */
final class OfficeRule implements Rule {
    static final Evidence STATE_WRITTEN = new Evidence("office-title", 0.9);
    /** The title names no state: the person's state is the one known from elsewhere. */
    static final Evidence STATE_KNOWN = STATE_WRITTEN.withConfidence(0.75);

    private record Held(Extraction.Person person, String role) {}

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        Set<Held> held = new HashSet<>();
        for (SentenceAnalysis s : a.sentences) {
            for (PersonMention p : s.people) {
                if (p.role() == null) {
                    continue;
                }
                if (held.add(new Held(p.person(), p.role()))) {
                    Entity state = p.state() != null ? p.state() : a.stateOf(p.person()).orElse(null);
                    a.extraction.offices.add(new Extraction.OfficeHolding(p.person(), p.role(), state,
                            (p.state() != null ? STATE_WRITTEN : STATE_KNOWN).at(s)));
                }
            }
        }
    }
}
