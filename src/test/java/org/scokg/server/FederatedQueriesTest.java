package org.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scokg.server.endpoint.QueryLimits;
import org.scokg.server.ld.LinkedDataSettings;
import org.scokg.vocab.SCO;

/**
 * Issue 8, item 5: the federated examples of the README ({@code queries/federated/*.rq}, the files
 * the README points to) run on the public endpoint against a second local Fuseki standing in for
 * Wikidata's query service; the allow-list of the server under test holds the stand-in's endpoint,
 * which replaces {@code https://query.wikidata.org/sparql} in the queries. The stand-in's statements
 * are made here from the graph's own QIDs, so each answer can be checked against what was put there.
 */
class FederatedQueriesTest {
    static final Path EXAMPLES = Path.of("queries/federated");
    static final String WD = "http://www.wikidata.org/entity/";
    static final String WDT = "http://www.wikidata.org/prop/direct/";
    static final String WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";

    static SeedServer seed;
    static FusekiServer wikidata;
    static String wikidataEndpoint;
    static final List<String> remoteQueries = Collections.synchronizedList(new ArrayList<>());
    static final Model standIn = ModelFactory.createDefaultModel();
    static FusekiServer server;
    static String sparql;

    @BeforeAll
    static void start() throws IOException {
        seed = SeedServer.get();
        fillStandIn();
        int wikidataPort = SeedServer.freePort();
        Filter recorder = (request, response, chain) -> {
            String query = request.getParameter("query");
            if (query != null) {
                remoteQueries.add(query);
            }
            chain.doFilter(request, response);
        };
        wikidata = FusekiServer.create().port(wikidataPort).add("/wikidata", DatasetFactory.wrap(standIn), false)
                .addFilter("/*", recorder).build().start();
        wikidataEndpoint = "http://localhost:" + wikidataPort + "/wikidata/sparql";
        int port = SeedServer.freePort();
        QueryLimits limits = new QueryLimits(QueryLimits.DEFAULT_MAX_ROWS, QueryLimits.DEFAULT_MAX_BYTES, 20_000, 20_000,
                QueryLimits.DEFAULT_SPILL_THRESHOLD, Set.of(wikidataEndpoint));
        server = ScoServer.build(seed.dataset(), port, LinkedDataSettings.forBase(seed.root), limits).start();
        sparql = "http://localhost:" + port + "/sco/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (wikidata != null) {
            wikidata.stop();
        }
    }

    /**
     * For every Wikidata item of the graph: a population, a coordinate, and a head of government,
     * who is a person of the graph from that state where the graph has one (so that the example's
     * link back to the graph is tried) and an item unknown to the graph otherwise.
     */
    static void fillStandIn() {
        Property population = standIn.createProperty(WDT + "P1082");
        Property headOfGovernment = standIn.createProperty(WDT + "P6");
        Property coordinates = standIn.createProperty(WDT + "P625");
        Map<String, String> personOfState = new HashMap<>();
        for (QuerySolution row : local("SELECT ?stateItem (MIN(STR(?personItem)) AS ?person) { ?p a <" + seed.term(SCO.Person) + "> ; <"
                + seed.term(SCO.nationality) + "> ?state ; <http://www.w3.org/2002/07/owl#sameAs> ?personItem . "
                + "?state <http://www.w3.org/2002/07/owl#sameAs> ?stateItem } GROUP BY ?stateItem")) {
            personOfState.put(row.getResource("stateItem").getURI(), row.getLiteral("person").getString());
        }
        for (QuerySolution row : local("SELECT DISTINCT ?item { ?x <http://www.w3.org/2002/07/owl#sameAs> ?item "
                + "FILTER(STRSTARTS(STR(?item), \"" + WD + "\")) }")) {
            String item = row.getResource("item").getURI();
            long number = Long.parseLong(item.substring(item.lastIndexOf('Q') + 1));
            Resource subject = standIn.createResource(item);
            subject.addLiteral(population, standIn.createTypedLiteral(Long.toString(number * 1000 + 7), XSDDatatype.XSDdecimal));
            subject.addProperty(coordinates, standIn.createTypedLiteral("Point(" + number % 180 + " " + number % 90 + ")",
                    new org.apache.jena.datatypes.BaseDatatype(WKT)));
            Resource head = standIn.createResource(personOfState.getOrDefault(item, WD + "Q" + (900_000_000L + number)));
            subject.addProperty(headOfGovernment, head);
            head.addProperty(RDFS.label, standIn.createLiteral("Head of " + item.substring(WD.length()), "en"));
        }
    }

    /** A query on the graph alone, through the seed server's public endpoint. */
    static List<QuerySolution> local(String query) {
        try (QueryExecution qe = QueryExecution.service(seed.root + "sco/sparql").query(query).build()) {
            ResultSet rows = ResultSetFactory.copyResults(qe.execSelect());
            List<QuerySolution> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            return list;
        }
    }

    /** An example as the README's file has it, pointed at the stand-in and at the seed server's namespace. */
    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name + ".rq"))
                .replace("<" + QueryLimits.WIKIDATA_QUERY_SERVICE + ">", "<" + wikidataEndpoint + ">")
                .transform(seed.iris.namespace()::deployedQuery);
    }

    static List<QuerySolution> federated(String query) {
        HttpResponse<byte[]> response = Client.get(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), Client.text(response));
        ResultSet rows = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(response.body()));
        List<QuerySolution> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }

    static RDFNode standInValue(Resource item, String property) {
        return standIn.getRequiredProperty(standIn.createResource(item.getURI()), standIn.createProperty(WDT + property)).getObject();
    }

    @Test
    void theExamplesAreTheFilesTheReadmeNames() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : List.of("member-populations", "heads-of-government", "summit-city-coordinates")) {
            assertTrue(readme.contains("queries/federated/" + name + ".rq"), "the README points to " + name);
            String text = Files.readString(EXAMPLES.resolve(name + ".rq"));
            assertTrue(text.contains("SERVICE <" + QueryLimits.WIKIDATA_QUERY_SERVICE + ">"), name + " calls Wikidata's endpoint");
        }
    }

    @Test
    void populationsOfTheMembers() throws IOException {
        List<QuerySolution> rows = federated(example("member-populations"));
        Set<String> members = new HashSet<>();
        for (QuerySolution member : local("SELECT DISTINCT ?state { ?m a <" + seed.term(SCO.Membership) + "> ; <" + seed.term(SCO.memberState)
                + "> ?state ; <" + seed.term(SCO.status) + ">/<http://www.w3.org/2004/02/skos/core#notation> \"member\" . "
                + "?state <http://www.w3.org/2002/07/owl#sameAs> ?item FILTER(STRSTARTS(STR(?item), \"" + WD + "\")) }")) {
            members.add(member.getResource("state").getURI());
        }
        assertFalse(members.isEmpty(), "the seeds name members");
        Set<String> answered = new HashSet<>();
        for (QuerySolution row : rows) {
            answered.add(row.getResource("state").getURI());
            assertEquals(standInValue(row.getResource("item"), "P1082").asLiteral().getLexicalForm(),
                    row.getLiteral("population").getLexicalForm(), "the population Wikidata's stand-in holds for " + row.get("name"));
        }
        assertEquals(members, answered, "one row per member with a QID");
        assertEquals(rows.size(), answered.size());
        assertTrue(rows.get(0).getLiteral("population").getLong() >= rows.get(rows.size() - 1).getLiteral("population").getLong(),
                "largest first");
    }

    @Test
    void headsOfGovernmentAndTheGraphsOwnPeople() throws IOException {
        List<QuerySolution> rows = federated(example("heads-of-government"));
        assertFalse(rows.isEmpty());
        boolean someKnown = false;
        for (QuerySolution row : rows) {
            Resource head = row.getResource("head");
            Resource item = row.getResource("item");
            assertEquals(standInValue(item, "P6").asResource().getURI(), head.getURI());
            assertEquals("Head of " + item.getURI().substring(WD.length()), row.getLiteral("headName").getString(), "the label from the stand-in");
            List<QuerySolution> known = local("SELECT ?p { ?p a <" + seed.term(SCO.Person) + "> ; <http://www.w3.org/2002/07/owl#sameAs> <"
                    + head.getURI() + "> }");
            if (known.isEmpty()) {
                assertNull(row.get("person"), head + " is not in the graph");
            } else {
                assertEquals(known.get(0).getResource("p").getURI(), row.getResource("person").getURI());
                someKnown = true;
            }
        }
        assertTrue(someKnown, "the seeds hold the person the stand-in names for at least one state");
    }

    @Test
    void coordinatesOfTheSummitCities() throws IOException {
        List<QuerySolution> rows = federated(example("summit-city-coordinates"));
        Set<String> cities = new HashSet<>();
        for (QuerySolution city : local("SELECT DISTINCT ?city { ?meeting a <" + seed.term(SCO.Meeting) + "> ; <" + seed.term(SCO.location)
                + "> ?city . ?city <http://www.w3.org/2002/07/owl#sameAs> ?item FILTER(STRSTARTS(STR(?item), \"" + WD + "\")) }")) {
            cities.add(city.getResource("city").getURI());
        }
        assertFalse(cities.isEmpty(), "the seeds report meetings in known cities");
        Set<String> answered = new HashSet<>();
        for (QuerySolution row : rows) {
            answered.add(row.getResource("city").getURI());
            assertEquals(standInValue(row.getResource("item"), "P625").asLiteral().getLexicalForm(),
                    row.getLiteral("coordinates").getLexicalForm());
            assertEquals(WKT, row.getLiteral("coordinates").getDatatypeURI());
            assertTrue(row.getLiteral("meetings").getInt() >= 1);
        }
        assertEquals(cities, answered);
    }

    /**
     * Each call to the remote endpoint asks for a bounded number of rows, and about one item of the
     * graph: the engine binds the item before it calls, so Wikidata is never asked for every population.
     */
    @Test
    void everyRemoteQueryIsBoundedAndAboutOneItem() throws IOException {
        remoteQueries.clear();
        federated(example("member-populations"));
        assertFalse(remoteQueries.isEmpty(), "the stand-in was called");
        for (String query : List.copyOf(remoteQueries)) {
            assertTrue(query.matches("(?s).*LIMIT\\s+" + (QueryLimits.DEFAULT_MAX_ROWS + 1) + "\\s*"), query);
            assertTrue(query.matches("(?s).*<" + WD + "Q\\d+>\\s+<" + WDT + "P1082>.*"), query);
        }
    }

    @Test
    void aRemoteResultOverTheRowLimitIsAnError() throws IOException {
        QueryLimits low = new QueryLimits(5, QueryLimits.DEFAULT_MAX_BYTES, 20_000, 20_000, 1_000, Set.of(wikidataEndpoint));
        int port = SeedServer.freePort();
        FusekiServer lowServer = ScoServer.build(seed.dataset(), port, LinkedDataSettings.forBase(seed.root), low).start();
        try {
            String query = "SELECT (COUNT(*) AS ?n) { SERVICE <" + wikidataEndpoint + "> { ?s ?p ?o } }";
            HttpResponse<byte[]> response = Client.get("http://localhost:" + port + "/sco/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
            assertEquals(422, response.statusCode(), Client.text(response));
            assertTrue(Client.text(response).contains("SERVICE <" + wikidataEndpoint + "> has more than 5 rows"), Client.text(response));
            assertTrue(Client.text(response).contains("sco.query.maxRows"), Client.text(response));
        } finally {
            lowServer.stop();
        }
    }

    /**
     * An allowed endpoint that takes the connection and never answers: the call ends with the query's
     * timeout, as a 503 that names it, and does not hold the request for longer.
     */
    @Test
    void anEndpointThatNeverAnswersEndsInTheQueryTimeout() throws IOException {
        try (ServerSocketChannel silent = ServerSocketChannel.open()) {
            // Bound and listening but never accepting: the kernel completes the connection, nobody answers.
            silent.bind(new InetSocketAddress("localhost", 0));
            String endpoint = "http://localhost:" + silent.socket().getLocalPort() + "/sparql";
            QueryLimits limits = new QueryLimits(100, 20_000, 2_000, 2_000, 1_000, Set.of(endpoint));
            int port = SeedServer.freePort();
            FusekiServer timed = ScoServer.build(seed.dataset(), port, LinkedDataSettings.forBase(seed.root), limits).start();
            try {
                String query = "SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }";
                HttpResponse<byte[]> response = Client.get("http://localhost:" + port + "/sco/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
                assertEquals(503, response.statusCode(), Client.text(response));
                assertTrue(Client.text(response).contains("sco.query.timeout"), Client.text(response));
            } finally {
                timed.stop();
            }
        }
    }

    /** With SERVICE on, an endpoint off the allow-list is still refused before any connection. */
    @Test
    void anEndpointOffTheAllowListIsRefusedWithoutAConnection() throws IOException {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress("localhost", 0));
            listener.configureBlocking(false);
            String target = "http://localhost:" + listener.socket().getLocalPort() + "/sparql";
            String query = example("member-populations").replace("<" + wikidataEndpoint + ">", "<" + target + ">");
            HttpResponse<byte[]> response = Client.get(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    "Accept", "application/sparql-results+json");
            assertEquals(422, response.statusCode(), Client.text(response));
            assertTrue(Client.text(response).contains("SERVICE <" + target + "> is not allowed"), Client.text(response));
            assertTrue(Client.text(response).contains(wikidataEndpoint), "the message names the endpoints allowed: " + Client.text(response));
            // The server has answered, so any connection it made is already in the listener's backlog.
            try (SocketChannel connection = listener.accept()) {
                assertNull(connection, "the server connected to " + target);
            }
        }
    }
}
