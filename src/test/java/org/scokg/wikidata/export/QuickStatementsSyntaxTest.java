package org.scokg.wikidata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scokg.wikidata.model.WikidataTime;

class QuickStatementsSyntaxTest {
    static final String GOOD = "Q819\tP463\tQ485207\tP580\t+2025-09-01T00:00:00Z/11\tS854\t\"https://example.org/a\""
            + "\tS1683\tid:\"Kata \"SCO\" di sini.\" /* sco-kg: dialogue partner */";

    @Test
    void aStatementWithQualifierReferencesQuotesAndSummaryPasses() {
        assertNull(QuickStatementsSyntax.error(GOOD));
    }

    @Test
    void whatTheParserWouldMisreadIsRefused() {
        assertTrue(QuickStatementsSyntax.error(GOOD.replace("/11", "")).contains("without its precision"));
        assertTrue(QuickStatementsSyntax.error(GOOD.replace(" /* sco-kg: dialogue partner */", "")).contains("no edit summary"));
        assertTrue(QuickStatementsSyntax.error(GOOD.replace("\tS854\t\"https://example.org/a\"", "\tS854")).contains("Incomplete"));
        assertTrue(QuickStatementsSyntax.error(GOOD.replace("+2025-09-01T00:00:00Z/11", "Q5")).contains("P580 takes a time"));
        assertTrue(QuickStatementsSyntax.error(GOOD.replace("+2025-09-01T00:00:00Z/11", "+2025-09-01T00:00:00Z/9"))
                .contains("finer than the precision"));
        assertTrue(QuickStatementsSyntax.error(GOOD.replace("di sini.", "di /* sini.")).contains("comment mark"));
        assertTrue(QuickStatementsSyntax.error(GOOD.replace("Q819", "Laos")).contains("not a statement"));
        assertEquals(List.of("line 2: a line break inside a command"), QuickStatementsSyntax.errors(List.of(GOOD, GOOD + "\n")));
    }

    @Test
    void timesKeepTheirPrecision() {
        assertEquals("+2025-09-01T00:00:00Z/11", WikidataTime.ofLexical("2025-09-01").quickStatements());
        assertEquals("+2017-06-00T00:00:00Z/10", WikidataTime.ofLexical("2017-06").quickStatements());
        assertEquals("+2001-00-00T00:00:00Z/9", WikidataTime.ofLexical("2001").quickStatements());
        assertNull(QuickStatementsSyntax.error(GOOD.replace("+2025-09-01T00:00:00Z/11", "+2001-00-00T00:00:00Z/9")));
    }
}
