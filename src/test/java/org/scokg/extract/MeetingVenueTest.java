package org.scokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scokg.extract.Facts.id;

import org.junit.jupiter.api.Test;
import org.scokg.article.Corpus;
import org.scokg.extract.analysis.Extraction;

/** Which city a meeting sentence names as the venue; the sentences are written for these tests. */
class MeetingVenueTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final String TIANJIN = "Q11736";

    private static Extraction extract(String body) {
        return EXTRACTOR.extract(Corpus.article("venue.txt", Corpus.antara("Jakarta", body, 2025)));
    }

    @Test
    void aCityRightAfterTheMeetingWordIsTheVenue() {
        Extraction x = extract("KTT Tianjin SCO pada 31 Agustus 2025 dihadiri Presiden Rusia Vladimir Putin.");
        assertEquals(TIANJIN, id(x.meetings.get(0).place), Facts.describe(x));
    }

    @Test
    void aCityOpeningAMisspeltOrganisationNameIsNoVenue() {
        Extraction x = extract("""
                KTT Shanghai Corporation Organisation (SCO) pada 31 Agustus 2025 dihadiri Presiden Rusia Vladimir Putin.
                """);
        assertTrue(x.meetings.stream().noneMatch(m -> m.place != null && "Q8686".equals(id(m.place))), Facts.describe(x));
    }

    @Test
    void aCityWhereTheLeadersGatherIsTheVenueOfTheMeetingNamedAfterIt() {
        Extraction x = extract("Para pemimpin SCO bertemu di Tianjin dalam rangka KTT pada 31 Agustus 2025.");
        assertEquals(TIANJIN, id(x.meetings.get(0).place), Facts.describe(x));
    }
}
