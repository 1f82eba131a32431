package org.scokg.extract;

/** Offices: every person named with a title holds that office, for the state named or known. */
final class OfficeRule {
    void apply(ArticleAnalysis a) {
        if (a.focus.isEmpty()) {
            return;
        }
        for (SentenceAnalysis s : a.sentences) {
            for (PersonMention p : s.people) {
                if (p.role() == null) {
                    continue;
                }
                boolean known = a.extraction.offices.stream()
                        .anyMatch(o -> o.person().equals(p.person()) && o.role().equals(p.role()));
                if (!known) {
                    Entity state = p.state() != null ? p.state() : a.stateOf(p.person()).orElse(null);
                    a.extraction.offices.add(new Extraction.OfficeHolding(p.person(), p.role(), state,
                            new Extraction.Source(s.index(), "office-title", p.state() != null ? 0.9 : 0.75)));
                }
            }
        }
    }
}
