package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;
import org.scokg.vocab.SCO;
import org.scokg.extract.analysis.Extraction;

/** An extraction keeps its facts by the registry's kinds and counts them under the registry's names. */
class ExtractionKindsTest {
    private static final Extraction TIANJIN = FactExtractor.standard().extract(Corpus.read(Corpus.SEED_TIANJIN));

    @Test
    void theListsAreTheKindsLists() {
        assertSame(TIANJIN.statuses, TIANJIN.facts(FactKinds.standard().get(SCO.Membership)));
        assertSame(TIANJIN.pledges, TIANJIN.facts(FactKinds.standard().get(SCO.Pledge)));
        assertTrue(TIANJIN.facts(FactKinds.standard().get(SCO.Mention)).isEmpty(), "mentions are kept apart");
    }

    @Test
    void countsFollowTheRegistry() {
        Map<String, Integer> counts = TIANJIN.counts();
        List<String> expected = new ArrayList<>(List.of("meetings"));
        for (FactKind kind : FactKinds.standard().all()) {
            kind.countName().ifPresent(name -> {
                expected.add(name);
                assertEquals(TIANJIN.facts(kind).size(), counts.get(name), name);
            });
        }
        assertEquals(expected, List.copyOf(counts.keySet()));
        assertEquals(TIANJIN.statuses.size(), counts.get("statuses"), "the load summary's names are kept");
        assertTrue(counts.get("participations") > 0, counts.toString());
    }
}
