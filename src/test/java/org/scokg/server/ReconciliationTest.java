package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.vocab.SCO;

/**
 * Issue 8, item 6: the Entity Reconciliation Service API (0.2, as OpenRefine sends it) at
 * {@code /reconcile} on the seed server, with the API's own request shapes: the manifest, query
 * batches as a form field or a GET parameter, types and properties, preview, suggest, the bounds of a
 * request, and CORS for a browser.
 */
class ReconciliationTest {
    static SeedServer seed;
    static String service;

    @BeforeAll
    static void start() {
        seed = SeedServer.get();
        service = seed.root + "reconcile";
    }

    static HttpResponse<byte[]> post(String queries) {
        return Client.post(service, "application/x-www-form-urlencoded; charset=UTF-8",
                "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), Client.text(response));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(Client.text(response));
    }

    static JsonArray result(JsonObject answer, String key) {
        return answer.get(key).getAsObject().get("result").getAsArray();
    }

    static String field(JsonValue candidate, String name) {
        return candidate.getAsObject().getString(name);
    }

    static boolean match(JsonValue candidate) {
        return candidate.getAsObject().get("match").getAsBoolean().value();
    }

    @Test
    void theManifest() {
        JsonObject manifest = json(Client.get(service));
        assertTrue(manifest.get("versions").getAsArray().contains(new org.apache.jena.atlas.json.JsonString("0.2")));
        assertFalse(manifest.getString("name").isBlank());
        assertEquals(seed.root + "id/", manifest.getString("identifierSpace"));
        assertEquals(seed.term(SCO.State).replace("State", ""), manifest.getString("schemaSpace"));
        List<String> types = new ArrayList<>();
        manifest.get("defaultTypes").getAsArray().forEach(t -> types.add(field(t, "id") + "/" + field(t, "name")));
        assertEquals(List.of("State/state", "Organisation/organisation", "Person/person", "Meeting/meeting", "Place/place"), types);
        for (String type : List.of("State", "Organisation", "Person", "Meeting", "Place")) {
            assertEquals(seed.root + "def/sco#" + type, manifest.getString("schemaSpace") + type, "a type id is its class in schemaSpace");
        }
        String view = manifest.get("view").getAsObject().getString("url");
        assertEquals(seed.iri("state/kg"), view.replace("{{id}}", "state/kg"), "the view of an id is the entity's IRI");
        JsonObject preview = manifest.get("preview").getAsObject();
        assertTrue(preview.getString("url").contains("{{id}}"));
        assertTrue(preview.get("width").getAsNumber().value().intValue() > 0 && preview.get("height").getAsNumber().value().intValue() > 0);
        JsonObject suggest = manifest.get("suggest").getAsObject().get("entity").getAsObject();
        HttpResponse<byte[]> suggested = Client.get(suggest.getString("service_url") + suggest.getString("service_path") + "?prefix=Kirg");
        assertEquals("state/kg", field(json(suggested).get("result").getAsArray().get(0), "id"), "the suggest service the manifest names");
        HttpResponse<byte[]> previewed = Client.get(preview.getString("url").replace("{{id}}", "state/kg"));
        assertEquals(200, previewed.statusCode(), "the preview service the manifest names");
    }

    /** The issue's case: a misspelling of Kyrgyzstan, as OpenRefine posts it. */
    @Test
    void kirgiztanIsKyrgyzstanWithItsQid() {
        JsonArray result = result(json(post("{\"q0\":{\"query\":\"Kirgiztan\"}}")), "q0");
        JsonValue first = result.get(0);
        assertEquals("state/kg", field(first, "id"));
        assertEquals("Kyrgyzstan", field(first, "name"));
        assertEquals("Q813", field(first, "qid"));
        assertTrue(match(first), "a match: " + first);
        assertEquals("State", field(first.getAsObject().get("type").getAsArray().get(0), "id"));
        assertEquals(90.0, first.getAsObject().get("score").getAsNumber().value().doubleValue(), "one edit from a name, as the README says");
        assertEquals("state, Wikidata Q813", field(first, "description"));
        for (int i = 1; i < result.size(); i++) {
            assertFalse(match(result.get(i)), "only the first may be a match");
        }
    }

    @Test
    void queriesAsAGetParameterAreAnsweredTheSame() {
        String queries = "{\"q0\":{\"query\":\"Kirgiztan\"}}";
        JsonObject byGet = json(Client.get(service + "?queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8)));
        assertEquals(json(post(queries)), byGet);
    }

    /** Indonesian and English names, aliases, a misspelling, and a name inside a longer text, in one batch. */
    @Test
    void indonesianAndEnglishNamesAndMisspellings() {
        JsonObject answer = json(post("""
                {"a":{"query":"Tiongkok"},"b":{"query":"Russian Federation"},"c":{"query":"Monglia","type":"State"},
                 "d":{"query":"Organisasi Kerja Sama Shanghai"},"e":{"query":"Nursultan","type":"Place","limit":3},
                 "f":{"query":"Presiden Xi Jinping","type":"Person"}}"""));
        assertEquals("state/cn", field(result(answer, "a").get(0), "id"));
        assertTrue(match(result(answer, "a").get(0)));
        assertEquals("Q148", field(result(answer, "a").get(0), "qid"));
        assertEquals("state/ru", field(result(answer, "b").get(0), "id"));
        assertTrue(match(result(answer, "b").get(0)), "an alias is a match");
        assertEquals("Mongolia", field(result(answer, "c").get(0), "name"));
        assertTrue(match(result(answer, "c").get(0)), "one letter away, as the extractor reads it");
        assertEquals("org/sco", field(result(answer, "d").get(0), "id"));
        assertEquals("Astana", field(result(answer, "e").get(0), "name"));
        assertTrue(result(answer, "e").size() <= 3, "the limit");
        JsonValue xi = result(answer, "f").get(0);
        assertEquals("Xi Jinping", field(xi, "name"));
        assertFalse(match(xi), "a name inside a longer text is a candidate, not a sure match");
    }

    @Test
    void typesNarrowTheCandidates() {
        JsonObject answer = json(post("{\"p\":{\"query\":\"Astana\",\"type\":\"State\"},\"q\":{\"query\":\"Astana\",\"type\":[\"Place\",\"State\"]},"
                + "\"r\":{\"query\":\"Astana\",\"type\":\"http://example.org/NoSuchType\"}}"));
        result(answer, "p").forEach(c -> assertEquals("State", field(c.getAsObject().get("type").getAsArray().get(0), "id")));
        assertEquals("Astana", field(result(answer, "q").get(0), "name"));
        assertEquals(0, result(answer, "r").size(), "a type this service does not have has no candidates");
    }

    @Test
    void propertiesQidAndState() {
        JsonObject answer = json(post("""
                {"byQid":{"properties":[{"pid":"qid","v":"Q813"}]},
                 "wrongQid":{"query":"Kirgiztan","properties":[{"pid":"qid","v":"Q148"}]}}"""));
        assertEquals("state/kg", field(result(answer, "byQid").get(0), "id"), "a query by Wikidata ID alone");
        assertTrue(match(result(answer, "byQid").get(0)));
        JsonArray wrong = result(answer, "wrongQid");
        assertEquals("state/cn", field(wrong.get(0), "id"), "the entity with the QID given comes first");
        assertTrue(wrong.stream().filter(c -> field(c, "id").equals("state/kg")).noneMatch(ReconciliationTest::match));
    }

    /** A meeting by what a spreadsheet would say of it: organisation, city and date, taken here from the graph. */
    @Test
    void meetingsByPlaceAndDate() {
        String query = "SELECT ?m ?org ?place ?date { ?m a <" + seed.term(SCO.Meeting) + "> ; <" + seed.term(SCO.location) + "> ?p ; <"
                + seed.term(SCO.date) + "> ?d ; <" + seed.term(SCO.organisation) + "> ?o . ?p <http://www.w3.org/2000/01/rdf-schema#label> ?place "
                + "FILTER(LANG(?place) = \"en\") ?o <" + seed.term(SCO.acronym) + "> ?org BIND(STR(?d) AS ?date) FILTER(STRLEN(?date) = 10) } "
                + "ORDER BY ?m LIMIT 1";
        QuerySolution meeting;
        try (QueryExecution qe = QueryExecution.service(seed.root + "sco/sparql").query(query).build()) {
            ResultSet rows = ResultSetFactory.copyResults(qe.execSelect());
            assertTrue(rows.hasNext(), "the seeds report a dated meeting in a known city");
            meeting = rows.next();
        }
        String text = "KTT " + meeting.getLiteral("org").getString() + " di " + meeting.getLiteral("place").getString() + " "
                + meeting.getLiteral("date").getString();
        JsonArray result = result(json(post("{\"m\":{\"query\":" + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(text))
                + ",\"type\":\"Meeting\"}}")), "m");
        assertEquals(meeting.getResource("m").getURI(), seed.root + "id/" + field(result.get(0), "id"), text);
        assertTrue(match(result.get(0)), text + ": " + result.get(0));
    }

    @Test
    void suggestEntitiesByPrefix() {
        JsonObject answer = json(Client.get(service + "/suggest/entity?prefix=" + URLEncoder.encode("Tiong", StandardCharsets.UTF_8)));
        JsonValue first = answer.get("result").getAsArray().get(0);
        assertEquals("state/cn", field(first, "id"));
        assertEquals("China", field(first, "name"));
        assertEquals("State", field(first.getAsObject().get("notable").getAsArray().get(0), "id"));
        JsonArray people = json(Client.get(service + "/suggest/entity?prefix=xi&type=Person")).get("result").getAsArray();
        assertFalse(people.isEmpty());
        people.forEach(p -> assertEquals("Person", field(p.getAsObject().get("notable").getAsArray().get(0), "id")));
        JsonArray next = json(Client.get(service + "/suggest/entity?prefix=a&cursor=10")).get("result").getAsArray();
        JsonArray firstPage = json(Client.get(service + "/suggest/entity?prefix=a")).get("result").getAsArray();
        assertFalse(next.isEmpty() || firstPage.isEmpty());
        assertFalse(firstPage.contains(next.get(0)), "the cursor pages on");
    }

    @Test
    void previewIsAnEscapedHtmlPage() {
        HttpResponse<byte[]> preview = Client.get(service + "/preview?id=state/kg");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(preview.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        String html = Client.text(preview);
        assertTrue(html.contains("Kyrgyzstan") && html.contains("Q813") && html.contains("Kirgistan"), html);
        assertTrue(html.contains("href=\"" + seed.iri("state/kg") + "\""), html);
        HttpResponse<byte[]> unknown = Client.get(service + "/preview?id=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), "an error is never HTML");
    }

    @Test
    void tooManyQueriesOrTooLongABodyAreRefused() {
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= 50; i++) {
            many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"China\"}");
        }
        HttpResponse<byte[]> tooMany = post(many.append("}").toString());
        assertEquals(400, tooMany.statusCode(), Client.text(tooMany));
        assertTrue(Client.text(tooMany).contains("at most 50 queries"), Client.text(tooMany));

        HttpResponse<byte[]> tooLarge = post("{\"q0\":{\"query\":\"" + "x".repeat(70_000) + "\"}}");
        assertEquals(413, tooLarge.statusCode(), Client.text(tooLarge));
        assertTrue(Client.text(tooLarge).contains("smaller batches"), Client.text(tooLarge));

        HttpResponse<byte[]> longQuery = post("{\"q0\":{\"query\":\"" + "x".repeat(501) + "\"}}");
        assertEquals(400, longQuery.statusCode(), Client.text(longQuery));

        HttpResponse<byte[]> notJson = post("{\"q0\":");
        assertEquals(400, notJson.statusCode(), Client.text(notJson));
        assertTrue(Client.text(notJson).contains("not JSON"), Client.text(notJson));

        HttpResponse<byte[]> asJson = Client.post(service, "application/json", "{\"q0\":{\"query\":\"China\"}}");
        assertEquals(415, asJson.statusCode(), Client.text(asJson));
        assertEquals(200, Client.get(service).statusCode(), "the service goes on");
    }

    /** OpenRefine calls the service from the browser: the answers carry CORS headers, and a preflight is answered. */
    @Test
    void corsForABrowser() {
        HttpResponse<byte[]> answer = Client.send(HttpRequest.newBuilder(URI.create(service)).timeout(Duration.ofSeconds(60))
                .header("Origin", "http://localhost:3333").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"Rusia\"}}", StandardCharsets.UTF_8)))
                .build());
        assertEquals(200, answer.statusCode());
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<byte[]> preflight = Client.send("OPTIONS", service, "Origin", "http://localhost:3333",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type");
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }
}
