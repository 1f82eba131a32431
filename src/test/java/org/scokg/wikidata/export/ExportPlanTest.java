package org.scokg.wikidata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.wikidata.diff.ArticleSource;
import org.scokg.wikidata.diff.DiffTest;
import org.scokg.wikidata.diff.Finding;
import org.scokg.wikidata.diff.GraphMembership;
import org.scokg.wikidata.diff.OutletItems;
import org.scokg.wikidata.model.WikidataTime;

/** References and what is left out, for an article whose source is known. */
class ExportPlanTest {
    static final String SENTENCE = "Menurut dia, \"SCO menerima Laos sebagai mitra dialog\" pada Senin.";

    static GraphMembership laos(String url, double confidence) {
        return laos("FullMember", Optional.of("ANTARA"), url, confidence);
    }

    static GraphMembership laos(String status, Optional<String> outlet, String url, double confidence) {
        return new GraphMembership("http://localhost:3030/id/membership/x", "http://localhost:3030/id/state/la", "Laos",
                Optional.of("Q819"), "http://localhost:3030/id/org/sco", "Shanghai Cooperation Organisation",
                Optional.of("Q485207"), status, Optional.of(WikidataTime.ofLexical("2025-09-01")), Optional.empty(),
                confidence, new ArticleSource("http://localhost:3030/id/article/abc", SENTENCE, Optional.of(url),
                        Optional.of("Laos jadi mitra"), "id", outlet,
                        Optional.of(WikidataTime.ofLexical("2025-09-02")), Optional.of(WikidataTime.ofLexical("2026-11-30"))));
    }

    static List<String> export(GraphMembership m, OutletItems outlets, double min, List<String> notExported) {
        Finding f = new Finding(m, Finding.Kind.NEW, "Wikidata has no member statement", Optional.empty());
        ExportPlan.Result r = new ExportPlan(DiffTest.ROLES, outlets, min).plan(List.of(f));
        notExported.addAll(r.notExported());
        return QuickStatementsWriter.lines(r.statements());
    }

    @Test
    void theReferenceCitesTheArticleAndQuotesTheSentenceAsWritten(@TempDir Path dir) throws Exception {
        Path outlets = Files.writeString(dir.resolve("outlets.tsv"), "ANTARA\tQ90000002\ttest fixture\n");
        List<String> lines = export(laos("https://www.antaranews.com/berita/1", 0.9), OutletItems.load(outlets), 0.8, new java.util.ArrayList<>());
        assertEquals(1, lines.size());
        String line = lines.get(0);
        assertTrue(line.startsWith("Q819\tP463\tQ485207\tP580\t+2025-09-01T00:00:00Z/11\tS854\t\"https://www.antaranews.com/berita/1\""
                + "\tS248\tQ90000002\tS1476\tid:\"Laos jadi mitra\"\tS577\t+2025-09-02T00:00:00Z/11\tS407\tQ9240"
                + "\tS813\t+2026-11-30T00:00:00Z/11\tS1683\tid:\"" + SENTENCE + "\" /* sco-kg: member of "), line);
        assertNull(QuickStatementsSyntax.error(line));
    }

    @Test
    void anObserverIsStatedWithTheObserverStatusPropertyAndAnOutletIsFoundByItsDomain(@TempDir Path dir) throws Exception {
        Path outlets = Files.writeString(dir.resolve("outlets.tsv"), "antaranews.com\tQ90000002\ttest fixture\n");
        String line = export(laos("Observer", Optional.empty(), "https://en.antaranews.com/news/1", 0.9),
                OutletItems.load(outlets), 0.8, new java.util.ArrayList<>()).get(0);
        assertTrue(line.startsWith("Q819\tP10624\tQ485207\tP580\t+2025-09-01T00:00:00Z/11\tS854\t\"https://en.antaranews.com/news/1\""
                + "\tS248\tQ90000002\t"), line);
        assertTrue(line.endsWith("/* sco-kg: observer of Shanghai Cooperation Organisation, from \"Laos jadi mitra\" */"), line);
        assertNull(QuickStatementsSyntax.error(line));
    }

    @Test
    void aGraphIriOrALocalAddressIsNeverAReferenceUrl(@TempDir Path dir) throws Exception {
        OutletItems none = OutletItems.load(Files.writeString(dir.resolve("o.tsv"), ""));
        for (String url : List.of("http://localhost:3030/id/article/abc", "http://127.0.0.1/x", "file:/tmp/a.txt")) {
            String line = export(laos(url, 0.9), none, 0.8, new java.util.ArrayList<>()).get(0);
            assertFalse(line.contains("S854") || line.contains("localhost"), line);
        }
    }

    @Test
    void belowTheMinimumConfidenceOrWithoutAVerifiedRoleNothingIsExportedAndTheReasonIsGiven(@TempDir Path dir) throws Exception {
        OutletItems none = OutletItems.load(Files.writeString(dir.resolve("o.tsv"), ""));
        List<String> reasons = new java.util.ArrayList<>();
        assertTrue(export(laos("https://a.example/1", 0.7), none, 0.8, reasons).isEmpty());
        assertTrue(reasons.get(0).contains("confidence 0.7 is below --min-confidence 0.8"), reasons.toString());
        GraphMembership partner = laos("DialoguePartner", Optional.of("ANTARA"), "https://a.example/1", 0.9);
        reasons.clear();
        assertTrue(export(partner, none, 0.8, reasons).isEmpty());
        assertTrue(reasons.get(0).contains("no verified Wikidata model for the status 'dialogue partner'"), reasons.toString());
    }
}
