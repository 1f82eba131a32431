package org.scokg.wikidata.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scokg.wikidata.model.WikidataStatement;
import org.scokg.wikidata.model.WikidataTime;

/** The refresh against a local stand-in of the query service: it fails, asks to slow down, answers. */
class QueryServiceClientTest {
    final List<Duration> waits = new ArrayList<>();

    QueryServiceClient client(StandInQueryService service) {
        return new QueryServiceClient(service.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
                Duration.ofSeconds(1), waits::add);
    }

    @Test
    void aFailureIsRetriedAfterABackoffAnd429WaitsAsRetryAfterSays() throws Exception {
        try (StandInQueryService service = new StandInQueryService(List.of(
                StandInQueryService.Reply.of(503, "busy"),
                new StandInQueryService.Reply(429, Map.of("Retry-After", "7"), q -> "slow down"),
                StandInQueryService.Reply.of(200, "<urn:a> <urn:b> <urn:c> .")))) {
            String turtle = client(service).construct("CONSTRUCT WHERE { ?s ?p ?o }");
            assertEquals("<urn:a> <urn:b> <urn:c> .", turtle);
            assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(7)), waits);
            assertEquals(3, service.received.size());
            StandInQueryService.Received first = service.received.get(0);
            assertEquals("POST", first.method());
            assertTrue(first.userAgent().startsWith("sco-kg/"), first.userAgent());
            assertEquals("text/turtle", first.accept());
            assertEquals("CONSTRUCT WHERE { ?s ?p ?o }", first.query());
        }
    }

    @Test
    void theBackoffDoublesAndGivesUpAfterTheLastAttempt() throws Exception {
        try (StandInQueryService service = new StandInQueryService(List.of(
                StandInQueryService.Reply.of(500, "a"), StandInQueryService.Reply.of(502, "b"),
                StandInQueryService.Reply.of(503, "c"), StandInQueryService.Reply.of(504, "d")))) {
            IOException e = assertThrows(IOException.class, () -> client(service).construct("ASK {}"));
            assertTrue(e.getMessage().contains("failed 4 times (last: HTTP 504)"), e.getMessage());
            assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
        }
    }

    @Test
    void aQueryTheServiceRejectsIsNotRetried() throws Exception {
        try (StandInQueryService service = new StandInQueryService(List.of(StandInQueryService.Reply.of(400, "syntax error")))) {
            IOException e = assertThrows(QueryServiceClient.RejectedQueryException.class, () -> client(service).construct("nonsense"));
            assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains("syntax error"), e.getMessage());
            assertEquals(1, service.received.size());
            assertEquals(List.of(), waits);
        }
    }

    /** Answers each query with one P463 statement per item of its VALUES block, with a day-precision start. */
    static String membershipsOfTheBatch(String query) {
        if (!query.contains("p:P463")) {
            return "";
        }
        Matcher values = Pattern.compile("VALUES \\?item \\{ ([^}]*) \\}").matcher(query);
        values.find();
        StringBuilder turtle = new StringBuilder("""
                PREFIX wd: <http://www.wikidata.org/entity/> PREFIX p: <http://www.wikidata.org/prop/>
                PREFIX ps: <http://www.wikidata.org/prop/statement/> PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
                PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
                PREFIX wikibase: <http://wikiba.se/ontology#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                """);
        for (String item : values.group(1).trim().split(" ")) {
            turtle.append(item).append(" p:P463 [ ps:P463 wd:Q485207 ; pq:P580 \"2001-01-01T00:00:00Z\"^^xsd:dateTime ; ")
                    .append("pqv:P580 [ wikibase:timeValue \"2001-01-01T00:00:00Z\"^^xsd:dateTime ; wikibase:timePrecision 9 ] ] .\n");
        }
        return turtle.toString();
    }

    @Test
    void theRefreshAsksInBatchesAndWritesADatedSnapshotTheDiffReads(@TempDir Path dir) throws Exception {
        ReferenceEntities entities = new ReferenceEntities(Set.of("Q148", "Q159", "Q232"), Set.of("Q485207"), Set.of("Q15031"));
        try (StandInQueryService service = new StandInQueryService(List.of(
                new StandInQueryService.Reply(200, Map.of(), QueryServiceClientTest::membershipsOfTheBatch),
                new StandInQueryService.Reply(200, Map.of(), QueryServiceClientTest::membershipsOfTheBatch),
                new StandInQueryService.Reply(200, Map.of(), QueryServiceClientTest::membershipsOfTheBatch),
                new StandInQueryService.Reply(200, Map.of(), QueryServiceClientTest::membershipsOfTheBatch),
                new StandInQueryService.Reply(200, Map.of(), QueryServiceClientTest::membershipsOfTheBatch),
                new StandInQueryService.Reply(200, Map.of(), QueryServiceClientTest::membershipsOfTheBatch),
                new StandInQueryService.Reply(200, Map.of(), QueryServiceClientTest::membershipsOfTheBatch)))) {
            SnapshotRefresh refresh = new SnapshotRefresh(client(service), service.endpoint().toString(), 3);
            Path file = dir.resolve("snapshot.ttl");
            SnapshotRefresh.write(refresh.take(entities, List.of("P463", "P10624"), LocalDate.of(2026, 11, 30)), file,
                    LocalDate.of(2026, 11, 30), service.endpoint().toString());
            // per membership property, 4 member candidates (3 states, 1 organisation) in batches of 3; the 3 states'
            // head-of-state and head-of-government positions; then the one person's P39
            assertEquals(7, service.received.size());
            assertTrue(service.received.get(0).query().contains("VALUES ?item { wd:Q148 wd:Q159 wd:Q232 }"), service.received.get(0).query());
            assertTrue(service.received.get(0).query().contains("VALUES ?value { wd:Q485207 }"));
            assertTrue(service.received.get(1).query().contains("VALUES ?item { wd:Q485207 }"));
            assertTrue(service.received.get(2).query().contains("p:P10624") && service.received.get(2).query().contains("wd:Q148"));
            assertTrue(service.received.get(4).query().contains("p:P1906") && service.received.get(4).query().contains("VALUES ?item { wd:Q148 wd:Q159 wd:Q232 }"));
            assertTrue(service.received.get(5).query().contains("p:P1313"));
            assertTrue(service.received.get(6).query().contains("p:P39") && service.received.get(6).query().contains("wd:Q15031"));
            assertTrue(Files.readString(file).startsWith("# Wikidata snapshot for sco-kg, taken 2026-11-30 from " + service.endpoint()));
            Snapshot snapshot = Snapshot.load(file);
            assertEquals("2026-11-30", snapshot.modified());
            assertEquals(Set.of("Q148", "Q159", "Q232", "Q485207", "Q15031"), snapshot.entities());
            assertEquals(4, snapshot.size());
            WikidataStatement china = snapshot.statements("Q148", "P463").get(0);
            assertEquals(new WikidataTime(2001, 0, 0, 9), china.start().orElseThrow());
        }
    }
}
