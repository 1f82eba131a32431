package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scokg.article.Corpus;
import org.scokg.rdf.Iris;

/** {@code sco query}: the competency queries over the loaded seeds keep their column contract. */
class QueryCommandTest {
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String SCO = WD + "Q485207";

    /** The contract of issue 3: each query's columns, in order. */
    static final Map<String, List<String>> CONTRACT = Map.of(
            "meetings", List.of("source", "meeting", "org", "date", "place", "ordinal"),
            "statuses", List.of("source", "org", "state", "status", "since"),
            "participation", List.of("source", "meeting", "org", "date", "place", "state", "role"),
            "pledges", List.of("source", "pledger", "date", "amount", "unit", "text"),
            "proposals", List.of("source", "proposer", "ordinal", "text"),
            "chairs", List.of("source", "org", "state", "from", "to"),
            "people", List.of("source", "name", "role", "state"));

    @TempDir
    static Path dir;
    static Path db;
    static String tianjin;
    static String bishkek;

    @BeforeAll
    static void load() {
        db = dir.resolve("tdb2");
        Cli.Result r = Cli.run("load", "--db", db.toString(), Corpus.SEEDS.toString());
        assertEquals(0, r.exit(), r.toString());
        tianjin = Iris.standard().article(Corpus.read(Corpus.SEED_TIANJIN));
        bishkek = Iris.standard().article(Corpus.read(Corpus.SEED_BISHKEK));
    }

    @AfterAll
    static void release() {
        Cli.release(db);
    }

    static List<List<String>> query(String name) {
        Cli.Result r = Cli.run("query", "--db", db.toString(), name);
        assertEquals(0, r.exit(), name + ": " + r);
        List<List<String>> rows = Cli.csv(r.out());
        assertFalse(rows.isEmpty(), name + " printed no header: " + r);
        return rows;
    }

    /** The rows of a query as maps from column to value, the header checked. */
    static List<Map<String, String>> rows(String name) {
        List<List<String>> csv = query(name);
        List<String> header = csv.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : csv.subList(1, csv.size())) {
            assertEquals(header.size(), record.size(), name + " row " + record);
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static Stream<Arguments> contract() {
        return CONTRACT.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest
    @MethodSource("contract")
    void eachQueryHasItsContractColumns(String name, List<String> columns) {
        assertEquals(columns, query(name).get(0), name + " columns");
    }

    @ParameterizedTest
    @MethodSource("contract")
    void eachQueryPrintsRowsWithoutDuplicates(String name, List<String> columns) {
        List<List<String>> csv = query(name);
        List<List<String>> data = csv.subList(1, csv.size());
        assertFalse(data.isEmpty(), name + " finds nothing in the seeds");
        Set<List<String>> seen = new HashSet<>();
        List<List<String>> duplicates = data.stream().filter(r -> !seen.add(r)).toList();
        assertTrue(duplicates.isEmpty(), name + " prints duplicate rows: " + duplicates);
    }

    @ParameterizedTest
    @MethodSource("contract")
    void sourcesAreArticlesAndDatesAreDaysOrYears(String name, List<String> columns) {
        for (Map<String, String> row : rows(name)) {
            assertTrue(Set.of(tianjin, bishkek).contains(row.get("source")), name + ": source " + row.get("source"));
            for (String column : List.of("date", "since", "from", "to")) {
                String v = row.get(column);
                if (v != null && !v.isEmpty()) {
                    assertTrue(v.matches("\\d{4}(-\\d{2}-\\d{2})?"), name + "." + column + " = " + v);
                }
            }
        }
    }

    @Test
    void statusesPrintTheHeaderFirst() {
        Cli.Result r = Cli.run("query", "--db", db.toString(), "statuses");
        assertTrue(r.out().startsWith("source,org,state,status,since\r\n") || r.out().startsWith("source,org,state,status,since\n"),
                r.out().lines().findFirst().orElse(""));
    }

    @Test
    void statusesOfTheSeeds() {
        List<Map<String, String>> rows = rows("statuses");
        Set<String> statuses = rows.stream().map(r -> r.get("status")).collect(Collectors.toSet());
        assertTrue(Set.of("member", "observer", "dialogue_partner").containsAll(statuses), statuses.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("source").equals(tianjin) && r.get("org").equals(SCO)
                && r.get("state").equals(WD + "Q819") && r.get("status").equals("dialogue_partner")
                && r.get("since").equals("2025-09-01")), "Laos, dialogue partner since 2025-09-01");
        assertTrue(rows.stream().anyMatch(r -> r.get("source").equals(tianjin) && r.get("state").equals(WD + "Q711")
                && r.get("status").equals("observer")), "Mongolia, observer");
        assertEquals(5, rows.stream().filter(r -> r.get("source").equals(bishkek) && !r.get("org").equals(SCO)
                && r.get("since").equals("1996-04-26")).count(), "the five founders of the Shanghai Five");
    }

    /** The rows of an analyst's query with one parameter bound. */
    static List<Map<String, String>> rows(String name, String param) {
        Cli.Result r = Cli.run("query", "--db", db.toString(), name, "--param", param);
        assertEquals(0, r.exit(), name + ": " + r);
        List<List<String>> csv = Cli.csv(r.out());
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : csv.subList(1, csv.size())) {
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                row.put(csv.get(0).get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean shanghaiFive(Map<String, String> row) {
        return row.get("org").endsWith("/id/org/shanghai-five");
    }

    @Test
    void shanghaiFiveMembershipsEndWhenItBecameTheSco() {
        assertEquals(5, rows("members-as-of", "asOf=2000-01-01").stream().filter(QueryCommandTest::shanghaiFive).count(),
                "the five members of the Shanghai Five in 2000");
        for (String day : List.of("asOf=2005-01-01", "asOf=2024-01-01")) {
            List<Map<String, String>> rows = rows("members-as-of", day);
            assertTrue(rows.stream().noneMatch(QueryCommandTest::shanghaiFive), day + ": " + rows);
            assertTrue(rows.stream().anyMatch(r -> r.get("org").equals(SCO) && r.get("state").equals(WD + "Q148")), day + ": China in the SCO");
        }
        List<Map<String, String>> today = rows("members-as-of");
        assertTrue(today.stream().noneMatch(r -> r.get("org").endsWith("/id/org/shanghai-five")), "today: " + today);
    }

    @Test
    void statusHistoryShowsWhereTheShanghaiFiveMembershipEnded() {
        List<Map<String, String>> china = rows("status-history", "state=Q148").stream().filter(QueryCommandTest::shanghaiFive).toList();
        assertTrue(china.stream().anyMatch(r -> r.get("source").equals(bishkek) && r.get("since").equals("1996-04-26")), china.toString());
        assertTrue(china.stream().allMatch(r -> r.get("until").equals("2001-06-15")), "every statement of it ends there: " + china);
    }

    @Test
    void theQueriesGiveTheSameRowsOnADatabaseLoadedWithAnotherBase(@TempDir Path tmp) {
        String base = "https://kg.example.org/";
        Path rebased = tmp.resolve("tdb2");
        assertEquals(0, Cli.run("load", "--db", rebased.toString(), "--base", base, Corpus.SEEDS.toString()).exit());
        try {
            for (String name : CONTRACT.keySet()) {
                List<List<String>> there = Cli.csv(Cli.run("query", "--db", rebased.toString(), name).out());
                List<List<String>> here = query(name).stream()
                        .map(r -> r.stream().map(v -> v.replace(Iris.standard().base(), base)).toList()).toList();
                assertTrue(there.size() > 1, name + " finds nothing under " + base);
                assertEquals(new HashSet<>(here), new HashSet<>(there), name + ": the same rows, the graph's own IRIs under " + base);
            }
            Cli.Result wikidata = Cli.run("wikidata", "export", "--db", rebased.toString());
            List<String> lines = wikidata.out().lines().toList();
            assertFalse(lines.isEmpty(), "sco wikidata export finds the memberships: " + wikidata);
            assertTrue(lines.stream().noneMatch(l -> l.contains(base) || l.contains(Iris.standard().base())),
                    "no statement is referenced by a graph IRI: " + lines);
            assertEquals(Cli.run("wikidata", "export", "--db", db.toString()).out(), wikidata.out(),
                    "the export does not depend on the base the database was loaded with");
        } finally {
            Cli.release(rebased);
        }
    }

    @Test
    void meetingsOfTheSeeds() {
        List<Map<String, String>> rows = rows("meetings");
        assertTrue(rows.stream().anyMatch(r -> r.get("source").equals(bishkek) && r.get("org").equals(SCO)
                && r.get("date").equals("2023-10-26") && r.get("place").equals(WD + "Q9361") && r.get("ordinal").equals("22")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("source").equals(tianjin) && r.get("date").equals("2025-09-01")
                && r.get("place").equals(WD + "Q11736")), rows.toString());
    }

    @Test
    void participationRolesOfTheSeeds() {
        List<Map<String, String>> rows = rows("participation");
        Set<String> roles = rows.stream().map(r -> r.get("role")).collect(Collectors.toSet());
        assertTrue(Set.of("member", "observer", "dialogue_partner", "guest").containsAll(roles), roles.toString());
        assertEquals(Set.of(WD + "Q252", WD + "Q819", WD + "Q833", WD + "Q881"), rows.stream()
                .filter(r -> r.get("source").equals(tianjin) && r.get("role").equals("guest"))
                .map(r -> r.get("state")).collect(Collectors.toSet()), "the four invited states");
    }

    @Test
    void pledgeAmountsArePlainDecimals() {
        List<Map<String, String>> rows = rows("pledges");
        Map<String, String> pv = rows.stream().filter(r -> r.get("text").contains("fotovoltaik")).findFirst()
                .orElseThrow(() -> new AssertionError("no photovoltaic pledge: " + rows));
        assertEquals(WD + "Q148", pv.get("pledger"));
        assertEquals("2025-09-01", pv.get("date"), "the meeting's date");
        assertTrue(pv.get("amount").matches("\\d+(\\.\\d+)?"), "a plain decimal: " + pv.get("amount"));
        assertEquals(0, new BigDecimal("10000000").compareTo(new BigDecimal(pv.get("amount"))));
        assertTrue(pv.get("unit").contains("KiloW"), pv.get("unit"));
    }

    @Test
    void proposalsOfTheSeeds() {
        List<Map<String, String>> rows = rows("proposals").stream().filter(r -> r.get("source").equals(bishkek)).toList();
        assertEquals(Set.of("1", "2", "3", "4"), rows.stream().map(r -> r.get("ordinal")).filter(o -> !o.isEmpty())
                .collect(Collectors.toSet()));
        assertTrue(rows.stream().allMatch(r -> r.get("proposer").equals(WD + "Q148")), rows.toString());
    }

    @Test
    void chairsOfTheSeeds() {
        List<Map<String, String>> rows = rows("chairs");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(Map.of("source", tianjin, "org", SCO, "state", WD + "Q813", "from", "2025", "to", "2026"), rows.get(0));
    }

    @Test
    void peopleOfTheSeeds() {
        List<Map<String, String>> rows = rows("people");
        Set<String> roles = Set.of("president", "prime_minister", "foreign_minister", "acting_president", "spokesperson", "minister", "other", "");
        rows.forEach(r -> assertTrue(roles.contains(r.get("role")), "role " + r.get("role")));
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equalsIgnoreCase("Xi Jinping") && r.get("role").equals("president")
                && r.get("state").equals(WD + "Q148")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equalsIgnoreCase("Li Qiang") && r.get("role").equals("prime_minister")
                && r.get("state").equals(WD + "Q148")), rows.toString());
    }

    @Test
    void otherFormats() {
        Cli.Result json = Cli.run("query", "--db", db.toString(), "chairs", "--format", "json");
        assertEquals(0, json.exit());
        assertTrue(json.out().contains("\"vars\""), json.out());
        Cli.Result tsv = Cli.run("query", "--db", db.toString(), "chairs", "--format", "tsv");
        assertEquals(0, tsv.exit());
        assertTrue(tsv.out().startsWith("?source\t?org\t?state\t?from\t?to"), tsv.out());
        assertNotEquals(0, Cli.run("query", "--db", db.toString(), "chairs", "--format", "xml").exit());
    }

    @Test
    void paramIsRepeatable(@TempDir Path tmp) throws Exception {
        Path rq = Files.writeString(tmp.resolve("two.rq"), "SELECT ?y ?n { BIND(?year AS ?y) BIND(?name AS ?n) }");
        Cli.Result r = Cli.run("query", "--db", db.toString(), rq.toString(), "--param", "year=2024", "--param", "name=Tianjin");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(List.of("y", "n"), List.of("2024", "Tianjin")), Cli.csv(r.out()));
    }

    @Test
    void aQueryFromAFile(@TempDir Path tmp) throws Exception {
        Path rq = Files.writeString(tmp.resolve("count.rq"), "SELECT (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }");
        Cli.Result r = Cli.run("query", "--db", db.toString(), rq.toString());
        assertEquals(0, r.exit(), r.toString());
        List<List<String>> csv = Cli.csv(r.out());
        assertEquals(List.of("graphs"), csv.get(0));
        assertTrue(Integer.parseInt(csv.get(1).get(0)) >= 2, r.out());
    }

    @Test
    void errorsAreReported(@TempDir Path tmp) throws Exception {
        Cli.Result noDb = Cli.run("query", "--db", tmp.resolve("none").toString(), "statuses");
        assertNotEquals(0, noDb.exit());
        assertTrue(noDb.err().contains(tmp.resolve("none").toString()), noDb.toString());
        Cli.Result unknown = Cli.run("query", "--db", db.toString(), "no_such_query");
        assertNotEquals(0, unknown.exit());
        assertTrue(unknown.err().contains("no_such_query"), unknown.toString());
        Path bad = Files.writeString(tmp.resolve("bad.rq"), "SELECT WHERE {");
        Cli.Result parse = Cli.run("query", "--db", db.toString(), bad.toString());
        assertNotEquals(0, parse.exit());
        assertTrue(parse.err().contains("parse"), parse.toString());
    }
}
