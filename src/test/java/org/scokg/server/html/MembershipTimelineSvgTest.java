package org.scokg.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scokg.server.ld.Messages;
import org.scokg.vocab.SCO;

/** The timeline: status by year, from the earliest year known to the current year. */
class MembershipTimelineSvgTest {
    private static final String FULL = SCO.FullMember.getURI();
    private static final String OBSERVER = SCO.Observer.getURI();

    private static MembershipTimelineSvg.Entry entry(String row, String status, Integer start, Integer end, Integer reported) {
        return new MembershipTimelineSvg.Entry("urn:" + row, row, "http://localhost/id/state/" + row, status,
                status.equals(FULL) ? "full member" : "observer", start, end, reported);
    }

    @Test
    void aDatedStatusHoldsUntilTheNextOneAndThenToNow() {
        var cells = MembershipTimelineSvg.cells(List.of(entry("in", OBSERVER, 2005, null, null), entry("in", FULL, 2017, null, null)), 2020);
        assertEquals(16, cells.size());
        assertEquals(OBSERVER, cells.get(0).status());
        assertEquals(2016, cells.get(11).year());
        assertEquals(OBSERVER, cells.get(11).status());
        assertEquals(FULL, cells.get(12).status());
        assertEquals(2020, cells.get(15).year());
    }

    @Test
    void anEndDateStopsIt() {
        var cells = MembershipTimelineSvg.cells(List.of(entry("x", FULL, 2001, 2003, null)), 2020);
        assertEquals(3, cells.size());
    }

    @Test
    void aStretchStatedWithoutAnEndEndsWithTheDocumentedStretchItStartsIn() {
        // an article: member of the Shanghai Five since 1996; the reference history: 1996 until it became the SCO in 2001
        var cells = MembershipTimelineSvg.cells(List.of(entry("s5", FULL, 1996, null, null), entry("s5", FULL, 1996, 2001, null)), 2025);
        assertEquals(List.of(1996, 1997, 1998, 1999, 2000, 2001), cells.stream().map(MembershipTimelineSvg.Cell::year).toList());
    }

    @Test
    void aStretchStartingAfterADocumentedEndIsANewOne() {
        var cells = MembershipTimelineSvg.cells(List.of(entry("x", FULL, 1996, 2001, null), entry("x", FULL, 2010, null, null)), 2025);
        assertTrue(cells.stream().anyMatch(c -> c.year() == 2025), "rejoined in 2010, member until now");
        assertTrue(cells.stream().noneMatch(c -> c.year() == 2005), "not a member between 2001 and 2010");
    }

    @Test
    void anUndatedStatusFillsTheYearOfItsArticleWhereNothingDatedHolds() {
        var cells = MembershipTimelineSvg.cells(List.of(entry("cn", FULL, 2001, null, null), entry("cn", OBSERVER, null, null, 2010),
                entry("ir", FULL, null, null, 2023)), 2025);
        assertEquals(25, cells.size());
        assertTrue(cells.stream().noneMatch(c -> c.reported() && c.year() == 2010));
        var reported = MembershipTimelineSvg.cells(List.of(entry("ir", FULL, null, null, 2023)), 2025);
        assertEquals(1, reported.size());
        assertTrue(reported.get(0).reported());
    }

    @Test
    void theSvgSpansTheEarliestYearToNowAndEscapesItsText() {
        String svg = MembershipTimelineSvg.render(List.of(entry("<script>", FULL, 2001, null, null), entry("b", OBSERVER, null, null, 2023)),
                2025, "en", "Timeline & <co>");
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.contains(">2001<"));
        assertTrue(svg.contains(">2025<"));
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;"));
        assertTrue(svg.contains("Timeline &amp; &lt;co&gt;"));
        int rects = svg.split("<rect").length - 1;
        assertEquals(25 + 1 + 3, rects, "a cell a year for the dated row, one for the reported one, and three legend swatches");
    }

    @Test
    void withoutAnyYearItSaysSo() {
        String svg = MembershipTimelineSvg.render(List.of(entry("x", FULL, null, null, null)), 2025, "id", "t");
        assertTrue(svg.contains(Messages.get("timeline.none", "id")));
    }
}
