package org.scokg.wikidata.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scokg.wikidata.snapshot.Snapshot;

/** The offices the graph states against positions held (P39), one case each; the positions are stand-ins. */
class OfficeDiffTest {
    /** Stand-ins for a state's head-of-state and head-of-government positions; no real mapping. */
    static final String HEAD_OF_STATE = "Q90000011";
    static final String HEAD_OF_GOVERNMENT = "Q90000012";
    static final String POSITIONS = "wd:Q184 p:P1906 [ ps:P1906 wd:" + HEAD_OF_STATE + " ] ; p:P1313 [ ps:P1313 wd:" + HEAD_OF_GOVERNMENT + " ] .\n";

    static GraphOffice office(String person, String office) {
        return new GraphOffice("http://localhost:3030/id/office/x", person == null ? "Li Qiang" : "Person " + person,
                Optional.ofNullable(person), office,
                "Belarus", Optional.of("Q184"), 0.9, new ArticleSource("http://localhost:3030/id/article/abc", "Kalimat.",
                        Optional.empty(), Optional.empty(), "id", Optional.empty(), Optional.empty(), Optional.empty()));
    }

    static OfficeFinding one(String statements, GraphOffice office) {
        Snapshot snapshot = DiffTest.snapshot("wd:Q265 p:P39 [ ps:P39 wd:Q90000099 ] .\n" + statements);
        return new OfficeDiff(snapshot).compare(List.of(office)).get(0);
    }

    @Test
    void aPresidentHoldingTheStatesHeadOfGovernmentPositionAgrees() {
        // Q265 stands for the person here: a QID the test snapshot covers
        OfficeFinding f = one(POSITIONS + "wd:Q265 p:P39 [ ps:P39 wd:" + HEAD_OF_GOVERNMENT + " ] .", office("Q265", "President"));
        assertEquals(Finding.Kind.AGREES, f.kind(), f.detail());
        assertEquals("Wikidata has position held (P39) " + HEAD_OF_GOVERNMENT, f.detail());
    }

    @Test
    void aPrimeMinisterWithoutTheHeadOfGovernmentPositionLacksIt() {
        OfficeFinding f = one(POSITIONS + "wd:Q265 p:P39 [ ps:P39 wd:" + HEAD_OF_STATE + " ] .", office("Q265", "PrimeMinister"));
        assertEquals(Finding.Kind.NEW, f.kind());
        assertEquals("Wikidata has no position held (P39) " + HEAD_OF_GOVERNMENT + " (P1313 of Belarus (Q184))", f.detail());
    }

    @Test
    void withoutAPositionForTheStateAQidOrAModelTheOfficeIsNotMapped() {
        assertEquals("the snapshot names no position for it: P1906 or P1313 of Belarus (Q184)",
                one("", office("Q265", "President")).detail());
        assertEquals("no Wikidata ID for Li Qiang", one(POSITIONS, office(null, "President")).detail());
        assertEquals("Wikidata names no position for the office ForeignMinister of a state",
                one(POSITIONS, office("Q265", "ForeignMinister")).detail());
        OfficeFinding uncovered = one(POSITIONS, office("Q15031", "President"));
        assertEquals(Finding.Kind.UNMAPPED, uncovered.kind());
        assertEquals("Q15031 is not in the snapshot; take a new one: sco wikidata refresh", uncovered.detail());
    }
}
