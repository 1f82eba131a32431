package org.scokg.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.scokg.bench.corpus.MeetingHistory.Kind;
import org.scokg.bench.corpus.MeetingHistory.Meeting;
import org.scokg.reference.ReferenceData;
import org.scokg.vocab.SCO;

/** The history the benchmark's articles report agrees with itself and with the reference data. */
class MeetingHistoryTest {
    private static final MeetingHistory HISTORY = MeetingHistory.load();

    private static List<Meeting> summits() {
        return HISTORY.meetings().stream().filter(m -> m.kind() == Kind.SUMMIT).toList();
    }

    @Test
    void oneSummitAYearFrom2001To2025NumberedInOrder() {
        List<Meeting> summits = summits();
        assertEquals(25, summits.size());
        for (int i = 0; i < summits.size(); i++) {
            assertEquals(2001 + i, summits.get(i).start().getYear());
            assertEquals(i + 1, summits.get(i).ordinal().orElseThrow());
            assertTrue(!summits.get(i).end().isBefore(summits.get(i).start()), summits.get(i).toString());
        }
    }

    @Test
    void theChairPassesToTheHostOfTheNextSummit() {
        List<Meeting> summits = summits();
        for (int i = 0; i + 1 < summits.size(); i++) {
            assertEquals(summits.get(i + 1).host(), summits.get(i).nextChair().orElseThrow(), summits.get(i).toString());
        }
    }

    @Test
    void everyStatusGrantedOnADayWasGrantedAtASummit() {
        Model reference = ReferenceData.load();
        List<LocalDate> grants = new ArrayList<>();
        reference.listObjectsOfProperty(SCO.startDate).forEachRemaining(o -> {
            Literal day = o.asLiteral();
            if (day.getDatatype().equals(XSDDatatype.XSDdate) && !day.getLexicalForm().startsWith("1996")) {
                grants.add(LocalDate.parse(day.getLexicalForm()));
            }
        });
        assertTrue(grants.size() >= 5, "accession days in the reference data: " + grants);
        for (LocalDate day : grants) {
            assertTrue(summits().stream().anyMatch(s -> !day.isBefore(s.start()) && !day.isAfter(s.end())),
                    day + " (data/reference/sco-memberships.ttl) is no day of a summit of data/bench/meetings.tsv");
        }
    }

    @Test
    void everyPledgeIsSaidDuringItsMeetingByAKnownState() {
        ReferenceFacts reference = new ReferenceFacts();
        for (MeetingHistory.Pledge pledge : HISTORY.pledges()) {
            Meeting meeting = HISTORY.meetings().stream().filter(m -> m.start().equals(pledge.meeting())).findFirst().orElseThrow();
            assertTrue(!pledge.said().isBefore(meeting.start()) && !pledge.said().isAfter(meeting.end()), pledge.toString());
            assertTrue(reference.state(pledge.speaker().state()).wikidata().isPresent(), pledge.toString());
        }
    }
}
