package org.scokg.extract;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Quantity;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;

/**
 * Statistical claims: amounts with a unit or currency, and large counts, that are not part of a
 * pledge ("total perdagangan ... telah melampaui 2,3 triliun dolar AS").
 */
final class ClaimRule implements Rule {
    static final Evidence CLAIM = new Evidence("statistical-claim", 0.7);
    private static final BigDecimal LARGE_COUNT = BigDecimal.valueOf(100);

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        // the very quantity a pledge holds (identity: two equal amounts in two sentences are two)
        Set<Quantity> pledgedQuantities = Collections.newSetFromMap(new IdentityHashMap<>());
        a.extraction.pledges.forEach(p -> pledgedQuantities.add(p.quantity()));
        for (SentenceAnalysis s : a.sentences) {
            if (a.organisationOf(s).isEmpty()) {
                continue;
            }
            for (Quantity q : s.quantities) {
                boolean pledged = pledgedQuantities.contains(q);
                boolean worthIt = q.hasUnit() || q.value().compareTo(LARGE_COUNT) >= 0;
                if (!pledged && worthIt) {
                    a.extraction.claims.add(new Extraction.Claim(q, s.speaker != null ? s.speaker.person() : null,
                            s.text(), CLAIM.at(s)));
                }
            }
        }
    }
}
