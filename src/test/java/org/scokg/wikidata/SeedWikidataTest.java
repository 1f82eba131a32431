package org.scokg.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.store.KnowledgeStore;
import org.scokg.wikidata.diff.Finding;
import org.scokg.wikidata.diff.OutletItems;
import org.scokg.wikidata.export.QuickStatementsSyntax;
import org.scokg.wikidata.snapshot.Snapshot;

/** Diff and export on the seed articles, against the snapshot of data/wikidata. */
class SeedWikidataTest {
    static final String LAOS_SENTENCE = "KTT pun menyetujui penerimaan Laos sebagai mitra dialog dan memutuskan bahwa "
            + "Kirgiztan akan memegang jabatan presiden SCO untuk periode 2025–2026.";
    /** The project's own data, but with a stand-in dialogue-partner model (src/test/resources/wikidata/status-roles.tsv). */
    static final WikidataTasks WITH_ROLES = new WikidataTasks(Snapshot.DEFAULT,
            Path.of("src/test/resources/wikidata/status-roles.tsv"), OutletItems.DEFAULT);
    @TempDir
    static Path db;
    static KnowledgeStore store;

    @BeforeAll
    static void loadTheSeeds() throws Exception {
        store = SeedGraph.load(db);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    record Output(String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    static Output export(WikidataTasks tasks, WikidataTasks.ExportFormat format, double min) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        tasks.export(store.dataset(), format, min, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String diff(WikidataTasks.DiffFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WikidataTasks.DEFAULT.printDiff(store.dataset(), format, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDiffSaysPerEntityWhatWikidataLacksWithSentenceAndArticle() {
        Snapshot snapshot = Snapshot.load(Snapshot.DEFAULT);
        List<Finding> findings = WikidataTasks.DEFAULT.diff(store.dataset());
        Finding laos = findings.stream().filter(f -> f.fact().stateQid().orElse("").equals("Q819")).findFirst().orElseThrow();
        // the snapshot covers Laos and holds no P463 statement of it: Wikidata lacks the status
        assertTrue(snapshot.covers("Q819") && snapshot.statements("Q819", "P463").isEmpty());
        assertEquals(Finding.Kind.NEW, laos.kind());
        assertEquals("DialoguePartner", laos.fact().status());
        assertEquals("2025-09-01", laos.fact().start().orElseThrow().toString());
        assertEquals(LAOS_SENTENCE, laos.fact().source().sentence());
        String report = diff(WikidataTasks.DiffFormat.TEXT);
        String laosBlock = report.substring(report.indexOf("== Laos (Q819)"));
        assertTrue(laosBlock.startsWith("== Laos (Q819)\n  LACKS         dialogue partner of Shanghai Cooperation Organisation (Q485207) from 2025-09-01"), report);
        assertTrue(laosBlock.contains("\"" + LAOS_SENTENCE + "\"\n                " + laos.fact().source().article()), report);
        // the Shanghai Five has no verified QID: said, not dropped
        assertTrue(report.contains("NOT MAPPED    member of Shanghai Five from 1996-04-26"), report);
        assertTrue(findings.stream().allMatch(f -> f.kind() == Finding.Kind.NEW || f.kind() == Finding.Kind.UNMAPPED),
                "an empty snapshot agrees with nothing and conflicts with nothing");
        // the offices: Xi Jinping's presidency waits for a snapshot naming China's positions, Li Qiang has no QID
        assertTrue(report.contains("\n2 offices held in the articles (position held, P39): 2 not mapped\n"), report);
        assertTrue(report.contains("== Xi Jinping (Q15031)\n  NOT MAPPED    President of China (Q148) (confidence 0.9)\n"
                + "                the snapshot names no position for it: P1906 or P1313 of China (Q148)\n"), report);
        assertTrue(report.contains("== Li Qiang\n  NOT MAPPED    PrimeMinister of China (Q148) (confidence 0.9)\n"
                + "                no Wikidata ID for Li Qiang\n"), report);
    }

    @Test
    void theDiffAsCsvAndJsonHasOneRowPerFinding() {
        int findings = WikidataTasks.DEFAULT.diff(store.dataset()).size();
        String csv = diff(WikidataTasks.DiffFormat.CSV);
        assertTrue(csv.startsWith("entity,qid,finding,status,organisation,organisation_qid,start,end,confidence,detail,sentence,article,url\r\n"));
        assertTrue(csv.contains("Laos,Q819,lacks,dialogue partner,Shanghai Cooperation Organisation,Q485207,2025-09-01,,0.85,"), csv);
        JsonObject json = JSON.parse(diff(WikidataTasks.DiffFormat.JSON));
        assertEquals(findings, json.get("findings").getAsArray().size());
        assertEquals(2, json.get("offices").getAsArray().size());
        List<String> qids = json.get("offices").getAsArray().stream()
                .map(v -> v.getAsObject().get("person").getAsString().value() + "=" + v.getAsObject().get("qid").getAsString().value())
                .sorted().toList();
        assertEquals(List.of("Li Qiang=", "Xi Jinping=Q15031"), qids);
    }

    @Test
    void theExportWritesMembershipsAndObserversReferencedAndSaysWhyTheRestIsLeftOut() {
        Output o = export(WikidataTasks.DEFAULT, WikidataTasks.ExportFormat.QUICKSTATEMENTS, 0.8);
        // the seeds have no metadata header: the dateline's agency and the copyright notice's year stand for them
        assertTrue(o.lines().stream().anyMatch(l -> l.startsWith("Q148\tP463\tQ485207\tS577\t+2023-00-00T00:00:00Z/9\tS407\tQ9240"
                + "\tS1683\tid:\"Anggota penuh SCO adalah China")), o.out());
        assertTrue(o.lines().stream().anyMatch(l -> l.startsWith("Q265\tP463\tQ485207\tP580\t+2001-00-00T00:00:00Z/9\t")), o.out());
        // Mongolia's observer status, with Wikidata's own property for it
        String mongolia = o.lines().stream().filter(l -> l.startsWith("Q711\t")).findFirst().orElseThrow(() -> new AssertionError(o.out()));
        assertTrue(mongolia.startsWith("Q711\tP10624\tQ485207\tS577\t+2025-00-00T00:00:00Z/9\tS407\tQ9240\tS1683\tid:\"Selain itu hadir"), mongolia);
        assertTrue(mongolia.endsWith("/* sco-kg: observer of Shanghai Cooperation Organisation, from a news article (ANTARA, 2025) */"), mongolia);
        assertEquals(List.of(), QuickStatementsSyntax.errors(o.lines()));
        assertFalse(o.out().contains("localhost"), o.out());
        // no model is verified for dialogue partners: Laos is listed with the reason, not dropped
        assertTrue(o.err().contains("not exported: Laos (Q819) DialoguePartner of Shanghai Cooperation Organisation (Q485207) from 2025-09-01"), o.err());
        assertTrue(o.err().contains("no verified Wikidata model for the status 'dialogue partner'"), o.err());
        assertTrue(o.err().contains("no Wikidata ID for Shanghai Five"), o.err());
        assertFalse(o.err().contains("localhost"), o.err());
    }

    @Test
    void withAVerifiedModelLaosGetsItsDialoguePartnerStatementFromTheDayOfTianjin() {
        Output o = export(WITH_ROLES, WikidataTasks.ExportFormat.QUICKSTATEMENTS, 0.8);
        String laos = o.lines().stream().filter(l -> l.startsWith("Q819\t")).findFirst().orElseThrow(() -> new AssertionError(o.out() + o.err()));
        assertEquals("Q819\tP463\tQ485207\tP2868\tQ90000003\tP580\t+2025-09-01T00:00:00Z/11\tS577\t+2025-00-00T00:00:00Z/9"
                + "\tS407\tQ9240\tS1683\tid:\"" + LAOS_SENTENCE + "\" /* sco-kg: dialogue partner of Shanghai Cooperation Organisation,"
                + " from a news article (ANTARA, 2025) */", laos);
        assertEquals(List.of(), QuickStatementsSyntax.errors(o.lines()));
        assertFalse(o.out().contains("localhost"));
    }

    @Test
    void theMinimumConfidenceHoldsBackWhatIsLessSure() {
        Output o = export(WITH_ROLES, WikidataTasks.ExportFormat.QUICKSTATEMENTS, 0.88);
        assertFalse(o.lines().stream().anyMatch(l -> l.startsWith("Q819\t")), "Laos's status has confidence 0.85");
        assertTrue(o.err().contains("confidence 0.85 is below --min-confidence 0.88"), o.err());
    }

    @Test
    void theRdfExportIsWikibaseRdfWithTimePrecision() {
        Output o = export(WITH_ROLES, WikidataTasks.ExportFormat.RDF, 0.8);
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.create().fromString(o.out()).lang(Lang.TURTLE).parse(m);
        String q = """
                PREFIX wd: <http://www.wikidata.org/entity/> PREFIX p: <http://www.wikidata.org/prop/>
                PREFIX ps: <http://www.wikidata.org/prop/statement/> PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
                PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/> PREFIX wikibase: <http://wikiba.se/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX pr: <http://www.wikidata.org/prop/reference/>
                ASK { wd:Q819 p:P463 ?s . ?s ps:P463 wd:Q485207 ; pq:P2868 wd:Q90000003 ;
                      pqv:P580 [ wikibase:timeValue ?t ; wikibase:timePrecision 11 ] ;
                      prov:wasDerivedFrom [ pr:P407 wd:Q9240 ; pr:P1683 ?quote ] .
                      FILTER(STR(?t) = "2025-09-01T00:00:00Z" && LANG(?quote) = "id") }
                """;
        try (var qe = org.apache.jena.query.QueryExecution.model(m).query(q).build()) {
            assertTrue(qe.execAsk(), o.out());
        }
    }
}
